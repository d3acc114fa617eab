// Nodes by id, whatever their label; each branch is an index lookup on its label's id constraint.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id}) RETURN n
  UNION
  MATCH (n:Meeting {id: id}) RETURN n
  UNION
  MATCH (n:Statement {id: id}) RETURN n
  UNION
  MATCH (n:Topic {id: id}) RETURN n
  UNION
  MATCH (n:Document {id: id}) RETURN n
}
RETURN id, n {.*, __labels: labels(n)} AS node

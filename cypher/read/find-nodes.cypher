// Nodes by id, whatever their label; each branch is an index lookup on its label's id constraint.
// A document comes without its text (often tens of kilobytes): Document.text reads it when asked
// (find-document-text).
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
RETURN id, CASE WHEN n:Document THEN n {.id, .source, .sources, .title, .sha256, .encoding, .headerDate, .extractorVersion, .fetchedAt, __labels: labels(n)} ELSE n {.*, __labels: labels(n)} END AS node

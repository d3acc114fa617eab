// Meeting, subjects and statements (IN_TOPIC, in document order) of each topic section in $ids.
UNWIND $ids AS id
MATCH (t:Topic {id: id})
RETURN id,
  head(COLLECT { MATCH (m:Meeting)-[:HAS_TOPIC]->(t) RETURN m {.*, __labels: labels(m)} ORDER BY m.id }) AS meeting,
  COLLECT { MATCH (t)-[:CONCERNS]->(e:Entity) RETURN e {.*, __labels: labels(e)} ORDER BY e.id } AS concerns,
  COLLECT {
    MATCH (s:Statement)-[:IN_TOPIC]->(t)
    RETURN s {.*, __labels: labels(s)} ORDER BY s.order
  } AS statements

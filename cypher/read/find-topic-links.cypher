// Meeting, subjects and statements of each topic section in $ids. A topic's statements are the
// statements of its document with the same topic number.
UNWIND $ids AS id
MATCH (t:Topic {id: id})
WITH id, t, coalesce(t.document, split(t.id, ':t')[0]) AS documentId
RETURN id,
  head(COLLECT { MATCH (m:Meeting)-[:HAS_TOPIC]->(t) RETURN m {.*, __labels: labels(m)} ORDER BY m.id }) AS meeting,
  COLLECT { MATCH (t)-[:CONCERNS]->(e:Entity) RETURN e {.*, __labels: labels(e)} ORDER BY e.id } AS concerns,
  COLLECT {
    MATCH (s:Statement {document: documentId}) WHERE s.topic = t.number
    RETURN s {.*, __labels: labels(s)} ORDER BY s.order
  } AS statements

// Meeting, speakers, answered statement and topic section of each statement in $ids (its sides:
// find-statement-sides).
UNWIND $ids AS id
MATCH (s:Statement {id: id})
OPTIONAL MATCH (s)-[:IN_MEETING]->(m:Meeting)
RETURN id,
  m {.*, __labels: labels(m)} AS meeting,
  COLLECT { MATCH (s)-[:SPOKEN_BY]->(p:Person) RETURN p {.*, __labels: labels(p)} ORDER BY p.id } AS speakers,
  head(COLLECT { MATCH (s)-[:RESPONDS_TO]->(r:Statement) RETURN r {.*, __labels: labels(r)} ORDER BY r.id }) AS respondsTo,
  head(COLLECT {
    MATCH (s)-[:IN_TOPIC]->(t:Topic) RETURN t {.*, __labels: labels(t)}
  }) AS topic

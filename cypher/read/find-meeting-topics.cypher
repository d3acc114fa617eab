// Topic sections of each meeting in $ids, by number.
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
RETURN id, COLLECT {
  MATCH (m)-[:HAS_TOPIC]->(t:Topic)
  RETURN t {.*, __labels: labels(t)} ORDER BY t.number
} AS topics

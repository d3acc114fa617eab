// Statements of each meeting in $ids, in document order.
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
RETURN id, COLLECT {
  MATCH (s:Statement)-[:IN_MEETING]->(m)
  RETURN s {.*, __labels: labels(s)} ORDER BY s.order
} AS statements

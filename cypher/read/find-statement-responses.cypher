// Statements answering each statement in $ids, in document order.
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN id, COLLECT {
  MATCH (r:Statement)-[:RESPONDS_TO]->(s)
  RETURN r {.*, __labels: labels(r)} ORDER BY r.document, r.order
} AS responses

// Mention spans of each statement in $ids, in text order (offsets into the document text).
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN id, COLLECT {
  MATCH (s)-[r:MENTIONS]->(e:Entity)
  RETURN {entity: e {.*, __labels: labels(e)}, start: r.start, end: r.end}
  ORDER BY r.start, e.id
} AS mentions

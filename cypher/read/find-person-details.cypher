// Titles (latest date each was seen) and represented countries of each person in $ids.
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN id,
  COLLECT {
    MATCH (p)-[h:HELD_TITLE]->(o:Entity)
    WITH h.title AS title, o, max(h.asOf) AS asOf
    RETURN {title: title, asOf: asOf, of: o {.*, __labels: labels(o)}} ORDER BY asOf DESC, title
  } AS titles,
  COLLECT {
    MATCH (p)-[:REPRESENTS]->(c:Country) WITH DISTINCT c ORDER BY c.id RETURN c {.*, __labels: labels(c)}
  } AS represents

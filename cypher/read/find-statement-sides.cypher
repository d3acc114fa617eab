// The sides of each statement in $ids (as find-statement-links gives them), for statements whose other
// links were read with their meeting without the sides (find-meeting-full with $withSides false).
UNWIND $ids AS id
MATCH (s:Statement {id: id})
OPTIONAL MATCH (s)-[:IN_MEETING]->(m:Meeting)
RETURN id,
  head(COLLECT {
    MATCH (s)-[:SPOKEN_BY]->(p:Person)-[a:ATTENDED]->(m) MATCH (c:Country {id: a.country})
    RETURN c {.*, __labels: labels(c)} ORDER BY p.id
  }) AS side,
  COLLECT {
    MATCH (s)-[:SPOKEN_BY]->(:Person)-[a:ATTENDED]->(m) MATCH (c:Country {id: a.country})
    WITH DISTINCT c ORDER BY c.id RETURN c {.*, __labels: labels(c)}
  } AS sides

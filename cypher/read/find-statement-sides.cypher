// The sides of each statement in $ids, read only when a query asks for Statement.side or .sides. A side
// is the country of a speaker's ATTENDED in that meeting: `sides` has every speaker's (a joint statement
// by two leaders belongs to both countries), `side` only the first speaker's (by id).
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

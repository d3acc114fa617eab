// One shortest path between the nodes with ids $from and $to, at most $maxHops relationships (the
// pattern's literal bound, 8, is the API's cap). It follows attendance, speech, mention, topic, place
// and occasion relationships; documents are never crossed and countries only as endpoints, so that
// "both are Japanese" or "both appear in one document" do not count as a connection.
CALL () {
  MATCH (n:Entity {id: $from}) RETURN n
  UNION
  MATCH (n:Meeting {id: $from}) RETURN n
  UNION
  MATCH (n:Statement {id: $from}) RETURN n
  UNION
  MATCH (n:Topic {id: $from}) RETURN n
}
WITH n AS a
CALL () {
  MATCH (n:Entity {id: $to}) RETURN n
  UNION
  MATCH (n:Meeting {id: $to}) RETURN n
  UNION
  MATCH (n:Statement {id: $to}) RETURN n
  UNION
  MATCH (n:Topic {id: $to}) RETURN n
}
WITH a, n AS b
WHERE a <> b
MATCH p = shortestPath((a)-[:ATTENDED|SPOKEN_BY|MENTIONS|RESPONDS_TO|IN_MEETING|HAS_TOPIC|CONCERNS|HELD_IN|ON_OCCASION_OF|BETWEEN*..8]-(b))
WHERE all(x IN nodes(p) WHERE x = a OR x = b OR NOT (x:Country OR x:Document))
WITH p
WHERE length(p) <= $maxHops
RETURN [x IN nodes(p) | x {.*, __labels: labels(x)}] AS nodes,
  [r IN relationships(p) | {type: type(r), startId: startNode(r).id, endId: endNode(r).id}] AS relationships
LIMIT 1

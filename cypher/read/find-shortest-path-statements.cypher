// One shortest path between $from and $to through statements and their speakers only: SPOKEN_BY (a
// joint statement joins its speakers), RESPONDS_TO (an answer joins the two speakers) and MENTIONS of
// people (a speaker talking about someone). Every node between the ends is a Statement or a Person, so
// the issues, places and organisations statements name (hubs such as テロ, 国連) are never crossed.
// At most $maxHops relationships (the pattern's literal bound, 8, is the API's cap).
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
MATCH p = shortestPath((a)-[:SPOKEN_BY|RESPONDS_TO|MENTIONS*..8]-(b))
WHERE all(x IN nodes(p) WHERE x = a OR x = b OR x:Statement OR x:Person)
WITH p
WHERE length(p) <= $maxHops
RETURN [x IN nodes(p) | x {.*, __labels: labels(x)}] AS nodes,
  [r IN relationships(p) | {type: type(r), startId: startNode(r).id, endId: endNode(r).id}] AS relationships
LIMIT 1

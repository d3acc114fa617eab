// One shortest path between $from and $to through meetings attended only (person → meeting → person,
// ATTENDED and nothing else), at most $maxHops relationships (the pattern's literal bound, 8, is the
// API's cap): "who connects A and B" as an analyst means it, people who sat at the same table. Places,
// issues and mentions, true in the graph but hubs that connect everyone (テロ, 国連, 東京), are not walked.
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
MATCH p = shortestPath((a)-[:ATTENDED*..8]-(b))
WITH p
WHERE length(p) <= $maxHops
RETURN [x IN nodes(p) | x {.*, __labels: labels(x)}] AS nodes,
  [r IN relationships(p) | {type: type(r), startId: startNode(r).id, endId: endNode(r).id}] AS relationships
LIMIT 1

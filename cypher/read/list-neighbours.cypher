// One page of neighbours per filter map in $keys ({id, types: labels or null}): nodes one
// relationship away, one row per neighbour, relationship type and direction, with the number of
// such relationships. Sorted by type, direction, then neighbour id; keyset paging after $after.
// Documents come without their text (Document.text reads it when asked).
UNWIND range(0, size($keys) - 1) AS idx
CALL (idx) {
  WITH $keys[idx] AS f
  CALL (f) {
    MATCH (n:Entity {id: f.id}) RETURN n
    UNION
    MATCH (n:Meeting {id: f.id}) RETURN n
    UNION
    MATCH (n:Statement {id: f.id}) RETURN n
    UNION
    MATCH (n:Topic {id: f.id}) RETURN n
    UNION
    MATCH (n:Document {id: f.id}) RETURN n
  }
  MATCH (n)-[r]-(o)
  WHERE o.id IS NOT NULL AND (o:Entity OR o:Meeting OR o:Statement OR o:Topic OR o:Document)
    AND (f.types IS NULL OR any(label IN labels(o) WHERE label IN f.types))
  WITH o, type(r) AS relationship, CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END AS direction, count(r) AS count
  WITH o, relationship, direction, count, relationship + '|' + direction AS key
  ORDER BY key, o.id
  WITH collect({key: key, id: o.id, o: o, relationship: relationship, direction: direction, count: count}) AS rows
  RETURN size(rows) AS total,
    [r IN rows WHERE $after IS NULL
      OR r.key > $after.key OR (r.key = $after.key AND r.id > $after.id)][0..$limit] AS page
}
RETURN idx, total, [r IN page | {
  key: r.key, id: r.id,
  node: [x IN [r.o] | CASE WHEN x:Document THEN x {.id, .source, .sources, .title, .sha256, .encoding, .headerDate, .extractorVersion, .fetchedAt, __labels: labels(x)} ELSE x {.*, __labels: labels(x)} END][0],
  relationship: r.relationship, direction: r.direction, count: r.count
}] AS items

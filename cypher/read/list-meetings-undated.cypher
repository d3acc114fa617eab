// The undated tail of list-meetings-all: meetings without a date matching each filter map in $keys
// (kinds, countries), by id (descending when $desc, as list-meetings orders them), after $after {key,
// id} when the cursor is on an undated meeting (key '' or '~'). Read only when the dated meetings did
// not fill the page and the filter lets undated meetings in; they have no index entry, so this scans.
UNWIND range(0, size($keys) - 1) AS idx
CALL (idx) {
  WITH $keys[idx] AS f
  MATCH (m:Meeting)
  WHERE m.date IS NULL
    AND ($after IS NULL OR ($desc AND m.id < $after.id) OR (NOT $desc AND m.id > $after.id))
    AND (f.kinds IS NULL OR m.kind IN f.kinds)
    AND (f.countries IS NULL OR EXISTS { (m)-[:BETWEEN]->(c:Country) WHERE c.id IN f.countries })
  WITH m ORDER BY CASE WHEN $desc THEN m.id END DESC, m.id LIMIT toInteger($limit)
  RETURN collect({key: CASE WHEN $desc THEN '' ELSE '~' END, id: m.id, node: m {.*, __labels: labels(m)}}) AS items
}
RETURN idx, items

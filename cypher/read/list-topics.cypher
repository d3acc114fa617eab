// One page of topic sections about each subject in $keys ({subjectId}): newest meeting first, ties by
// topic id; keyset paging after $after {key, id}.
UNWIND range(0, size($keys) - 1) AS idx
CALL (idx) {
  WITH $keys[idx] AS f
  MATCH (:Entity {id: f.subjectId})<-[:CONCERNS]-(t:Topic)
  OPTIONAL MATCH (m:Meeting)-[:HAS_TOPIC]->(t)
  WITH t, max(coalesce(m.date, '')) AS key
  ORDER BY key DESC, t.id
  WITH collect({key: key, id: t.id, t: t}) AS rows
  RETURN size(rows) AS total,
    [r IN rows WHERE $after IS NULL
      OR r.key < $after.key OR (r.key = $after.key AND r.id > $after.id)][0..$limit] AS page
}
RETURN idx, total, [r IN page | {key: r.key, id: r.id, node: [x IN [r.t] | x {.*, __labels: labels(x)}][0]}] AS items

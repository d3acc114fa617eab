// One page of documents (one key, no filters yet): newest header date first, undated last, ties by id.
UNWIND range(0, size($keys) - 1) AS idx
CALL (idx) {
  MATCH (d:Document)
  WITH d, coalesce(d.headerDate, '') AS key
  ORDER BY key DESC, d.id
  WITH collect({key: key, id: d.id, d: d}) AS rows
  RETURN size(rows) AS total,
    [r IN rows WHERE $after IS NULL
      OR r.key < $after.key OR (r.key = $after.key AND r.id > $after.id)][0..$limit] AS page
}
RETURN idx, total, [r IN page | {key: r.key, id: r.id, node: [x IN [r.d] | x {.*, __labels: labels(x)}][0]}] AS items

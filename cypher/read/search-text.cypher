// One page of full-text hits per key in $keys ({lucene: an escaped Lucene query, types: labels or
// null}) from the `search_text` index: best score first, ties by id; keyset paging after $after.
UNWIND range(0, size($keys) - 1) AS idx
CALL (idx) {
  WITH $keys[idx] AS f
  CALL db.index.fulltext.queryNodes('search_text', f.lucene) YIELD node, score
  WHERE f.types IS NULL OR any(label IN labels(node) WHERE label IN f.types)
  WITH node, score
  ORDER BY score DESC, node.id
  WITH collect({key: score, id: node.id, n: node}) AS rows
  RETURN size(rows) AS total,
    [r IN rows WHERE $after IS NULL
      OR r.key < $after.key OR (r.key = $after.key AND r.id > $after.id)][0..$limit] AS page
}
RETURN idx, total, [r IN page | {key: r.key, id: r.id, score: r.key, node: [x IN [r.n] | x {.*, __labels: labels(x)}][0]}] AS items

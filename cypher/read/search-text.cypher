// One page of full-text hits per key in $keys ({lucene: an escaped Lucene query, types: labels or
// null}) from the `search_text` index: best score first, ties by id, after $after {score, id}.
// Lucene is asked for its best $scan hits only, so a frequent word costs no more than a rare one.
// `complete` says whether that was enough: true when Lucene had no more hits, or when the page is
// full and ends above the lowest score fetched (any hit not fetched scores no higher than that).
// Otherwise the caller asks again with a larger $scan. With $withTotal, `total` counts every hit
// (which costs a second Lucene query, more than the page, for a frequent word; none when the first
// had them all); otherwise it is 0.
UNWIND range(0, size($keys) - 1) AS idx
CALL (idx) {
  WITH $keys[idx] AS f
  CALL (f) {
    CALL db.index.fulltext.queryNodes('search_text', f.lucene, {limit: toInteger($scan)}) YIELD node, score
    RETURN count(*) AS scanned, min(score) AS lowest, collect({node: node, score: score}) AS raw
  }
  CALL (f, raw) {
    UNWIND raw AS hit
    WITH hit WHERE f.types IS NULL OR any(label IN labels(hit.node) WHERE label IN f.types)
    WITH hit.node AS node, hit.score AS score
    ORDER BY score DESC, node.id
    RETURN collect({score: score, id: node.id, node: node}) AS rows
  }
  WITH f, scanned, lowest, rows,
    [r IN rows WHERE $after IS NULL OR r.score < $after.score OR (r.score = $after.score AND r.id > $after.id)] AS rest
  WITH f, scanned, lowest, size(rows) AS hits, size(rows) - size(rest) AS before, rest[0..toInteger($limit)] AS page
  // When Lucene had fewer hits than asked for, they are all here: no second query to count them.
  // Without types every hit counts: no label read per hit (the filter, even with f.types null, took
  // half the time of counting a frequent word's 13,000 hits).
  CALL (f, scanned) {
    WITH f WHERE $withTotal AND scanned >= toInteger($scan)
    CALL (f) {
      WITH f WHERE f.types IS NULL
      CALL db.index.fulltext.queryNodes('search_text', f.lucene) YIELD node
      RETURN count(node) AS counted
      UNION
      WITH f WHERE f.types IS NOT NULL
      CALL db.index.fulltext.queryNodes('search_text', f.lucene) YIELD node
      WITH f, node WHERE any(label IN labels(node) WHERE label IN f.types)
      RETURN count(node) AS counted
    }
    RETURN max(counted) AS counted
  }
  WITH scanned, lowest, before, page,
    CASE WHEN NOT $withTotal THEN 0 WHEN scanned < toInteger($scan) THEN hits ELSE counted END AS total
  RETURN before, page, total,
    scanned < toInteger($scan) OR (size(page) = toInteger($limit) AND page[-1].score > lowest) AS complete
}
RETURN idx, complete, total, [i IN range(0, size(page) - 1) | {
  key: [page[i].score, before + i], id: page[i].id, score: page[i].score,
  node: [x IN [page[i].node] | x {.*, __labels: labels(x)}][0]
}] AS items

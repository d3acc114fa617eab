// One page of documents per filter map in $keys ({source, sourceContains}): newest header date
// first, undated last, ties by id. `source` is one of the sources a document was ingested from.
// Documents come without their text (Document.text reads it when asked).
UNWIND range(0, size($keys) - 1) AS idx
CALL (idx) {
  WITH $keys[idx] AS f
  MATCH (d:Document)
  WHERE (f.source IS NULL OR d.source = f.source OR f.source IN d.sources)
    AND (f.sourceContains IS NULL OR any(s IN coalesce(d.sources, [d.source]) WHERE s CONTAINS f.sourceContains))
  WITH d, coalesce(d.headerDate, '') AS key
  ORDER BY key DESC, d.id
  WITH collect({key: key, id: d.id, d: d}) AS rows
  RETURN size(rows) AS total,
    [r IN rows WHERE $after IS NULL
      OR r.key < $after.key OR (r.key = $after.key AND r.id > $after.id)][0..$limit] AS page
}
RETURN idx, total, [r IN page | {key: r.key, id: r.id, node: [x IN [r.d] | x {.id, .source, .sources, .title, .sha256, .encoding, .headerDate, .extractorVersion, .fetchedAt, __labels: labels(x)}][0]}] AS items

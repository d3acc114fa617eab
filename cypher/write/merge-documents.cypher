// A document is written only when absent (or just deleted to be replaced), so ON CREATE is the usual
// path. Should two writers race on the same new content from different sources, the second finds the
// node and only adds its source: no source is lost and the primary one stays.
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
  ON CREATE SET d.source = row.source, d.sources = row.sources, d.inputDigests = row.inputDigests
  ON MATCH SET d.sources = reduce(acc = coalesce(d.sources, [d.source]), s IN row.sources |
    CASE WHEN s IN acc THEN acc ELSE acc + s END),
    d.inputDigests = reduce(acc = coalesce(d.inputDigests, []), x IN row.inputDigests |
    CASE WHEN x IN acc THEN acc ELSE acc + x END)
SET d.title = row.title,
    d.text = row.text,
    d.sha256 = row.sha256,
    d.extractorVersion = row.extractorVersion,
    d.encoding = row.encoding,
    d.headerDate = row.headerDate,
    d.fetchedAt = row.fetchedAt

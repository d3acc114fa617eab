UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.source = row.source,
    d.sources = row.sources,
    d.title = row.title,
    d.text = row.text,
    d.sha256 = row.sha256,
    d.extractorVersion = row.extractorVersion,
    d.encoding = row.encoding,
    d.headerDate = row.headerDate,
    d.fetchedAt = row.fetchedAt

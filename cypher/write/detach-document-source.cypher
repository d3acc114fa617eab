// A source now holds other content, but its old content still belongs to other sources: keep the old
// document and forget only this source (the next known source becomes the primary one).
MATCH (d:Document {id: $id})
WITH d, [s IN coalesce(d.sources, [d.source]) WHERE s <> $source] AS rest
SET d.sources = rest, d.source = rest[0]

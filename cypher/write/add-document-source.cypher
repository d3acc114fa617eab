// The same content arrived from another source: remember the source on the existing document.
MATCH (d:Document {id: $id})
WITH d, coalesce(d.sources, [d.source]) AS known
SET d.sources = CASE WHEN $source IN known THEN known ELSE known + $source END

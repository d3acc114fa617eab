// The same content arrived from another source: remember the source on the existing document, and the
// digest of the bytes it came as ($digest, null when extraction was given text).
MATCH (d:Document {id: $id})
WITH d, coalesce(d.sources, [d.source]) AS known, coalesce(d.inputDigests, []) AS digests
SET d.sources = CASE WHEN $source IN known THEN known ELSE known + $source END,
    d.inputDigests = CASE WHEN $digest IS NULL OR $digest IN digests THEN digests ELSE digests + $digest END

// Documents written by another extractor version than $version: their part of the graph may lack what
// newer versions write (e.g. IN_TOPIC since 0.3.0) until they are ingested again.
MATCH (d:Document)
WHERE d.extractorVersion IS NULL OR d.extractorVersion <> $version
RETURN count(d) AS outdated, collect(DISTINCT coalesce(d.extractorVersion, 'unknown'))[0..5] AS versions

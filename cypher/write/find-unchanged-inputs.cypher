// Which inputs the graph holds exactly as read: a document whose primary source is the input's, written
// by this extractor version from bytes with this digest (inputDigests: every input read into it). One
// row per input, by its index. An input known only as another document's second source is not found
// here: ingest then decodes it and asks by content id (find-document-states).
UNWIND range(0, size($inputs) - 1) AS i
WITH i, $inputs[i] AS input
OPTIONAL MATCH (d:Document {source: input.source})
  USING INDEX SEEK d:Document(source)
  WHERE d.extractorVersion = $extractorVersion AND input.digest IN coalesce(d.inputDigests, [])
RETURN i, count(d) > 0 AS unchanged

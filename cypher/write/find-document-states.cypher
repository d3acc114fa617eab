// What the graph already holds for each document: the node with the same content id (if any) and the
// nodes whose primary source is the same (the page changed since). One row per given document.
UNWIND $documents AS doc
OPTIONAL MATCH (same:Document {id: doc.id})
OPTIONAL MATCH (previous:Document {source: doc.source})
  USING INDEX SEEK previous:Document(source)
  WHERE previous.id <> doc.id
RETURN doc.id AS id,
       doc.source AS source,
       same {.id, .source, .sources, .extractorVersion} AS same,
       collect(previous {.id, .source, .sources}) AS previous

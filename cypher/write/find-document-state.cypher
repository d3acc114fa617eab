// What the graph already holds for a document: the node with the same content id (if any) and the
// nodes that came from the same source with other content (the page changed since).
OPTIONAL MATCH (same:Document {id: $id})
OPTIONAL MATCH (previous:Document {source: $source})
  WHERE previous.id <> $id
RETURN same {.id, .source, .sources, .extractorVersion} AS same,
       collect(previous {.id, .source, .sources}) AS previous

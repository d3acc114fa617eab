// Number of full-text hits per key in $keys ({lucene, types}), as in search-text.cypher.
UNWIND range(0, size($keys) - 1) AS idx
CALL (idx) {
  WITH $keys[idx] AS f
  CALL db.index.fulltext.queryNodes('search_text', f.lucene) YIELD node
  WITH f, node WHERE f.types IS NULL OR any(label IN labels(node) WHERE label IN f.types)
  RETURN count(node) AS total
}
RETURN idx, total

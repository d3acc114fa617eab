// Statements no speaker was found for: how many, and on which pages most.
MATCH (s:Statement) WHERE NOT (s)-[:SPOKEN_BY]->()
MATCH (d:Document {id: s.document})
WITH d.source AS page, count(s) AS statements
RETURN page, statements ORDER BY statements DESC, page

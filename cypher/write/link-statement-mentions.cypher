// One MENTIONS per mention span inside the statement (offsets into the document text). An entity the
// statement lists without any span inside it gets one MENTIONS without offsets.
UNWIND $rows AS row
MATCH (s:Statement {id: row.statement})
MATCH (e:Entity {id: row.entity})
FOREACH (_ IN CASE WHEN row.start IS NULL THEN [] ELSE [1] END |
  MERGE (s)-[:MENTIONS {start: toInteger(row.start), end: toInteger(row.end)}]->(e))
FOREACH (_ IN CASE WHEN row.start IS NULL THEN [1] ELSE [] END |
  MERGE (s)-[:MENTIONS]->(e))

UNWIND $rows AS row
MATCH (s:Statement {id: row.statement})
MATCH (answered:Statement {id: row.respondsTo})
MERGE (s)-[:RESPONDS_TO]->(answered)

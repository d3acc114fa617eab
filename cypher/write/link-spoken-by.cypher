UNWIND $rows AS row
MATCH (s:Statement {id: row.statement})
MATCH (p:Person {id: row.person})
MERGE (s)-[:SPOKEN_BY]->(p)

// Every entity of the result, with how many times the text names it (0 for one known only from a
// participant list or a meeting field). Replacing a document follows these to find its entities.
UNWIND $rows AS row
MATCH (d:Document {id: row.document})
MATCH (e:Entity {id: row.entity})
MERGE (d)-[r:MENTIONS]->(e)
SET r.count = toInteger(row.count)

// Every entity of the result, with how many times the text names it (0 for one known only from a
// participant list or a meeting field). Replacing a document follows these to find its entities. The
// relationship keeps what this document says the entity is (name, aliases, country): settle-entities
// derives the shared node's state from the documents still linked to it.
UNWIND $rows AS row
MATCH (d:Document {id: row.document})
MATCH (e:Entity {id: row.entity})
MERGE (d)-[r:MENTIONS]->(e)
SET r.count = toInteger(row.count), r.name = row.name, r.aliases = row.aliases, r.country = row.country

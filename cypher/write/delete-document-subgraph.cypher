// Removes one document and everything it owns (meetings, topics, statements and their relationships).
// Shared entities stay, unless this document was the last thing connected to them.
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[:MENTIONS]->(e:Entity)
WITH d, collect(e) AS entities
OPTIONAL MATCH (s:Statement {document: $id})
WITH d, entities, collect(s) AS statements
OPTIONAL MATCH (t:Topic {document: $id})
WITH d, entities, statements, collect(t) AS topics
OPTIONAL MATCH (m:Meeting {document: $id})
WITH d, entities, statements, topics, collect(m) AS meetings
FOREACH (n IN statements + topics + meetings | DETACH DELETE n)
DETACH DELETE d
WITH entities
UNWIND entities AS e
WITH e WHERE NOT EXISTS { (e)--() }
DELETE e
RETURN count(e) AS orphansDeleted

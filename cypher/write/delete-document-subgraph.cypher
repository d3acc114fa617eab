// Removes documents and everything they own (meetings, topics, statements and their relationships),
// one row per document id. Shared entities stay, unless these documents were the last thing connected
// to them (checked once every document of the batch is gone: the aggregation runs after all rows).
UNWIND $rows AS id
MATCH (d:Document {id: id})
OPTIONAL MATCH (d)-[:MENTIONS]->(e:Entity)
WITH d, id, collect(e) AS entities
OPTIONAL MATCH (s:Statement {document: id})
WITH d, id, entities, collect(s) AS statements
OPTIONAL MATCH (t:Topic {document: id})
WITH d, id, entities, statements, collect(t) AS topics
OPTIONAL MATCH (m:Meeting {document: id})
WITH d, entities, statements, topics, collect(m) AS meetings
FOREACH (n IN statements + topics + meetings | DETACH DELETE n)
DETACH DELETE d
WITH collect(entities) AS lists
UNWIND lists AS list
UNWIND list AS e
WITH DISTINCT e
WHERE NOT EXISTS { (e)--() }
DELETE e
RETURN count(e) AS orphansDeleted

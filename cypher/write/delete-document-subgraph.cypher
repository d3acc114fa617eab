// Removes documents and everything they own (meetings, topics, statements and their relationships),
// one row per document id. Shared entities stay, unless these documents were the last thing that used
// them (checked once every document of the batch is gone: the aggregation runs after all rows). A
// person's REPRESENTS and HELD_TITLE links are derived from meetings and do not keep him: a page that
// now names him under a better id leaves nothing of the old one (the same test as audit's "entities
// nothing mentions"). The hints keep the by-document lookups seeks whatever the graph's counts (the
// writer keeps its first plan: writeStatement in cypher-files.ts).
UNWIND $rows AS id
MATCH (d:Document {id: id})
OPTIONAL MATCH (d)-[:MENTIONS]->(e:Entity)
WITH d, id, collect(e) AS entities
OPTIONAL MATCH (s:Statement {document: id})
  USING INDEX SEEK s:Statement(document)
WITH d, id, entities, collect(s) AS statements
OPTIONAL MATCH (t:Topic {document: id})
  USING INDEX SEEK t:Topic(document)
WITH d, id, entities, statements, collect(t) AS topics
OPTIONAL MATCH (m:Meeting {document: id})
  USING INDEX SEEK m:Meeting(document)
WITH d, entities, statements, topics, collect(m) AS meetings
FOREACH (n IN statements + topics + meetings | DETACH DELETE n)
DETACH DELETE d
WITH collect(entities) AS lists
UNWIND lists AS list
UNWIND list AS e
WITH DISTINCT e
WHERE NOT EXISTS { ()-[:MENTIONS]->(e) } AND NOT EXISTS { (e)-[:ATTENDED]->() }
  AND NOT EXISTS { ()-[:SPOKEN_BY|BETWEEN|HELD_IN|ON_OCCASION_OF|CONCERNS|REPRESENTS|HELD_TITLE]->(e) }
DETACH DELETE e
RETURN count(e) AS orphansDeleted

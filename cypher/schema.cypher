// diplograph schema: applied at every start by src/graph/schema.ts (split on ';' at line ends).
// Everything is IF NOT EXISTS, so applying it again changes nothing.

// One node per id, for every label of the graph model. The Entity constraint also makes a
// Person and a Country unable to share an id.
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT location_id IF NOT EXISTS FOR (n:Location) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT issue_id IF NOT EXISTS FOR (n:Issue) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;

// Reads: meetings by date range and year; documents by source (changed pages) and hash.
CREATE RANGE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE RANGE INDEX meeting_year IF NOT EXISTS FOR (n:Meeting) ON (n.year);
CREATE RANGE INDEX document_source IF NOT EXISTS FOR (n:Document) ON (n.source);
CREATE RANGE INDEX document_sha256 IF NOT EXISTS FOR (n:Document) ON (n.sha256);

// Replacing a changed document finds its own nodes by their `document` property.
CREATE RANGE INDEX meeting_document IF NOT EXISTS FOR (n:Meeting) ON (n.document);
CREATE RANGE INDEX topic_document IF NOT EXISTS FOR (n:Topic) ON (n.document);
CREATE RANGE INDEX statement_document IF NOT EXISTS FOR (n:Statement) ON (n.document);

// Statements carry their meeting's date (merge-statements.cypher). A graph written before they did
// lacks the index below, which makes this backfill run once, at the first start that creates it.
MATCH (s:Statement)-[:IN_MEETING]->(m:Meeting)
WHERE s.date IS NULL AND m.date IS NOT NULL
SET s.date = m.date;
CREATE RANGE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date);

// Timelines read a subject's statements in order from ABOUT(subject, key) (link-statement-subjects.cypher,
// whose key this repeats). A graph written before ABOUT existed lacks the index below, which makes this
// backfill run once, at the first start that creates it: the subjects each statement names (MENTION), then
// those of its topic section it does not name (TOPIC).
MATCH (s:Statement)
CALL (s) {
  MATCH (s)-[:MENTIONS]->(e:Entity) WHERE e:Issue OR e:Event OR e:Agreement
  RETURN DISTINCT e, 'MENTION' AS link
  UNION
  MATCH (s)-[:IN_TOPIC]->(:Topic)-[:CONCERNS]->(e:Entity)
  WHERE (e:Issue OR e:Event OR e:Agreement) AND NOT EXISTS { (s)-[:MENTIONS]->(e) }
  RETURN DISTINCT e, 'TOPIC' AS link
}
WITH s, e, link WHERE NOT EXISTS { (s)-[:ABOUT]->(e) }
CREATE (s)-[:ABOUT {subject: e.id, link: link,
  key: coalesce(s.date, '~') + '|' + s.document + '|' + right('000000' + toString(s.order), 6) + '|' + s.id}]->(e);
CREATE RANGE INDEX statement_about IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.subject, r.key);

// Search over entity names, aliases (joined into aliasText, full-text indexes need strings) and
// statement text. The cjk analyzer indexes character bigrams: one-character queries match nothing.
CREATE FULLTEXT INDEX search_text IF NOT EXISTS
FOR (n:Entity|Statement)
ON EACH [n.name, n.aliasText, n.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};

// New indexes build in the background; wait (up to 300 s) so that the first reads can use them.
CALL db.awaitIndexes(300);

// ATTENDED belongs to the meeting (and so to its document). REPRESENTS and HELD_TITLE link two shared
// entities and outlive any one document: `since` and `asOf` keep the earliest and latest meeting dates
// they were seen at, which gives the same values whatever order the documents come in.
UNWIND $rows AS row
MATCH (p:Person {id: row.person})
MATCH (m:Meeting {id: row.meeting})
MERGE (p)-[a:ATTENDED]->(m)
SET a.role = row.role, a.title = row.title, a.country = row.country, a.document = row.document
WITH p, row
OPTIONAL MATCH (c:Country {id: row.country})
FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END |
  MERGE (p)-[r:REPRESENTS]->(c)
  SET r.since = CASE WHEN r.since IS NULL OR row.date < r.since THEN row.date ELSE r.since END,
      r.asOf = CASE WHEN r.asOf IS NULL OR row.date > r.asOf THEN row.date ELSE r.asOf END)
FOREACH (_ IN CASE WHEN c IS NULL OR row.title IS NULL THEN [] ELSE [1] END |
  MERGE (p)-[h:HELD_TITLE {title: row.title}]->(c)
  SET h.since = CASE WHEN h.since IS NULL OR row.date < h.since THEN row.date ELSE h.since END,
      h.asOf = CASE WHEN h.asOf IS NULL OR row.date > h.asOf THEN row.date ELSE h.asOf END)

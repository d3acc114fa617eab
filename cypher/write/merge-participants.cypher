// ATTENDED belongs to the meeting (and so to its document). The REPRESENTS and HELD_TITLE links it
// implies are derived from every meeting a person still attends, by settle-entities.
UNWIND $rows AS row
MATCH (p:Person {id: row.person})
MATCH (m:Meeting {id: row.meeting})
MERGE (p)-[a:ATTENDED]->(m)
SET a.role = row.role, a.title = row.title, a.country = row.country, a.document = row.document

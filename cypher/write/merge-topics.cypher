UNWIND $rows AS row
MERGE (t:Topic {id: row.id})
SET t.number = toInteger(row.number), t.heading = row.heading, t.document = row.document
WITH t, row
UNWIND row.meetings AS meetingId
MATCH (m:Meeting {id: meetingId})
MERGE (m)-[h:HAS_TOPIC]->(t)
SET h.number = toInteger(row.number)

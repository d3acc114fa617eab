// Meetings are merged before statements (write-rows.ts), so a statement's meeting is there.
// Numbers arrive from JavaScript as floats; toInteger stores the integers the model promises.
UNWIND $rows AS row
MERGE (s:Statement {id: row.id})
SET s.document = row.document,
    s.meeting = row.meeting,
    s.text = row.text,
    s.act = row.act,
    s.order = toInteger(row.order),
    s.topic = toInteger(row.topic),
    s.paragraph = toInteger(row.paragraph),
    s.start = toInteger(row.start),
    s.end = toInteger(row.end)
WITH s, row
WHERE row.meeting IS NOT NULL
MATCH (m:Meeting {id: row.meeting})
MERGE (s)-[:IN_MEETING]->(m)
// The meeting's date, copied so that timelines filter and sort statements without walking to it.
SET s.date = m.date

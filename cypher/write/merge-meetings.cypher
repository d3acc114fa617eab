// Numbers arrive from JavaScript as floats; toInteger stores the integers the model promises.
UNWIND $rows AS row
MATCH (d:Document {id: row.document})
MERGE (m:Meeting {id: row.id})
SET m.document = row.document,
    m.kind = row.kind,
    m.date = row.date,
    m.year = toInteger(row.year),
    m.start = row.start,
    m.end = row.end,
    m.durationMinutes = toInteger(row.durationMinutes),
    m.timeNote = row.timeNote
MERGE (m)-[:REPORTED_IN]->(d)

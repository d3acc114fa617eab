// Meetings and entity mention counts of each document in $ids.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN id,
  COLLECT { MATCH (m:Meeting)-[:REPORTED_IN]->(d) RETURN m {.*, __labels: labels(m)} ORDER BY m.date, m.id } AS meetings,
  COLLECT {
    MATCH (d)-[r:MENTIONS]->(e:Entity)
    RETURN {entity: e {.*, __labels: labels(e)}, count: r.count} ORDER BY r.count DESC, e.id
  } AS mentions

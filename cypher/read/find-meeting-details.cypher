// Everything small about each meeting in $ids, in one round trip: place, occasion, document (id, title),
// countries, participants (principals first, then by side and person id) and topic sections.
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
RETURN id,
  head(COLLECT { MATCH (m)-[:HELD_IN]->(x:Entity) RETURN x {.*, __labels: labels(x)} ORDER BY x.id }) AS heldIn,
  head(COLLECT { MATCH (m)-[:ON_OCCASION_OF]->(x:Entity) RETURN x {.*, __labels: labels(x)} ORDER BY x.id }) AS onOccasionOf,
  head(COLLECT { MATCH (m)-[:REPORTED_IN]->(d:Document) RETURN d.id ORDER BY d.id }) AS documentId,
  head(COLLECT { MATCH (m)-[:REPORTED_IN]->(d:Document) RETURN d.title ORDER BY d.id }) AS documentTitle,
  COLLECT { MATCH (m)-[:BETWEEN]->(c:Country) RETURN c {.*, __labels: labels(c)} ORDER BY c.id } AS countries,
  COLLECT {
    MATCH (p:Person)-[a:ATTENDED]->(m)
    OPTIONAL MATCH (c:Country {id: a.country})
    RETURN {person: p {.*, __labels: labels(p)}, role: a.role, title: a.title, country: c {.*, __labels: labels(c)}}
    ORDER BY CASE a.role WHEN 'principal' THEN 0 ELSE 1 END, a.country, p.id
  } AS participants,
  COLLECT { MATCH (m)-[:HAS_TOPIC]->(t:Topic) RETURN t {.*, __labels: labels(t)} ORDER BY t.number } AS topics

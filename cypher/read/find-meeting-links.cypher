// Place, occasion, document and countries of each meeting in $ids.
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
RETURN id,
  head(COLLECT { MATCH (m)-[:HELD_IN]->(x:Entity) RETURN x {.*, __labels: labels(x)} ORDER BY x.id }) AS heldIn,
  head(COLLECT { MATCH (m)-[:ON_OCCASION_OF]->(x:Entity) RETURN x {.*, __labels: labels(x)} ORDER BY x.id }) AS onOccasionOf,
  head(COLLECT { MATCH (m)-[:REPORTED_IN]->(d:Document) RETURN d.id ORDER BY d.id }) AS documentId,
  COLLECT { MATCH (m)-[:BETWEEN]->(c:Country) RETURN c {.*, __labels: labels(c)} ORDER BY c.id } AS countries

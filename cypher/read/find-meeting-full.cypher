// Each meeting in $ids with what find-meeting-details returns and, when $withStatements, what
// find-meeting-statements returns: the whole of a meeting(id) query in one round trip. A speaker who
// attended is given by id: the participants above hold the node, and repeating it for each statement
// made up a third of the answer (resolvers/meetings.ts puts the nodes back).
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
RETURN id,
  m {.*, __labels: labels(m)} AS node,
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
  COLLECT { MATCH (m)-[:HAS_TOPIC]->(t:Topic) RETURN t {.*, __labels: labels(t)} ORDER BY t.number } AS topics,
  CASE WHEN $withStatements THEN COLLECT {
    MATCH (s:Statement)-[:IN_MEETING]->(m)
    RETURN {
      statement: s {.*, __labels: labels(s)},
      links: {
        speakers: COLLECT {
          MATCH (s)-[:SPOKEN_BY]->(p:Person)
          RETURN CASE WHEN EXISTS { (p)-[:ATTENDED]->(m) } THEN p.id ELSE p {.*, __labels: labels(p)} END ORDER BY p.id
        },
        respondsToId: head(COLLECT { MATCH (s)-[:RESPONDS_TO]->(r:Statement) RETURN r.id ORDER BY r.id }),
        topic: head(COLLECT {
          MATCH (s)-[:IN_TOPIC]->(t:Topic) RETURN t {.*, __labels: labels(t)}
        })
      }
    } ORDER BY s.order
  } END AS statements

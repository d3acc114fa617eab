// Statements of each meeting in $ids, in document order, each with most of what find-statement-links
// returns (speakers, id of the answered statement, topic), so that reading a meeting's
// statements with their speakers costs one round trip, not two. The meeting and the answered statement
// (nearly always in the same meeting) are filled in by the caller rather than repeated here.
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
RETURN id, COLLECT {
  MATCH (s:Statement)-[:IN_MEETING]->(m)
  RETURN {
    statement: s {.*, __labels: labels(s)},
    links: {
      speakers: COLLECT { MATCH (s)-[:SPOKEN_BY]->(p:Person) RETURN p {.*, __labels: labels(p)} ORDER BY p.id },
      respondsToId: head(COLLECT { MATCH (s)-[:RESPONDS_TO]->(r:Statement) RETURN r.id ORDER BY r.id }),
      topic: head(COLLECT {
        MATCH (s)-[:IN_TOPIC]->(t:Topic) RETURN t {.*, __labels: labels(t)}
      })
    }
  } ORDER BY s.order
} AS statements

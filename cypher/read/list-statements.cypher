// One page of statements per filter map in $keys, by meeting date then document order ($desc: newest
// first; undated last), keyset paging after $after {key, id}. Anchored on the speaker, the mentioned
// entity, the meeting or the source page when the filter names one.
UNWIND range(0, size($keys) - 1) AS idx
CALL (idx) {
  WITH $keys[idx] AS f
  CALL (f) {
    WITH f WHERE f.speakerId IS NOT NULL
    MATCH (:Person {id: f.speakerId})<-[:SPOKEN_BY]-(s:Statement)
    RETURN s
    UNION
    WITH f WHERE f.speakerId IS NULL AND f.mentionsId IS NOT NULL
    MATCH (:Entity {id: f.mentionsId})<-[:MENTIONS]-(s:Statement)
    RETURN s
    UNION
    WITH f WHERE f.speakerId IS NULL AND f.mentionsId IS NULL AND f.meetingId IS NOT NULL
    MATCH (:Meeting {id: f.meetingId})<-[:IN_MEETING]-(s:Statement)
    RETURN s
    UNION
    WITH f WHERE f.speakerId IS NULL AND f.mentionsId IS NULL AND f.meetingId IS NULL AND f.source IS NOT NULL
    MATCH (d:Document) WHERE d.source = f.source OR f.source IN d.sources
    MATCH (s:Statement {document: d.id})
    RETURN s
    UNION
    WITH f WHERE f.speakerId IS NULL AND f.mentionsId IS NULL AND f.meetingId IS NULL AND f.source IS NULL
    MATCH (s:Statement)
    RETURN s
  }
  OPTIONAL MATCH (s)-[:IN_MEETING]->(m:Meeting)
  WITH f, s, m
  WHERE (f.from IS NULL OR m.date >= f.from)
    AND (f.to IS NULL OR m.date <= f.to)
    AND (f.acts IS NULL OR s.act IN f.acts)
    AND (f.speakerId IS NULL OR EXISTS { (s)-[:SPOKEN_BY]->(:Person {id: f.speakerId}) })
    AND (f.mentionsId IS NULL OR EXISTS { (s)-[:MENTIONS]->(:Entity {id: f.mentionsId}) })
    AND (f.meetingId IS NULL OR m.id = f.meetingId)
    AND (f.source IS NULL OR EXISTS { MATCH (d:Document {id: s.document}) WHERE d.source = f.source OR f.source IN d.sources })
    AND (f.countryId IS NULL OR EXISTS {
      (s)-[:SPOKEN_BY]->(:Person)-[a:ATTENDED]->(m) WHERE a.country = f.countryId
    })
  WITH s, (CASE WHEN $desc THEN coalesce(m.date, '') ELSE coalesce(m.date, '~') END)
    + '|' + coalesce(s.document, '') + '|' + right('000000' + toString(toInteger(s.order)), 6) AS key
  ORDER BY CASE WHEN $desc THEN key END DESC, CASE WHEN $desc THEN s.id END DESC, key, s.id
  WITH collect({key: key, id: s.id, s: s}) AS rows
  RETURN size(rows) AS total,
    [r IN rows WHERE $after IS NULL
      OR ($desc AND (r.key < $after.key OR (r.key = $after.key AND r.id < $after.id)))
      OR (NOT $desc AND (r.key > $after.key OR (r.key = $after.key AND r.id > $after.id)))][0..$limit] AS page
}
RETURN idx, total, [r IN page | {key: r.key, id: r.id, node: [x IN [r.s] | x {.*, __labels: labels(x)}][0]}] AS items

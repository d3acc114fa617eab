// One page of the timeline of each subject in $keys ({subjectId, from, to, countryId, acts}):
// statements naming the subject (link MENTION) or sitting in a topic section about it (link TOPIC),
// with date, first speaker (by id) and that speaker's side in the meeting. Sorted by meeting date
// then document order ($desc: newest first; undated last); keyset paging after $after {key, id}.
// Speaker and side are looked up for the page only, unless the filter needs the side of every row.
UNWIND range(0, size($keys) - 1) AS idx
CALL (idx) {
  WITH $keys[idx] AS f
  MATCH (subject:Entity {id: f.subjectId})
  CALL (subject) {
    MATCH (subject)<-[:MENTIONS]-(s:Statement)
    RETURN DISTINCT s, 'MENTION' AS link
    UNION
    MATCH (subject)<-[:CONCERNS]-(t:Topic)
    MATCH (s:Statement {document: coalesce(t.document, split(t.id, ':t')[0])})
    WHERE s.topic = t.number AND NOT EXISTS { (s)-[:MENTIONS]->(subject) }
    RETURN DISTINCT s, 'TOPIC' AS link
  }
  OPTIONAL MATCH (s)-[:IN_MEETING]->(m:Meeting)
  WITH f, s, link, m
  WHERE (f.from IS NULL OR m.date >= f.from)
    AND (f.to IS NULL OR m.date <= f.to)
    AND (f.acts IS NULL OR s.act IN f.acts)
    AND (f.countryId IS NULL OR f.countryId = head(COLLECT {
      MATCH (s)-[:SPOKEN_BY]->(p:Person)-[a:ATTENDED]->(m) RETURN a.country ORDER BY p.id
    }))
  WITH s, link, m, (CASE WHEN $desc THEN coalesce(m.date, '') ELSE coalesce(m.date, '~') END)
    + '|' + coalesce(s.document, '') + '|' + right('000000' + toString(toInteger(s.order)), 6) AS key
  ORDER BY CASE WHEN $desc THEN key END DESC, CASE WHEN $desc THEN s.id END DESC, key, s.id
  WITH collect({key: key, id: s.id, s: s, link: link, m: m}) AS rows
  RETURN size(rows) AS total,
    [r IN rows WHERE $after IS NULL
      OR ($desc AND (r.key < $after.key OR (r.key = $after.key AND r.id < $after.id)))
      OR (NOT $desc AND (r.key > $after.key OR (r.key = $after.key AND r.id > $after.id)))][0..$limit] AS page
}
CALL (page) {
  UNWIND page AS r
  WITH r, r.s AS s, r.m AS m
  CALL (s, m) {
    OPTIONAL MATCH (s)-[:SPOKEN_BY]->(p:Person)
    OPTIONAL MATCH (m)<-[a:ATTENDED]-(p)
    OPTIONAL MATCH (c:Country {id: a.country})
    RETURN p AS speaker, c AS side
    ORDER BY p.id
    LIMIT 1
  }
  RETURN collect({
    key: r.key, id: r.id, node: s {.*, __labels: labels(s)}, link: r.link, date: m.date,
    speaker: [x IN [speaker] WHERE x IS NOT NULL | x {.*, __labels: labels(x)}][0],
    side: [x IN [side] WHERE x IS NOT NULL | x {.*, __labels: labels(x)}][0]
  }) AS items
}
RETURN idx, total, items

// One page of the timeline of each subject in $keys ({subjectId, from, to, countryId, acts}):
// statements naming the subject (link MENTION) or sitting in a topic section about it (link TOPIC,
// IN_TOPIC; MENTION, the smaller name, wins for a statement that is both), with date, first speaker
// (by id) and that speaker's side in the meeting. Sorted by meeting date then document order ($desc:
// newest first; undated last); keyset paging after $after {key, id}.
// The candidates are read once: `total` is the size of the filtered list, and the page is the Top
// ($limit) of the rows after the cursor, not a sort of every row (counting in a second pass read the
// candidates twice and measured slower). Speaker and side are looked up for the page only, unless the
// filter needs the side of every row; there the OPTIONAL MATCH makes the planner go from the statement
// to its one or two speakers and check their attendance, rather than walk every attendee of the
// meeting (a quarter fewer db hits).
UNWIND range(0, size($keys) - 1) AS idx
CALL (idx) {
  WITH $keys[idx] AS f
  MATCH (subject:Entity {id: f.subjectId})
  CALL (subject) {
    MATCH (subject)<-[:MENTIONS]-(s:Statement)
    RETURN s, 'MENTION' AS link
    UNION ALL
    MATCH (subject)<-[:CONCERNS]-(:Topic)<-[:IN_TOPIC]-(s:Statement)
    RETURN s, 'TOPIC' AS link
  }
  WITH f, s, min(link) AS link
  OPTIONAL MATCH (s)-[:IN_MEETING]->(m:Meeting)
  WITH f, s, link, m
  WHERE (f.from IS NULL OR m.date >= f.from)
    AND (f.to IS NULL OR m.date <= f.to)
    AND (f.acts IS NULL OR s.act IN f.acts)
    AND (f.countryId IS NULL OR f.countryId = head(COLLECT {
      MATCH (s)-[:SPOKEN_BY]->(p:Person)
      OPTIONAL MATCH (p)-[a:ATTENDED]->(m)
      WITH p, a WHERE a IS NOT NULL
      RETURN a.country ORDER BY p.id
    }))
  WITH s, link, m, (CASE WHEN $desc THEN coalesce(m.date, '') ELSE coalesce(m.date, '~') END)
    + '|' + coalesce(s.document, '') + '|' + right('000000' + toString(toInteger(s.order)), 6) AS key
  WITH collect({key: key, id: s.id, s: s, link: link, m: m}) AS rows
  CALL (rows) {
    UNWIND rows AS r
    WITH r
    WHERE $after IS NULL
      OR ($desc AND (r.key < $after.key OR (r.key = $after.key AND r.id < $after.id)))
      OR (NOT $desc AND (r.key > $after.key OR (r.key = $after.key AND r.id > $after.id)))
    WITH r
    ORDER BY CASE WHEN $desc THEN r.key END DESC, CASE WHEN $desc THEN r.id END DESC, r.key, r.id
    LIMIT toInteger($limit)
    RETURN collect(r) AS page
  }
  RETURN size(rows) AS total, page
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

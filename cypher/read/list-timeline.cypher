// One page of the timeline of each subject in $keys ({subjectId, from, to, countryId, acts}):
// statements naming the subject (link MENTION) or sitting in a topic section about it (link TOPIC,
// IN_TOPIC; MENTION, the smaller name, wins for a statement that is both), with date, speakers (by id)
// and their sides in the meeting (a joint statement belongs to every speaker's side; countryId keeps
// statements with any speaker on that side). Sorted by meeting date then document order ($desc:
// newest first; undated last); keyset paging after $after {key, id}.
// The candidates are read once: `total` is the size of the filtered list, and the page is the Top
// ($limit) of the rows after the cursor, not a sort of every row (counting in a second pass read the
// candidates twice and measured slower). Speakers and sides are looked up for the page only, unless the
// filter needs the sides of every row; there the OPTIONAL MATCH makes the planner go from the statement
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
    AND (f.countryId IS NULL OR EXISTS {
      MATCH (s)-[:SPOKEN_BY]->(p:Person)
      OPTIONAL MATCH (p)-[a:ATTENDED]->(m)
      WITH a WHERE a.country = f.countryId
      RETURN a
    })
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
    WITH p, c ORDER BY p.id
    RETURN collect(CASE WHEN p IS NOT NULL THEN {person: p {.*, __labels: labels(p)}, sideId: c.id} END) AS speakers
  }
  RETURN collect({
    key: r.key, id: r.id, node: s {.*, __labels: labels(s)}, link: r.link, date: m.date, speakers: speakers
  }) AS items
}
RETURN idx, total, items

// One page of the timeline of each subject in $keys ({subjectId, from, to, countryId, acts}):
// statements naming the subject (link MENTION) or sitting in a topic section about it (link TOPIC,
// IN_TOPIC; MENTION wins for a statement that is both), with date, speakers (by id) and their sides in
// the meeting (a joint statement belongs to every speaker's side; countryId keeps statements with any
// speaker on that side). Sorted by key = meeting date | document | order ($desc: newest first; undated
// last), ties by id; keyset paging after $after {key, id}. `parent` is the subject's node, so that
// issue(id) { timeline } costs one statement (resolvers/issues.ts).
// Why this shape: `total` needs every candidate once, but sort keys and rows are built per group,
// not per statement (the key's date|document prefix is the meeting's): candidates are grouped by
// date and document, the first $limit prefixes after the cursor are found (Top), and only the statements of
// meetings up to that prefix are keyed and sorted. Every group holds at least one candidate, so no
// row of the page can lie past the $limit-th prefix. Reading every candidate's key and sorting them
// all measured 25% more Neo4j CPU on the busiest issue of the 5,000-page benchmark graph.
UNWIND range(0, size($keys) - 1) AS idx
CALL (idx) {
  WITH $keys[idx] AS f
  MATCH (subject:Entity {id: f.subjectId})
  // Aggregated in a subquery of its own, so that a subject without statements still gives its row.
  CALL (f, subject) {
    CALL (subject) {
      MATCH (subject)<-[:MENTIONS]-(s:Statement)
      RETURN s
      UNION
      MATCH (subject)<-[:CONCERNS]-(:Topic)<-[:IN_TOPIC]-(s:Statement)
      RETURN s
    }
    // The writer copies each meeting's date onto its statements (merge-statements.cypher), so the
    // filters and sort keys read the statement alone; only the page's rows walk to their meeting.
    WITH f, s WHERE (f.acts IS NULL OR s.act IN f.acts)
      AND (f.from IS NULL OR s.date >= f.from) AND (f.to IS NULL OR s.date <= f.to)
      AND (f.countryId IS NULL OR EXISTS {
        MATCH (s)-[:SPOKEN_BY]->(:Person)-[a:ATTENDED]->(:Meeting {id: s.meeting})
        WHERE a.country = f.countryId
      })
    // A page's statements all carry its id in `document`; a date and a document make one group.
    WITH s.date AS date, s.document AS document, collect(s) AS statements
    RETURN collect({
      prefix: (CASE WHEN $desc THEN coalesce(date, '') ELSE coalesce(date, '~') END) + '|' + coalesce(document, ''),
      statements: statements
    }) AS groups, sum(size(statements)) AS total
  }
  WITH subject, groups, total, CASE WHEN $after IS NULL THEN null ELSE left($after.key, size($after.key) - 7) END AS from
  CALL (groups, from) {
    UNWIND groups AS g
    WITH g WHERE from IS NULL OR ($desc AND g.prefix < from) OR (NOT $desc AND g.prefix > from)
    WITH g.prefix AS prefix ORDER BY CASE WHEN $desc THEN prefix END DESC, prefix LIMIT toInteger($limit)
    RETURN collect(prefix) AS firsts
  }
  WITH subject, groups, total, from, CASE WHEN size(firsts) < toInteger($limit) THEN null ELSE firsts[-1] END AS cut
  CALL (groups, from, cut) {
    UNWIND groups AS g
    WITH g WHERE (from IS NULL OR ($desc AND g.prefix <= from) OR (NOT $desc AND g.prefix >= from))
      AND (cut IS NULL OR ($desc AND g.prefix >= cut) OR (NOT $desc AND g.prefix <= cut))
    UNWIND g.statements AS s
    WITH {key: g.prefix + '|' + right('000000' + toString(toInteger(s.order)), 6), id: s.id, s: s} AS r
    WHERE $after IS NULL
      OR ($desc AND (r.key < $after.key OR (r.key = $after.key AND r.id < $after.id)))
      OR (NOT $desc AND (r.key > $after.key OR (r.key = $after.key AND r.id > $after.id)))
    WITH r
    ORDER BY CASE WHEN $desc THEN r.key END DESC, CASE WHEN $desc THEN r.id END DESC, r.key, r.id
    LIMIT toInteger($limit)
    RETURN collect(r) AS page
  }
  RETURN subject, total, page
}
CALL (subject, page) {
  UNWIND page AS r
  WITH r, r.s AS s
  OPTIONAL MATCH (s)-[:IN_MEETING]->(m:Meeting)
  CALL (s, m) {
    OPTIONAL MATCH (s)-[:SPOKEN_BY]->(p:Person)
    OPTIONAL MATCH (m)<-[a:ATTENDED]-(p)
    OPTIONAL MATCH (c:Country {id: a.country})
    WITH p, c ORDER BY p.id
    RETURN collect(CASE WHEN p IS NOT NULL THEN {person: p {.*, __labels: labels(p)}, side: c {.*, __labels: labels(c)}} END) AS speakers
  }
  RETURN collect({
    key: r.key, id: r.id, node: s {.*, __labels: labels(s)},
    link: CASE WHEN EXISTS { (s)-[:MENTIONS]->(subject) } THEN 'MENTION' ELSE 'TOPIC' END,
    date: m.date, speakers: speakers
  }) AS items
}
RETURN idx, subject {.*, __labels: labels(subject)} AS parent, total, items

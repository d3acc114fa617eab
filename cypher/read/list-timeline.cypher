// One page of the timeline of each subject in $keys ({subjectId, from, to, countryId, acts}): the
// statements about the subject (ABOUT, written with each document: link MENTION when the statement names
// it, TOPIC when it sits in a topic section about it), with date, speakers (by id) and their sides in
// the meeting (a joint statement belongs to every speaker's side; countryId keeps statements with any
// speaker on that side). `parent` is the subject's node, so that issue(id) { timeline } costs one
// statement (resolvers/issues.ts).
// Order: ABOUT.key = meeting date | document | order | statement id, dated statements first (oldest
// first, or newest first when $desc), then the undated ones (key '~|…', in the same direction); keyset
// paging after $after {key}. Each of the two segments is read from the index on ABOUT(subject, key) in
// order, from the cursor on, and stops at $limit rows that pass the filter: a page costs its own rows, not
// every statement of the subject. A date filter is a key range and leaves the undated segment out.
// `total` is the subject's ABOUT degree without a filter, else a count of the statements that pass.
UNWIND range(0, size($keys) - 1) AS idx
CALL (idx) {
  WITH $keys[idx] AS f
  MATCH (subject:Entity {id: f.subjectId})
  WITH f, subject, $after.key AS cursor,
    f.acts IS NULL AND f.from IS NULL AND f.to IS NULL AND f.countryId IS NULL AS unfiltered,
    f.from IS NULL AND f.to IS NULL AS undatedToo,
    // The dated segment's bounds (exclusive): a key is greater than its date and less than date + '}'.
    coalesce(f.from, '') AS low,
    CASE WHEN f.to IS NULL THEN '~' ELSE f.to + '}' END AS high
  CALL (f, subject, unfiltered) {
    WITH subject WHERE unfiltered
    RETURN COUNT { (subject)<-[:ABOUT]-() } AS total
    UNION
    WITH f, subject WHERE NOT unfiltered
    RETURN COUNT {
      MATCH (s:Statement)-[:ABOUT]->(subject)
      WHERE (f.acts IS NULL OR s.act IN f.acts)
        AND (f.from IS NULL OR s.date >= f.from) AND (f.to IS NULL OR s.date <= f.to)
        AND (f.countryId IS NULL OR EXISTS {
          MATCH (s)-[:SPOKEN_BY]->(:Person)-[a:ATTENDED]->(:Meeting {id: s.meeting})
          WHERE a.country = f.countryId
        })
    } AS total
  }
  // Segment bounds (exclusive) for this direction and cursor. Ascending: after a dated cursor, the rest
  // of the dated segment, then all the undated one; after an undated cursor, only the rest of that.
  // Descending: after an undated cursor nothing dated is left. A segment or a direction that does not
  // apply gets an empty range ('' to ''): the planner runs a parameter test after the index seek, a
  // range it cannot skip.
  WITH f, subject, total, undatedToo,
    CASE WHEN NOT $desc AND cursor > low THEN cursor ELSE low END AS datedFrom,
    CASE WHEN $desc AND cursor STARTS WITH '~' THEN ''
         WHEN $desc AND cursor < high THEN cursor ELSE high END AS datedTo,
    CASE WHEN NOT $desc AND cursor > '~' THEN cursor ELSE '~' END AS undatedFrom,
    CASE WHEN $desc AND cursor STARTS WITH '~' THEN cursor ELSE '~}' END AS undatedTo
  CALL (f, datedFrom, datedTo) {
    WITH f, CASE WHEN $desc THEN '' ELSE datedFrom END AS above, CASE WHEN $desc THEN '' ELSE datedTo END AS below
    MATCH (s:Statement)-[r:ABOUT]->()
    USING INDEX r:ABOUT(subject, key)
    WHERE r.subject = f.subjectId AND r.key > above AND r.key < below
      AND (f.acts IS NULL OR s.act IN f.acts)
      AND (f.countryId IS NULL OR EXISTS {
        MATCH (s)-[:SPOKEN_BY]->(:Person)-[a:ATTENDED]->(:Meeting {id: s.meeting}) WHERE a.country = f.countryId
      })
    WITH r, s ORDER BY r.subject, r.key LIMIT toInteger($limit)
    RETURN collect({key: r.key, id: s.id, s: s, link: r.link}) AS ascending
  }
  CALL (f, datedFrom, datedTo) {
    WITH f, CASE WHEN $desc THEN datedFrom ELSE '' END AS above, CASE WHEN $desc THEN datedTo ELSE '' END AS below
    MATCH (s:Statement)-[r:ABOUT]->()
    USING INDEX r:ABOUT(subject, key)
    WHERE r.subject = f.subjectId AND r.key > above AND r.key < below
      AND (f.acts IS NULL OR s.act IN f.acts)
      AND (f.countryId IS NULL OR EXISTS {
        MATCH (s)-[:SPOKEN_BY]->(:Person)-[a:ATTENDED]->(:Meeting {id: s.meeting}) WHERE a.country = f.countryId
      })
    WITH r, s ORDER BY r.subject DESC, r.key DESC LIMIT toInteger($limit)
    RETURN collect({key: r.key, id: s.id, s: s, link: r.link}) AS descending
  }
  WITH f, subject, total, ascending + descending AS dated,
    // The undated segment is read only when the dated one did not fill the page.
    CASE WHEN undatedToo AND size(ascending + descending) < toInteger($limit) THEN undatedFrom ELSE '' END AS above,
    CASE WHEN undatedToo AND size(ascending + descending) < toInteger($limit) THEN undatedTo ELSE '' END AS below
  CALL (f, above, below) {
    WITH f, CASE WHEN $desc THEN '' ELSE above END AS ascAbove, CASE WHEN $desc THEN '' ELSE below END AS ascBelow
    MATCH (s:Statement)-[r:ABOUT]->()
    USING INDEX r:ABOUT(subject, key)
    WHERE r.subject = f.subjectId AND r.key > ascAbove AND r.key < ascBelow
      AND (f.acts IS NULL OR s.act IN f.acts)
      AND (f.countryId IS NULL OR EXISTS {
        MATCH (s)-[:SPOKEN_BY]->(:Person)-[a:ATTENDED]->(:Meeting {id: s.meeting}) WHERE a.country = f.countryId
      })
    WITH r, s ORDER BY r.subject, r.key LIMIT toInteger($limit)
    RETURN collect({key: r.key, id: s.id, s: s, link: r.link}) AS undatedAscending
  }
  CALL (f, above, below) {
    WITH f, CASE WHEN $desc THEN above ELSE '' END AS descAbove, CASE WHEN $desc THEN below ELSE '' END AS descBelow
    MATCH (s:Statement)-[r:ABOUT]->()
    USING INDEX r:ABOUT(subject, key)
    WHERE r.subject = f.subjectId AND r.key > descAbove AND r.key < descBelow
      AND (f.acts IS NULL OR s.act IN f.acts)
      AND (f.countryId IS NULL OR EXISTS {
        MATCH (s)-[:SPOKEN_BY]->(:Person)-[a:ATTENDED]->(:Meeting {id: s.meeting}) WHERE a.country = f.countryId
      })
    WITH r, s ORDER BY r.subject DESC, r.key DESC LIMIT toInteger($limit)
    RETURN collect({key: r.key, id: s.id, s: s, link: r.link}) AS undatedDescending
  }
  WITH subject, total, dated, undatedAscending + undatedDescending AS undated
  RETURN subject, total, (dated + undated)[..toInteger($limit)] AS page
}
CALL (page) {
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
    key: r.key, id: r.id, node: s {.*, __labels: labels(s)}, link: r.link, date: m.date, speakers: speakers
  }) AS items
}
RETURN idx, subject {.*, __labels: labels(subject)} AS parent, total, items

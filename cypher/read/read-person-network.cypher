// Person-to-person projection of the meetings matching $from, $to, $kinds, $countries (each null
// for no filter): one edge per pair of people who sat on different sides (or an unknown side) of at
// least one meeting, weighted by meetings; with $role only seats in that role count (principal: the
// network of those who led the talks). Dated ranges use the meeting_date index; undated meetings count
// when no date bound is given or with $includeUndated, and `undatedLeftOut` says how many the bounds
// left out (matching every other filter).
CALL () {
  MATCH (m:Meeting)
  WHERE m.date >= coalesce($from, '') AND m.date <= coalesce($to, '~')
  RETURN m
  UNION
  MATCH (m:Meeting) WHERE m.date IS NULL
  RETURN m
}
WITH m
WHERE ($kinds IS NULL OR m.kind IN $kinds)
  AND ($countries IS NULL OR EXISTS { (m)-[:BETWEEN]->(c:Country) WHERE c.id IN $countries })
WITH m, m.date IS NULL AND ($from IS NOT NULL OR $to IS NOT NULL) AND NOT coalesce($includeUndated, false) AS leftOut
WITH collect(CASE WHEN leftOut THEN null ELSE m END) AS meetings, count(CASE WHEN leftOut THEN m END) AS undatedLeftOut
CALL (meetings) {
  UNWIND meetings AS m
  MATCH (a:Person)-[ra:ATTENDED]->(m)<-[rb:ATTENDED]-(b:Person)
  WHERE a.id < b.id AND (ra.country IS NULL OR rb.country IS NULL OR ra.country <> rb.country)
    AND ($role IS NULL OR (ra.role = $role AND rb.role = $role))
  WITH a, b, coalesce(a.country, ra.country) AS aCountry, coalesce(b.country, rb.country) AS bCountry, m
  WITH a, b, min(aCountry) AS aCountry, min(bCountry) AS bCountry,
    count(DISTINCT m) AS weight, min(m.date) AS firstMet, max(m.date) AS lastMet
  // Lists, not maps, and each name once: the driver decodes every string and map key it receives, and a
  // year's network has thousands (src/api/network/projection.ts turns them back into edges).
  RETURN collect([a.id, b.id, weight, firstMet, lastMet, aCountry, bCountry]) AS edges,
    collect(DISTINCT [a.id, a.name]) + collect(DISTINCT [b.id, b.name]) AS names
}
RETURN size(meetings) AS meetings, size([m IN meetings WHERE m.date IS NULL]) AS undatedMeetings, undatedLeftOut, edges, names

// Country-to-country projection of the meetings matching $from, $to, $kinds, $countries (each null
// for no filter): one edge per pair of countries of at least one meeting, weighted by meetings.
// Undated meetings count when no date bound is given or with $includeUndated; `undatedLeftOut` says
// how many the bounds left out (matching every other filter).
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
  MATCH (a:Country)<-[:BETWEEN]-(m)-[:BETWEEN]->(b:Country)
  WHERE a.id < b.id
  WITH a, b, count(DISTINCT m) AS weight, min(m.date) AS firstMet, max(m.date) AS lastMet
  // Lists, not maps, and each name once (as in read-person-network.cypher).
  RETURN collect([a.id, b.id, weight, firstMet, lastMet]) AS edges,
    collect(DISTINCT [a.id, a.name]) + collect(DISTINCT [b.id, b.name]) AS names
}
RETURN size(meetings) AS meetings, size([m IN meetings WHERE m.date IS NULL]) AS undatedMeetings, undatedLeftOut, edges, names

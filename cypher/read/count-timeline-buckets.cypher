// Timeline statement counts per year and side for each filter map in $keys (same selection as
// list-timeline.cypher, without paging), oldest year first. A statement counts once for each side of
// its speakers in the meeting (a joint statement of two leaders counts for both countries; one whose
// speakers' sides are unknown counts under side null); sides are looked up after the date and act
// filters, for the rows they keep. With countryId only that side's bucket is kept.
UNWIND range(0, size($keys) - 1) AS idx
CALL (idx) {
  WITH $keys[idx] AS f
  MATCH (subject:Entity {id: f.subjectId})
  CALL (subject) {
    MATCH (subject)<-[:MENTIONS]-(s:Statement)
    RETURN s
    UNION
    MATCH (subject)<-[:CONCERNS]-(:Topic)<-[:IN_TOPIC]-(s:Statement)
    RETURN s
  }
  OPTIONAL MATCH (s)-[:IN_MEETING]->(m:Meeting)
  WITH f, s, m
  WHERE (f.from IS NULL OR m.date >= f.from)
    AND (f.to IS NULL OR m.date <= f.to)
    AND (f.acts IS NULL OR s.act IN f.acts)
  CALL (s, m) {
    OPTIONAL MATCH (s)-[:SPOKEN_BY]->(p:Person)
    OPTIONAL MATCH (p)-[a:ATTENDED]->(m)
    WITH collect(DISTINCT a.country) AS sides
    UNWIND CASE WHEN size(sides) = 0 THEN [null] ELSE sides END AS sideId
    RETURN sideId
  }
  WITH f, s, m, sideId
  WHERE f.countryId IS NULL OR sideId = f.countryId
  WITH m.year AS year, sideId, count(DISTINCT s) AS statements
  ORDER BY year, sideId
  RETURN collect({year: year, sideId: sideId, statements: statements}) AS buckets
}
RETURN idx, buckets

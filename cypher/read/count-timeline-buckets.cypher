// Timeline statement counts per year and side for each filter map in $keys (same selection as
// list-timeline.cypher, without paging), oldest year first. The side is that of the first speaker (by
// id) in the meeting; it is looked up after the date and act filters, for the rows they keep.
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
    RETURN a.country AS sideId
    ORDER BY p.id
    LIMIT 1
  }
  WITH f, s, m, sideId
  WHERE f.countryId IS NULL OR sideId = f.countryId
  WITH m.year AS year, sideId, count(DISTINCT s) AS statements
  ORDER BY year, sideId
  RETURN collect({year: year, sideId: sideId, statements: statements}) AS buckets
}
RETURN idx, buckets

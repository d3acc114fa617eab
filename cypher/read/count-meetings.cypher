// How many meetings match each filter map in $keys (the filters of list-meetings and
// list-meetings-all), counted apart from the page so that a page costs only its rows and a count is
// read only when a client asks for totalCount. f.undatedOnly counts only undated meetings (with
// f.includeUndated: how many the date bounds left out).
UNWIND range(0, size($keys) - 1) AS idx
CALL (idx) {
  WITH $keys[idx] AS f
  CALL (f) {
    WITH f WHERE f.personId IS NOT NULL
    MATCH (:Person {id: f.personId})-[a:ATTENDED]->(m:Meeting)
    WHERE f.role IS NULL OR a.role = f.role
    RETURN m
    UNION
    WITH f WHERE f.personId IS NULL AND f.countryId IS NOT NULL
    MATCH (:Country {id: f.countryId})<-[:BETWEEN]-(m:Meeting)
    RETURN m
    UNION
    WITH f WHERE f.personId IS NULL AND f.countryId IS NULL AND f.locationId IS NOT NULL
    MATCH (:Entity {id: f.locationId})<-[:HELD_IN]-(m:Meeting)
    RETURN m
    UNION
    WITH f WHERE f.personId IS NULL AND f.countryId IS NULL AND f.locationId IS NULL AND f.occasionId IS NOT NULL
    MATCH (:Entity {id: f.occasionId})<-[:ON_OCCASION_OF]-(m:Meeting)
    RETURN m
    UNION
    WITH f WHERE f.personId IS NULL AND f.countryId IS NULL AND f.locationId IS NULL AND f.occasionId IS NULL
      AND f.issueId IS NOT NULL
    MATCH (:Entity {id: f.issueId})<-[:CONCERNS]-(:Topic)<-[:HAS_TOPIC]-(m:Meeting)
    RETURN m
    UNION
    WITH f WHERE f.personId IS NULL AND f.countryId IS NULL AND f.locationId IS NULL AND f.occasionId IS NULL
      AND f.issueId IS NOT NULL
    MATCH (:Entity {id: f.issueId})<-[:MENTIONS]-(:Statement)-[:IN_MEETING]->(m:Meeting)
    RETURN m
    UNION
    WITH f WHERE f.personId IS NULL AND f.countryId IS NULL AND f.locationId IS NULL AND f.occasionId IS NULL
      AND f.issueId IS NULL AND f.source IS NOT NULL
    MATCH (d:Document) WHERE d.source = f.source OR f.source IN d.sources
    MATCH (m:Meeting)-[:REPORTED_IN]->(d)
    RETURN m
    UNION
    WITH f WHERE f.personId IS NULL AND f.countryId IS NULL AND f.locationId IS NULL AND f.occasionId IS NULL
      AND f.issueId IS NULL AND f.source IS NULL AND (f.from IS NOT NULL OR f.to IS NOT NULL)
      AND NOT coalesce(f.undatedOnly, false)
    MATCH (m:Meeting) WHERE m.date >= coalesce(f.from, '') AND m.date <= coalesce(f.to, '~')
    RETURN m
    UNION
    WITH f WHERE f.personId IS NULL AND f.countryId IS NULL AND f.locationId IS NULL AND f.occasionId IS NULL
      AND f.issueId IS NULL AND f.source IS NULL AND (f.from IS NOT NULL OR f.to IS NOT NULL)
      AND coalesce(f.includeUndated, false)
    MATCH (m:Meeting) WHERE m.date IS NULL
    RETURN m
    UNION
    WITH f WHERE f.personId IS NULL AND f.countryId IS NULL AND f.locationId IS NULL AND f.occasionId IS NULL
      AND f.issueId IS NULL AND f.source IS NULL AND f.from IS NULL AND f.to IS NULL
    MATCH (m:Meeting)
    RETURN m
  }
  WITH f, m
  WHERE (m.date IS NULL AND coalesce(f.includeUndated, false)
      OR (f.from IS NULL OR m.date >= f.from) AND (f.to IS NULL OR m.date <= f.to))
    AND (NOT coalesce(f.undatedOnly, false) OR m.date IS NULL)
    AND (f.kinds IS NULL OR m.kind IN f.kinds)
    AND (f.personId IS NULL OR EXISTS { (:Person {id: f.personId})-[a:ATTENDED]->(m) WHERE f.role IS NULL OR a.role = f.role })
    AND (f.source IS NULL OR EXISTS { (m)-[:REPORTED_IN]->(d:Document) WHERE d.source = f.source OR f.source IN d.sources })
    AND (f.countryId IS NULL OR EXISTS { (m)-[:BETWEEN]->(:Country {id: f.countryId}) })
    AND (f.countries IS NULL OR EXISTS { (m)-[:BETWEEN]->(c:Country) WHERE c.id IN f.countries })
    AND (f.locationId IS NULL OR EXISTS { (m)-[:HELD_IN]->(:Entity {id: f.locationId}) })
    AND (f.occasionId IS NULL OR EXISTS { (m)-[:ON_OCCASION_OF]->(:Entity {id: f.occasionId}) })
    AND (f.issueId IS NULL
      OR EXISTS { (m)-[:HAS_TOPIC]->(:Topic)-[:CONCERNS]->(:Entity {id: f.issueId}) }
      OR EXISTS { (m)<-[:IN_MEETING]-(:Statement)-[:MENTIONS]->(:Entity {id: f.issueId}) })
  RETURN count(DISTINCT m) AS total
}
RETURN idx, total

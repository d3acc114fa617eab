// One page of meetings per filter map in $keys that names an anchor: a person, country, place, event,
// subject or source page (list-meetings-all reads the others). Sorted by date ($desc: newest first),
// undated meetings last, ties by id; keyset paging after $after {key, id}; $limit rows at most.
// Only the anchor's meetings are read (each branch runs only when its WITH … WHERE lets the filter
// through); the WHERE below applies every filter, whichever anchor was used, and the seek on the
// cursor, and the page is the Top $limit of what is left: nothing is collected and sliced, and the
// total is counted apart (count-meetings), only when asked for. Undated meetings pass date bounds only
// with f.includeUndated; f.role limits f.personId's seats to one role.
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
  WITH m, CASE WHEN $desc THEN coalesce(m.date, '') ELSE coalesce(m.date, '~') END AS key
  WHERE $after IS NULL
    OR ($desc AND (key < $after.key OR (key = $after.key AND m.id < $after.id)))
    OR (NOT $desc AND (key > $after.key OR (key = $after.key AND m.id > $after.id)))
  WITH m, key
  ORDER BY CASE WHEN $desc THEN key END DESC, CASE WHEN $desc THEN m.id END DESC, key, m.id
  LIMIT toInteger($limit)
  RETURN collect({key: key, id: m.id, node: m {.*, __labels: labels(m)}}) AS items
}
RETURN idx, items

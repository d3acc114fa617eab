// One page of entities per filter map in $keys ({types: labels, countryId, title, name}). $sort:
// NAME_ASC, MEETINGS_DESC or MENTIONS_DESC (statements naming it); ties by id; keyset paging after
// $after {key, id}. Each label is its own branch so that a type filter scans only that label.
// `meetings` is what the entity's `meetings` field lists, the same one thing for every type: the
// meetings a person attended, a country was a side of, a place hosted; for any other entity (event,
// issue, agreement, organisation) the meetings with a topic section about it or a statement naming it
// (list-meetings' issueId).
UNWIND range(0, size($keys) - 1) AS idx
CALL (idx) {
  WITH $keys[idx] AS f
  CALL (f) {
    WITH f WHERE f.types IS NULL OR 'Person' IN f.types MATCH (n:Person) RETURN n
    UNION
    WITH f WHERE f.types IS NULL OR 'Country' IN f.types MATCH (n:Country) RETURN n
    UNION
    WITH f WHERE f.types IS NULL OR 'Organization' IN f.types MATCH (n:Organization) RETURN n
    UNION
    WITH f WHERE f.types IS NULL OR 'Location' IN f.types MATCH (n:Location) RETURN n
    UNION
    WITH f WHERE f.types IS NULL OR 'Event' IN f.types MATCH (n:Event) RETURN n
    UNION
    WITH f WHERE f.types IS NULL OR 'Issue' IN f.types MATCH (n:Issue) RETURN n
    UNION
    WITH f WHERE f.types IS NULL OR 'Agreement' IN f.types MATCH (n:Agreement) RETURN n
  }
  WITH f, n
  WHERE (f.countryId IS NULL OR n.country = f.countryId
      OR EXISTS { (n)-[:REPRESENTS]->(:Country {id: f.countryId}) })
    AND (f.title IS NULL
      OR EXISTS { (n)-[h:HELD_TITLE]->() WHERE h.title CONTAINS f.title }
      OR EXISTS { (n)-[a:ATTENDED]->() WHERE a.title CONTAINS f.title })
    AND (f.name IS NULL OR n.name CONTAINS f.name OR any(alias IN coalesce(n.aliases, []) WHERE alias CONTAINS f.name))
  WITH n, CASE $sort
      WHEN 'MEETINGS_DESC' THEN CASE
        WHEN n:Person THEN COUNT { MATCH (n)-[:ATTENDED]->(m:Meeting) RETURN DISTINCT m }
        WHEN n:Country THEN COUNT { MATCH (n)<-[:BETWEEN]-(m:Meeting) RETURN DISTINCT m }
        WHEN n:Location THEN COUNT { MATCH (n)<-[:HELD_IN]-(m:Meeting) RETURN DISTINCT m }
        ELSE COUNT {
          MATCH (n)<-[:CONCERNS]-(:Topic)<-[:HAS_TOPIC]-(m:Meeting) RETURN m
          UNION
          MATCH (n)<-[:MENTIONS]-(:Statement)-[:IN_MEETING]->(m:Meeting) RETURN m
        }
      END
      WHEN 'MENTIONS_DESC' THEN COUNT { MATCH (s:Statement)-[:MENTIONS]->(n) RETURN DISTINCT s }
      ELSE n.name
    END AS key
  ORDER BY CASE WHEN $desc THEN key END DESC, key, n.id
  WITH collect({key: key, id: n.id, n: n}) AS rows
  RETURN size(rows) AS total,
    [r IN rows WHERE $after IS NULL
      OR ($desc AND (r.key < $after.key OR (r.key = $after.key AND r.id > $after.id)))
      OR (NOT $desc AND (r.key > $after.key OR (r.key = $after.key AND r.id > $after.id)))][0..$limit] AS page
}
CALL (page) {
  UNWIND page AS r
  WITH r, r.n AS n
  RETURN collect({
    key: r.key, id: r.id, node: n {.*, __labels: labels(n)},
    meetings: CASE
      WHEN n:Person THEN COUNT { MATCH (n)-[:ATTENDED]->(m:Meeting) RETURN DISTINCT m }
      WHEN n:Country THEN COUNT { MATCH (n)<-[:BETWEEN]-(m:Meeting) RETURN DISTINCT m }
      WHEN n:Location THEN COUNT { MATCH (n)<-[:HELD_IN]-(m:Meeting) RETURN DISTINCT m }
      ELSE COUNT {
        MATCH (n)<-[:CONCERNS]-(:Topic)<-[:HAS_TOPIC]-(m:Meeting) RETURN m
        UNION
        MATCH (n)<-[:MENTIONS]-(:Statement)-[:IN_MEETING]->(m:Meeting) RETURN m
      }
    END,
    mentions: COUNT { MATCH (s:Statement)-[:MENTIONS]->(n) RETURN DISTINCT s }
  }) AS items
}
RETURN idx, total, items

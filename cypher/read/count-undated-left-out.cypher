// For each filter map in $keys, how many meetings without a date its date bounds left out: undated
// meetings that match every other part of the filter. `scope` names the list the filter belongs to:
// 'counterparts' ({personId, countryId, kinds, includeOwnSide, role, counterpartRole}: meetings with at
// least one counterpart) or 'relations' ({countryId, kinds}: meetings with another country). The caller
// asks only when the filter has from/to and no includeUndated; undated meetings cannot use the date
// index, so they are reached from the person or country.
UNWIND range(0, size($keys) - 1) AS idx
CALL (idx) {
  WITH $keys[idx] AS f
  CALL (f) {
    WITH f WHERE f.scope = 'counterparts'
    MATCH (p:Person {id: f.personId})-[a:ATTENDED]->(m:Meeting)<-[b:ATTENDED]-(o:Person)
    WHERE m.date IS NULL AND o <> p
      AND (coalesce(f.includeOwnSide, false) OR a.country IS NULL OR b.country IS NULL OR a.country <> b.country)
      AND (f.kinds IS NULL OR m.kind IN f.kinds)
      AND (f.countryId IS NULL OR b.country = f.countryId)
      AND (f.role IS NULL OR a.role = f.role)
      AND (f.counterpartRole IS NULL OR b.role = f.counterpartRole)
    RETURN m
    UNION
    WITH f WHERE f.scope = 'relations'
    MATCH (c:Country {id: f.countryId})<-[:BETWEEN]-(m:Meeting)-[:BETWEEN]->(o:Country)
    WHERE m.date IS NULL AND o <> c AND (f.kinds IS NULL OR m.kind IN f.kinds)
    RETURN m
  }
  RETURN count(m) AS leftOut
}
RETURN idx, leftOut

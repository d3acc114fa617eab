// One page of counterparts per filter map in $keys ({personId, from, to, includeUndated, countryId,
// kinds, includeOwnSide, role, counterpartRole}): people who attended the same meetings, on the other
// side unless includeOwnSide (a side unknown on either part counts as other); `role` limits the
// person's own seats (principal: his talks, not his seats in someone's delegation), `counterpartRole`
// the other's. Undated meetings count unless from/to is given, and then only with includeUndated;
// `undated` says how many of a counterpart's meetings have no date (firstMet/lastMet skip them).
// Sorted by $sort: MEETINGS_DESC, LAST_MET_DESC (both descending, $desc) or NAME_ASC; ties by person
// id; keyset paging after $after {key, id}. `parent` is the person's node, so that
// person(id) { counterparts } costs one statement (resolvers/people.ts).
UNWIND range(0, size($keys) - 1) AS idx
CALL (idx) {
  WITH $keys[idx] AS f
  MATCH (p:Person {id: f.personId})-[a:ATTENDED]->(m:Meeting)<-[b:ATTENDED]-(o:Person)
  WHERE o <> p
    AND (coalesce(f.includeOwnSide, false) OR a.country IS NULL OR b.country IS NULL OR a.country <> b.country)
    AND (m.date IS NULL AND coalesce(f.includeUndated, false)
      OR (f.from IS NULL OR m.date >= f.from) AND (f.to IS NULL OR m.date <= f.to))
    AND (f.kinds IS NULL OR m.kind IN f.kinds)
    AND (f.countryId IS NULL OR b.country = f.countryId)
    AND (f.role IS NULL OR a.role = f.role)
    AND (f.counterpartRole IS NULL OR b.role = f.counterpartRole)
  WITH o, count(DISTINCT m) AS meetings, count(DISTINCT CASE WHEN m.date IS NULL THEN m END) AS undated,
    min(m.date) AS firstMet, max(m.date) AS lastMet
  WITH o, meetings, undated, firstMet, lastMet,
    CASE $sort WHEN 'MEETINGS_DESC' THEN meetings WHEN 'LAST_MET_DESC' THEN coalesce(lastMet, '') ELSE o.name END AS key
  ORDER BY CASE WHEN $desc THEN key END DESC, key, o.id
  WITH collect({key: key, id: o.id, o: o, meetings: meetings, undated: undated, firstMet: firstMet, lastMet: lastMet}) AS rows
  RETURN size(rows) AS total,
    [r IN rows WHERE $after IS NULL
      OR ($desc AND (r.key < $after.key OR (r.key = $after.key AND r.id > $after.id)))
      OR (NOT $desc AND (r.key > $after.key OR (r.key = $after.key AND r.id > $after.id)))][0..$limit] AS page
}
OPTIONAL MATCH (parent:Person {id: $keys[idx].personId})
RETURN idx, parent {.*, __labels: labels(parent)} AS parent, total, [r IN page | {
  key: r.key, id: r.id, node: [x IN [r.o] | x {.*, __labels: labels(x)}][0],
  meetings: r.meetings, undated: r.undated, firstMet: r.firstMet, lastMet: r.lastMet
}] AS items

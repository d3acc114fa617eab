// One page of counterpart countries per filter map in $keys ({countryId, from, to, includeUndated,
// kinds}): meetings the country had with each other country, with a count per year; most meetings
// first, ties by country id; keyset paging after $after {key, id}. Undated meetings count unless
// from/to is given (then only with includeUndated); `undated` says how many of `meetings` have no date,
// which byYear, firstMet and lastMet cannot place.
UNWIND range(0, size($keys) - 1) AS idx
CALL (idx) {
  WITH $keys[idx] AS f
  MATCH (c:Country {id: f.countryId})<-[:BETWEEN]-(m:Meeting)-[:BETWEEN]->(o:Country)
  WHERE o <> c
    AND (m.date IS NULL AND coalesce(f.includeUndated, false)
      OR (f.from IS NULL OR m.date >= f.from) AND (f.to IS NULL OR m.date <= f.to))
    AND (f.kinds IS NULL OR m.kind IN f.kinds)
  WITH o, m.year AS year, count(DISTINCT m) AS meetings, min(m.date) AS firstMet, max(m.date) AS lastMet
  ORDER BY year
  WITH o, sum(meetings) AS meetings, sum(CASE WHEN year IS NULL THEN meetings ELSE 0 END) AS undated,
    min(firstMet) AS firstMet, max(lastMet) AS lastMet,
    collect(CASE WHEN year IS NULL THEN null ELSE {year: year, meetings: meetings} END) AS byYear
  ORDER BY meetings DESC, o.id
  WITH collect({key: meetings, id: o.id, o: o, meetings: meetings, undated: undated, firstMet: firstMet, lastMet: lastMet, byYear: byYear}) AS rows
  RETURN size(rows) AS total,
    [r IN rows WHERE $after IS NULL
      OR r.key < $after.key OR (r.key = $after.key AND r.id > $after.id)][0..$limit] AS page
}
RETURN idx, total, [r IN page | {
  key: r.key, id: r.id, counterpart: [x IN [r.o] | x {.*, __labels: labels(x)}][0],
  meetings: r.meetings, undated: r.undated, firstMet: r.firstMet, lastMet: r.lastMet, byYear: r.byYear
}] AS items

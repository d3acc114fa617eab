// One page of dated meetings for the research exports, in id order (keyset on the unique Meeting.id
// index: `id > $after`, $limit rows), within $from..$to (null for no bound; undated meetings never
// match). Per meeting: the sides' countries (BETWEEN), the countries of the places it was held in
// (a Country, or the country a Location lies in), its seats, and each statement's act with the sides
// its speakers sat on (their ATTENDED country, else their own country), for dyads and events.
MATCH (m:Meeting)
WHERE m.id > $after AND m.date >= coalesce($from, '') AND m.date <= coalesce($to, '~')
WITH m ORDER BY m.id LIMIT toInteger($limit)
CALL (m) {
  OPTIONAL MATCH (m)-[:BETWEEN]->(c:Country)
  RETURN collect(DISTINCT c.id) AS sides
}
CALL (m) {
  OPTIONAL MATCH (m)-[:HELD_IN]->(place:Entity)
  RETURN collect(DISTINCT CASE WHEN place:Country THEN place.id ELSE place.country END) AS places
}
CALL (m) {
  OPTIONAL MATCH (p:Person)-[a:ATTENDED]->(m)
  WITH p, a ORDER BY p.id
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {person: p.id, name: p.name, country: a.country, role: a.role, title: a.title} END) AS seats
}
CALL (m) {
  OPTIONAL MATCH (s:Statement)-[:IN_MEETING]->(m)
  OPTIONAL MATCH (s)-[:SPOKEN_BY]->(p:Person)
  OPTIONAL MATCH (p)-[a:ATTENDED]->(m)
  WITH s, collect(DISTINCT coalesce(a.country, p.country)) AS speakerSides
  RETURN collect(CASE WHEN s IS NULL THEN null ELSE {act: s.act, sides: speakerSides} END) AS statements
}
OPTIONAL MATCH (m)-[:REPORTED_IN]->(d:Document)
RETURN m.id AS id, m.date AS date, m.year AS year, m.kind AS kind, sides, places, seats, statements,
       d.id AS document, d.source AS source

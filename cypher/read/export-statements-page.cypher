// One page of statements for the events export, in id order (keyset on the unique Statement.id
// index: `id > $after`), only those with an act in $acts and a meeting dated within $from..$to.
// Per statement: its span in the page, its speakers with the side each sat on (ATTENDED country,
// else their own country), the meeting's sides and principals, and the page it came from.
MATCH (s:Statement)-[:IN_MEETING]->(m:Meeting)
WHERE s.id > $after AND s.act IN $acts AND m.date >= coalesce($from, '') AND m.date <= coalesce($to, '~')
WITH s, m ORDER BY s.id LIMIT toInteger($limit)
CALL (s, m) {
  OPTIONAL MATCH (s)-[:SPOKEN_BY]->(p:Person)
  OPTIONAL MATCH (p)-[a:ATTENDED]->(m)
  WITH p, a ORDER BY p.id
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {person: p.id, country: coalesce(a.country, p.country)} END) AS speakers
}
CALL (m) {
  OPTIONAL MATCH (m)-[:BETWEEN]->(c:Country)
  RETURN collect(DISTINCT c.id) AS sides
}
CALL (m) {
  OPTIONAL MATCH (p:Person)-[a:ATTENDED {role: 'principal'}]->(m)
  WITH p, a ORDER BY p.id
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {person: p.id, country: a.country} END) AS principals
}
OPTIONAL MATCH (m)-[:REPORTED_IN]->(d:Document)
RETURN s.id AS id, s.act AS act, s.text AS text, s.start AS start, s.end AS end,
       m.id AS meeting, m.date AS date, m.kind AS kind, sides, speakers, principals,
       d.id AS document, d.source AS source

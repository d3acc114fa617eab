// One page of people for the actors export, in id order (keyset on the unique Person id index:
// `id > $after`), only those seated at a meeting dated within $from..$to. Per person: one observed
// spell per (side, title) seen at those meetings: first and last meeting date and how many meetings.
MATCH (p:Person)
WHERE p.id > $after
  AND EXISTS { (p)-[:ATTENDED]->(m:Meeting) WHERE m.date >= coalesce($from, '') AND m.date <= coalesce($to, '~') }
WITH p ORDER BY p.id LIMIT toInteger($limit)
CALL (p) {
  MATCH (p)-[a:ATTENDED]->(m:Meeting)
  WHERE m.date >= coalesce($from, '') AND m.date <= coalesce($to, '~')
  WITH a.country AS country, a.title AS title, min(m.date) AS first, max(m.date) AS last, count(DISTINCT m) AS meetings
  ORDER BY first, title
  RETURN collect({country: country, title: title, first: first, last: last, meetings: meetings}) AS spells
}
RETURN p.id AS id, p.name AS name, p.country AS country, spells

// One page of people for the actors export, in id order (keyset on the unique Person id index:
// `id > $after`), only those seated at a meeting dated within $from..$to. Per person: every seat at
// those meetings (side, title as written, date, meeting), which src/export/actors.ts folds into one
// observed spell per side and office.
MATCH (p:Person)
WHERE p.id > $after
  AND EXISTS { (p)-[:ATTENDED]->(m:Meeting) WHERE m.date >= coalesce($from, '') AND m.date <= coalesce($to, '~') }
WITH p ORDER BY p.id LIMIT toInteger($limit)
CALL (p) {
  MATCH (p)-[a:ATTENDED]->(m:Meeting)
  WHERE m.date >= coalesce($from, '') AND m.date <= coalesce($to, '~')
  RETURN collect({country: a.country, title: a.title, date: m.date, meeting: m.id}) AS seats
}
RETURN p.id AS id, p.name AS name, p.country AS country, seats

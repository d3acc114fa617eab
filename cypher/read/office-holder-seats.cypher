// The people seated for side $country under one of $titles at a dated meeting, each with every
// seat they took for that side (src/export/actors.ts folds seats into spells, as the actors export
// does). $titles: the titles of one office (src/export/offices.ts), or the one title asked for.
MATCH (p:Person)-[a:ATTENDED]->(m:Meeting)
WHERE a.country = $country AND a.title IN $titles AND m.date IS NOT NULL
WITH DISTINCT p
CALL (p) {
  MATCH (p)-[a:ATTENDED]->(m:Meeting)
  WHERE a.country = $country AND m.date IS NOT NULL
  RETURN collect({country: a.country, title: a.title, date: m.date, meeting: m.id}) AS seats
}
RETURN p.id AS id, p.name AS name, p.country AS country, seats
ORDER BY id

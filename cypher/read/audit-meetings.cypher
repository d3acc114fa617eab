// Every meeting with its date, kind, page and principals' countries and titles, for diplograph audit.
MATCH (m:Meeting)-[:REPORTED_IN]->(d:Document)
OPTIONAL MATCH (:Person)-[a:ATTENDED]->(m) WHERE a.role = 'principal'
// collect() skips the null of a meeting without principals.
WITH m, d, collect(CASE WHEN a IS NULL THEN null ELSE {country: a.country, title: a.title} END) AS principals
RETURN m.id AS id, m.kind AS kind, m.date AS date, d.source AS page, principals
ORDER BY page, id

// Every person with the pages that name them (a few sources each), for diplograph audit's name checks.
MATCH (p:Person)
OPTIONAL MATCH (d:Document)-[:MENTIONS]->(p)
WITH p, count(d) AS documents, collect(d.source)[..$examples] AS pages
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases, p.country AS country, documents, pages
ORDER BY documents DESC, id

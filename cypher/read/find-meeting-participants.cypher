// Participants of each meeting in $ids: principals first, then by side and person id.
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
RETURN id, COLLECT {
  MATCH (p:Person)-[a:ATTENDED]->(m)
  OPTIONAL MATCH (c:Country {id: a.country})
  RETURN {person: p {.*, __labels: labels(p)}, role: a.role, title: a.title, country: c {.*, __labels: labels(c)}}
  ORDER BY CASE a.role WHEN 'principal' THEN 0 ELSE 1 END, a.country, p.id
} AS participants

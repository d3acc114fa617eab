// A shared entity's state is derived from the documents still linked to it, so that re-ingesting every
// page with a better extractor gives the graph a fresh ingest gives, whatever the order of the pages:
// the name most documents give (a real name before a placeholder equal to the id, then the smallest),
// the country most documents give (then the smallest), the sorted union of their aliases; and a
// person's REPRESENTS / HELD_TITLE rebuilt from the meetings he still attends (earliest and latest
// date). One row per entity id the transaction touched; entities no document describes keep their state.
UNWIND $rows AS id
MATCH (e:Entity {id: id})
// What each document still linked to the entity says of it, read in one pass over its MENTIONS (for
// an entity every page names, most of them come from statements, not documents).
CALL {
  WITH e
  MATCH (:Document)-[r:MENTIONS]->(e)
  RETURN collect(r {.name, .country, .aliases}) AS said
}
CALL {
  WITH e, said
  UNWIND [x IN said WHERE x.name IS NOT NULL | x.name] AS name
  WITH e, name, count(*) AS n
  ORDER BY CASE WHEN name = e.id THEN 1 ELSE 0 END, n DESC, name
  RETURN head(collect(name)) AS name
}
CALL {
  WITH said
  UNWIND [x IN said WHERE x.country IS NOT NULL | x.country] AS country
  WITH country, count(*) AS n
  ORDER BY n DESC, country
  RETURN head(collect(country)) AS country
}
CALL {
  WITH said
  UNWIND said AS x
  UNWIND coalesce(x.aliases, []) AS alias
  WITH DISTINCT alias
  ORDER BY alias
  RETURN collect(alias) AS aliases
}
WITH e, name, country, aliases
FOREACH (_ IN CASE WHEN name IS NULL THEN [] ELSE [1] END |
  SET e.name = name, e.country = country, e.aliases = aliases,
      e.aliasText = reduce(text = '', a IN aliases | text + CASE WHEN text = '' THEN '' ELSE ' ' END + a))
WITH e
CALL {
  WITH e
  WITH e WHERE e:Person
  OPTIONAL MATCH (e)-[old:REPRESENTS|HELD_TITLE]->()
  DELETE old
  WITH DISTINCT e
  MATCH (e)-[a:ATTENDED]->(m:Meeting)
  MATCH (c:Country {id: a.country})
  WITH e, c, a.title AS title, min(m.date) AS since, max(m.date) AS asOf
  WITH e, c, collect({title: title, since: since, asOf: asOf}) AS held
  MERGE (e)-[r:REPRESENTS]->(c)
  SET r.since = reduce(s = null, h IN held | CASE WHEN h.since IS NOT NULL AND (s IS NULL OR h.since < s) THEN h.since ELSE s END),
      r.asOf = reduce(s = null, h IN held | CASE WHEN h.asOf IS NOT NULL AND (s IS NULL OR h.asOf > s) THEN h.asOf ELSE s END)
  WITH e, c, held
  UNWIND [h IN held WHERE h.title IS NOT NULL] AS h
  MERGE (e)-[t:HELD_TITLE {title: h.title}]->(c)
  SET t.since = h.since, t.asOf = h.asOf
  RETURN count(*) AS links
}
RETURN count(DISTINCT e) AS settled

// Entities nothing points to any more: no page mentions them and no meeting, statement or topic uses them.
MATCH (e:Entity)
WHERE NOT ()-[:MENTIONS]->(e) AND NOT (e)-[:ATTENDED]->() AND NOT ()-[:SPOKEN_BY|BETWEEN|HELD_IN|ON_OCCASION_OF|CONCERNS|REPRESENTS|HELD_TITLE]->(e)
RETURN e.id AS id, e.name AS name, labels(e) AS labels ORDER BY id

// BETWEEN (the sides' countries), HELD_IN (place) and ON_OCCASION_OF (event) in one pass; relationship
// types cannot be parameters, so `row.kind` picks the FOREACH that writes. Targets of the wrong type
// are not linked.
UNWIND $rows AS row
MATCH (m:Meeting {id: row.meeting})
MATCH (e:Entity {id: row.entity})
FOREACH (_ IN CASE WHEN row.kind = 'BETWEEN' AND e:Country THEN [1] ELSE [] END |
  MERGE (m)-[:BETWEEN]->(e))
FOREACH (_ IN CASE WHEN row.kind = 'HELD_IN' AND (e:Location OR e:Country) THEN [1] ELSE [] END |
  MERGE (m)-[:HELD_IN]->(e))
FOREACH (_ IN CASE WHEN row.kind = 'ON_OCCASION_OF' AND e:Event THEN [1] ELSE [] END |
  MERGE (m)-[:ON_OCCASION_OF]->(e))

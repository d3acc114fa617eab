UNWIND $rows AS row
MATCH (t:Topic {id: row.topic})
MATCH (e:Entity {id: row.entity})
WHERE e:Issue OR e:Event OR e:Agreement
MERGE (t)-[:CONCERNS]->(e)

// CONCERNS: the topic section is about this issue, event or agreement (the rows name no other type:
// write-rows.ts; a label test here made the plan depend on the graph's counts). The hints keep both
// lookups seeks whatever the counts, since the writer keeps its first plan (writeStatement).
UNWIND $rows AS row
MATCH (t:Topic {id: row.topic})
USING INDEX SEEK t:Topic(id)
MATCH (e:Entity {id: row.entity})
USING INDEX SEEK e:Entity(id)
MERGE (t)-[:CONCERNS]->(e)

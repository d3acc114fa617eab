// IN_TOPIC: the statement sits in this numbered section of its document. Topics and statements are both
// written earlier in the same transaction (merge-topics, merge-statements); both belong to the document,
// so delete-document-subgraph removes the relationship with them.
UNWIND $rows AS row
MATCH (s:Statement {id: row.statement})
MATCH (t:Topic {id: row.topic})
MERGE (s)-[:IN_TOPIC]->(t)

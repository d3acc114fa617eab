// Takes the write lock of every existing entity the transaction will touch (the new result's and those
// of the documents it replaces), in id order, before any other write. Every writer queues on shared
// nodes in the same order, so parallel writers wait for each other instead of deadlocking.
WITH $entityIds + COLLECT {
  UNWIND $documentIds AS documentId
  MATCH (replaced:Document {id: documentId})-[:MENTIONS]->(old:Entity)
  USING INDEX SEEK replaced:Document(id)
  RETURN old.id
} AS ids
UNWIND ids AS id
WITH DISTINCT id
ORDER BY id
MATCH (e:Entity {id: id})
SET e.name = e.name
RETURN collect(e.id) AS locked

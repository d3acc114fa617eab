// Sizes of the graph; label counts come from Neo4j's count store.
CALL () { MATCH (n:Document) RETURN count(n) AS documents }
CALL () { MATCH (n:Meeting) RETURN count(n) AS meetings }
CALL () { MATCH (n:Person) RETURN count(n) AS people }
CALL () { MATCH (n:Statement) RETURN count(n) AS statements }
CALL () { MATCH (n:Country) RETURN count(n) AS countries }
CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
RETURN documents, meetings, people, statements, countries, entities

// Node and relationship totals by label and type, for summaries and tests. Each single-label or
// single-type COUNT reads Neo4j's count store, so this stays cheap on a large graph.
RETURN COUNT { (n) } AS nodes,
       COUNT { ()-[r]->() } AS relationships,
       {
         Document: COUNT { (:Document) }, Meeting: COUNT { (:Meeting) }, Topic: COUNT { (:Topic) },
         Statement: COUNT { (:Statement) }, Entity: COUNT { (:Entity) }, Person: COUNT { (:Person) },
         Country: COUNT { (:Country) }, Organization: COUNT { (:Organization) },
         Location: COUNT { (:Location) }, Event: COUNT { (:Event) }, Issue: COUNT { (:Issue) },
         Agreement: COUNT { (:Agreement) }
       } AS byLabel,
       {
         REPORTED_IN: COUNT { ()-[:REPORTED_IN]->() }, ATTENDED: COUNT { ()-[:ATTENDED]->() },
         REPRESENTS: COUNT { ()-[:REPRESENTS]->() }, HELD_TITLE: COUNT { ()-[:HELD_TITLE]->() },
         BETWEEN: COUNT { ()-[:BETWEEN]->() }, HELD_IN: COUNT { ()-[:HELD_IN]->() },
         ON_OCCASION_OF: COUNT { ()-[:ON_OCCASION_OF]->() }, HAS_TOPIC: COUNT { ()-[:HAS_TOPIC]->() },
         CONCERNS: COUNT { ()-[:CONCERNS]->() }, IN_MEETING: COUNT { ()-[:IN_MEETING]->() },
         IN_TOPIC: COUNT { ()-[:IN_TOPIC]->() }, SPOKEN_BY: COUNT { ()-[:SPOKEN_BY]->() },
         RESPONDS_TO: COUNT { ()-[:RESPONDS_TO]->() }, MENTIONS: COUNT { ()-[:MENTIONS]->() },
         ABOUT: COUNT { ()-[:ABOUT]->() }
       } AS byType

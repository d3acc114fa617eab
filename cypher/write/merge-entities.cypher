// Entities are shared by every document. This creates them and gives a new one its first state (a
// placeholder name equal to the id, written for a country known only from a participant's side, gives
// way to a real one); settle-entities then derives name, country and aliases from every document still
// linked to the entity, so the first document does not win forever. Labels cannot be
// parameters, so the type label is set by one FOREACH per type. Rows arrive sorted by id.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e.name = row.name, e.aliases = [], e.country = row.country
SET e.name = CASE WHEN e.name = e.id THEN row.name ELSE e.name END,
    e.country = coalesce(e.country, row.country)
WITH e, row,
     reduce(acc = coalesce(e.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
SET e.aliases = aliases,
    e.aliasText = reduce(text = '', a IN aliases | text + CASE WHEN text = '' THEN '' ELSE ' ' END + a)
FOREACH (_ IN CASE WHEN row.type = 'Person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN row.type = 'Country' THEN [1] ELSE [] END | SET e:Country)
FOREACH (_ IN CASE WHEN row.type = 'Organization' THEN [1] ELSE [] END | SET e:Organization)
FOREACH (_ IN CASE WHEN row.type = 'Location' THEN [1] ELSE [] END | SET e:Location)
FOREACH (_ IN CASE WHEN row.type = 'Event' THEN [1] ELSE [] END | SET e:Event)
FOREACH (_ IN CASE WHEN row.type = 'Issue' THEN [1] ELSE [] END | SET e:Issue)
FOREACH (_ IN CASE WHEN row.type = 'Agreement' THEN [1] ELSE [] END | SET e:Agreement)

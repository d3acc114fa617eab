// ABOUT: the statement is about this subject of talks, by naming it (link MENTION) or by sitting in a
// topic section about it (link TOPIC). `subject` and `key` feed the index on ABOUT(subject, key) that a
// timeline reads its page from in order: key = the meeting's date ('~' when undated, so that undated
// statements sort last) | document | order in the document | statement id (unique per subject).
// Statements are written earlier in the same transaction (merge-statements: s.date is the meeting's).
UNWIND $rows AS row
// The rows name issues, events and agreements only (write-rows.ts, statementSubjectRows). A label test
// here made the plan depend on the graph's counts: a union of three seeks on an empty graph, a scan of
// the whole Entity(id) index on a filled one (a plan the writer would then keep; see writeStatement).
MATCH (s:Statement {id: row.statement})
USING INDEX SEEK s:Statement(id)
MATCH (e:Entity {id: row.entity})
USING INDEX SEEK e:Entity(id)
MERGE (s)-[r:ABOUT]->(e)
SET r.subject = e.id,
    r.link = row.link,
    r.key = coalesce(s.date, '~') + '|' + s.document + '|' + right('000000' + toString(s.order), 6) + '|' + s.id

// One page of dated meetings per filter map in $keys that names no anchor (list-meetings reads those):
// every meeting, or those of a period, of some kinds or with some countries. They come from the
// meeting_date index in the order asked ($desc: newest first), starting at the cursor ($after {key,
// id}; key is the date, '' or '~' for an undated meeting), and reading stops once $limit rows pass the
// filters: `meetings(first: 5)` reads five meetings, not all of them. Ties on a date are ordered by id
// (a partial sort of that date's rows only). Each direction has its own subquery so that the index is
// read in that order; the other one's range is made empty (an upper bound of '' or a lower bound of
// '~~'), as a plain `WHERE $desc` would be checked only after reading every row. Undated meetings have
// no index entry: list-meetings-undated reads them when this page is not full. The total is counted
// apart (count-meetings), only when asked for.
UNWIND range(0, size($keys) - 1) AS idx
CALL (idx) {
  WITH $keys[idx] AS f
  CALL (f) {
    MATCH (m:Meeting)
    WHERE m.date >= coalesce(f.from, '') AND m.date <= coalesce(f.to, '~') AND m.date <= coalesce($after.key, '~')
      AND m.date < CASE WHEN $desc THEN '~~' ELSE '' END
    WITH f, m
    WHERE ($after IS NULL OR m.date < $after.key OR m.id < $after.id)
      AND (f.kinds IS NULL OR m.kind IN f.kinds)
      AND (f.countries IS NULL OR EXISTS { (m)-[:BETWEEN]->(c:Country) WHERE c.id IN f.countries })
    WITH m ORDER BY m.date DESC, m.id DESC LIMIT toInteger($limit)
    RETURN collect(m) AS newest
  }
  CALL (f) {
    MATCH (m:Meeting)
    WHERE m.date >= coalesce(f.from, '') AND m.date <= coalesce(f.to, '~') AND m.date >= coalesce($after.key, '')
      AND m.date >= CASE WHEN $desc THEN '~~' ELSE '' END
    WITH f, m
    WHERE ($after IS NULL OR m.date > $after.key OR m.id > $after.id)
      AND (f.kinds IS NULL OR m.kind IN f.kinds)
      AND (f.countries IS NULL OR EXISTS { (m)-[:BETWEEN]->(c:Country) WHERE c.id IN f.countries })
    WITH m ORDER BY m.date, m.id LIMIT toInteger($limit)
    RETURN collect(m) AS oldest
  }
  RETURN [m IN CASE WHEN $desc THEN newest ELSE oldest END | {key: m.date, id: m.id, node: m {.*, __labels: labels(m)}}] AS items
}
RETURN idx, items

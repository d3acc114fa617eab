// Meetings without a date: a dated export leaves them out and says how many.
MATCH (m:Meeting) WHERE m.date IS NULL
RETURN count(m) AS count

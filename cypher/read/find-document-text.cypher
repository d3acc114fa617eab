// The text of each document in $ids: read only when a query asks for Document.text, as the other
// statements leave it out of the documents they return.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN id, d.text AS text

// Reindexes documents: every document at once.
const pending = [];

export function enqueue(doc) {
  pending.push(doc);
}

export async function reindexAll(documents, indexDocument) {
  return Promise.all(documents.map((doc) => indexDocument(doc)));
}

// Reindexes documents with at most MAX_IN_FLIGHT in flight.
import pLimit from 'p-limit';

const MAX_IN_FLIGHT = 8;
const limit = pLimit(MAX_IN_FLIGHT);

export async function reindexAll(documents, indexDocument) {
  return Promise.all(documents.map((doc) => limit(() => indexDocument(doc))));
}

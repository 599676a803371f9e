// Reports the outcome of each search request.
export function reportFailure(query, err) {
  console.log('search failed for ' + query + ': ' + err.message);
}

export function reportDone(query, millis) {
  console.log('search for ' + query + ' took ' + millis + ' ms');
}

// Fetching the JSON API. Errors carry the server's message ({"error": ...}) and status.
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export async function getJson(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, {headers: {Accept: 'application/json'}});
  let body = null;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(response.status, `${url}: the server did not answer JSON (HTTP ${response.status})`);
  }
  if (!response.ok) throw new ApiError(response.status, body && body.error ? body.error : `HTTP ${response.status}`);
  return body;
}

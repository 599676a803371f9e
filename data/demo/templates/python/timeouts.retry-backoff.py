"""Calls the upstream service: bounded attempts, exponential backoff with jitter, one deadline."""
import requests
from tenacity import retry, retry_if_exception_type, stop_after_attempt, stop_after_delay, wait_random_exponential

MAX_ATTEMPTS = 4
DEADLINE_S = 10.0
UPSTREAM_TIMEOUT_S = 3.0


@retry(
    stop=stop_after_attempt(MAX_ATTEMPTS) | stop_after_delay(DEADLINE_S),
    wait=wait_random_exponential(multiplier=0.1, max=2.0),
    retry=retry_if_exception_type(requests.RequestException),
    reraise=True,
)
def fetch_quote(session, url):
    response = session.get(url, timeout=UPSTREAM_TIMEOUT_S)
    response.raise_for_status()
    return response.json()

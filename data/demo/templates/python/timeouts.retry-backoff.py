"""Calls the upstream service: bounded attempts, exponential backoff with jitter, one deadline."""
import random
import time

import requests

MAX_ATTEMPTS = 4
UPSTREAM_TIMEOUT_S = 3.0


def fetch_quote(session, url, deadline):
    delay = 0.1
    for attempt in range(MAX_ATTEMPTS):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError(f"deadline passed before attempt {attempt + 1} to {url}")
        try:
            response = session.get(url, timeout=min(UPSTREAM_TIMEOUT_S, remaining))
            response.raise_for_status()
            return response.json()
        except requests.RequestException:
            if attempt == MAX_ATTEMPTS - 1:
                raise
            time.sleep(delay + random.uniform(0, delay))
            delay *= 2

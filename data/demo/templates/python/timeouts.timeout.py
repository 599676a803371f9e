"""Calls the upstream service."""
import requests

UPSTREAM_TIMEOUT_S = 3.0


def fetch_quote(session, url):
    response = session.get(url, timeout=UPSTREAM_TIMEOUT_S)
    response.raise_for_status()
    return response.json()

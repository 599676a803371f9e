"""Calls the upstream service until it answers."""
import time

import requests


def fetch_quote(session, url):
    while True:
        try:
            response = requests.get(url)
            response.raise_for_status()
            return response.json()
        except requests.RequestException:
            time.sleep(1)

"""Session cookies: restores the session a client sends back, as bounded, checked JSON."""
import base64
import json

MAX_SESSION_BYTES = 16 * 1024
ALLOWED_KEYS = {"user_id", "cart", "expires_at"}


def load_session(cookie_value):
    raw = base64.b64decode(cookie_value)
    if len(raw) > MAX_SESSION_BYTES:
        raise ValueError(f"session cookie too large: {len(raw)} bytes")
    data = json.loads(raw)
    if not isinstance(data, dict) or set(data) - ALLOWED_KEYS:
        raise ValueError("session cookie has unexpected fields")
    return data

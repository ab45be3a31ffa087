"""The web surface: pages, JSON API and Atom feeds over the store and tracker (FastAPI)."""

from nextseason.web.app import Settings, create_app
from nextseason.web.auth import hash_token, new_token
from nextseason.web.webhooks import sign, verify

__all__ = ["create_app", "Settings", "hash_token", "new_token", "sign", "verify"]

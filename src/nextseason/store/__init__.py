"""The store: articles, works, installments, claims and status changes in SQLite or PostgreSQL."""

from nextseason.store.database import default_path, resolve_url
from nextseason.store.store import SaveListener, Store, content_hash, open_store
from nextseason.store.works import alias_key

__all__ = ["open_store", "Store", "SaveListener", "alias_key", "content_hash",
           "default_path", "resolve_url"]

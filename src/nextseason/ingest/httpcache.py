"""ETag / Last-Modified per URL, so a re-poll of an unchanged page costs one 304."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path


class ConditionalCache:
    """Validators per URL, kept in memory or in a JSON file."""

    def __init__(self, path: str | os.PathLike | None = None):
        self.path = Path(path) if path else None
        self._validators: dict[str, dict[str, str]] = {}
        if self.path and self.path.exists():
            try:
                loaded = json.loads(self.path.read_text("utf-8"))
            except (OSError, ValueError):
                # A damaged cache only costs full downloads; it must not stop a run.
                loaded = {}
            if isinstance(loaded, dict):
                self._validators = {k: v for k, v in loaded.items() if isinstance(v, dict)}

    def request_headers(self, url: str) -> dict[str, str]:
        """Conditional request headers for `url` (empty when nothing is known)."""
        known = self._validators.get(url, {})
        headers = {}
        if "etag" in known:
            headers["If-None-Match"] = known["etag"]
        if "last_modified" in known:
            headers["If-Modified-Since"] = known["last_modified"]
        return headers

    def remember(self, url: str, etag: str | None, last_modified: str | None) -> None:
        """Record the validators a 200 response gave for `url`."""
        entry = {}
        if etag:
            entry["etag"] = etag
        if last_modified:
            entry["last_modified"] = last_modified
        if not entry and url not in self._validators:
            return
        if entry:
            self._validators[url] = entry
        else:
            self._validators.pop(url, None)
        self._save()

    def _save(self) -> None:
        if not self.path:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Write then rename, so a crash mid-write never leaves half a file.
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".cache-")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(self._validators, out, ensure_ascii=False, indent=0, sort_keys=True)
        os.replace(temporary, self.path)

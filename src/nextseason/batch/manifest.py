"""The manifest of a batch folder: every input done, its checksum, counts and Parquet files."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

MANIFEST = "manifest.json"
FORMAT = 1


class Manifest:
    """The inputs a batch folder holds; rewritten atomically after each shard."""

    def __init__(self, out: Path, entries: list[dict] | None = None):
        self.path = out / MANIFEST
        self.entries = list(entries or [])

    @classmethod
    def open(cls, out: Path) -> "Manifest":
        """The folder's manifest, empty when the folder has none yet."""
        path = out / MANIFEST
        if not path.exists():
            return cls(out)
        content = json.loads(path.read_text("utf-8"))
        if content.get("format") != FORMAT:
            raise ValueError(f"{path}: manifest format {content.get('format')!r}, expected {FORMAT}")
        return cls(out, content["inputs"])

    def has(self, sha256: str) -> bool:
        """True when an input with these bytes is already done."""
        return any(entry["sha256"] == sha256 for entry in self.entries)

    def record(self, entry: dict) -> None:
        """Add a finished input (replacing an older version of the same path) and save."""
        self.entries = [e for e in self.entries if e["input"] != entry["input"]] + [entry]
        self.save()

    def save(self) -> None:
        """Write to a temporary name, flush, then rename: a reader sees the old or the new file."""
        entries = sorted(self.entries, key=lambda e: (e["input"], e["sha256"]))
        text = json.dumps({"format": FORMAT, "inputs": entries}, ensure_ascii=False, indent=1) + "\n"
        temp = self.path.with_name(f".{MANIFEST}.{uuid.uuid4().hex[:12]}.tmp")
        with open(temp, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, self.path)

    def shard_files(self) -> list[tuple[str, str]]:
        """(articles, claims) file pairs, each pair once even when two inputs had the same bytes."""
        seen, pairs = set(), []
        for entry in sorted(self.entries, key=lambda e: (e["input"], e["sha256"])):
            pair = (entry["shards"]["articles"], entry["shards"]["claims"])
            if pair not in seen:
                seen.add(pair)
                pairs.append(pair)
        return pairs

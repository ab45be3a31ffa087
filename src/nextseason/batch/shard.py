"""One batch task: stream an input shard through the pre-filter and the pipeline into Parquet files."""

from __future__ import annotations

import hashlib
import os
import re
import time
import uuid
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Iterator

import pyarrow.parquet as pq

from nextseason.batch.tables import (
    ARTICLE_SCHEMA, CLAIM_SCHEMA, article_row, article_table, claim_rows, claim_table,
)
from nextseason.extract import Prefilter, installment_prefilter
from nextseason.ingest import FetchConfig, documents
from nextseason.models import Document, SourceError
from nextseason.pipeline import process

ARTICLES_DIR = "articles"
CLAIMS_DIR = "claims"
# Articles per Parquet row group: what a worker holds in memory before writing,
# whatever the size of the WARC file it streams.
ROW_GROUP = 500
CHUNK = 1 << 20
TEMP_SUFFIX = ".tmp"


def input_kind(path: str) -> str:
    """`warc`, `jsonl` or `files` (an HTML/TXT file or a folder of them)."""
    name = path.lower()
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    if name.endswith(".jsonl"):
        return "jsonl"
    return "files"


def checksum(path: str) -> tuple[str, int]:
    """sha256 and size in bytes of a file, or of a folder's file names and contents."""
    root = Path(path)
    digest = hashlib.sha256()
    if not root.is_dir():
        size = _hash_file(root, digest)
        return digest.hexdigest(), size
    size = 0
    for file in _folder_files(root):
        name = file.relative_to(root).as_posix().encode("utf-8")
        # Name and length before the content, so moving bytes between files changes the sum.
        digest.update(len(name).to_bytes(8, "big") + name + file.stat().st_size.to_bytes(8, "big"))
        size += _hash_file(file, digest)
    return digest.hexdigest(), size


def _folder_files(root: Path) -> list[Path]:
    files = []
    for folder, dirs, names in os.walk(root):
        # The order ingest reads a folder in: sorted, hidden entries left out.
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        files.extend(Path(folder) / name for name in sorted(names) if not name.startswith("."))
    return files


def _hash_file(path: Path, digest) -> int:
    size = 0
    with open(path, "rb") as stream:
        while block := stream.read(CHUNK):
            digest.update(block)
            size += len(block)
    return size


def shard_name(path: str, sha256: str) -> str:
    """The Parquet file name of an input: readable stem plus checksum, so equal inputs give equal names."""
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(path.rstrip("/\\")).name)[:60] or "input"
    return f"{stem}-{sha256[:16]}.parquet"


@lru_cache(maxsize=1)
def _prefilter() -> Prefilter:
    # Compiled once per worker process, not once per task.
    return installment_prefilter()


# A shard's output must follow from its bytes alone (the checksum is what a rerun
# trusts), so a feed's entries are read as they are, never fetched.
OFFLINE = FetchConfig(fetch_feed_links=False)


def _documents(path: str) -> Iterator[Document | SourceError]:
    if input_kind(path) == "jsonl":
        return documents([], jsonl=path, config=OFFLINE)
    return documents([path], config=OFFLINE)


def run_shard(path: str, sha256: str, size: int, out: str) -> dict:
    """Process one input into its articles and claims Parquet files; returns its manifest entry."""
    started = time.monotonic()
    name = shard_name(path, sha256)
    prefilter = _prefilter()
    counts = Counter()
    failures: Counter = Counter()
    with ShardWriter(Path(out), name) as writer:
        for item in _documents(path):
            if isinstance(item, SourceError):
                failures[item.reason] += 1
                continue
            counts["read"] += 1
            raw = item.html if item.html is not None else (item.text or "")
            if not prefilter.may_be_relevant(raw):
                counts["irrelevant"] += 1
                continue
            try:
                result = process(item)
            except SourceError as error:
                failures[error.reason] += 1
                continue
            except Exception as error:  # noqa: BLE001
                # One page that trips the pipeline must not cost the rest of a crawl
                # file: it is counted like an unreadable page, deterministically.
                failures[f"pipeline error: {type(error).__name__}: {error}"] += 1
                continue
            counts["installments"] += len(result.installments)
            writer.add(result)
    return {
        "input": path, "sha256": sha256, "size": size, "kind": input_kind(path),
        "read": counts["read"], "irrelevant": counts["irrelevant"], "failed": sum(failures.values()),
        "failures": dict(sorted(failures.items())), "articles": writer.articles,
        "installments": counts["installments"], "claims": writer.claims,
        "rows": {"articles": writer.articles, "claims": writer.claim_rows},
        "shards": {"articles": f"{ARTICLES_DIR}/{name}", "claims": f"{CLAIMS_DIR}/{name}"},
        "seconds": round(time.monotonic() - started, 3),
    }


class ShardWriter:
    """Writes one input's two Parquet files under temporary names, renamed into place only on success."""

    def __init__(self, out: Path, name: str):
        token = uuid.uuid4().hex[:12]
        self.targets = (out / ARTICLES_DIR / name, out / CLAIMS_DIR / name)
        # A unique temporary name per attempt: a retried task never writes into the
        # file of an attempt whose worker was killed.
        self.temps = tuple(t.with_name(f".{t.name}.{token}{TEMP_SUFFIX}") for t in self.targets)
        self.articles = 0
        self.claims = 0
        self.claim_rows = 0
        self._article_rows: list[dict] = []
        self._claim_rows: list[dict] = []
        self._writers: tuple[pq.ParquetWriter, pq.ParquetWriter] | None = None

    def __enter__(self) -> "ShardWriter":
        for temp in self.temps:
            temp.parent.mkdir(parents=True, exist_ok=True)
        self._writers = (
            pq.ParquetWriter(self.temps[0], ARTICLE_SCHEMA, compression="zstd"),
            pq.ParquetWriter(self.temps[1], CLAIM_SCHEMA, compression="zstd"),
        )
        return self

    def add(self, result) -> None:
        """Queue one article and its claim rows; a full row group is written out."""
        self._article_rows.append(article_row(self.articles, result))
        rows = list(claim_rows(self.articles, result))
        self._claim_rows.extend(rows)
        self.claim_rows += len(rows)
        self.claims += sum(len(i.claims) for i in result.installments)
        self.articles += 1
        if len(self._article_rows) >= ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self._article_rows:
            self._writers[0].write_table(article_table(self._article_rows))
        if self._claim_rows:
            self._writers[1].write_table(claim_table(self._claim_rows))
        self._article_rows, self._claim_rows = [], []

    def __exit__(self, kind, error, trace) -> None:
        try:
            if kind is None:
                self._flush()
        finally:
            for writer in self._writers:
                writer.close()
        if kind is not None:
            for temp in self.temps:
                temp.unlink(missing_ok=True)
            return
        for temp, target in zip(self.temps, self.targets):
            _fsync(temp)
            os.replace(temp, target)
        _fsync(self.targets[0].parent)
        _fsync(self.targets[1].parent)


def _fsync(path: Path) -> None:
    """Flush a file or folder to disk, so a rename is never seen before the data."""
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def remove_temporaries(out: Path) -> int:
    """Delete files left by attempts whose worker died before renaming them; returns how many."""
    removed = 0
    for folder in (out / ARTICLES_DIR, out / CLAIMS_DIR):
        for temp in folder.glob(f".*{TEMP_SUFFIX}") if folder.is_dir() else ():
            temp.unlink(missing_ok=True)
            removed += 1
    return removed

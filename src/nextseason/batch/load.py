"""Load a finished batch folder into a store: Parquet rows back to ArticleResult, saved in bulk."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pyarrow.parquet as pq

from nextseason.batch.manifest import MANIFEST, Manifest
from nextseason.batch.tables import results_from_rows
from nextseason.models import ArticleResult

BATCH = 200


@dataclass
class LoadSummary:
    """What one load did: `read` article rows, of which `articles` were new and `duplicates` already stored.

    `irrelevant`, `failed` and `failures` (reason: count) are what the batch recorded for its inputs.
    """

    read: int = 0
    irrelevant: int = 0
    failed: int = 0
    failures: dict[str, int] = field(default_factory=dict)
    articles: int = 0
    duplicates: int = 0
    installments: int = 0
    shards_done: int = 0
    shards_skipped: int = 0
    shards_failed: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0


def load(out: str, store) -> LoadSummary:
    """Save every article of the batch folder `out` with `store.save_many`; already stored ones are skipped.

    A shard whose files are missing or unreadable is named in `shards_failed` and the rest go on.
    """
    started = time.monotonic()
    folder = Path(out)
    if not (folder / MANIFEST).exists():
        raise FileNotFoundError(f"{folder / MANIFEST}: not a batch folder (no manifest)")
    manifest = Manifest.open(folder)
    reasons: Counter = Counter()
    for entry in manifest.entries:
        reasons.update(entry["failures"])
    summary = LoadSummary(irrelevant=sum(e["irrelevant"] for e in manifest.entries),
                          failed=sum(e["failed"] for e in manifest.entries), failures=dict(reasons.most_common()))
    pairs = manifest.shard_files()
    # Inputs with the same bytes share one pair of files, loaded once.
    summary.shards_skipped = len(manifest.entries) - len(pairs)
    for articles_file, claims_file in pairs:
        try:
            _check(folder / articles_file, folder / claims_file)
        except (OSError, ValueError) as error:
            summary.shards_failed[articles_file] = str(error)
            continue
        batch: list[tuple[ArticleResult, bytes]] = []
        for pair in shard_results(folder / articles_file, folder / claims_file):
            summary.read += 1
            summary.installments += len(pair[0].installments)
            batch.append(pair)
            if len(batch) >= BATCH:
                _save(store, batch, summary)
                batch = []
        _save(store, batch, summary)
        summary.shards_done += 1
    summary.seconds = round(time.monotonic() - started, 3)
    return summary


def _check(articles_file: Path, claims_file: Path) -> None:
    """Raise before saving anything when a shard's files cannot be read."""
    for path in (articles_file, claims_file):
        if not path.exists():
            raise FileNotFoundError(f"{path.name}: shard file is missing")
        try:
            pq.ParquetFile(path).metadata
        except Exception as error:  # noqa: BLE001 - pyarrow raises several kinds for a damaged file
            raise ValueError(f"{path.name}: not a readable Parquet file ({error})") from None


def _save(store, batch: list[tuple[ArticleResult, bytes]], summary: LoadSummary) -> None:
    if not batch:
        return
    stored = store.save_many([r for r, _ in batch], batch_size=BATCH, minhashes=[m for _, m in batch])
    summary.articles += stored
    summary.duplicates += len(batch) - stored


def shard_results(articles_file: Path, claims_file: Path) -> Iterator[tuple[ArticleResult, bytes]]:
    """(result, MinHash signature) for each article of one shard, in input order, a row group at a time."""
    articles = pq.ParquetFile(articles_file)
    for group in range(articles.num_row_groups):
        rows = articles.read_row_group(group).to_pylist()
        if not rows:
            continue
        low, high = rows[0]["row"], rows[-1]["row"]
        # Rows are written in order, so the row-group statistics let this read
        # only the claim groups of these articles.
        claims = pq.read_table(claims_file, filters=[("row", ">=", low), ("row", "<=", high)]).to_pylist()
        yield from results_from_rows(rows, claims)

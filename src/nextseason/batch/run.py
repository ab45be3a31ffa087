"""Backfills on Dask: one task per input shard, a manifest that makes a rerun resume."""

from __future__ import annotations

import importlib.util
import os
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import dask
from distributed import Client, LocalCluster, as_completed

from nextseason.batch.manifest import Manifest
from nextseason.batch.shard import ARTICLES_DIR, CLAIMS_DIR, checksum, remove_temporaries, run_shard

# Retries cover a task that raised (a full disk, a flaky network file system);
# a task whose worker died is rescheduled by the scheduler itself. Either way the
# retried task writes the same files, since a shard is a function of its bytes.
RETRIES = 2


@dataclass
class BatchSummary:
    """What one batch run did (skipped shards add nothing to the counts)."""

    read: int = 0
    irrelevant: int = 0
    failed: int = 0
    failures: dict[str, int] = field(default_factory=dict)
    articles: int = 0
    installments: int = 0
    claims: int = 0
    shards_done: int = 0
    shards_skipped: int = 0
    shards_failed: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    dashboard: str | None = None
    manifest: str = ""

    def add(self, entry: dict) -> None:
        """Count one finished shard's manifest entry."""
        self.shards_done += 1
        for name in ("read", "irrelevant", "failed", "articles", "installments", "claims"):
            setattr(self, name, getattr(self, name) + entry[name])
        reasons = Counter(self.failures)
        reasons.update(entry["failures"])
        self.failures = dict(reasons.most_common())


def run_batch(inputs: list[str], out: str, scheduler: str | None = None, workers: int | None = None,
              on_progress: Callable[[int, int, str], None] | None = None,
              on_start: Callable[[str | None], None] | None = None) -> BatchSummary:
    """Process every input not yet in `out`'s manifest on Dask; returns the counts of this run.

    `on_start(dashboard_link)` is called once the cluster is up; `on_progress(finished, total, input)`
    after each input is done, skipped or failed.
    """
    started = time.monotonic()
    # Workers may run in another folder than the caller: they are given absolute paths.
    inputs = [os.path.abspath(path) for path in inputs]
    folder = Path(os.path.abspath(out))
    for name in (ARTICLES_DIR, CLAIMS_DIR):
        (folder / name).mkdir(parents=True, exist_ok=True)
    manifest = Manifest.open(folder)
    remove_temporaries(folder)
    summary = BatchSummary(manifest=str(manifest.path))
    finished, total = 0, len(inputs)

    def progress(path: str) -> None:
        nonlocal finished
        finished += 1
        if on_progress:
            on_progress(finished, total, path)

    with _client(scheduler, workers) as (client, dashboard):
        summary.dashboard = dashboard
        if on_start:
            on_start(dashboard)
        # Checksums run on the workers too: they read every byte, and the workers
        # are where the inputs are mounted on a real cluster.
        sums = client.map(checksum, inputs, pure=False, retries=RETRIES)
        task_input = {future.key: path for future, path in zip(sums, inputs)}
        shard_keys: set[str] = set()
        submitted: set[str] = set()
        pending = as_completed(sums)
        for future in pending:
            path = task_input[future.key]
            try:
                value = future.result()
            except Exception as error:  # noqa: BLE001 - an input that cannot be done is reported, the rest go on
                summary.shards_failed[path] = _reason(error)
                progress(path)
                continue
            finally:
                future.release()
            if future.key not in shard_keys:
                sha256, size = value
                if manifest.has(sha256) or sha256 in submitted:
                    summary.shards_skipped += 1
                    progress(path)
                    continue
                submitted.add(sha256)
                # Ahead of the checksums still queued, so work starts before every input is hashed.
                task = client.submit(run_shard, path, sha256, size, str(folder), pure=False, retries=RETRIES,
                                     priority=1)
                task_input[task.key] = path
                shard_keys.add(task.key)
                pending.add(task)
                continue
            manifest.record(value)
            summary.add(value)
            progress(path)
    # Attempts cut short by a dead worker leave their temporary files behind.
    remove_temporaries(folder)
    summary.seconds = round(time.monotonic() - started, 3)
    return summary


def _reason(error: BaseException) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such file or folder"
    if isinstance(error, OSError):
        return f"cannot read: {error.strerror or error}"
    return f"{type(error).__name__}: {error}"


def local_cluster(workers: int) -> LocalCluster:
    """A LocalCluster on 127.0.0.1 of `workers` single-threaded processes, each given one shard at a time."""
    # A shard takes seconds to hours, so a task waiting on a busy worker while another
    # idles costs far more than the scheduler's round trip: no task is queued on a worker.
    with dask.config.set({"distributed.scheduler.worker-saturation": 1.0}):
        # One thread per process: the pipeline is pure Python and holds the GIL.
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                            dashboard_address=":0")


@contextmanager
def _client(scheduler: str | None, workers: int | None) -> Iterator[tuple[Client, str | None]]:
    """A client of the given scheduler, or of a LocalCluster of `workers` single-threaded processes."""
    if scheduler:
        with Client(scheduler) as client:
            yield client, client.dashboard_link
        return
    with local_cluster(workers or os.cpu_count() or 1) as cluster, Client(cluster) as client:
        # Without bokeh the scheduler serves no dashboard; a link would lead nowhere.
        has_dashboard = importlib.util.find_spec("bokeh") is not None
        yield client, client.dashboard_link if has_dashboard else None

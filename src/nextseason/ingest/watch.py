"""Poll feeds on a schedule and hand new entries to a callback."""

from __future__ import annotations

import heapq
import logging
import random
import time
import tomllib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from nextseason.ingest.feeds import parse_feed
from nextseason.ingest.fetcher import FetchConfig, Fetcher, FetchError
from nextseason.ingest.sources import LazyFetcher, feed_entry_documents
from nextseason.models import Document, SourceError

LOG = logging.getLogger("nextseason.ingest.watch")
DEFAULT_INTERVAL = 900.0
# Back-off doubles per consecutive failure up to this ceiling, so a feed that
# is down for a day is still tried a few times an hour, not hammered.
MAX_BACKOFF = 6 * 3600.0
# +/-20 % spreads the polls of many feeds that failed together (a shared host).
JITTER = 0.2
# Statuses after which a server wants us to wait (and may say how long).
SLOW_DOWN_STATUSES = (429, 503)


@dataclass(frozen=True)
class FeedSpec:
    """One feed to poll and how often, in seconds."""

    url: str
    interval: float = DEFAULT_INTERVAL


@dataclass
class _FeedState:
    spec: FeedSpec
    failures: int = 0
    seen: set[str] = field(default_factory=set)


def read_feed_specs(path: str | Path) -> list[FeedSpec]:
    """Feeds from a TOML file ([[feed]] url, interval) or a text file (`url interval` a line)."""
    path = Path(path)
    content = path.read_text("utf-8")
    if path.suffix.lower() == ".toml":
        table = tomllib.loads(content)
        return [FeedSpec(str(item["url"]), float(item.get("interval", DEFAULT_INTERVAL))) for item in table.get("feed", [])]
    specs = []
    for number, line in enumerate(content.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        try:
            interval = float(parts[1]) if len(parts) > 1 else DEFAULT_INTERVAL
        except ValueError:
            raise SourceError(f"{path}:{number}", f"interval must be a number of seconds, not {parts[1]!r}") from None
        if len(parts) > 2 or interval <= 0:
            raise SourceError(f"{path}:{number}", "expected `url interval_seconds`")
        specs.append(FeedSpec(parts[0], interval))
    return specs


def backoff_delay(interval: float, failures: int, retry_after: float | None, rng: Callable[[], float]) -> float:
    """Seconds until the next poll after `failures` consecutive failures."""
    if failures <= 0:
        return interval
    delay = min(MAX_BACKOFF, interval * 2 ** failures) * (1 + JITTER * (2 * rng() - 1))
    if retry_after is not None:
        delay = max(delay, retry_after)
    return delay


def watch(
    feeds: list[FeedSpec],
    on_documents: Callable[[list[Document]], int],
    config: FetchConfig | None = None,
    *,
    fetcher: Fetcher | None = None,
    clock: Callable[[], float] = time.time,
    sleep: Callable[[float], None] = time.sleep,
    max_polls: int | None = None,
    rng: Callable[[], float] = random.random,
) -> int:
    """Poll each feed at its interval until `max_polls` polls (forever when None); return the polls made."""
    own = fetcher is None
    fetcher = fetcher or Fetcher(config)
    lazy = LazyFetcher(fetcher.config, fetcher)
    states = [_FeedState(spec) for spec in feeds]
    queue = [(clock(), position) for position in range(len(states))]
    heapq.heapify(queue)
    polls = 0
    try:
        while queue and (max_polls is None or polls < max_polls):
            due, position = heapq.heappop(queue)
            wait = due - clock()
            if wait > 0:
                sleep(wait)
            state = states[position]
            delay = _poll(state, fetcher, lazy, on_documents, clock, rng)
            polls += 1
            heapq.heappush(queue, (clock() + delay, position))
    finally:
        if own:
            fetcher.close()
    return polls


def _poll(state: _FeedState, fetcher: Fetcher, lazy: LazyFetcher, on_documents, clock, rng) -> float:
    """Poll one feed once, log one line, and return the delay to its next poll."""
    spec = state.spec
    new_documents: list[Document] = []
    retry_after = None
    try:
        fetched = fetcher.get(spec.url)
        if fetched.not_modified:
            status = "304 not modified"
        else:
            entries = [e for e in parse_feed(fetched.body, spec.url) if e.id not in state.seen]
            problems = 0
            for entry in entries:
                for document in feed_entry_documents(entry, spec.url, lazy):
                    if isinstance(document, Document):
                        new_documents.append(document)
                    else:
                        problems += 1
                        LOG.warning("%s", document)
                state.seen.add(entry.id)
            status = f"{fetched.status}" + (f", {problems} entries unreadable" if problems else "")
        state.failures = 0
    except SourceError as error:
        state.failures += 1
        if isinstance(error, FetchError) and error.status in SLOW_DOWN_STATUSES:
            retry_after = error.retry_after
        status = f"error: {error.reason}"
    stored = on_documents(new_documents) if new_documents else 0
    delay = backoff_delay(spec.interval, state.failures, retry_after, rng)
    next_poll = datetime.fromtimestamp(clock() + delay, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    LOG.info("%s status=%s new=%d stored=%d next=%s", spec.url, status, len(new_documents), stored, next_poll)
    return delay

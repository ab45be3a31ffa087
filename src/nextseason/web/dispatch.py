"""The webhook dispatcher: reads the store's outbox beyond each URL's cursor and hands it to `Webhooks`.

A thread of the web process polls the outbox every `poll_seconds`. For each URL it queues
a batch of the entries beyond the URL's cursor, and moves the cursor (a row of
`webhook_cursors`) only past entries whose delivery has succeeded or given up, so a
restart neither loses a change nor, outside the moment of the restart itself, repeats
one. An entry's delivery id is the same on every try and after a restart, for receivers
to recognise a repeat. A URL seen for the first time starts at the end of the outbox:
it receives the changes recorded from then on (and premieres announced earlier whose
day comes later), not the store's history.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections import deque
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy.exc import SQLAlchemyError

from nextseason.store import Store
from nextseason.tracker.outbox import Cursor, Entry, advance, cursor_for, pending
from nextseason.web.search import work_slug
from nextseason.web.webhooks import Delivery, Webhooks

log = logging.getLogger(__name__)


def delivery_id(url: str, entry: Entry) -> str:
    """The delivery id of one entry for one URL: the same on every try and every restart."""
    # The creation time tells apart entries of two stores that happen to share an id.
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{url}#outbox-{entry.id}-{entry.created.isoformat()}"))


@dataclass
class _Batch:
    """One URL's cursor and the deliveries of its current batch still to finish."""

    cursor: Cursor
    day: date | None = None
    # Delivery ids of entries below the cursor that fell due on `day`.
    fallen: set[str] = field(default_factory=set)
    # Entries beyond the cursor in id order, with their delivery id (None: nothing to send now).
    beyond: deque[tuple[int, str | None]] = field(default_factory=deque)
    # Delivery ids that have finished, possibly out of order.
    done: set[str] = field(default_factory=set)


class Dispatcher:
    """Delivers every outbox entry once to each webhook URL, in a background thread."""

    def __init__(self, store: Store, webhooks: Webhooks, poll_seconds: float = 1.0, batch_size: int = 100):
        self.store = store
        self.webhooks = webhooks
        self.poll_seconds = poll_seconds
        self.batch_size = batch_size
        self._batches: dict[str, _Batch] = {}
        self._finished: set[str] = set()
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        webhooks.on_finished(self._finish)

    def start(self, today: date | None = None) -> None:
        """Load (or begin) every URL's cursor, then poll in the background; nothing to do without URLs."""
        if not self.webhooks.urls or self._thread is not None:
            return
        for url in self.webhooks.urls:
            if url not in self._batches:
                self._batches[url] = _Batch(cursor_for(self.store, url, today or date.today()))
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="nextseason-outbox", daemon=True)
        self._thread.start()

    def close(self) -> None:
        """Stop polling and delivering, and record how far each URL was served."""
        # Deliveries still queued are dropped; the next start sends them again, with the same ids.
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        # The delivery thread finishes the POST it is making, so the last cursors include it.
        self.webhooks.close()
        try:
            for url, batch in self._batches.items():
                self._settle(url, batch)
        except SQLAlchemyError as error:
            log.warning("webhook cursors not recorded at shutdown: %s", error)

    def poll(self, today: date | None = None) -> int:
        """Move cursors past finished deliveries, then queue the next batch of each idle URL; returns how many."""
        today = today or date.today()
        queued = 0
        for url in self.webhooks.urls:
            batch = self._batches.get(url)
            if batch is None:
                batch = self._batches[url] = _Batch(cursor_for(self.store, url, today))
            self._settle(url, batch)
            if batch.day is None:
                queued += self._queue(url, batch, today)
        return queued

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.poll()
            except SQLAlchemyError as error:
                # A busy or unreachable database: the cursors stand, the next poll tries again.
                log.warning("webhook outbox not read: %s", error)
            self._wake.wait(self.poll_seconds)
            self._wake.clear()

    def _finish(self, delivery: Delivery, delivered: bool) -> None:
        with self._lock:
            self._finished.add(delivery.delivery_id)
        self._wake.set()

    def _queue(self, url: str, batch: _Batch, today: date) -> int:
        """Hand the entries the URL's cursor has still to serve to the webhooks."""
        found = pending(self.store, batch.cursor, today, self.batch_size)
        if not found:
            return 0
        batch.day = today
        queued = 0
        for entry, serve in found:
            sent = None
            if serve:
                sent = delivery_id(url, entry)
                self.webhooks.deliver(url, {**entry.change, "id": work_slug(entry.change["work"])}, sent)
                queued += 1
            if entry.id <= batch.cursor.last_id:
                if sent is not None:
                    batch.fallen.add(sent)
            else:
                batch.beyond.append((entry.id, sent))
        return queued

    def _settle(self, url: str, batch: _Batch) -> None:
        """Move the URL's cursor past what has finished, and record it."""
        if batch.day is None:
            return
        with self._lock:
            finished = self._finished & (batch.fallen | {sent for _, sent in batch.beyond if sent})
            self._finished -= finished
        batch.fallen -= finished
        batch.done |= finished
        cursor = batch.cursor
        # Everything below the cursor due by `day` is served once the fallen-due entries are.
        if not batch.fallen and cursor.through < batch.day:
            cursor = replace(cursor, through=batch.day)
        # The cursor passes entries in id order, each finished or with nothing to send.
        passed = 0
        for _, sent in batch.beyond:
            if sent is not None and sent not in batch.done:
                break
            passed += 1
        if passed:
            cursor = replace(cursor, last_id=batch.beyond[passed - 1][0])
        if cursor != batch.cursor:
            advance(self.store, url, cursor)
            batch.cursor = cursor
        for _ in range(passed):
            batch.beyond.popleft()
        if not batch.fallen and not batch.beyond:
            batch.day = None
            batch.done.clear()

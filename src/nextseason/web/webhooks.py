"""Webhooks: a signed JSON POST per status change to each configured URL, retried with back-off.

`Webhooks` delivers what it is given; `nextseason.web.dispatch` gives it every change of
the store's outbox, whichever process recorded it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

log = logging.getLogger(__name__)
SIGNATURE_HEADER = "X-Nextseason-Signature"
EVENT_HEADER = "X-Nextseason-Event"
DELIVERY_HEADER = "X-Nextseason-Delivery"


def sign(secret: str, body: bytes) -> str:
    """The signature header's value: `sha256=` and the HMAC-SHA256 of the body."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify(secret: str, body: bytes, signature: str | None) -> bool:
    """Whether a received body carries the signature its sender's secret gives (for receivers)."""
    return bool(signature) and hmac.compare_digest(sign(secret, body), signature)


@dataclass(frozen=True)
class Delivery:
    """One POST still to make: which URL, which body, and how many tries it has had."""

    url: str
    body: bytes
    delivery_id: str
    attempt: int = 0


# Called once per delivery when it has succeeded (True) or given up (False).
FinishListener = Callable[[Delivery, bool], None]


def body_of(change: dict) -> bytes:
    """The JSON body posted for one status change."""
    return json.dumps({"event": "status_change", "change": change}, ensure_ascii=False,
                      sort_keys=True).encode("utf-8")


class Webhooks:
    """A background thread that delivers queued status changes, retrying failures with back-off."""

    def __init__(self, urls: list[str], secret: str, attempts: int = 6, backoff: float = 1.0,
                 timeout: float = 10.0):
        self.urls = [url for url in urls if url]
        self.secret = secret
        self.attempts = attempts
        self.backoff = backoff
        self.timeout = timeout
        self.delivered = 0
        self.failed = 0
        self._queue: queue.PriorityQueue = queue.PriorityQueue()
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._sequence = 0
        self._listeners: list[FinishListener] = []

    def on_finished(self, listener: FinishListener) -> None:
        """Call `listener(delivery, delivered)` when a delivery has succeeded or given up."""
        if listener not in self._listeners:
            self._listeners.append(listener)

    def deliver(self, url: str, change: dict, delivery_id: str) -> Delivery:
        """Queue the POST of one change to one URL; every try carries the same delivery id."""
        delivery = Delivery(url, body_of(change), delivery_id)
        self._start()
        self._put(time.monotonic(), delivery)
        return delivery

    def wait(self, timeout: float = 30.0) -> bool:
        """Block until every queued delivery has succeeded or given up (for tests and shutdown)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._queue.unfinished_tasks == 0:
                return True
            time.sleep(0.02)
        return False

    def close(self) -> None:
        """Stop the delivery thread; deliveries still queued are dropped."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _put(self, due: float, delivery: Delivery) -> None:
        with self._lock:
            self._sequence += 1
            # The sequence breaks ties so deliveries themselves are never compared.
            self._queue.put((due, self._sequence, delivery))

    def _start(self) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._stop.clear()
                self._thread = threading.Thread(target=self._run, name="nextseason-webhooks", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        with httpx.Client(timeout=self.timeout, follow_redirects=False) as client:
            while not self._stop.is_set():
                try:
                    due, sequence, delivery = self._queue.get(timeout=0.2)
                except queue.Empty:
                    continue
                wait = due - time.monotonic()
                if wait > 0:
                    # Not due yet: put it back and sleep a little, so earlier ones are not held up.
                    self._queue.put((due, sequence, delivery))
                    self._queue.task_done()
                    self._stop.wait(min(wait, 0.2))
                    continue
                try:
                    self._send(client, delivery)
                finally:
                    self._queue.task_done()

    def _send(self, client: httpx.Client, delivery: Delivery) -> None:
        headers = {"Content-Type": "application/json", SIGNATURE_HEADER: sign(self.secret, delivery.body),
                   EVENT_HEADER: "status_change", DELIVERY_HEADER: delivery.delivery_id}
        try:
            response = client.post(delivery.url, content=delivery.body, headers=headers)
            if response.status_code < 300:
                self.delivered += 1
                self._finished(delivery, True)
                return
            reason = f"HTTP {response.status_code}"
        except httpx.HTTPError as error:
            reason = type(error).__name__
        attempt = delivery.attempt + 1
        if attempt >= self.attempts:
            self.failed += 1
            log.warning("webhook %s gave up after %d tries: %s", delivery.url, attempt, reason)
            self._finished(delivery, False)
            return
        delay = self.backoff * 2 ** (attempt - 1)
        self._put(time.monotonic() + delay, Delivery(delivery.url, delivery.body, delivery.delivery_id, attempt))

    def _finished(self, delivery: Delivery, delivered: bool) -> None:
        for listener in self._listeners:
            listener(delivery, delivered)

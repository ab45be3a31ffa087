"""What the web keeps between requests: the store's revision, page parts and whole answers.

Readers far outnumber writes, and every reader of a page gets the same bytes, so an
answer is made once per revision of the store and then served from memory. The
revision is the newest article's id: articles are only ever added, and everything a
page shows (claims, statuses, changes, records) follows from them. Another process
(`nextseason ingest`, `watch`) writes to the same store, so the revision is read again
at most every `seconds`; a write made through this process is seen at once.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from datetime import date

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from nextseason.store import Store


class Revision:
    """A value that changes whenever the store gains an article, in any process."""

    def __init__(self, store: Store, seconds: float = 1.0):
        self.store = store
        self.seconds = seconds
        self._value: tuple = ()
        self._read_at = float("-inf")
        self._local = 0
        self._lock = threading.Lock()

    def current(self) -> tuple:
        """The store's revision, today's date (statuses are as of today) and this process's writes."""
        now = time.monotonic()
        if now - self._read_at >= self.seconds:
            with self._lock:
                if now - self._read_at >= self.seconds:
                    self._value = (self.store.revision(), date.today())
                    self._read_at = time.monotonic()
        return (*self._value, self._local)

    def bump(self) -> None:
        """This process wrote: what was made before is out of date now."""
        with self._lock:
            self._local += 1
            self._read_at = float("-inf")


class Kept:
    """Values made for one revision, the least recently used forgotten past `size` entries."""

    def __init__(self, size: int = 512, max_bytes: int = 64 * 1024 * 1024):
        self.size = size
        self.max_bytes = max_bytes
        self._kept: OrderedDict[tuple, tuple[tuple, object, int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: tuple, revision: tuple):
        """The value kept under `key` for this revision, or None."""
        with self._lock:
            kept = self._kept.get(key)
            if kept is None or kept[0] != revision:
                return None
            self._kept.move_to_end(key)
            return kept[1]

    def put(self, key: tuple, revision: tuple, value, weight: int = 0) -> None:
        """Keep `value` (about `weight` bytes) for this revision."""
        with self._lock:
            old = self._kept.pop(key, None)
            if old is not None:
                self._bytes -= old[2]
            self._kept[key] = (revision, value, weight)
            self._bytes += weight
            while self._kept and (len(self._kept) > self.size or self._bytes > self.max_bytes):
                _, (_, _, dropped) = self._kept.popitem(last=False)
                self._bytes -= dropped

    def clear(self) -> None:
        with self._lock:
            self._kept.clear()
            self._bytes = 0


# Answers with these types are the same for every reader of a URL; others are never kept.
KEPT_TYPES = (b"text/html", b"application/json", b"application/atom+xml", b"image/svg+xml", b"text/csv")
LARGEST_KEPT = 4 * 1024 * 1024


class ResponseCache:
    """ASGI middleware: GET answers for readers who are not signed in, kept per `version()`.

    A reader is anyone without a session cookie or an Authorization header; what they
    are shown depends only on the URL (scheme, host, path and query) and their language
    (chosen by the middleware outside this one); these make the key. Only 200 answers without cookies are kept.
    Every kept answer carries an ETag, and a request whose If-None-Match names it gets
    304 without a body.
    """

    def __init__(self, app: ASGIApp, version, language, private_cookie: str,
                 size: int = 2048, max_bytes: int = 128 * 1024 * 1024):
        self.app = app
        self.version = version
        self.language = language
        self.private_cookie = private_cookie.encode("latin-1") + b"="
        self.kept = Kept(size, max_bytes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or self._private(scope):
            await self.app(scope, receive, send)
            return
        # Answers hold absolute links (the API's next page, the feeds' entries), so the host
        # the reader asked for is part of what the answer is.
        host = next((value for name, value in scope.get("headers", []) if name == b"host"), b"")
        key = (scope.get("scheme", "http"), host, scope["path"], scope.get("query_string", b""), self.language())
        revision = self.version()
        kept = self.kept.get(key, revision)
        if kept is not None:
            await self._answer(scope, send, *kept)
            return
        start: Message | None = None
        body: list[bytes] = []
        size = 0

        async def capture(message: Message) -> None:
            # A keepable answer is held until its last part, then sent whole with its ETag;
            # anything else (or one growing too large) goes out as it comes.
            nonlocal start, size
            if message["type"] == "http.response.start":
                headers = dict(message.get("headers", []))
                if (message["status"] == 200 and b"set-cookie" not in headers
                        and headers.get(b"content-type", b"").startswith(KEPT_TYPES)):
                    start = message
                    return
            elif message["type"] == "http.response.body" and start is not None:
                body.append(message.get("body", b""))
                size += len(body[-1])
                if message.get("more_body", False) and size <= LARGEST_KEPT:
                    return
                if size > LARGEST_KEPT:
                    held, start = start, None
                    await send(held)
                    await send({"type": "http.response.body", "body": b"".join(body),
                                "more_body": message.get("more_body", False)})
                    return
                content = b"".join(body)
                etag = b'"' + hashlib.blake2b(content, digest_size=12).hexdigest().encode("ascii") + b'"'
                headers = [(name, value) for name, value in start.get("headers", []) if name != b"etag"]
                headers.append((b"etag", etag))
                self.kept.put(key, revision, (headers, content, etag), weight=len(content))
                await self._answer(scope, send, headers, content, etag)
                return
            await send(message)

        await self.app(scope, receive, capture)

    def _private(self, scope: Scope) -> bool:
        """Whether the request is a signed-in editor's or carries credentials."""
        for name, value in scope.get("headers", []):
            if name == b"authorization":
                return True
            if name == b"cookie" and self.private_cookie in value:
                return True
        return False

    @staticmethod
    async def _answer(scope: Scope, send: Send, headers: list, content: bytes, etag: bytes) -> None:
        asked = next((value for name, value in scope.get("headers", []) if name == b"if-none-match"), None)
        if asked is not None and etag in [part.strip() for part in asked.split(b",")]:
            await send({"type": "http.response.start", "status": 304,
                        "headers": [(name, value) for name, value in headers if name != b"content-length"]})
            await send({"type": "http.response.body", "body": b""})
            return
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": content})

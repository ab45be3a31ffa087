"""A fetcher that is safe to point at URLs found in the wild."""

from __future__ import annotations

import email.utils
import time
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from nextseason.ingest.httpcache import ConditionalCache
from nextseason.ingest.netguard import BlockedAddress, GuardedTransport, host_allowed, is_public_address, literal_address
from nextseason.models import SourceError

USER_AGENT = "nextseason/0.1 (+https://github.com/nextseason)"
ROBOTS_AGENT = "nextseason"
ROBOTS_MAX_BYTES = 512_000
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
# Only encodings we decompress ourselves, so the size cap can be applied to
# the decompressed bytes as they come (a gzip bomb never fills memory).
ACCEPT_ENCODING = "gzip, deflate"


@dataclass(frozen=True)
class FetchConfig:
    """Limits and manners of every fetch."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    allow_hosts: frozenset[str] = field(default_factory=frozenset)
    user_agent: str = USER_AGENT
    respect_robots: bool = True
    cache_path: str | None = None
    fetch_feed_links: bool = True

    def __post_init__(self):
        hosts = frozenset(h.strip("[]").lower().rstrip(".") for h in self.allow_hosts)
        object.__setattr__(self, "allow_hosts", hosts)


@dataclass(frozen=True)
class Fetched:
    """One answered request: the body, or `not_modified` for a 304."""

    url: str
    final_url: str
    status: int
    content_type: str = ""
    body: bytes = b""
    not_modified: bool = False


class FetchError(SourceError):
    """A fetch that failed; `status` and `retry_after` help a poller back off."""

    def __init__(self, source: str, reason: str, status: int | None = None, retry_after: float | None = None):
        super().__init__(source, reason)
        self.status = status
        self.retry_after = retry_after


class Fetcher:
    """Holds the client, the robots.txt cache and the conditional-GET cache."""

    def __init__(self, config: FetchConfig | None = None, cache: ConditionalCache | None = None):
        self.config = config or FetchConfig()
        self.cache = cache if cache is not None else ConditionalCache(self.config.cache_path)
        self._robots: dict[str, RobotFileParser | None] = {}
        timeout = httpx.Timeout(
            connect=self.config.connect_timeout,
            read=self.config.read_timeout,
            write=self.config.read_timeout,
            pool=self.config.connect_timeout,
        )
        self._client = httpx.Client(
            transport=GuardedTransport(self.config.allow_hosts),
            timeout=timeout,
            follow_redirects=False,
            trust_env=False,  # a proxy from the environment would bypass the address check
            headers={"User-Agent": self.config.user_agent, "Accept-Encoding": ACCEPT_ENCODING},
        )

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def get(self, url: str, conditional: bool = True) -> Fetched:
        """GET `url` following checked redirects; raise FetchError on any failure."""
        try:
            return self._get(url, url, conditional, self.config.max_bytes, self.config.respect_robots)
        except FetchError:
            raise
        except BlockedAddress as error:
            raise FetchError(url, f"refused: {error}") from None
        except httpx.TimeoutException:
            raise FetchError(url, "timed out") from None
        except httpx.HTTPError as error:
            raise FetchError(url, f"cannot fetch: {_one_line(error)}") from None
        except (httpx.InvalidURL, ValueError) as error:
            raise FetchError(url, f"invalid URL: {_one_line(error)}") from None

    def _get(self, source: str, url: str, conditional: bool, max_bytes: int, robots: bool) -> Fetched:
        deadline = time.monotonic() + self.config.total_timeout
        current = url
        for _ in range(self.config.max_redirects + 1):
            self._check_target(source, current)
            if robots and not self._robots_allow(current):
                raise FetchError(source, f"disallowed by robots.txt ({current})")
            headers = self.cache.request_headers(current) if conditional else {}
            with self._client.stream("GET", current, headers=headers) as response:
                if response.status_code in REDIRECT_STATUSES:
                    location = response.headers.get("location")
                    if not location:
                        raise FetchError(source, f"HTTP {response.status_code} redirect without a Location")
                    current = urljoin(current, location.strip())
                    continue
                if response.status_code == 304:
                    return Fetched(source, current, 304, not_modified=True)
                if not 200 <= response.status_code < 300:
                    raise FetchError(
                        source,
                        f"HTTP {response.status_code}",
                        status=response.status_code,
                        retry_after=parse_retry_after(response.headers.get("retry-after")),
                    )
                body = self._read_capped(source, response, max_bytes, deadline)
                if conditional:
                    self.cache.remember(current, response.headers.get("etag"), response.headers.get("last-modified"))
                return Fetched(source, current, response.status_code, response.headers.get("content-type", ""), body)
        raise FetchError(source, f"too many redirects (more than {self.config.max_redirects})")

    def _check_target(self, source: str, url: str) -> None:
        """Refuse a scheme or a literal address before any connection is made."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise FetchError(source, f"refused: only http and https are fetched, not {parts.scheme or 'no scheme'} ({url})")
        host = parts.hostname or ""
        if not host:
            raise FetchError(source, f"refused: no host in {url}")
        address = literal_address(host)
        if address and not host_allowed(host, self.config.allow_hosts) and not is_public_address(address):
            raise FetchError(source, f"refused: {host} is not a public address")

    def _read_capped(self, source: str, response: httpx.Response, max_bytes: int, deadline: float) -> bytes:
        cap_text = f"larger than the {_size(max_bytes)} cap"
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) > max_bytes:
            raise FetchError(source, f"{cap_text} ({_size(int(length))} announced)")
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        if encoding in ("gzip", "x-gzip"):
            decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            decompressor = _DeflateDecompressor()
        elif encoding in ("", "identity"):
            decompressor = None
        else:
            raise FetchError(source, f"unsupported content encoding {encoding}")
        body = bytearray()
        try:
            for chunk in response.iter_raw():
                if time.monotonic() > deadline:
                    raise FetchError(source, f"timed out (over {self.config.total_timeout:g} s in total)")
                if decompressor is None:
                    body += chunk
                while decompressor is not None and chunk:
                    # max_length bounds what one compressed chunk may expand to.
                    body += decompressor.decompress(chunk, max_bytes + 1 - len(body))
                    chunk = decompressor.unconsumed_tail
                    if len(body) > max_bytes:
                        break
                if len(body) > max_bytes:
                    raise FetchError(source, cap_text)
            if decompressor is not None:
                body += decompressor.flush()
        except zlib.error:
            raise FetchError(source, f"corrupt {encoding} body") from None
        if len(body) > max_bytes:
            raise FetchError(source, cap_text)
        return bytes(body)

    def _robots_allow(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._load_robots(origin)
        rules = self._robots[origin]
        return rules is None or rules.can_fetch(ROBOTS_AGENT, url)

    def _load_robots(self, origin: str) -> RobotFileParser | None:
        """Rules for one origin; None means everything is allowed (RFC 9309)."""
        robots_url = origin + "/robots.txt"
        try:
            fetched = self._get(robots_url, robots_url, False, ROBOTS_MAX_BYTES, False)
        except FetchError as error:
            if error.status is not None and 400 <= error.status < 500:
                return None
            raise FetchError(origin, f"robots.txt unavailable ({error.reason}), so nothing is fetched") from None
        rules = RobotFileParser(robots_url)
        rules.parse(fetched.body.decode("utf-8", "replace").splitlines())
        return rules


class _DeflateDecompressor:
    """HTTP 'deflate' is zlib-wrapped by the standard but raw in some servers."""

    def __init__(self):
        self._inner = None
        self.unconsumed_tail = b""

    def decompress(self, data: bytes, max_length: int) -> bytes:
        """Like zlib's decompress, choosing the wrapping from the first byte."""
        if self._inner is None:
            raw = (data[0] & 0x0F) != 8 if data else False
            self._inner = zlib.decompressobj(-zlib.MAX_WBITS if raw else zlib.MAX_WBITS)
        out = self._inner.decompress(data, max_length)
        self.unconsumed_tail = self._inner.unconsumed_tail
        return out

    def flush(self) -> bytes:
        """What the decompressor still holds."""
        return self._inner.flush() if self._inner is not None else b""


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def fetch(url: str, config: FetchConfig | None = None) -> Fetched:
    """Fetch one URL with a fresh Fetcher (use a Fetcher to share caches)."""
    with Fetcher(config) as fetcher:
        return fetcher.get(url)


def _size(n: int) -> str:
    return f"{n / 1_000_000:g} MB" if n >= 1_000_000 else f"{n} bytes"


def _one_line(error: Exception) -> str:
    text = " ".join(str(error).split())
    return text or type(error).__name__

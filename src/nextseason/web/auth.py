"""Who may write: hashed API tokens, signed sign-in cookies, CSRF tokens and a per-client rate limit."""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
import sys
import threading
import time
from dataclasses import dataclass, field

SESSION_COOKIE = "ns_session"
CSRF_COOKIE = "ns_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
SESSION_SECONDS = 14 * 24 * 3600


def hash_token(token: str) -> str:
    """The stored form of an API token: `sha256:` and the hex digest of the token."""
    # Tokens are long random strings, so a plain digest resists guessing as well as a slow hash
    # would, and lets every request be checked in microseconds.
    return "sha256:" + hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_token() -> tuple[str, str]:
    """A fresh random API token and its stored form."""
    token = secrets.token_urlsafe(32)
    return token, hash_token(token)


@dataclass
class Editors:
    """The hashed tokens allowed to write, and the key that signs cookies and CSRF tokens."""

    token_hashes: frozenset[str]
    secret_key: bytes

    def token_allowed(self, token: str | None) -> str | None:
        """The stored hash of `token` when it may write, else None."""
        if not token:
            return None
        digest = hash_token(token.strip())
        # Comparing every stored hash in constant time gives away nothing about which one is near.
        found = None
        for known in self.token_hashes:
            if hmac.compare_digest(known, digest):
                found = known
        return found

    def _sign(self, message: str) -> str:
        return hmac.new(self.secret_key, message.encode("utf-8"), hashlib.sha256).hexdigest()

    def session_cookie(self, token_hash: str, now: float | None = None) -> str:
        """A signed cookie naming the token's hash (never the token) and when it expires."""
        expires = int((now or time.time()) + SESSION_SECONDS)
        body = f"{token_hash}|{expires}"
        return f"{body}|{self._sign('session|' + body)}"

    def session_editor(self, cookie: str | None, now: float | None = None) -> str | None:
        """The token hash of a valid, unexpired session cookie whose token is still allowed."""
        if not cookie or cookie.count("|") != 2:
            return None
        token_hash, expires, signature = cookie.split("|")
        if not hmac.compare_digest(self._sign(f"session|{token_hash}|{expires}"), signature):
            return None
        if not expires.isdigit() or int(expires) < (now or time.time()):
            return None
        # A revoked token ends its sessions too.
        return token_hash if token_hash in self.token_hashes else None

    def csrf_for(self, csrf_cookie: str) -> str:
        """The CSRF token that forms carry for this browser's CSRF cookie."""
        return self._sign("csrf|" + csrf_cookie)

    def csrf_valid(self, csrf_cookie: str | None, submitted: str | None) -> bool:
        """Whether a submitted CSRF token belongs to this browser's CSRF cookie."""
        if not csrf_cookie or not submitted:
            return False
        return hmac.compare_digest(self.csrf_for(csrf_cookie), submitted)


@dataclass
class RateLimiter:
    """A token bucket per client: `burst` writes at once, refilled at `per_minute`."""

    per_minute: float = 30.0
    burst: int = 10
    _buckets: dict[str, tuple[float, float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def allow(self, client: str, now: float | None = None) -> float:
        """0 when the client may write now, else the seconds until it may."""
        now = time.monotonic() if now is None else now
        rate = self.per_minute / 60.0
        with self._lock:
            tokens, last = self._buckets.get(client, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * rate)
            if tokens >= 1.0:
                self._buckets[client] = (tokens - 1.0, now)
                return 0.0
            self._buckets[client] = (tokens, now)
            if len(self._buckets) > 100_000:
                # Forget full buckets so a flood of addresses cannot grow memory without end.
                self._buckets = {key: value for key, value in self._buckets.items() if value[0] < self.burst}
            return (1.0 - tokens) / rate if rate > 0 else 3600.0


if __name__ == "__main__":
    # `python -m nextseason.web.auth` prints a new token and the line to add to NEXTSEASON_TOKENS.
    token, stored = new_token()
    print(f"token (give to the editor): {token}", file=sys.stdout)
    print(f"stored form (add to NEXTSEASON_TOKENS): {stored}", file=sys.stdout)


def client_of(request) -> str:
    """The key a client is rate-limited by: its address."""
    return request.client.host if request.client else "unknown"


def require_writer(request, submitted_csrf: str | None = None) -> str:
    """The writer's token hash; raises 429, 401 or 403 when the request may not write."""
    from fastapi import HTTPException

    context = request.app.state.web
    # Limited before the token is checked, so guessing tokens is limited too.
    wait = context.limiter.allow(client_of(request))
    if wait:
        raise HTTPException(429, "too many writes; try again later", headers={"Retry-After": str(math.ceil(wait))})
    scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and credentials:
        token_hash = context.editors.token_allowed(credentials)
        if token_hash is None:
            raise HTTPException(401, "unknown API token", headers={"WWW-Authenticate": "Bearer"})
        # A bearer token is never sent by the browser on its own, so it needs no CSRF token.
        return token_hash
    token_hash = context.editor(request)
    if token_hash is None:
        raise HTTPException(401, "sign in or send an API token", headers={"WWW-Authenticate": "Bearer"})
    submitted = submitted_csrf or request.headers.get(CSRF_HEADER)
    if not context.editors.csrf_valid(request.cookies.get(CSRF_COOKIE), submitted):
        raise HTTPException(403, "missing or wrong CSRF token")
    return token_hash

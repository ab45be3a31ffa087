"""The sample store behind the web tests: a handful of works whose stories are known, and the app over it."""

from __future__ import annotations

import warnings
from datetime import date, timedelta
from pathlib import Path

import pytest

from nextseason.models import ArticleResult, Claim
from nextseason.store import open_store
from nextseason.tracker import attach, status
from nextseason.web import Settings, create_app, hash_token
from store_fixtures import article, say, speaks_of

with warnings.catch_warnings():
    # Starlette suggests another client package; the test client itself works as documented.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

TRAUMA = "The Trauma Code: Heroes on Call"
TRAUMA_ID = "the-trauma-code-heroes-on-call"
HARBOR = "Harbor Lights"
DRIFT = "Signal Drift"
DWELLER = "Penunggu Rumah Dinas"
SNEAKY = "Sneaky <i>Show</i>"
TOKEN = "editor-token-for-tests-5c1f9e0a7b"
SCRIPT_SENTENCE = ('The show returns <script>alert("pwned")</script> <a href="javascript:alert(1)" '
                   'onclick="steal()">click</a> <img src=x onerror=alert(2)> next year.')
TODAY = date.today()
SOON = TODAY + timedelta(days=40)
SOON_WINDOW = f"{SOON.year}-{SOON.month:02d}"
NEXT_YEAR = str(TODAY.year + 1)

_BUILT: dict[str, Path] = {}


def claim(event: str, certainty: str, source: str | None, sentence: str, role: str, polarity: str = "positive",
          **fields) -> Claim:
    """A claim whose offsets are set when its article's text is assembled."""
    return say(event, certainty, source, sentence, polarity=polarity, role=role, **fields)


# One installment as an article presents it, and an article with true offsets: the store tests' builders.
installment = speaks_of


TRAUMA_NAMES = ("The Trauma Code", "Trauma Code", "중증외상센터")


def sample_articles() -> list[ArticleResult]:
    """The stories of the sample: each work's articles in date order."""
    return [
        article("trauma-1", "2025-02-03", installment(TRAUMA, 1, "released", [
            claim("release", "official", "Netflix", "All eight episodes of the first season arrived on Netflix in January.",
                  "platform", when="2025-01", aired=True)], official=True, aliases=TRAUMA_NAMES),
            outlet="Screen Ledger", url="https://screenledger.example/trauma-code-first-season"),
        article("trauma-2", "2025-09-24", installment(TRAUMA, 2, "reported", [
            claim("renewal", "claimed", "Lee Nak-jun", "Penulis novelnya memastikan kisah dokter Baek berlanjut ke musim kedua.",
                  "creator"),
            claim("production", "reported", "KpopChart", "Naskah musim kedua disebut sudah mulai ditulis.",
                  "media", stage="writing"),
            claim("production", "official", "Netflix", "Netflix membantah kabar bahwa jadwal syuting sudah dikunci.",
                  "platform", polarity="negative", denial=True),
        ], response="denied", expected=("2026-Q4", "possible"), aliases=TRAUMA_NAMES),
            installment(TRAUMA, 3, "reported", [
                claim("renewal", "claimed", "Lee Nak-jun", "Sang penulis juga menyebut musim ketiga sudah direncanakan.",
                      "creator")], response="not_confirmed", aliases=TRAUMA_NAMES),
            language="id", outlet="Layar Kita", url="https://layarkita.example/trauma-code-musim-2",
            headline="The Trauma Code dipastikan berlanjut"),
        article("harbor-1", "2025-03-02", installment(HARBOR, 2, "reported", [
            claim("renewal", "reported", "The Backlot Wire", "Harbor Lights is coming back for a second season, sources say.",
                  "media")]), outlet="The Backlot Wire", url="https://backlot.example/harbor-lights"),
        article("harbor-2", "2025-06-10", installment(HARBOR, 2, "official", [
            claim("renewal", "official", "Prime Video", "Prime Video has renewed Harbor Lights for a second season.",
                  "platform", when=SOON_WINDOW)], response="confirmed", official=True,
            expected=(SOON_WINDOW, "official")), outlet="Screen Ledger", url="https://screenledger.example/harbor-2"),
        article("drift-1", "2025-05-05", installment(DRIFT, 2, "reported", [
            claim("renewal", "reported", "The Backlot Wire", "Signal Drift will return, according to people close to it.",
                  "media")]), outlet="The Backlot Wire"),
        article("drift-2", "2025-08-01", installment(DRIFT, 2, "cancelled", [
            claim("cancellation", "official", "Prime Video", "Prime Video will not make a second season of Signal Drift.",
                  "platform")], response="confirmed", official=True), outlet="Screen Ledger"),
        article("dweller-1", "2026-10-01", installment(DWELLER, 2, "possible", [
            claim("renewal", "possible", "Candramawa Pictures", "Produser masih membicarakan kemungkinan film kedua.",
                  "crew")], expected=(NEXT_YEAR, "possible")), language="id", outlet="Layar Kita"),
        article("sneaky-1", "2026-03-03", installment(SNEAKY, 2, "reported", [
            claim("renewal", "reported", 'Evil" onmouseover="alert(3)', SCRIPT_SENTENCE, "media")]),
            outlet="<b>Bold Outlet</b>", url="javascript:alert(document.cookie)",
            headline='<script>alert("headline")</script>'),
    ]


def sample_store_path(folder: Path) -> Path:
    """A SQLite store holding the sample, built once per test run."""
    if "path" not in _BUILT:
        path = folder / "web-sample.db"
        store = attach(open_store(f"sqlite:///{path}"))
        for result in sample_articles():
            assert store.save(result)
        store.close()
        _BUILT["path"] = path
    return _BUILT["path"]


def settings(**changes) -> Settings:
    """Settings with one known editor token and a fixed signing key."""
    values = {"token_hashes": frozenset({hash_token(TOKEN)}), "secret_key": b"k" * 32, "snapshot_seconds": 0.0}
    values.update(changes)
    return Settings(**values)


def client_for(url: str, **changes) -> TestClient:
    """A test client of an app over the store at `url`."""
    return TestClient(create_app(url, settings=settings(**changes)), base_url="http://testserver")


@pytest.fixture(scope="session")
def sample_url(tmp_path_factory) -> str:
    """URL of the session-wide sample store (read-only for the tests that use it)."""
    return f"sqlite:///{sample_store_path(tmp_path_factory.mktemp('web'))}"


@pytest.fixture(scope="session")
def client(sample_url) -> TestClient:
    """A client of the app over the sample store."""
    with client_for(sample_url) as opened:
        yield opened


def test_sample_tells_the_stories_the_tests_expect(sample_url):
    store = open_store(sample_url)
    try:
        by_key = {(row["work"], row["n"]): row for row in status(store)}
    finally:
        store.close()
    assert by_key[(TRAUMA, 2)]["status"] == "reported"
    assert by_key[(TRAUMA, 2)]["platform_response"] == "denied"
    assert len(by_key[(TRAUMA, 2)]["timeline"]) == 3
    assert by_key[(HARBOR, 2)]["status"] == "official"
    assert by_key[(DRIFT, 2)]["status"] == "cancelled"
    assert by_key[(DWELLER, 2)]["status"] == "possible"

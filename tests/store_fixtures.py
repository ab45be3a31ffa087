"""Fixtures and article builders shared by the store and tracker tests."""

from __future__ import annotations

import time
from datetime import date

import pytest

from nextseason.models import Article, ArticleResult, Claim, Expected, Installment, replace
from nextseason.store import open_store
from nextseason.tracker import attach

BACKENDS = ["sqlite", "postgresql"]


def postgres_url() -> str:
    """A fresh database on the shared throw-away cluster; skips when PostgreSQL is missing."""
    from postgres import find_bin, shared_cluster

    if find_bin() is None:
        pytest.skip("PostgreSQL is not installed; run scripts/ensure-debian-package.sh postgresql '/usr/lib/postgresql/*/bin/initdb'")
    return shared_cluster().create_database()


@pytest.fixture(params=BACKENDS)
def store_url(request, tmp_path):
    """URL of an empty store on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return postgres_url()


@pytest.fixture
def store(store_url):
    """An open empty store whose status changes are recomputed on every save."""
    opened = attach(open_store(store_url))
    yield opened
    opened.close()


def say(event: str, certainty: str, source: str | None, sentence: str, polarity: str = "positive",
        role: str | None = None, **fields) -> Claim:
    """A claim; its offsets are fixed when the article's text is assembled."""
    roles = {"official": "platform", "claimed": "creator", "reported": "media", "possible": "fans"}
    return Claim(event=event, polarity=polarity, certainty=certainty, source=source,
                 source_role=role or roles[certainty], sentence=sentence, start=0, end=0, **fields)


def speaks_of(work: str, n: int, status: str, claims=(), response: str = "none", official: bool = False,
              expected: tuple[str, str] | None = None, aliases=()) -> Installment:
    """One installment as an article presents it."""
    return Installment(work=work, n=n, status=status, platform_response=response, aliases=tuple(aliases),
                       expected=Expected(*expected) if expected else None, claims=tuple(claims),
                       decided_by_official=official)


def article(article_id: str, published: str | None, *installments: Installment, outlet: str | None = None,
            headline: str = "", url: str | None = None, language: str = "en") -> ArticleResult:
    """An article whose text is its headline and claim sentences, with true offsets."""
    text = headline or f"Report {article_id}"
    placed = []
    for installment in installments:
        claims = []
        for claim in installment.claims:
            text += " "
            start = len(text)
            text += claim.sentence
            claims.append(replace(claim, start=start, end=len(text)))
        placed.append(replace(installment, claims=tuple(claims)))
    return ArticleResult(
        article=Article(id=article_id, text=text, headline=headline or f"Report {article_id}", url=url,
                        published=date.fromisoformat(published) if published else None,
                        language=language, outlet=outlet),
        installments=tuple(placed))


def numbered_article(prefix: str, number: int, installments: int = 3, claims: int = 4,
                     work: str | None = None) -> ArticleResult:
    """A generated article about several installments, for bulk and concurrency tests."""
    speaking = []
    for position in range(installments):
        title = work or f"Series {prefix}-{number % 7}"
        said = [say("renewal", "reported", f"Outlet {number % 5}",
                    f"{prefix} {number} {position} {index}: the series is said to continue.")
                for index in range(claims)]
        speaking.append(speaks_of(title, position + 1, "reported", said))
    return article(f"{prefix}-{number}", f"2025-{1 + number % 12:02d}-{1 + number % 28:02d}", *speaking,
                   outlet=f"Outlet {number % 5}")


def keep_writing(url: str, prefix: str, seconds: float, shared_every: int, log_path: str,
                 pause: float = 0.0) -> None:
    """Save generated articles until time is up, logging each finished id (run in a child process)."""
    store = attach(open_store(url))
    deadline = time.monotonic() + seconds
    number = 0
    with open(log_path, "a", encoding="utf-8") as log:
        while time.monotonic() < deadline:
            # Every `shared_every`-th article is also written by the other writer, so
            # the two race on the same article and the same works.
            if shared_every and number % shared_every == 0:
                result = numbered_article("shared", number, work="Shared Series")
            else:
                result = numbered_article(prefix, number)
            store.save(result)
            log.write(result.article.id + "\n")
            log.flush()
            number += 1
            if pause:
                time.sleep(pause)
    store.close()


def keep_reading(url: str, seconds: float, log_path: str) -> None:
    """Ask for statuses and the catalog until time is up, logging how many answers came back."""
    from nextseason.tracker import status

    store = open_store(url)
    deadline = time.monotonic() + seconds
    answers = 0
    while time.monotonic() < deadline:
        status(store, "Shared Series", as_of=date(2026, 1, 1))
        store.catalog()
        answers += 1
        time.sleep(0.01)
    store.close()
    with open(log_path, "w", encoding="utf-8") as log:
        log.write(str(answers))

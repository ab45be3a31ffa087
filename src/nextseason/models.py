"""Plain data passed between the stages of the flow (see DESIGN.md).

Every word used in these records is a word of STATUS.md; the constants below
are the closed vocabularies, so a typo fails loudly instead of leaking out.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

EVENTS = ("renewal", "cancellation", "production", "release", "cast")
POLARITIES = ("positive", "negative")
CERTAINTIES = ("official", "claimed", "reported", "possible")
SOURCE_ROLES = ("platform", "creator", "cast", "crew", "media", "fans", "unknown")
STAGES = ("writing", "casting", "filming", "post", "wrapped")
STATUSES = ("released", "official", "reported", "possible", "cancelled", "unknown")
PLATFORM_RESPONSES = ("confirmed", "denied", "not_confirmed", "none")


class SourceError(Exception):
    """A source that cannot be read; `str()` is the one line shown to the user."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass(frozen=True)
class Document:
    """Bytes or text as they came from a source, with where they came from.

    `source` names the input for error messages (a path, a URL, `file.jsonl:12`).
    Exactly one of `text` and `html` is set.
    """

    source: str
    id: str
    url: str | None = None
    published: str | None = None
    text: str | None = None
    html: str | None = None


@dataclass(frozen=True)
class Article:
    """Clean text and metadata of one news article; offsets point into `text`."""

    id: str
    text: str
    headline: str = ""
    url: str | None = None
    published: date | None = None
    language: str | None = None
    outlet: str | None = None
    source: str = ""


@dataclass(frozen=True)
class Claim:
    """What one sentence of one article says about one installment."""

    event: str
    polarity: str
    certainty: str
    source: str | None
    source_role: str
    sentence: str
    start: int
    end: int
    stage: str | None = None
    when: str | None = None
    person: str | None = None
    # Detail beyond the contract, used by the status rules: the sentence calls a report
    # untrue ("denied"), or says the premiere already happened ("aired").
    denial: bool = False
    aired: bool = False

    def __post_init__(self):
        assert self.event in EVENTS, self.event
        assert self.polarity in POLARITIES, self.polarity
        assert self.certainty in CERTAINTIES, self.certainty
        assert self.source_role in SOURCE_ROLES, self.source_role
        assert self.stage is None or self.stage in STAGES, self.stage

    def to_dict(self) -> dict:
        return {
            "event": self.event,
            "polarity": self.polarity,
            "certainty": self.certainty,
            "source": self.source,
            "source_role": self.source_role,
            "stage": self.stage,
            "when": self.when,
            "person": self.person,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class Expected:
    """The earliest release window an article gives, with the certainty behind it."""

    when: str
    certainty: str

    def to_dict(self) -> dict:
        return {"when": self.when, "certainty": self.certainty}


@dataclass(frozen=True)
class Installment:
    """One installment `(work, n)` as one article presents it."""

    work: str
    n: int
    status: str
    platform_response: str
    aliases: tuple[str, ...] = ()
    expected: Expected | None = None
    claims: tuple[Claim, ...] = ()
    decided_by_official: bool = False

    def __post_init__(self):
        assert self.status in STATUSES, self.status
        assert self.platform_response in PLATFORM_RESPONSES, self.platform_response

    def to_dict(self) -> dict:
        return {
            "work": self.work,
            "aliases": list(self.aliases),
            "n": self.n,
            "status": self.status,
            "platform_response": self.platform_response,
            "expected": self.expected.to_dict() if self.expected else None,
            "claims": [c.to_dict() for c in self.claims],
        }


@dataclass(frozen=True)
class ArticleResult:
    """An article with the installments it speaks of: the output of `extract`."""

    article: Article
    installments: tuple[Installment, ...] = ()

    def to_dict(self, with_text: bool = False) -> dict:
        a = self.article
        out = {
            "id": a.id,
            "url": a.url,
            "headline": a.headline,
            "published": a.published.isoformat() if a.published else None,
            "language": a.language,
            "outlet": a.outlet,
            "installments": [i.to_dict() for i in self.installments],
        }
        if with_text:
            out["text"] = a.text
        return out


def replace(record, **changes):
    """`dataclasses.replace`, re-exported so stages need not import dataclasses."""
    return dataclasses.replace(record, **changes)


__all__ = [
    "EVENTS", "POLARITIES", "CERTAINTIES", "SOURCE_ROLES", "STAGES", "STATUSES",
    "PLATFORM_RESPONSES", "SourceError", "Document", "Article", "Claim", "Expected",
    "Installment", "ArticleResult", "replace",
]

"""The tracker's rules of STATUS.md: article verdicts, in date order, folded into one standing.

Pure code over plain records, so the rules are testable without a store.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date

# Reports and insider claims only move a status up this ladder (STATUS.md, tracker rule 2).
LADDER = {"cancelled": 0, "unknown": 1, "possible": 2, "reported": 3}
CERTAINTY_RANK = {"official": 3, "claimed": 2, "reported": 1, "possible": 0}
PREDICTIVE_EVENTS = ("renewal", "production", "release", "cast")


@dataclass(slots=True)
class Record:
    """A source's track record as it stands in the store."""

    confirmed: int = 0
    contradicted: int = 0
    open: int = 0
    score: float = 0.5

    def to_dict(self) -> dict:
        return {"confirmed": self.confirmed, "contradicted": self.contradicted,
                "open": self.open, "score": round(self.score, 3)}


@dataclass(slots=True)
class TrackedClaim:
    """A stored claim with the article it came from and its source's record."""

    id: int
    article_pk: int
    article: str
    dated: date
    event: str
    polarity: str
    certainty: str
    source: str | None
    source_id: int | None
    source_role: str
    sentence: str
    stage: str | None = None
    when: str | None = None
    person: str | None = None
    record: Record | None = None
    outcome: str | None = None
    record_dict: dict | None = None

    def to_timeline(self) -> dict:
        """The timeline entry of the `status` contract, with the source's record beside it."""
        return {
            "published": self.dated.isoformat(), "article": self.article, "event": self.event,
            "polarity": self.polarity, "certainty": self.certainty, "source": self.source,
            "source_role": self.source_role, "stage": self.stage, "when": self.when,
            "person": self.person, "sentence": self.sentence,
            # One source's record is shared by its claims: the same dict, made once.
            "record": self.record_dict,
        }

    def direction(self) -> str | None:
        """`made` or `not_made` when the claim predicts the installment's fate, else None."""
        if self.polarity != "positive":
            return None
        if self.event == "cancellation":
            return "not_made"
        return "made" if self.event in PREDICTIVE_EVENTS else None


@dataclass(slots=True)
class Verdict:
    """What one article concluded about one installment, with its claims."""

    article_pk: int
    article: str
    dated: date
    status: str
    platform_response: str
    expected_when: str | None
    expected_certainty: str | None
    decided_by_official: bool
    claims: list[TrackedClaim] = field(default_factory=list)
    chosen: dict = field(default_factory=dict)

    def evidence(self, status: str) -> TrackedClaim | None:
        """The claim of this article that best supports `status` (remembered per status)."""
        if status not in self.chosen:
            fits = SUPPORTS.get(status)
            candidates = [claim for claim in self.claims if fits(claim)] if fits else []
            self.chosen[status] = max(candidates or self.claims, key=_strength, default=None)
        return self.chosen[status]

    def weight(self) -> float:
        """The record score of the source behind this verdict, to order same-day reports."""
        return _score(self.evidence(self.status))

    def denial(self) -> TrackedClaim | None:
        """The platform's negative official claim in this article, if any."""
        denials = [claim for claim in self.claims if claim.certainty == "official" and claim.polarity == "negative"]
        denials.sort(key=lambda claim: (claim.source_role != "platform", claim.id))
        return denials[0] if denials else None

    def premiere(self) -> tuple[date, TrackedClaim] | None:
        """The earliest official premiere date or window this article gives, as the day it is past."""
        found = []
        for claim in self.claims:
            if claim.certainty == "official" and claim.event == "release" and claim.polarity == "positive":
                day = window_end(claim.when)
                if day is not None:
                    found.append((day, claim))
        return min(found, key=lambda pair: pair[0]) if found else None


def _score(claim: TrackedClaim | None) -> float:
    return claim.record.score if claim is not None and claim.record is not None else 0.5


def _strength(claim: TrackedClaim) -> tuple:
    """Which claim speaks loudest: certainty, then its source's record, then renewals first."""
    return (CERTAINTY_RANK[claim.certainty], _score(claim), claim.event in ("renewal", "cancellation"), -claim.id)


# Which claims can support each status; any claim serves for `unknown`.
SUPPORTS = {
    "official": lambda c: c.certainty == "official" and c.polarity == "positive" and c.event != "cancellation",
    "released": lambda c: c.certainty == "official" and c.polarity == "positive" and c.event != "cancellation",
    "cancelled": lambda c: c.event == "cancellation" and c.polarity == "positive",
    "reported": lambda c: c.certainty in ("claimed", "reported") and c.direction() == "made",
    "possible": lambda c: c.certainty == "possible" and c.direction() == "made",
}


@dataclass
class Change:
    """A status change: from `old` to `new` on `dated`, because of `verdict`/`claim`."""

    dated: date
    old: str | None
    new: str
    kind: str
    verdict: Verdict | None
    claim: TrackedClaim | None


@dataclass
class Standing:
    """Where an installment stands as of a date, and how it got there."""

    status: str | None = None
    platform_response: str = "none"
    expected: dict | None = None
    decided_by: tuple[Verdict, TrackedClaim | None] | None = None
    changes: list[Change] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)


_WHEN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4])|-H([12]))?$")


def window_end(when: str | None) -> date | None:
    """The last day of a `when` value (date, month, quarter, half or year), None if unreadable."""
    match = _WHEN.match((when or "").strip())
    if not match:
        return None
    year, month, day, quarter, half = match.groups()
    year = int(year)
    try:
        if day:
            return date(year, int(month), int(day))
        last_month = int(month) if month else int(quarter) * 3 if quarter else int(half) * 6 if half else 12
        return date(year, last_month, calendar.monthrange(year, last_month)[1])
    except ValueError:
        return None


def order(verdicts: list[Verdict]) -> list[Verdict]:
    """Date order; on one day, reports before official words, weaker sources before stronger."""
    return sorted(verdicts, key=lambda v: (v.dated, v.decided_by_official, v.weight(), v.article_pk))


def next_status(current: str | None, verdict: Verdict) -> str:
    """The status after one more article (tracker rules 1 to 3)."""
    said = verdict.status
    if current == "released" or said == "released":
        # A premiere is a fact of the past: nothing said later undoes it.
        return "released"
    if verdict.decided_by_official and said in ("official", "cancelled"):
        return said
    if current == "official":
        return current
    if said == "cancelled":
        return "cancelled"
    if said == "official":
        # An article-level `official` not decided by an official word counts as a report.
        said = "reported"
    if said == "unknown":
        # A bare mention says nothing new; it only gives a first status.
        return current or "unknown"
    if current is None or LADDER[said] > LADDER[current]:
        return said
    return current


def change_kind(old: str | None, new: str, ended: bool) -> str:
    """Name a change so that a planned end, a cancellation and a revival stay apart."""
    if old is None:
        return "first"
    if new == "cancelled":
        return "ended" if ended else "cancelled"
    if old == "cancelled":
        return "revived"
    if new in ("official", "released"):
        return new
    return "raised"


def fold(verdicts: list[Verdict], as_of: date, ended_by: set[int] | None = None) -> Standing:
    """Apply the tracker rules to an installment's verdicts published up to `as_of`.

    `ended_by` holds the articles that also speak of the previous installment as still
    to come, which makes a cancellation in them a planned end (`ended`).
    """
    standing = Standing()
    premiere: tuple[date, TrackedClaim, Verdict] | None = None
    pending_response: Verdict | None = None
    reports: list[TrackedClaim] = []

    def premiere_passes(day: date) -> None:
        if premiere and standing.status == "official" and premiere[0] <= day:
            standing.changes.append(Change(premiere[0], "official", "released", "released", premiere[2], premiere[1]))
            standing.status = "released"
            standing.decided_by = (premiere[2], premiere[1])

    for verdict in order([v for v in verdicts if v.dated <= as_of]):
        premiere_passes(verdict.dated)
        old = standing.status
        new = next_status(old, verdict)
        official_word = verdict.decided_by_official and verdict.status == new
        if new != old or official_word or standing.decided_by is None:
            standing.decided_by = (verdict, verdict.evidence(new))
        if new != old:
            kind = change_kind(old, new, verdict.article_pk in (ended_by or set()))
            standing.changes.append(Change(verdict.dated, old, new, kind, verdict, verdict.evidence(new)))
        standing.status = new
        announced = verdict.premiere()
        if announced:
            premiere = (announced[0], announced[1], verdict)
        elif verdict.decided_by_official and verdict.status == "cancelled":
            premiere = None
        if verdict.platform_response != "none":
            standing.platform_response = verdict.platform_response
            pending_response = verdict
        if verdict.expected_when:
            standing.expected = {"when": verdict.expected_when, "certainty": verdict.expected_certainty}
        reports.extend(claim for claim in verdict.claims
                       if claim.certainty in ("claimed", "reported") and claim.direction() == "made")
    premiere_passes(as_of)
    if standing.platform_response == "denied" and standing.status in ("reported", "possible") and reports:
        denial = pending_response.denial() if pending_response else None
        standing.conflicts.append({
            "report": reports[-1].to_timeline(),
            "platform": denial.to_timeline() if denial else None,
        })
    return standing


def judge(verdicts: list[Verdict]) -> dict[int, str | None]:
    """Each claim's outcome: confirmed or contradicted by a later official word, or still open.

    Official claims and claims that predict nothing (negative, "not confirmed") get None.
    """
    ordered = order(verdicts)
    outcomes: dict[int, str | None] = {}
    for position, verdict in enumerate(ordered):
        later = ordered[position + 1:]
        settled = [v for v in later if v.article_pk != verdict.article_pk and (
            v.status == "released" or (v.decided_by_official and v.status in ("official", "cancelled")))]
        denied = any(v.article_pk != verdict.article_pk and v.platform_response == "denied" for v in later)
        for claim in verdict.claims:
            direction = claim.direction()
            if claim.certainty == "official" or direction is None:
                outcomes[claim.id] = None
            elif settled:
                fate = "not_made" if settled[-1].status == "cancelled" else "made"
                outcomes[claim.id] = "confirmed" if fate == direction else "contradicted"
            elif denied and direction == "made":
                outcomes[claim.id] = "contradicted"
            else:
                outcomes[claim.id] = "open"
    return outcomes


def score(confirmed: int, contradicted: int) -> float:
    """Share of a source's settled claims that came true, pulled toward 0.5 when there are few."""
    return (confirmed + 1) / (confirmed + contradicted + 2)

"""The tracker's combination rules on plain verdicts, without a store."""

from __future__ import annotations

from datetime import date

import pytest

from nextseason.tracker.rules import TrackedClaim, Verdict, fold, judge, next_status, score

NEXT = [
    # (current, article status, decided by an official word, expected)
    (None, "unknown", False, "unknown"),
    ("cancelled", "unknown", False, "cancelled"),
    ("cancelled", "possible", False, "possible"),
    ("cancelled", "reported", False, "reported"),
    ("reported", "possible", False, "reported"),
    ("possible", "reported", False, "reported"),
    ("reported", "cancelled", False, "cancelled"),
    ("official", "cancelled", False, "official"),
    ("official", "reported", False, "official"),
    ("official", "cancelled", True, "cancelled"),
    ("cancelled", "official", True, "official"),
    ("released", "cancelled", True, "released"),
    ("reported", "released", False, "released"),
    ("official", "possible", True, "official"),
]


def verdict(pk: int, day: str, status: str, official: bool = False, response: str = "none",
            claims=()) -> Verdict:
    return Verdict(pk, f"art-{pk}", date.fromisoformat(day), status, response, None, None, official, list(claims))


def claim(claim_id: int, pk: int, day: str, event: str, certainty: str, polarity: str = "positive",
          when: str | None = None) -> TrackedClaim:
    return TrackedClaim(claim_id, pk, f"art-{pk}", date.fromisoformat(day), event, polarity, certainty,
                        f"source-{pk}", pk, "media", f"sentence {claim_id}", when=when)


@pytest.mark.parametrize("current, said, official, expected", NEXT)
def test_next_status(current, said, official, expected):
    assert next_status(current, verdict(1, "2025-01-01", said, official)) == expected


def test_outcomes_follow_the_newest_official_word():
    report = claim(1, 1, "2025-01-01", "renewal", "reported")
    doubt = claim(2, 1, "2025-01-01", "renewal", "reported", polarity="negative")
    axe = claim(3, 2, "2025-01-02", "cancellation", "claimed")
    verdicts = [verdict(1, "2025-01-01", "reported", claims=[report, doubt]),
                verdict(2, "2025-01-02", "cancelled", claims=[axe]),
                verdict(3, "2025-02-01", "official", official=True,
                        claims=[claim(4, 3, "2025-02-01", "renewal", "official")])]
    assert judge(verdicts) == {1: "confirmed", 2: None, 3: "contradicted", 4: None}
    assert judge(verdicts[:2]) == {1: "open", 2: None, 3: "open"}


def test_a_denial_contradicts_a_report_until_an_official_word_comes():
    report = claim(1, 1, "2025-01-01", "production", "reported")
    denial = claim(2, 2, "2025-01-05", "production", "official", polarity="negative")
    verdicts = [verdict(1, "2025-01-01", "reported", claims=[report]),
                verdict(2, "2025-01-05", "unknown", response="denied", claims=[denial])]
    assert judge(verdicts)[1] == "contradicted"
    standing = fold(verdicts, date(2025, 2, 1))
    assert (standing.status, standing.platform_response) == ("reported", "denied")
    assert standing.conflicts[0]["platform"]["sentence"] == "sentence 2"


def test_an_official_premiere_date_releases_on_the_day():
    premiere = claim(1, 1, "2025-03-01", "release", "official", when="2025-06-15")
    verdicts = [verdict(1, "2025-03-01", "official", official=True, response="confirmed", claims=[premiere])]
    assert fold(verdicts, date(2025, 6, 14)).status == "official"
    standing = fold(verdicts, date(2025, 6, 15))
    assert standing.status == "released"
    assert [(change.dated, change.new) for change in standing.changes] == [
        (date(2025, 3, 1), "official"), (date(2025, 6, 15), "released")]


def test_score_starts_even_and_follows_the_record():
    assert score(0, 0) == 0.5
    assert score(3, 0) > score(1, 0) > 0.5 > score(0, 1) > score(0, 3)

"""The tracker over dated articles: statuses as of a date, timelines, changes, source records."""

from __future__ import annotations

import csv
import json
from datetime import date

import pyarrow.parquet as pq
import pytest

import nextseason.tracker as tracker_package
from nextseason.tracker import changes, export, sources, status, window_end
from store_fixtures import article, say, speaks_of, store, store_url  # noqa: F401

SHOW = "Harbor Lights"
UNTIL = date(2026, 6, 1)


def one(store, as_of: str, work: str = SHOW, season: int = 2) -> dict | None:
    """The status of one installment as of a date, or None when it is left out."""
    rows = status(store, work, season=season, as_of=date.fromisoformat(as_of))
    assert len(rows) <= 1
    return rows[0] if rows else None


def transitions(store, work: str = SHOW) -> list[tuple]:
    """(date, old, new, kind) of every stored change of a work."""
    return [(row["date"], row["old"], row["new"], row["kind"]) for row in changes(store, work=work, until=UNTIL)]


def test_public_api_is_exported():
    for name in tracker_package.__all__:
        assert hasattr(tracker_package, name)
    assert {"status", "changes", "sources", "export", "attach", "record_changes"} <= set(tracker_package.__all__)


def test_possible_then_reported_then_official_then_released(store):
    store.save(article("a1", "2025-01-10", speaks_of(SHOW, 2, "possible", [
        say("renewal", "possible", "Mina Cho", "The director would love to make more.", role="crew")]),
        outlet="Daily Reel"))
    store.save(article("a2", "2025-03-01", speaks_of(SHOW, 2, "reported", [
        say("renewal", "reported", "Screen Wire", "Screen Wire hears a second season is coming.")],
        aliases=["Harbour Lights"]), outlet="Screen Wire"))
    store.save(article("a3", "2025-06-01", speaks_of(SHOW, 2, "official", [
        say("renewal", "official", "Netflix", "Netflix renewed the show today."),
        say("release", "official", "Netflix", "It premieres on 5 December 2025.", when="2025-12-05")],
        response="confirmed", official=True, expected=("2025-12-05", "official")), outlet="Daily Reel"))

    assert one(store, "2025-01-09") is None
    assert one(store, "2025-02-01")["status"] == "possible"
    reported = one(store, "2025-04-01", work="harbour lights")
    assert reported["status"] == "reported"
    assert reported["decided_by"] == {"article": "a2", "published": "2025-03-01", "source": "Screen Wire",
                                      "certainty": "reported",
                                      "sentence": "Screen Wire hears a second season is coming."}
    official = one(store, "2025-07-01")
    assert (official["status"], official["platform_response"]) == ("official", "confirmed")
    assert official["expected"] == {"when": "2025-12-05", "certainty": "official"}
    assert official["decided_by"]["source"] == "Netflix"
    assert one(store, "2025-12-04")["status"] == "official"
    released = one(store, "2025-12-05")
    assert released["status"] == "released"
    assert [entry["article"] for entry in released["timeline"]] == ["a1", "a2", "a3", "a3"]

    assert transitions(store) == [
        ("2025-01-10", None, "possible", "first"), ("2025-03-01", "possible", "reported", "raised"),
        ("2025-06-01", "reported", "official", "official"), ("2025-12-05", "official", "released", "released")]
    # A premiere date still to come is not yet news.
    assert len(changes(store, work=SHOW, until=date(2025, 12, 1))) == 3
    assert [row["date"] for row in changes(store, since=date(2025, 5, 1), until=UNTIL)] == ["2025-06-01", "2025-12-05"]
    records = {row["source"]: row for row in sources(store)}
    assert records["Screen Wire"]["confirmed"] == 1
    assert records["Mina Cho"]["confirmed"] == 1


def test_status_json_has_the_contract_shape(store):
    store.save(article("k1", "2025-09-24", speaks_of("The Trauma Code: Heroes on Call", 2, "reported", [
        say("renewal", "claimed", "Lee Nak-jun", "The author says the story continues."),
        say("production", "reported", None, "The script is being prepared.", stage="writing")],
        response="not_confirmed", expected=("2026-Q4", "possible"),
        aliases=["The Trauma Code", "Trauma Code"]), outlet="KpopChart"))
    rows = status(store, "TRAUMA CODE", as_of=date(2026, 11, 28))
    assert len(rows) == 1
    row = rows[0]
    assert list(row) == ["work", "aliases", "n", "status", "platform_response", "expected", "as_of",
                         "decided_by", "timeline"]
    assert row["work"] == "The Trauma Code: Heroes on Call"
    assert row["aliases"] == ["The Trauma Code", "Trauma Code"]
    assert (row["n"], row["status"], row["platform_response"]) == (2, "reported", "not_confirmed")
    assert row["expected"] == {"when": "2026-Q4", "certainty": "possible"}
    assert row["as_of"] == "2026-11-28"
    assert row["decided_by"]["source"] == "Lee Nak-jun" and row["decided_by"]["certainty"] == "claimed"
    first = row["timeline"][0]
    assert {"published", "article", "event", "polarity", "certainty", "source", "sentence"} <= set(first)
    assert first["record"] == {"confirmed": 0, "contradicted": 0, "open": 1, "score": 0.5}
    # The outlet speaks for an unattributed report.
    assert row["timeline"][1]["source"] == "KpopChart"
    json.dumps(rows)
    assert status(store, "Trauma-Code!", as_of=date(2026, 11, 28))[0]["n"] == 2
    assert status(store, "Some Other Show") == []
    assert status(store, "Trauma Code", season=3) == []


def test_reported_then_denied_then_official(store):
    store.save(article("r1", "2025-02-01", speaks_of(SHOW, 2, "reported", [
        say("renewal", "reported", "Screen Wire", "Screen Wire says filming starts in May.")]),
        outlet="Screen Wire"))
    store.save(article("r2", "2025-02-03", speaks_of(SHOW, 2, "unknown", [
        say("production", "official", "Netflix", "Netflix called the filming report untrue.",
            polarity="negative")], response="denied"), outlet="Daily Reel"))
    denied = one(store, "2025-02-10")
    assert (denied["status"], denied["platform_response"]) == ("reported", "denied")
    assert denied["conflicts"] == [{
        "report": denied["timeline"][0], "platform": denied["timeline"][1]}]
    assert denied["conflicts"][0]["platform"]["sentence"] == "Netflix called the filming report untrue."
    assert {row["source"]: row["contradicted"] for row in sources(store)}["Screen Wire"] == 1

    store.save(article("r3", "2025-05-02", speaks_of(SHOW, 2, "official", [
        say("renewal", "official", "Netflix", "Netflix confirmed the second season.")],
        response="confirmed", official=True), outlet="Daily Reel"))
    confirmed = one(store, "2025-05-03")
    assert (confirmed["status"], confirmed["platform_response"]) == ("official", "confirmed")
    assert "conflicts" not in confirmed
    # Before the confirmation the store still answers as it stood then.
    assert one(store, "2025-02-10")["platform_response"] == "denied"
    record = {row["source"]: row for row in sources(store)}["Screen Wire"]
    assert (record["confirmed"], record["contradicted"], record["open"]) == (1, 0, 0)
    assert [change[2] for change in transitions(store)] == ["reported", "official"]


def test_cancellation_then_revival(store):
    store.save(article("c1", "2024-05-01", speaks_of(SHOW, 3, "cancelled", [
        say("cancellation", "official", "Netflix", "Netflix will not make a third season.")],
        official=True), outlet="Daily Reel"))
    store.save(article("c2", "2024-08-01", speaks_of(SHOW, 3, "reported", [
        say("renewal", "reported", "Screen Wire", "Screen Wire hears it is still going ahead.")]),
        outlet="Screen Wire"))
    assert one(store, "2024-06-01", season=3)["status"] == "cancelled"
    # A report cannot overturn the platform's own cancellation ... until it is news of a revival.
    revived = one(store, "2024-09-01", season=3)
    assert revived["status"] == "reported"
    store.save(article("c3", "2024-10-01", speaks_of(SHOW, 3, "official", [
        say("renewal", "official", "Apple TV", "Apple TV ordered a third season.")],
        response="confirmed", official=True), outlet="Daily Reel"))
    assert one(store, "2024-10-02", season=3)["status"] == "official"
    assert transitions(store) == [
        ("2024-05-01", None, "cancelled", "first"), ("2024-08-01", "cancelled", "reported", "revived"),
        ("2024-10-01", "reported", "official", "official")]


def test_cancelled_and_ended_are_kept_apart(store):
    store.save(article("e0", "2024-01-05", speaks_of("Old Town", 6, "reported", [
        say("renewal", "reported", "Screen Wire", "A sixth season is rumoured.")]), outlet="Screen Wire"))
    store.save(article("e1", "2024-03-01",
                       speaks_of("Old Town", 5, "official", [
                           say("renewal", "official", "HBO", "HBO ordered a fifth and final season.")],
                           response="confirmed", official=True),
                       speaks_of("Old Town", 6, "cancelled", [
                           say("cancellation", "official", "HBO", "The fifth season will be the last.")],
                           official=True), outlet="Daily Reel"))
    store.save(article("x0", "2024-01-05", speaks_of("New Town", 2, "reported", [
        say("renewal", "reported", "Screen Wire", "A second season is rumoured.")]), outlet="Screen Wire"))
    store.save(article("x1", "2024-03-01", speaks_of("New Town", 2, "cancelled", [
        say("cancellation", "official", "HBO", "HBO cancelled the show.")], official=True), outlet="Daily Reel"))
    assert transitions(store, "Old Town")[-1] == ("2024-03-01", "reported", "cancelled", "ended")
    assert transitions(store, "New Town")[-1] == ("2024-03-01", "reported", "cancelled", "cancelled")
    assert one(store, "2024-04-01", work="Old Town", season=6)["status"] == "cancelled"
    assert {row["source"]: row["contradicted"] for row in sources(store)}["Screen Wire"] == 2


def test_wrong_reports_lower_an_outlet_record_and_weigh_less(store):
    # Pulse Daily reports renewals that the platform then cancels; Film Ledger gets them right.
    for number, (day, cancelled_on) in enumerate([("2024-01-10", "2024-02-10"), ("2024-03-10", "2024-04-10")]):
        work = f"Show {number}"
        store.save(article(f"p{number}", day, speaks_of(work, 2, "reported", [
            say("renewal", "reported", None, f"{work} is renewed, we hear.")]), outlet="Pulse Daily"))
        store.save(article(f"l{number}", day, speaks_of(work, 2, "cancelled", [
            say("cancellation", "reported", None, f"{work} is over, we hear.")]), outlet="Film Ledger"))
        store.save(article(f"o{number}", cancelled_on, speaks_of(work, 2, "cancelled", [
            say("cancellation", "official", "Netflix", f"Netflix ended {work}.")], official=True),
            outlet="Wire"))
    records = {row["source"]: row for row in sources(store)}
    assert (records["Pulse Daily"]["confirmed"], records["Pulse Daily"]["contradicted"]) == (0, 2)
    assert (records["Film Ledger"]["confirmed"], records["Film Ledger"]["contradicted"]) == (2, 0)
    assert records["Pulse Daily"]["score"] < 0.5 < records["Film Ledger"]["score"]

    # Same day, opposite reports: the better record is taken as the later word, whatever the
    # order they were stored in (Film Ledger's article is stored first here).
    store.save(article("l9", "2024-06-01", speaks_of("Show 9", 2, "cancelled", [
        say("cancellation", "reported", None, "Show 9 is over, we hear.")]), outlet="Film Ledger"))
    store.save(article("p9", "2024-06-01", speaks_of("Show 9", 2, "reported", [
        say("renewal", "reported", None, "Show 9 is renewed, we hear.")]), outlet="Pulse Daily"))
    row = one(store, "2024-06-02", work="Show 9")
    assert row["status"] == "cancelled"
    assert row["decided_by"]["source"] == "Film Ledger"
    shown = {entry["source"]: entry["record"] for entry in row["timeline"]}
    assert shown["Pulse Daily"]["contradicted"] == 2


def test_a_later_hedge_does_not_lower_a_report_and_reports_do_not_move_official(store):
    store.save(article("h1", "2025-01-01", speaks_of(SHOW, 2, "reported", [
        say("renewal", "reported", "Screen Wire", "It is renewed, we hear.")]), outlet="Screen Wire"))
    store.save(article("h2", "2025-02-01", speaks_of(SHOW, 2, "possible", [
        say("renewal", "possible", None, "It may or may not return.")]), outlet="Daily Reel"))
    assert one(store, "2025-02-02")["status"] == "reported"
    store.save(article("h3", "2025-03-01", speaks_of(SHOW, 2, "official", [
        say("renewal", "official", "Netflix", "Netflix renewed it.")], official=True, response="confirmed")))
    store.save(article("h4", "2025-04-01", speaks_of(SHOW, 2, "cancelled", [
        say("cancellation", "reported", None, "It is over, we hear.")]), outlet="Pulse Daily"))
    assert one(store, "2025-04-02")["status"] == "official"
    assert [change[2] for change in transitions(store)] == ["reported", "official"]


def test_background_mention_of_an_aired_season_is_released(store):
    store.save(article("b1", "2025-09-24", speaks_of(SHOW, 1, "released", [
        say("release", "reported", None, "The first season aired in January.", when="2025-01")],
        expected=("2025-01", "reported")), outlet="Daily Reel"))
    row = one(store, "2025-09-25", season=1)
    assert (row["status"], row["platform_response"]) == ("released", "none")


def test_export_every_format(store, tmp_path):
    store.save(article("x1", "2025-01-10", speaks_of(SHOW, 2, "reported", [
        say("renewal", "reported", "Screen Wire", "It is renewed, we hear.")], aliases=["HL"]),
        speaks_of(SHOW, 3, "possible", [say("renewal", "possible", None, "A third might follow.")]),
        outlet="Screen Wire"))
    assert export(store, "csv", tmp_path / "out.csv", as_of=date(2025, 2, 1)) == 2
    with open(tmp_path / "out.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [(row["n"], row["status"], row["aliases"]) for row in rows] == [("2", "reported", "HL"), ("3", "possible", "HL")]
    assert export(store, "json", tmp_path / "out.json", as_of=date(2025, 2, 1)) == 2
    assert json.loads((tmp_path / "out.json").read_text())[0]["decided_by_source"] == "Screen Wire"
    assert export(store, "parquet", tmp_path / "out.parquet", as_of=date(2025, 2, 1)) == 2
    table = pq.read_table(tmp_path / "out.parquet").to_pylist()
    assert table[1]["status"] == "possible" and table[1]["aliases"] == ["HL"]
    with pytest.raises(ValueError):
        export(store, "xlsx", tmp_path / "out.xlsx")


def test_changes_are_stored_even_without_the_save_hook(store_url):
    from nextseason.store import open_store

    plain = open_store(store_url)
    plain.save(article("n1", "2025-01-10", speaks_of(SHOW, 2, "reported", [
        say("renewal", "reported", "Screen Wire", "It is renewed, we hear.")])))
    assert [row["new"] for row in changes(plain, until=UNTIL)] == ["reported"]
    plain.close()


@pytest.mark.parametrize("when, day", [
    ("2025-12-05", date(2025, 12, 5)), ("2026-02", date(2026, 2, 28)), ("2026-Q3", date(2026, 9, 30)),
    ("2026-H1", date(2026, 6, 30)), ("2024", date(2024, 12, 31)), ("soon", None), ("2026-13", None)])
def test_window_end(when, day):
    assert window_end(when) == day

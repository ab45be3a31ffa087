"""The outbox: each new status change once, in the transaction that records it; cursors; changes due later."""

from __future__ import annotations

import json
from datetime import date, timedelta

from sqlalchemy import select, update

from nextseason.store.schema import installments, outbox
from nextseason.tracker import changes, record_changes, refresh
from nextseason.tracker.outbox import Cursor, advance, cursor_for, pending
from store_fixtures import article, say, speaks_of, store, store_url  # noqa: F401

SHOW = "Harbor Lights"
TODAY = date.today()
PREMIERE = TODAY + timedelta(days=10)
LATER = TODAY + timedelta(days=20)


def entries(store) -> list[tuple[date, dict]]:
    """(due, change) of every outbox entry, in id order."""
    with store.read() as connection:
        return [(due, json.loads(change)) for due, change in connection.execute(
            select(outbox.c.due, outbox.c.change).order_by(outbox.c.id))]


def reported(article_id: str = "a1", days_ago: int = 30):
    return article(article_id, (TODAY - timedelta(days=days_ago)).isoformat(), speaks_of(SHOW, 2, "reported", [
        say("renewal", "reported", "Screen Wire", "Screen Wire hears a second season is coming.")]),
        outlet="Screen Wire")


def renewed(article_id: str = "a2", premiere: date = PREMIERE, days_ago: int = 0):
    return article(article_id, (TODAY - timedelta(days=days_ago)).isoformat(), speaks_of(SHOW, 2, "official", [
        say("renewal", "official", "Netflix", "Netflix renewed the show."),
        say("release", "official", "Netflix", f"It premieres on {premiere}.", when=premiere.isoformat())],
        response="confirmed", official=True, expected=(premiere.isoformat(), "official")), outlet="Daily Reel")


def test_each_new_change_is_appended_as_changes_lists_it(store):
    store.save(reported())
    store.save(renewed())
    listed = changes(store, until=PREMIERE)
    assert [change for _, change in entries(store)] == listed
    assert [(due.isoformat(), change["kind"]) for due, change in entries(store)] == [
        (change["date"], change["kind"]) for change in listed]
    assert [change["kind"] for change in listed] == ["first", "official", "released"]


def test_saving_or_recomputing_again_appends_nothing(store):
    store.save(reported())
    store.save(renewed())
    before = entries(store)
    assert not store.save(renewed())
    with store.write() as connection:
        connection.execute(update(installments).values(stale=True))
    assert refresh(store) == 1
    with store.read() as connection:
        ids = list(connection.execute(select(installments.c.id)).scalars())
    record_changes(store, ids)
    assert entries(store) == before


def test_only_the_changes_a_new_article_brings_are_appended(store):
    store.save(reported())
    assert len(entries(store)) == 1
    # A later report of the same status is more evidence, not a new change.
    store.save(reported("a0", days_ago=20))
    assert len(entries(store)) == 1
    store.save(renewed())
    assert [change["new"] for _, change in entries(store)[1:]] == ["official", "released"]


def test_a_premiere_announced_ahead_is_served_on_its_day_if_it_still_stands(store):
    store.save(reported())
    store.save(renewed())
    start = Cursor(0, TODAY - timedelta(days=1))
    served_today = [entry.change["kind"] for entry, serve in pending(store, start, TODAY) if serve]
    assert served_today == ["first", "official"]
    passed = Cursor(max(entry.id for entry, _ in pending(store, start, TODAY)), TODAY)
    assert pending(store, passed, PREMIERE - timedelta(days=1)) == []
    [(entry, serve)] = pending(store, passed, PREMIERE)
    assert (entry.change["kind"], entry.due, serve) == ("released", PREMIERE, True)
    # The premiere moves: the first date is no longer served, the new one is on its day.
    store.save(renewed("a3", premiere=LATER))
    assert [(entry.due, serve) for entry, serve in pending(store, passed, PREMIERE)] == [
        (PREMIERE, False), (LATER, False)]
    on_the_day = pending(store, Cursor(passed.last_id, PREMIERE), LATER)
    assert [(entry.change["date"], serve) for entry, serve in on_the_day] == [(LATER.isoformat(), True)]


def test_a_new_cursor_starts_at_the_end_and_keeps_its_place(store):
    store.save(reported())
    first = cursor_for(store, "http://127.0.0.1:1/hook", TODAY)
    assert first == Cursor(1, TODAY)
    assert pending(store, first, TODAY) == []
    store.save(renewed())
    assert [serve for _, serve in pending(store, first, TODAY)] == [True, False]
    advance(store, "http://127.0.0.1:1/hook", Cursor(3, TODAY))
    assert cursor_for(store, "http://127.0.0.1:1/hook", TODAY + timedelta(days=5)) == Cursor(3, TODAY)
    assert cursor_for(store, "http://127.0.0.1:2/other", TODAY) == Cursor(3, TODAY)

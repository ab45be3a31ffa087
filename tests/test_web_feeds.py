"""Atom feeds of status changes, parsed back with feedparser."""

from __future__ import annotations

import feedparser

from test_web_sample import DRIFT, SCRIPT_SENTENCE, TRAUMA, TRAUMA_ID, client, sample_url  # noqa: F401


def parsed(client, path: str):
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def test_changes_feed_holds_every_change_with_its_evidence(client):
    feed = parsed(client, "/feeds/changes.atom")
    assert feed.version == "atom10"
    total = client.get("/api/v1/changes").json()["total"]
    assert len(feed.entries) == total
    drift = next(entry for entry in feed.entries if entry.title == f"{DRIFT}, 2: cancelled")
    assert "Prime Video will not make a second season of Signal Drift." in drift.summary
    assert drift.tags[0].term == "cancelled"
    assert drift.link.endswith("/works/signal-drift")
    ids = [entry.id for entry in feed.entries]
    assert len(set(ids)) == len(ids)
    days = [entry.updated for entry in feed.entries]
    assert days == sorted(days, reverse=True)


def test_work_feed_holds_only_that_work(client):
    feed = parsed(client, f"/feeds/works/{TRAUMA_ID}.atom")
    assert feed.feed.title == f"nextseason: {TRAUMA}"
    assert feed.entries
    assert all(entry.title.startswith(TRAUMA) for entry in feed.entries)
    statuses = {entry.tags[0].term for entry in feed.entries}
    assert statuses == {"released", "reported"}


def test_feed_text_from_articles_stays_text(client):
    feed = parsed(client, "/feeds/works/sneaky-i-show-i.atom")
    entry = feed.entries[0]
    assert entry.summary_detail.type == "text/plain"
    assert SCRIPT_SENTENCE in entry.content[0].value
    raw = client.get("/feeds/works/sneaky-i-show-i.atom").text
    assert "<script>" not in raw and "&lt;script&gt;" in raw


def test_unknown_work_feed_is_404(client):
    assert client.get("/feeds/works/no-such-thing.atom").status_code == 404

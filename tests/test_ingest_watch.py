"""Polling feeds: schedule, conditional GET, back-off, Retry-After and one log line a poll."""

import logging

import pytest

from fixtures.ingest.pageserver import PageServer
from nextseason.ingest import FeedSpec, FetchConfig, Fetcher, read_feed_specs, watch
from nextseason.ingest.watch import MAX_BACKOFF, backoff_delay
from nextseason.models import SourceError

LOCAL = FetchConfig(allow_hosts={"127.0.0.1"}, connect_timeout=2, read_timeout=2)


class FakeTime:
    """A clock that only moves when the watcher sleeps."""

    def __init__(self, start=1_700_000_000.0):
        self.now = start
        self.sleeps = []

    def clock(self):
        return self.now

    def sleep(self, seconds):
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture(scope="module")
def server():
    with PageServer() as running:
        yield running


def run_watch(feeds, polls, fake, batches):
    def on_documents(documents):
        batches.append(documents)
        return len(documents)

    with Fetcher(LOCAL) as fetcher:
        return watch(feeds, on_documents, fetcher=fetcher, clock=fake.clock, sleep=fake.sleep,
                     max_polls=polls, rng=lambda: 0.5)


def test_unchanged_feed_costs_one_304_and_gives_nothing_new(server, caplog):
    fake, batches = FakeTime(), []
    caplog.set_level(logging.INFO, logger="nextseason.ingest.watch")
    before = len(server.requests)
    assert run_watch([FeedSpec(server.base + "/feed-etag", 60)], 3, fake, batches) == 3
    assert [len(batch) for batch in batches] == [2]
    assert {d.id for d in batches[0]} == {server.base + "/page.html", server.base + "/second.html"}
    feed_requests = [p for p in server.paths()[before:] if p == "/feed-etag"]
    assert len(feed_requests) == 3
    assert fake.sleeps == [60, 60]
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 3
    assert lines[0].startswith(server.base + "/feed-etag status=200 new=2 stored=2 next=2023-11-14T")
    assert "status=304 not modified new=0" in lines[1] and "status=304 not modified new=0" in lines[2]


def test_each_feed_keeps_its_own_interval(server):
    fake, batches = FakeTime(), []
    feeds = [FeedSpec(server.base + "/feed-etag", 100), FeedSpec(server.base + "/feed.atom", 30)]
    run_watch(feeds, 5, fake, batches)
    # Polls at t=0 (both), 30, 60, 90 for the fast feed; the slow one waits for t=100.
    assert fake.sleeps == [30, 30, 30]


def test_retry_after_is_honoured_on_503_and_429(server, caplog):
    caplog.set_level(logging.INFO, logger="nextseason.ingest.watch")
    fake = FakeTime()
    run_watch([FeedSpec(server.base + "/busy", 10)], 2, fake, [])
    assert fake.sleeps == [120]
    fake = FakeTime()
    run_watch([FeedSpec(server.base + "/too-many", 10)], 2, fake, [])
    assert fake.sleeps == [30]
    assert "status=error: HTTP 429 new=0" in caplog.records[-1].getMessage()


def test_failures_back_off_exponentially(server):
    fake = FakeTime()
    run_watch([FeedSpec(server.base + "/nothing-here", 10)], 4, fake, [])
    assert fake.sleeps == [20, 40, 80]


def test_backoff_has_jitter_and_a_ceiling():
    assert backoff_delay(60, 0, None, lambda: 0.9) == 60
    assert backoff_delay(60, 1, None, lambda: 0.0) == pytest.approx(96)
    assert backoff_delay(60, 1, None, lambda: 1.0) == pytest.approx(144)
    assert backoff_delay(60, 30, None, lambda: 0.5) == MAX_BACKOFF
    assert backoff_delay(60, 1, 3600, lambda: 0.5) == 3600


def test_feed_specs_from_text_and_toml(tmp_path):
    text = tmp_path / "feeds.txt"
    text.write_text("# news feeds\nhttps://a.example/rss 300\n\nhttps://b.example/atom  # default interval\n")
    assert read_feed_specs(text) == [FeedSpec("https://a.example/rss", 300), FeedSpec("https://b.example/atom", 900)]
    toml = tmp_path / "feeds.toml"
    toml.write_text('[[feed]]\nurl = "https://a.example/rss"\ninterval = 120\n\n[[feed]]\nurl = "https://c.example/feed"\n')
    assert read_feed_specs(toml) == [FeedSpec("https://a.example/rss", 120), FeedSpec("https://c.example/feed", 900)]
    bad = tmp_path / "bad.txt"
    bad.write_text("https://a.example/rss soon\n")
    with pytest.raises(SourceError, match="bad.txt:1: interval must be a number"):
        read_feed_specs(bad)

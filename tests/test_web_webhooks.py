"""Webhooks: signed JSON POSTs to a receiver on 127.0.0.1, retried with back-off, fed by the store's outbox.

The changes come from wherever they are recorded: the web app itself, this test process
saving through its own store (as `nextseason ingest` in another process would), or a real
`python -m nextseason ingest` run beside the app.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
import time
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy import func, select

from nextseason.store import open_store
from nextseason.store.schema import outbox, webhook_cursors
from nextseason.tracker import attach
from nextseason.tracker.outbox import cursor_for
from nextseason.web import Settings, verify
from nextseason.web.dispatch import Dispatcher
from nextseason.web.webhooks import DELIVERY_HEADER, SIGNATURE_HEADER, Webhooks
from store_fixtures import article, postgres_url, say, speaks_of
from test_web_sample import TOKEN, client_for, sample_url  # noqa: F401
from test_web_auth import SEED

SECRET = "shared-webhook-secret"
TODAY = date.today()


class Receiver:
    """A local HTTP server that records every POST and fails the first `failures` of them."""

    def __init__(self, failures: int = 0):
        self.received: list[tuple[float, dict, bytes]] = []
        self.failures = failures
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.received.append((time.monotonic(), dict(self.headers), body))
                failing = len(receiver.received) <= receiver.failures
                self.send_response(500 if failing else 204)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def changes(self) -> list[dict]:
        """The change of every POST received, in order."""
        return [json.loads(body)["change"] for _, _, body in self.received]

    def wait_for(self, count: int, timeout: float = 15.0) -> bool:
        """Whether `count` POSTs have come within `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while len(self.received) < count and time.monotonic() < deadline:
            time.sleep(0.02)
        return len(self.received) >= count

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def copy_of_sample(sample_url: str, folder) -> str:  # noqa: F811
    """URL of a private copy of the sample store, so writes do not leak into other tests."""
    copy = folder / "hooked.db"
    shutil.copy(sample_url.removeprefix("sqlite:///"), copy)
    return f"sqlite:///{copy}"


def hooked(url: str, receiver: Receiver, **changes):
    """A client of the app over `url`, posting to the receiver, polling the outbox often."""
    return client_for(url, **{"webhooks": [receiver.url], "webhook_secret": SECRET, "webhook_backoff": 0.05,
                               "webhook_poll_seconds": 0.05, **changes})


def third_season(article_id: str = "other-process-1"):
    """An article that makes Harbor Lights season 3 official."""
    return article(article_id, "2026-10-12", speaks_of("Harbor Lights", 3, "official", [
        say("renewal", "official", "Prime Video", "Prime Video has renewed Harbor Lights for a third season.")],
        response="confirmed", official=True), outlet="Screen Ledger")


def save_elsewhere(url: str, result) -> None:
    """Save an article through a store of its own, as another process would."""
    store = attach(open_store(url))
    try:
        assert store.save(result)
    finally:
        store.close()


def outbox_size(url: str) -> int:
    store = open_store(url)
    try:
        with store.read() as connection:
            return connection.execute(select(func.count()).select_from(outbox)).scalar_one()
    finally:
        store.close()


def assert_signed(receiver: Receiver) -> None:
    for _, headers, body in receiver.received:
        assert verify(SECRET, body, headers[SIGNATURE_HEADER])
        assert not verify("another secret", body, headers[SIGNATURE_HEADER])


def test_signed_post_is_retried_with_growing_delays_until_it_succeeds():
    with Receiver(failures=2) as receiver:
        hooks = Webhooks([receiver.url], SECRET, attempts=5, backoff=0.2)
        # the delay each try is queued with (the first goes at once)
        scheduled = []
        put = hooks._put

        def recording_put(due, delivery):
            scheduled.append(round(due - time.monotonic(), 1))
            put(due, delivery)

        hooks._put = recording_put
        finished = []
        hooks.on_finished(lambda delivery, delivered: finished.append((delivery.delivery_id, delivered)))
        change = {"work": "Harbor Lights", "n": 3, "new": "official", "sentence": "Renewed."}
        hooks.deliver(receiver.url, change, "delivery-1")
        assert hooks.wait(timeout=10)
        hooks.close()
    assert len(receiver.received) == 3
    assert hooks.delivered == 1 and hooks.failed == 0
    assert finished == [("delivery-1", True)]
    times = [moment for moment, _, _ in receiver.received]
    first_gap, second_gap = times[1] - times[0], times[2] - times[1]
    assert scheduled == [0.0, 0.2, 0.4]  # the backoff doubles from one retry to the next
    # and each retry waits at least its backoff (a slow machine only lengthens the gaps: no upper bound)
    assert first_gap >= 0.18 and second_gap >= 0.38
    assert {headers[DELIVERY_HEADER] for _, headers, _ in receiver.received} == {"delivery-1"}
    for _, headers, body in receiver.received:
        assert verify(SECRET, body, headers[SIGNATURE_HEADER])
        assert not verify("another secret", body, headers[SIGNATURE_HEADER])
        assert json.loads(body) == {"event": "status_change", "change": change}


def test_delivery_gives_up_after_its_attempts():
    with Receiver(failures=100) as receiver:
        hooks = Webhooks([receiver.url], SECRET, attempts=3, backoff=0.05)
        finished = []
        hooks.on_finished(lambda delivery, delivered: finished.append(delivered))
        hooks.deliver(receiver.url, {"work": "W", "n": 2, "new": "reported"}, "delivery-2")
        assert hooks.wait(timeout=10)
        hooks.close()
    assert len(receiver.received) == 3
    assert hooks.failed == 1 and hooks.delivered == 0
    assert finished == [False]


def test_unreachable_receiver_counts_as_a_failure():
    hooks = Webhooks(["http://127.0.0.1:9/nothing-listens"], SECRET, attempts=2, backoff=0.05, timeout=1)
    hooks.deliver("http://127.0.0.1:9/nothing-listens", {"work": "W", "n": 2, "new": "reported"}, "delivery-3")
    assert hooks.wait(timeout=10)
    hooks.close()
    assert hooks.failed == 1


def test_adding_an_article_posts_its_status_change_once(sample_url, tmp_path):  # noqa: F811
    with Receiver(failures=1) as receiver:
        with hooked(copy_of_sample(sample_url, tmp_path), receiver) as client:
            answer = client.post("/api/v1/articles", json={"text": SEED}, headers={"Authorization": f"Bearer {TOKEN}"})
            assert answer.status_code == 201
            assert receiver.wait_for(2)
            time.sleep(0.5)
    assert len(receiver.received) == 2
    assert len({headers[DELIVERY_HEADER] for _, headers, _ in receiver.received}) == 1
    assert_signed(receiver)
    change = receiver.changes()[-1]
    assert (change["work"], change["n"], change["new"], change["id"]) == ("Harbor Lights", 3, "official",
                                                                          "harbor-lights")
    assert "third season" in change["sentence"]


def test_a_change_saved_by_another_process_reaches_the_receiver(sample_url, tmp_path):  # noqa: F811
    url = copy_of_sample(sample_url, tmp_path)
    with Receiver() as receiver:
        with hooked(url, receiver):
            save_elsewhere(url, third_season())
            assert receiver.wait_for(1)
            time.sleep(0.3)
    assert_signed(receiver)
    assert [(change["work"], change["n"], change["new"]) for change in receiver.changes()] == [
        ("Harbor Lights", 3, "official")]


def test_a_new_receiver_starts_at_the_end_and_a_restart_resends_nothing(sample_url, tmp_path):  # noqa: F811
    url = copy_of_sample(sample_url, tmp_path)
    assert outbox_size(url) > 0
    with Receiver(failures=2) as receiver:
        with hooked(url, receiver):
            time.sleep(0.3)
            # The sample's history was recorded before this receiver was known.
            assert receiver.received == []
            save_elsewhere(url, third_season())
            assert receiver.wait_for(3)
        # Failed twice, then delivered: three tries with one delivery id, one success.
        assert len({headers[DELIVERY_HEADER] for _, headers, _ in receiver.received}) == 1
        with hooked(url, receiver):
            time.sleep(0.5)
            assert len(receiver.received) == 3
            save_elsewhere(url, article("other-process-2", "2026-10-20", speaks_of("Signal Drift", 3, "reported", [
                say("renewal", "reported", "The Backlot Wire", "Signal Drift may get a third season after all.")]),
                outlet="The Backlot Wire"))
            assert receiver.wait_for(4)
            time.sleep(0.3)
    assert len(receiver.received) == 4
    assert [(change["work"], change["n"]) for change in receiver.changes()][-1] == ("Signal Drift", 3)
    assert_signed(receiver)


def test_a_delivery_under_way_at_shutdown_is_sent_after_the_restart_with_its_id(sample_url, tmp_path):  # noqa: F811
    url = copy_of_sample(sample_url, tmp_path)
    with Receiver(failures=1) as receiver:
        # The first try fails and the next would come only after the app has stopped.
        with hooked(url, receiver, webhook_backoff=60):
            save_elsewhere(url, third_season())
            assert receiver.wait_for(1)
        with hooked(url, receiver):
            assert receiver.wait_for(2)
            time.sleep(0.3)
    assert len(receiver.received) == 2
    assert len({headers[DELIVERY_HEADER] for _, headers, _ in receiver.received}) == 1
    assert receiver.changes()[0] == receiver.changes()[1]


def test_an_ingest_run_in_another_process_reaches_the_receiver_once(sample_url, tmp_path):  # noqa: F811
    url = copy_of_sample(sample_url, tmp_path)
    seed = tmp_path / "seed.txt"
    seed.write_text(SEED, encoding="utf-8")
    command = [sys.executable, "-m", "nextseason", "ingest", str(seed), "--db", url]
    with Receiver() as receiver:
        with hooked(url, receiver):
            run = subprocess.run(command, capture_output=True, text=True, timeout=300)
            assert run.returncode == 0, run.stderr
            assert receiver.wait_for(1)
            recorded = outbox_size(url)
            again = subprocess.run(command, capture_output=True, text=True, timeout=300)
            assert again.returncode == 0 and "new 0," in again.stderr, again.stderr
            assert outbox_size(url) == recorded
            time.sleep(0.5)
    assert_signed(receiver)
    assert [(change["work"], change["n"], change["new"]) for change in receiver.changes()] == [
        ("Harbor Lights", 3, "official")]


def test_postgres_changes_reach_the_receiver():
    url = postgres_url()
    with Receiver(failures=1) as receiver:
        with hooked(url, receiver):
            save_elsewhere(url, third_season())
            assert receiver.wait_for(2)
            time.sleep(0.3)
        store = open_store(url)
        try:
            with store.read() as connection:
                [(hook, last_id)] = connection.execute(select(webhook_cursors.c.url, webhook_cursors.c.last_id)).all()
                newest = connection.execute(select(func.max(outbox.c.id))).scalar_one()
        finally:
            store.close()
    assert len(receiver.received) == 2 and len({headers[DELIVERY_HEADER] for _, headers, _ in receiver.received}) == 1
    assert_signed(receiver)
    assert receiver.changes()[-1]["new"] == "official"
    assert (hook, last_id) == (receiver.url, newest)


def test_a_premiere_announced_ahead_is_posted_on_its_day(tmp_path):
    url = f"sqlite:///{tmp_path / 'ahead.db'}"
    premiere = TODAY + timedelta(days=10)
    with Receiver() as receiver:
        store = attach(open_store(url))
        hooks = Webhooks([receiver.url], SECRET, backoff=0.05)
        dispatcher = Dispatcher(store, hooks)
        try:
            dispatcher.poll(TODAY)
            assert store.save(article("ahead-1", TODAY.isoformat(), speaks_of("Harbor Lights", 2, "official", [
                say("renewal", "official", "Netflix", "Netflix renewed the show."),
                say("release", "official", "Netflix", f"It premieres on {premiere}.", when=premiere.isoformat())],
                response="confirmed", official=True, expected=(premiere.isoformat(), "official"))))
            for day in (TODAY, TODAY, premiere - timedelta(days=1), premiere, premiere):
                dispatcher.poll(day)
                assert hooks.wait(timeout=10)
                if day < premiere:
                    assert [change["new"] for change in receiver.changes()] == ["official"]
        finally:
            hooks.close()
            store.close()
    assert [change["new"] for change in receiver.changes()] == ["official", "released"]
    assert receiver.changes()[-1]["date"] == premiere.isoformat()


def test_the_cursor_waits_for_an_earlier_change_still_being_retried(tmp_path):
    url = f"sqlite:///{tmp_path / 'order.db'}"
    with Receiver(failures=1) as receiver:
        store = attach(open_store(url))
        hooks = Webhooks([receiver.url], SECRET, backoff=2.0)
        dispatcher = Dispatcher(store, hooks)
        try:
            dispatcher.poll(TODAY)
            store.save(third_season())
            store.save(article("later-1", "2026-10-20", speaks_of("Signal Drift", 3, "reported", [
                say("renewal", "reported", "The Backlot Wire", "Signal Drift may get a third season.")])))
            start = cursor_for(store, receiver.url, TODAY).last_id
            assert dispatcher.poll(TODAY) == 2
            # The first change failed and waits for its retry; the second is delivered meanwhile.
            assert receiver.wait_for(2)
            time.sleep(0.1)
            dispatcher.poll(TODAY)
            assert cursor_for(store, receiver.url, TODAY).last_id == start
            assert hooks.wait(timeout=10)
            dispatcher.poll(TODAY)
            assert cursor_for(store, receiver.url, TODAY).last_id == start + 2
        finally:
            hooks.close()
            store.close()
    assert [change["work"] for change in receiver.changes()] == ["Harbor Lights", "Signal Drift", "Harbor Lights"]


@pytest.mark.parametrize(("environment", "expected"), [
    ({"NEXTSEASON_WEBHOOKS": "http://127.0.0.1:1/a, http://127.0.0.1:2/b", "NEXTSEASON_WEBHOOK_SECRET": "s"},
     ["http://127.0.0.1:1/a", "http://127.0.0.1:2/b"]),
    ({}, []),
])
def test_webhooks_come_from_the_environment(environment, expected):
    settings = Settings.from_environment(environment)
    assert settings.webhooks == expected


def test_the_outbox_poll_comes_from_the_environment():
    assert Settings.from_environment({}).webhook_poll_seconds == 1.0
    assert Settings.from_environment({"NEXTSEASON_WEBHOOK_POLL_SECONDS": "0.25"}).webhook_poll_seconds == 0.25

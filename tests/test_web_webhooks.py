"""Webhooks: signed JSON POSTs per status change to a receiver on 127.0.0.1, retried with back-off."""

from __future__ import annotations

import json
import shutil
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from nextseason.web import Settings, verify
from nextseason.web.webhooks import DELIVERY_HEADER, SIGNATURE_HEADER, Webhooks
from test_web_sample import TOKEN, client_for, sample_url  # noqa: F401
from test_web_auth import SEED

SECRET = "shared-webhook-secret"


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

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def test_signed_post_is_retried_with_growing_delays_until_it_succeeds():
    with Receiver(failures=2) as receiver:
        hooks = Webhooks([receiver.url], SECRET, attempts=5, backoff=0.2)
        change = {"work": "Harbor Lights", "n": 3, "new": "official", "sentence": "Renewed."}
        assert hooks.notify([change]) == 1
        assert hooks.wait(timeout=10)
        hooks.close()
    assert len(receiver.received) == 3
    assert hooks.delivered == 1 and hooks.failed == 0
    times = [moment for moment, _, _ in receiver.received]
    first_gap, second_gap = times[1] - times[0], times[2] - times[1]
    assert first_gap >= 0.18 and second_gap >= 0.38 and second_gap > first_gap
    ids = {headers[DELIVERY_HEADER] for _, headers, _ in receiver.received}
    assert len(ids) == 1
    for _, headers, body in receiver.received:
        assert verify(SECRET, body, headers[SIGNATURE_HEADER])
        assert not verify("another secret", body, headers[SIGNATURE_HEADER])
        assert json.loads(body) == {"event": "status_change", "change": change}


def test_delivery_gives_up_after_its_attempts():
    with Receiver(failures=100) as receiver:
        hooks = Webhooks([receiver.url], SECRET, attempts=3, backoff=0.05)
        hooks.notify([{"work": "W", "n": 2, "new": "reported"}])
        assert hooks.wait(timeout=10)
        hooks.close()
    assert len(receiver.received) == 3
    assert hooks.failed == 1 and hooks.delivered == 0


def test_unreachable_receiver_counts_as_a_failure():
    hooks = Webhooks(["http://127.0.0.1:9/nothing-listens"], SECRET, attempts=2, backoff=0.05, timeout=1)
    hooks.notify([{"work": "W", "n": 2, "new": "reported"}])
    assert hooks.wait(timeout=10)
    hooks.close()
    assert hooks.failed == 1


def test_adding_an_article_posts_its_status_change(sample_url, tmp_path):
    shutil.copy(sample_url.removeprefix("sqlite:///"), tmp_path / "hooked.db")
    with Receiver(failures=1) as receiver:
        with client_for(f"sqlite:///{tmp_path / 'hooked.db'}", webhooks=[receiver.url], webhook_secret=SECRET,
                        webhook_backoff=0.05) as client:
            answer = client.post("/api/v1/articles", json={"text": SEED}, headers={"Authorization": f"Bearer {TOKEN}"})
            assert answer.status_code == 201
            assert client.app.state.web.webhooks.wait(timeout=10)
    assert len(receiver.received) == 2
    _, headers, body = receiver.received[-1]
    assert verify(SECRET, body, headers[SIGNATURE_HEADER])
    change = json.loads(body)["change"]
    assert (change["work"], change["n"], change["new"]) == ("Harbor Lights", 3, "official")
    assert "third season" in change["sentence"]


@pytest.mark.parametrize(("environment", "expected"), [
    ({"NEXTSEASON_WEBHOOKS": "http://127.0.0.1:1/a, http://127.0.0.1:2/b", "NEXTSEASON_WEBHOOK_SECRET": "s"},
     ["http://127.0.0.1:1/a", "http://127.0.0.1:2/b"]),
    ({}, []),
])
def test_webhooks_come_from_the_environment(environment, expected):
    settings = Settings.from_environment(environment)
    assert settings.webhooks == expected

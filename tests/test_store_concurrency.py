"""Several processes on one store: no "database is locked", no lost or half-written article."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time
from datetime import date

from sqlalchemy import func, select, text

from nextseason.store import open_store
from nextseason.store.schema import article_installments, articles, claims, installments, status_changes
from nextseason.tracker import changes, refresh, status
from store_fixtures import keep_reading, keep_writing, store_url  # noqa: F401

SPAWN = multiprocessing.get_context("spawn")


def logged_ids(path) -> set[str]:
    """Ids a writer finished saving."""
    return set(path.read_text(encoding="utf-8").split()) if path.exists() else set()


def stored_ids(store) -> set[str]:
    with store.read() as connection:
        return set(connection.execute(select(articles.c.external_id)).scalars())


def assert_every_article_whole(store, installments_each: int = 3, claims_each: int = 4) -> None:
    """Every stored article has all its verdicts and claims, and nothing points at a missing article."""
    with store.read() as connection:
        per_article = dict(connection.execute(
            select(articles.c.id, func.count(article_installments.c.id))
            .outerjoin(article_installments, article_installments.c.article_id == articles.c.id)
            .group_by(articles.c.id)).all())
        claim_counts = dict(connection.execute(
            select(claims.c.article_id, func.count()).group_by(claims.c.article_id)).all())
        orphans = connection.execute(select(func.count()).select_from(claims).where(
            claims.c.article_id.not_in(select(articles.c.id)))).scalar()
    assert per_article, "no article was stored at all"
    assert set(per_article.values()) == {installments_each}
    assert set(claim_counts) == set(per_article)
    assert set(claim_counts.values()) == {installments_each * claims_each}
    assert orphans == 0


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _serve(url: str, port: int):
    """The web server on the same SQLite file, in its own process."""
    import subprocess
    import sys

    return subprocess.Popen([sys.executable, "-m", "nextseason", "serve", "--db", url, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _ask_pages(port: int, seconds: float) -> tuple[int, list[str]]:
    """Requests to the web server while the writers write: how many answered, and every failure."""
    import httpx

    answered, failures = 0, []
    deadline = time.monotonic() + seconds
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
        while time.monotonic() < deadline:
            for path in ("/", "/api/v1/installments?limit=20", "/api/v1/changes?limit=20"):
                try:
                    response = client.get(path)
                except httpx.TransportError:
                    time.sleep(0.2)  # the server is still starting
                    continue
                answered += 1
                if response.status_code != 200:
                    failures.append(f"{path}: {response.status_code} {response.text[:200]}")
            time.sleep(0.1)
    return answered, failures


def test_two_writers_a_reader_and_the_web_server_share_one_sqlite_file(tmp_path):
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    open_store(url).close()
    seconds = 60
    port = _free_port()
    server = _serve(url, port)
    logs = [tmp_path / "writer-a.log", tmp_path / "writer-b.log"]
    read_log = tmp_path / "reader.log"
    processes = [
        SPAWN.Process(target=keep_writing, args=(url, "a", seconds, 5, str(logs[0]))),
        SPAWN.Process(target=keep_writing, args=(url, "b", seconds, 5, str(logs[1]))),
        SPAWN.Process(target=keep_reading, args=(url, seconds, str(read_log))),
    ]
    for process in processes:
        process.start()
    try:
        answered, failures = _ask_pages(port, seconds)
    finally:
        for process in processes:
            process.join(seconds + 120)
        server.terminate()
        server_errors = server.communicate(timeout=30)[1]
    # A "database is locked" error would end a process with a traceback and exit code 1,
    # and make the web server answer 500.
    assert [process.exitcode for process in processes] == [0, 0, 0]
    assert answered > 20 and not failures, failures[:3]
    assert "database is locked" not in server_errors
    written = logged_ids(logs[0]) | logged_ids(logs[1])
    assert len(written) > 50
    store = open_store(url)
    assert written <= stored_ids(store)
    assert int(read_log.read_text()) > 10
    assert_every_article_whole(store)
    # Both writers created "Shared Series" at once: it must still be one work.
    assert [title for title, _ in store.catalog()].count("Shared Series") == 1
    refresh(store)
    with store.read() as connection:
        assert connection.execute(select(func.count()).select_from(installments).where(
            installments.c.stale.is_(True))).scalar() == 0
        assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    assert len(status(store, "Shared Series", as_of=date(2026, 1, 1))) == 3
    assert changes(store, work="Shared Series", until=date(2026, 1, 1))
    store.close()


def test_a_killed_writer_leaves_no_partial_article(store_url, tmp_path):
    open_store(store_url).close()
    log = tmp_path / "writer.log"
    store = open_store(store_url)
    random.seed(7)
    for round_number in range(3):
        writer = SPAWN.Process(target=keep_writing, args=(store_url, f"k{round_number}", 60, 0, str(log)))
        writer.start()
        deadline = time.monotonic() + 60
        start_count = len(stored_ids(store))
        while len(stored_ids(store)) < start_count + 10 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(random.uniform(0.0, 0.3))
        os.kill(writer.pid, signal.SIGKILL)
        writer.join(30)
        assert writer.exitcode == -signal.SIGKILL
    assert logged_ids(log) <= stored_ids(store)
    assert_every_article_whole(store)
    # Changes of installments left stale by the killed writer are caught up on.
    refresh(store)
    with store.read() as connection:
        per_installment = connection.execute(
            select(func.count(func.distinct(status_changes.c.installment_id)))).scalar()
        total = connection.execute(select(func.count()).select_from(installments)).scalar()
    assert per_installment == total
    store.close()


def test_a_reader_never_waits_for_a_writer_transaction(tmp_path):
    url = f"sqlite:///{tmp_path / 'held.db'}"
    store = open_store(url)
    with store.write() as connection:
        connection.execute(text("SELECT 1"))
        started = time.monotonic()
        other = open_store(url)
        assert other.catalog() == []
        other.close()
        assert time.monotonic() - started < 2
    store.close()


def open_and_close(url: str) -> None:
    """Open a store (migrating it) and close it again (run in a child process)."""
    open_store(url).close()


def test_processes_opening_a_new_store_at_once_migrate_it_once(store_url):
    openers = [SPAWN.Process(target=open_and_close, args=(store_url,)) for _ in range(3)]
    for opener in openers:
        opener.start()
    for opener in openers:
        opener.join(120)
    assert [opener.exitcode for opener in openers] == [0, 0, 0]
    store = open_store(store_url)
    with store.read() as connection:
        assert connection.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    store.close()


class _RacedCursor:
    """A cursor on a new file whose switch to WAL another process is making: twice "locked", then done."""

    def __init__(self):
        self.mode, self.refusals, self.tries = "delete", 2, 0

    def execute(self, sql):
        import sqlite3

        if sql == "PRAGMA journal_mode = WAL":
            self.tries += 1
            if self.refusals:
                self.refusals -= 1
                raise sqlite3.OperationalError("database is locked")
            self.mode = "wal"
        self.row = (self.mode,)
        return self

    def fetchone(self):
        return self.row


def test_a_process_that_loses_the_race_to_switch_a_new_file_to_wal_waits_and_retries():
    from nextseason.store.database import _use_wal

    cursor = _RacedCursor()
    _use_wal(cursor)
    assert (cursor.mode, cursor.tries) == ("wal", 3)
    _use_wal(cursor)  # already WAL: no second switch
    assert cursor.tries == 3

"""The command line as a user meets it: extract, ingest, status, eval, and bad input."""

import json
import os
import subprocess
import sys

import pytest

from conftest import DEVSET, SEED, need

ARTICLE = """Glasshouse Renewed for Season 3
The Daily Frame
Published May 2, 2025

The streamer has renewed the mystery drama Glasshouse for a third season, a spokesperson confirmed on Friday.
Filming begins in October and the new season is expected to premiere next summer.
"""


def nextseason(*args, stdin: str | None = None, env: dict | None = None):
    return subprocess.run([sys.executable, "-m", "nextseason", *args], capture_output=True, text=True,
                          input=stdin, env={**os.environ, **(env or {})}, timeout=120)


def test_extract_jsonl_has_the_contract_shape(tmp_path):
    path = tmp_path / "glasshouse.txt"
    path.write_text(ARTICLE)
    run = nextseason("extract", str(path), "--format", "jsonl")
    assert run.returncode == 0, run.stderr
    article = json.loads(run.stdout)
    assert set(article) == {"id", "url", "headline", "published", "language", "outlet", "installments"}
    assert article["id"] == str(path) and article["published"] == "2025-05-02" and article["language"] == "en"
    (third,) = [i for i in article["installments"] if i["n"] == 3]
    assert set(third) == {"work", "aliases", "n", "status", "platform_response", "expected", "claims"}
    assert third["work"] == "Glasshouse" and third["status"] == "official"
    assert third["expected"] == {"when": "2026-Q3", "certainty": "possible"}
    for claim in third["claims"]:
        assert set(claim) == {"event", "polarity", "certainty", "source", "source_role", "stage", "when", "person",
                              "sentence", "start", "end"}


def test_extract_reads_jsonl_from_standard_input():
    line = json.dumps({"id": "a-1", "published": "2025-05-02", "text": ARTICLE})
    run = nextseason("extract", "--jsonl", "-", "--format", "jsonl", stdin=line + "\n")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["id"] == "a-1"


def test_extract_relevant_only_skips_pages_the_prefilter_rejects(tmp_path):
    sports = tmp_path / "sports.html"
    sports.write_text("<html><head><title>Derby win</title></head><body><article><p>The Rovers won again "
                      "and lead the table this season, with 30 points from their last twelve matches.</p>"
                      "<p>Their coach said the season is long and the squad must stay humble.</p></article></body></html>")
    glasshouse = tmp_path / "glasshouse.txt"
    glasshouse.write_text(ARTICLE)
    every = nextseason("extract", str(sports), str(glasshouse), "--format", "jsonl")
    relevant = nextseason("extract", str(sports), str(glasshouse), "--format", "jsonl", "--relevant-only")
    assert every.returncode == relevant.returncode == 0, every.stderr + relevant.stderr
    assert [json.loads(line)["id"] for line in every.stdout.splitlines()] == [str(sports), str(glasshouse)]
    assert [json.loads(line)["id"] for line in relevant.stdout.splitlines()] == [str(glasshouse)]


def test_extract_table_is_readable(tmp_path):
    path = tmp_path / "glasshouse.txt"
    path.write_text(ARTICLE)
    run = nextseason("extract", str(path), "--format", "table")
    assert run.returncode == 0
    assert "Glasshouse #3" in run.stdout and "official" in run.stdout


@pytest.mark.parametrize("name,content,reason", [
    ("missing.txt", None, "no such file"),
    ("binary.txt", b"\x00\x01\x02\x03\xff\xfe\x00" * 50, ""),
    ("undecodable.txt", bytes(range(0x80, 0x100)) * 4, ""),
    ("empty.txt", b"", ""),
])
def test_bad_input_is_one_line_and_others_still_run(tmp_path, name, content, reason):
    bad = tmp_path / name
    if content is not None:
        bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    run = nextseason("extract", str(bad), str(good), "--format", "jsonl")
    assert run.returncode == 1
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and str(bad) in lines[0], run.stderr
    assert reason in lines[0]
    assert json.loads(run.stdout)["id"] == str(good)


def test_ingest_twice_changes_nothing_and_status_answers(tmp_path):
    db = f"sqlite:///{tmp_path / 'store.db'}"
    path = tmp_path / "glasshouse.txt"
    path.write_text(ARTICLE)
    first = nextseason("ingest", str(path), "--db", db)
    assert first.returncode == 0, first.stderr
    assert "new 1" in first.stderr
    second = nextseason("ingest", str(path), "--db", db)
    assert second.returncode == 0 and "new 0" in second.stderr
    status = nextseason("status", "glasshouse", "--season", "3", "--format", "json", "--as-of", "2025-06-01", "--db", db)
    rows = json.loads(status.stdout)
    assert [(r["work"], r["n"], r["status"]) for r in rows] == [("Glasshouse", 3, "official")]
    assert rows[0]["decided_by"]["sentence"].startswith("The streamer has renewed")
    assert nextseason("status", "no such work", "--format", "json", "--db", db).stdout.strip() == "[]"


def test_ingest_stores_the_good_and_reports_the_bad(tmp_path):
    db = f"sqlite:///{tmp_path / 'store.db'}"
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    run = nextseason("ingest", str(empty), str(good), "--db", db)
    assert run.returncode == 1
    assert str(empty) in run.stderr and "new 1" in run.stderr


def test_status_on_a_store_that_cannot_be_opened(tmp_path):
    folder = tmp_path / "not-a-db"
    folder.mkdir()
    run = nextseason("status", "--format", "json", "--db", str(folder))
    assert run.returncode == 1
    assert len(run.stderr.strip().splitlines()) == 1


def test_eval_prints_scores_per_language():
    need(DEVSET)
    run = nextseason("eval", str(DEVSET / "gold.jsonl"), str(DEVSET / "articles.jsonl"), "--format", "json")
    assert run.returncode == 0, run.stderr
    rows = {r["language"]: r for r in json.loads(run.stdout)}
    assert {"id", "en", "all"} <= set(rows)
    assert rows["id"]["f1"] >= 0.95 and rows["en"]["f1"] >= 0.95


def test_seed_extract_from_the_command_line():
    run = nextseason("extract", str(need(SEED)), "--format", "jsonl")
    assert run.returncode == 0
    statuses = {i["n"]: i["status"] for i in json.loads(run.stdout)["installments"]}
    assert statuses == {1: "released", 2: "reported", 3: "reported"}


def test_an_ingest_killed_midway_is_completed_by_the_next(tmp_path):
    import signal
    import time

    from sqlalchemy import func, select

    from nextseason.store import open_store
    from nextseason.store.schema import articles, claims

    db = f"sqlite:///{tmp_path / 'store.db'}"
    sample = str(__import__("conftest").SAMPLE / "articles.jsonl")
    process = subprocess.Popen([sys.executable, "-m", "nextseason", "ingest", "--jsonl", sample, "--db", db],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(2.5)
    process.send_signal(signal.SIGKILL)
    process.wait(30)
    again = nextseason("ingest", "--jsonl", sample, "--db", db)
    assert again.returncode == 0, again.stderr
    store = open_store(db)
    with store.read() as connection:
        stored = connection.execute(select(func.count()).select_from(articles)).scalar()
        without_claims = connection.execute(select(func.count()).select_from(articles).where(
            articles.c.id.not_in(select(claims.c.article_id)))).scalar()
    store.close()
    assert stored == 35
    assert without_claims == 0


def test_batch_then_load_from_the_command_line(tmp_path):
    from conftest import SAMPLE

    out = tmp_path / "backfill"
    db = f"sqlite:///{tmp_path / 'store.db'}"
    first = nextseason("batch", str(SAMPLE / "articles.jsonl"), "--out", str(out), "--workers", "1")
    assert first.returncode == 0, first.stderr
    assert "articles 35" in first.stderr and (out / "manifest.json").exists()
    again = nextseason("batch", str(SAMPLE / "articles.jsonl"), "--out", str(out), "--workers", "1")
    assert "already done 1" in again.stderr
    loaded = nextseason("load", str(out), "--db", db)
    assert loaded.returncode == 0, loaded.stderr
    assert "new 35" in loaded.stderr
    assert "new 0" in nextseason("load", str(out), "--db", db).stderr
    rows = json.loads(nextseason("status", "lantern keeper", "--season", "2", "--format", "json", "--db", db).stdout)
    assert rows and rows[0]["status"] == "released"

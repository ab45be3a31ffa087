"""Batch backfills on a local Dask cluster: same claims as one process, resumable, survives a killed worker."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from distributed import Client
from sqlalchemy import func, select

from test_batch_inputs import write_inputs
from nextseason.batch import load, local_cluster, run_batch, shard_results
from nextseason.extract import content_hash, installment_prefilter, signature
from nextseason.ingest import documents
from nextseason.models import SourceError
from nextseason.pipeline import process
from nextseason.store import open_store
from nextseason.store.schema import articles, claims

# What the three inputs of batch_inputs hold, counted by hand.
READ, IRRELEVANT, FAILED, ARTICLES = 30, 4, 2, 25


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    return write_inputs(tmp_path_factory.mktemp("inputs"))


@pytest.fixture(scope="module")
def clean_run(inputs, tmp_path_factory):
    """A batch on the default cluster (a LocalCluster of 2 worker processes started by run_batch)."""
    out = tmp_path_factory.mktemp("clean")
    started = []
    summary = run_batch(inputs, str(out), workers=2, on_start=started.append)
    return out, summary, started


@pytest.fixture(scope="module")
def cluster():
    with local_cluster(2) as local, Client(local) as client:
        yield local, client


def single_process(inputs: list[str]) -> list[dict]:
    """The extract records of the same inputs, one process, no Dask."""
    prefilter = installment_prefilter()
    records = []
    for path in inputs:
        items = documents([], jsonl=path) if path.endswith(".jsonl") else documents([path])
        for item in items:
            if isinstance(item, SourceError):
                continue
            if not prefilter.may_be_relevant(item.html if item.html is not None else item.text):
                continue
            try:
                records.append(process(item).to_dict(with_text=True))
            except SourceError:
                continue
    return records


def batch_records(out: Path) -> list[dict]:
    """The extract records rebuilt from every Parquet shard the manifest lists."""
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    return [result.to_dict(with_text=True)
            for entry in manifest["inputs"]
            for result, _ in shard_results(out / entry["shards"]["articles"], out / entry["shards"]["claims"])]


def ordered(records: list[dict]) -> list[str]:
    return sorted(json.dumps(record, sort_keys=True, ensure_ascii=False) for record in records)


def shard_tables(out: Path) -> dict[str, list[dict]]:
    """Every Parquet file of a batch folder, by relative name, as rows."""
    return {str(path.relative_to(out)): pq.read_table(path).to_pylist()
            for path in sorted(out.glob("*/*.parquet"))}


def manifest_without_timings(out: Path) -> list[dict]:
    entries = json.loads((out / "manifest.json").read_text("utf-8"))["inputs"]
    return [{key: value for key, value in entry.items() if key != "seconds"} for entry in entries]


def test_batch_gives_the_claims_of_a_single_process(inputs, clean_run):
    out, summary, started = clean_run
    assert (summary.read, summary.irrelevant, summary.failed, summary.articles) == (READ, IRRELEVANT, FAILED, ARTICLES)
    assert summary.shards_done == 3 and summary.shards_skipped == 0 and not summary.shards_failed
    assert set(summary.failures) == {"not an article (no main text found)",
                                     "not valid JSON (Expecting property name enclosed in double quotes at column 2)"}
    assert started == [summary.dashboard]
    expected = single_process(inputs)
    assert len(expected) == ARTICLES
    assert ordered(batch_records(out)) == ordered(expected)
    assert summary.installments == sum(len(r["installments"]) for r in expected)
    assert summary.claims == sum(len(i["claims"]) for r in expected for i in r["installments"])


def test_shards_hold_hashes_signatures_and_one_row_per_bare_installment(clean_run):
    out, _, _ = clean_run
    tables = shard_tables(out)
    article_rows = [row for name, rows in tables.items() if name.startswith("articles/") for row in rows]
    assert len(article_rows) == ARTICLES
    for row in article_rows:
        assert row["content_hash"] == content_hash(row["text"])
        assert row["minhash"] == signature(row["text"])
    claim_rows = [row for name, rows in tables.items() if name.startswith("claims/") for row in rows]
    installments = [i for record in batch_records(out) for i in record["installments"]]
    # One row per claim, and one for an installment that has none (the first Night Ferry film, named in passing).
    assert len(claim_rows) == sum(max(1, len(i["claims"])) for i in installments)
    bare = [row for row in claim_rows if row["claim"] is None]
    assert len(bare) == sum(1 for i in installments if not i["claims"])
    assert all(row["event"] is None and row["sentence"] is None for row in bare)
    assert not list(out.glob("*/.*.tmp"))


def test_manifest_lists_each_input_with_checksum_counts_and_files(inputs, clean_run):
    out, _, _ = clean_run
    entries = {entry["input"]: entry for entry in json.loads((out / "manifest.json").read_text("utf-8"))["inputs"]}
    assert set(entries) == set(inputs)
    warc = entries[inputs[0]]
    assert warc["kind"] == "warc" and warc["size"] == os.path.getsize(inputs[0]) and len(warc["sha256"]) == 64
    assert (warc["read"], warc["irrelevant"], warc["failed"], warc["articles"]) == (23, 2, 1, 20)
    assert warc["rows"]["articles"] == 20 and warc["rows"]["claims"] >= warc["claims"] > 0
    for entry in entries.values():
        for name in entry["shards"].values():
            assert (out / name).is_file()


def test_rerun_skips_every_done_input(inputs, clean_run, cluster):
    out, _, _ = clean_run
    local, _ = cluster
    before = {path: path.stat().st_mtime_ns for path in out.rglob("*") if path.is_file()}
    missing = str(out.parent / "no-such-crawl.warc.gz")
    summary = run_batch(inputs + [missing], str(out), scheduler=local.scheduler_address)
    assert summary.shards_skipped == 3 and summary.shards_done == 0
    assert summary.shards_failed == {missing: "no such file or folder"}
    assert summary.read == summary.articles == 0
    assert {path: path.stat().st_mtime_ns for path in out.rglob("*") if path.is_file()} == before


def test_changed_input_is_done_again(tmp_path, cluster):
    local, _ = cluster
    [_, jsonl, _] = write_inputs(tmp_path / "inputs")
    out = tmp_path / "out"
    assert run_batch([jsonl], str(out), scheduler=local.scheduler_address).articles == 3
    with open(jsonl, "a", encoding="utf-8") as stream:
        stream.write(json.dumps({"id": "wire-5", "text": "Moss Hollow season 2 confirmed\n\nNetflix confirmed "
                                 "a second season of Moss Hollow on Friday."}) + "\n")
    again = run_batch([jsonl], str(out), scheduler=local.scheduler_address)
    assert again.shards_done == 1 and again.articles == 4
    entries = json.loads((out / "manifest.json").read_text("utf-8"))["inputs"]
    assert len(entries) == 1 and entries[0]["articles"] == 4


def test_killed_worker_loses_and_duplicates_nothing(inputs, clean_run, cluster, tmp_path):
    clean_out, _, _ = clean_run
    local, client = cluster
    killed = []

    def kill_a_busy_worker(finished: int, total: int, path: str) -> None:
        if killed:
            return
        # Asked of the workers themselves: a task the scheduler lists as processing
        # may only be queued on a worker, and killing that worker interrupts nothing.
        running = client.run(lambda dask_worker: (os.getpid(), [str(t.key) for t in dask_worker.state.executing]))
        for pid, keys in running.values():
            if any("run_shard" in key for key in keys):
                killed.append(pid)
                os.kill(pid, signal.SIGKILL)
                return

    summary = run_batch(inputs, str(tmp_path), scheduler=local.scheduler_address, on_progress=kill_a_busy_worker)
    assert killed, "no shard was running when one finished, so nothing was interrupted"
    assert summary.shards_done == 3 and not summary.shards_failed
    assert (summary.read, summary.articles) == (READ, ARTICLES)
    assert shard_tables(tmp_path) == shard_tables(clean_out)
    assert manifest_without_timings(tmp_path) == manifest_without_timings(clean_out)
    assert not list(tmp_path.glob("*/.*.tmp"))
    client.wait_for_workers(2, timeout=60)
    assert killed[0] not in client.run(os.getpid).values()


def test_load_into_sqlite_twice_adds_nothing_the_second_time(clean_run, tmp_path):
    out, batch, _ = clean_run
    store = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    try:
        first = load(str(out), store)
        assert (first.read, first.articles, first.duplicates, first.shards_done) == (ARTICLES, ARTICLES, 0, 3)
        assert (first.irrelevant, first.failed) == (IRRELEVANT, FAILED) and first.installments == batch.installments
        assert first.failures == batch.failures
        with store.read() as connection:
            stored = connection.execute(select(func.count()).select_from(articles)).scalar()
            stored_claims = connection.execute(select(func.count()).select_from(claims)).scalar()
        assert (stored, stored_claims) == (ARTICLES, batch.claims)
        second = load(str(out), store)
        assert (second.read, second.articles, second.duplicates) == (ARTICLES, 0, ARTICLES)
        with store.read() as connection:
            assert connection.execute(select(func.count()).select_from(articles)).scalar() == ARTICLES
    finally:
        store.close()


def test_load_names_a_missing_shard_and_loads_the_rest(clean_run, tmp_path):
    out, _, _ = clean_run
    copy = tmp_path / "batch"
    for path in out.rglob("*"):
        if path.is_file():
            (copy / path.relative_to(out)).parent.mkdir(parents=True, exist_ok=True)
            (copy / path.relative_to(out)).write_bytes(path.read_bytes())
    victim = next((copy / "claims").glob("wire*.parquet"))
    victim.unlink()
    store = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    try:
        summary = load(str(copy), store)
    finally:
        store.close()
    assert summary.shards_done == 2 and len(summary.shards_failed) == 1
    assert summary.articles == ARTICLES - 3
    assert "shard file is missing" in next(iter(summary.shards_failed.values()))

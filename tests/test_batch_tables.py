"""Batch rows without a cluster: Parquet rows round-trip to ArticleResult, checksums, atomic shard files."""

from __future__ import annotations

from datetime import date

import pyarrow.parquet as pq
import pytest

from test_batch_inputs import write_inputs
from nextseason.batch import shard_results
from nextseason.batch.shard import ShardWriter, checksum, input_kind, remove_temporaries, run_shard
from nextseason.batch.tables import claim_rows
from nextseason.models import Article, ArticleResult, Claim, Expected, Installment


def sample_result(article_id: str = "a-1") -> ArticleResult:
    """An article with one installment full of detail and one named only in passing."""
    article = Article(id=article_id, text="Moss Hollow season 2 is coming. The first season aired in 2024.",
                      headline="Moss Hollow season 2", url="https://example.org/moss", published=date(2025, 1, 2),
                      language="en", outlet="Example News", source="crawl.warc.gz@0")
    claims = (
        Claim("renewal", "positive", "official", "Netflix", "platform", "Moss Hollow season 2 is coming.", 0, 31,
              when="2026", person=None),
        Claim("production", "positive", "reported", None, "unknown", "Moss Hollow season 2 is coming.", 0, 31,
              stage="writing", denial=True, aired=True),
    )
    return ArticleResult(article, (
        Installment("Moss Hollow", 2, "official", "confirmed", aliases=("Hollow",), expected=Expected("2026", "official"),
                    claims=claims, decided_by_official=True),
        Installment("Moss Hollow", 1, "released", "none"),
    ))


def write_shard(tmp_path, results) -> tuple:
    with ShardWriter(tmp_path, "one.parquet") as writer:
        for result in results:
            writer.add(result)
    return writer.targets


def test_rows_rebuild_the_same_results_in_order(tmp_path):
    results = [sample_result("a-1"), sample_result("a-1"), sample_result("b-2")]
    articles_file, claims_file = write_shard(tmp_path, results)
    rebuilt = list(shard_results(articles_file, claims_file))
    # The same id twice stays two articles: claims join on the row, not the id.
    assert [r for r, _ in rebuilt] == results
    assert all(len(signature) == 512 for _, signature in rebuilt)


def test_bare_installment_gets_one_row_with_null_claim():
    rows = list(claim_rows(0, sample_result()))
    assert len(rows) == 3
    bare = rows[-1]
    assert (bare["n"], bare["claim"], bare["event"], bare["expected_when"]) == (1, None, None, None)
    assert rows[0]["aliases"] == ["Hollow"] and rows[1]["denial"] is True


def test_row_groups_are_read_a_group_at_a_time(tmp_path, monkeypatch):
    monkeypatch.setattr("nextseason.batch.shard.ROW_GROUP", 2)
    results = [sample_result(f"a-{i}") for i in range(5)]
    articles_file, claims_file = write_shard(tmp_path, results)
    assert pq.ParquetFile(articles_file).num_row_groups == 3
    assert [r for r, _ in shard_results(articles_file, claims_file)] == results


def test_failed_shard_leaves_no_file(tmp_path):
    with pytest.raises(RuntimeError):
        with ShardWriter(tmp_path, "one.parquet") as writer:
            writer.add(sample_result())
            raise RuntimeError("disk full")
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_leftover_temporaries_are_removed(tmp_path):
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / ".x.parquet.abc.tmp").write_bytes(b"half")
    (tmp_path / "claims" / "x.parquet").write_bytes(b"kept")
    assert remove_temporaries(tmp_path) == 1
    assert [p.name for p in (tmp_path / "claims").iterdir()] == ["x.parquet"]


def test_folder_checksum_follows_names_and_contents(tmp_path):
    _, _, notes = write_inputs(tmp_path)
    first, size = checksum(notes)
    assert size == sum(p.stat().st_size for p in (tmp_path / "notes").iterdir())
    (tmp_path / "notes" / "c-market.txt").rename(tmp_path / "notes" / "d-market.txt")
    renamed, _ = checksum(notes)
    assert renamed != first
    assert checksum(notes) == (renamed, size)


def test_input_kinds():
    assert [input_kind(p) for p in ("a.warc.gz", "b.WARC", "c.jsonl", "d/", "e.html.gz")] == \
        ["warc", "warc", "jsonl", "files", "files"]


def test_shard_counts_without_dask(tmp_path):
    warc, _, _ = write_inputs(tmp_path / "inputs")
    sha, size = checksum(warc)
    entry = run_shard(warc, sha, size, str(tmp_path / "out"))
    assert (entry["read"], entry["irrelevant"], entry["failed"], entry["articles"]) == (23, 2, 1, 20)
    assert entry["shards"]["articles"].startswith("articles/crawl.warc.gz-")

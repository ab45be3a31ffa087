"""Parquet rows of a batch: articles and flattened installments/claims, and back to ArticleResult."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Iterator

import pyarrow as pa

from nextseason.extract import content_hash, signature
from nextseason.models import Article, ArticleResult, Claim, Expected, Installment

# `row` numbers the articles of one shard in input order: article ids come from
# the input and may repeat (a page crawled twice), so claims join on the row.
ARTICLE_SCHEMA = pa.schema([
    ("row", pa.int64()),
    ("id", pa.string()),
    ("url", pa.string()),
    ("headline", pa.string()),
    ("published", pa.date32()),
    ("language", pa.string()),
    ("outlet", pa.string()),
    ("source", pa.string()),
    ("text", pa.string()),
    ("content_hash", pa.string()),
    ("minhash", pa.binary()),
])

# One row per claim; an installment with no claim has one row whose claim fields are null.
CLAIM_SCHEMA = pa.schema([
    ("row", pa.int64()),
    ("article_id", pa.string()),
    ("installment", pa.int32()),
    ("work", pa.string()),
    ("aliases", pa.list_(pa.string())),
    ("n", pa.int32()),
    ("status", pa.string()),
    ("platform_response", pa.string()),
    ("expected_when", pa.string()),
    ("expected_certainty", pa.string()),
    ("decided_by_official", pa.bool_()),
    ("claim", pa.int32()),
    ("event", pa.string()),
    ("polarity", pa.string()),
    ("certainty", pa.string()),
    ("source", pa.string()),
    ("source_role", pa.string()),
    ("stage", pa.string()),
    ("when", pa.string()),
    ("person", pa.string()),
    ("sentence", pa.string()),
    ("start", pa.int64()),
    ("end", pa.int64()),
    ("denial", pa.bool_()),
    ("aired", pa.bool_()),
])

CLAIM_FIELDS = ("event", "polarity", "certainty", "source", "source_role", "stage", "when", "person",
                "sentence", "start", "end", "denial", "aired")


def article_row(row: int, result: ArticleResult) -> dict:
    """The articles-table row of one result, with its content hash and MinHash signature."""
    article = result.article
    return {
        "row": row, "id": article.id, "url": article.url, "headline": article.headline,
        "published": article.published, "language": article.language, "outlet": article.outlet,
        "source": article.source, "text": article.text, "content_hash": content_hash(article.text),
        "minhash": signature(article.text),
    }


def claim_rows(row: int, result: ArticleResult) -> Iterator[dict]:
    """The flattened installment/claim rows of one result."""
    for position, installment in enumerate(result.installments):
        expected = installment.expected
        head = {
            "row": row, "article_id": result.article.id, "installment": position,
            "work": installment.work, "aliases": list(installment.aliases), "n": installment.n,
            "status": installment.status, "platform_response": installment.platform_response,
            "expected_when": expected.when if expected else None,
            "expected_certainty": expected.certainty if expected else None,
            "decided_by_official": installment.decided_by_official,
        }
        if not installment.claims:
            yield {**head, "claim": None, **{field: None for field in CLAIM_FIELDS}}
        for index, claim in enumerate(installment.claims):
            yield {**head, "claim": index, **{field: getattr(claim, field) for field in CLAIM_FIELDS}}


def article_table(rows: list[dict]) -> pa.Table:
    """Rows as an Arrow table of the articles schema."""
    return pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA)


def claim_table(rows: list[dict]) -> pa.Table:
    """Rows as an Arrow table of the claims schema."""
    return pa.Table.from_pylist(rows, schema=CLAIM_SCHEMA)


def results_from_rows(articles: Iterable[dict], claims: Iterable[dict]) -> Iterator[tuple[ArticleResult, bytes]]:
    """Rebuild (result, MinHash signature) pairs, in article-row order, from one shard's rows."""
    by_row: dict[int, dict[int, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for claim in claims:
        by_row[claim["row"]][claim["installment"]].append(claim)
    for record in sorted(articles, key=lambda r: r["row"]):
        article = Article(
            id=record["id"], text=record["text"], headline=record["headline"] or "", url=record["url"],
            published=record["published"], language=record["language"], outlet=record["outlet"],
            source=record["source"] or "",
        )
        groups = by_row.get(record["row"], {})
        installments = tuple(_installment(groups[position]) for position in sorted(groups))
        yield ArticleResult(article, installments), record["minhash"]


def _installment(rows: list[dict]) -> Installment:
    first = rows[0]
    claims = tuple(
        Claim(**{field: row[field] for field in CLAIM_FIELDS})
        for row in sorted(rows, key=lambda r: r["claim"])
        if row["claim"] is not None
    )
    expected = Expected(first["expected_when"], first["expected_certainty"]) if first["expected_when"] is not None else None
    return Installment(
        work=first["work"], n=first["n"], status=first["status"], platform_response=first["platform_response"],
        aliases=tuple(first["aliases"] or ()), expected=expected, claims=claims,
        decided_by_official=bool(first["decided_by_official"]),
    )

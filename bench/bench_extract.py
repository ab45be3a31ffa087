"""Throughput and peak memory of the language engine, from clean text, on one core.

The devset is repeated to 2,000+ articles; the text is cleaned first (that cost is
the extract stage's, measured in bench_ingest), then the engine and the status rules
run over every article. Peak RSS is the whole process's.
"""

from __future__ import annotations

import json
import resource
import time
from pathlib import Path

from nextseason.extract import article_from_document
from nextseason.models import Document
from nextseason.nlp import analyze
from nextseason.status import installments

DEVSET = Path(__file__).resolve().parents[1].parent / "shared" / "devset" / "articles.jsonl"
SAMPLE = Path(__file__).resolve().parents[1] / "src" / "nextseason" / "sample" / "articles.jsonl"
ARTICLES = 2000
TARGET_RATE = 1000.0
TARGET_RSS_MB = 300.0


def _articles() -> list:
    source = DEVSET if DEVSET.exists() else SAMPLE
    records = [json.loads(line) for line in source.read_text("utf-8").splitlines() if line.strip()]
    clean = [article_from_document(Document(source=r["id"], id=r["id"], published=r.get("published"), text=r["text"]))
             for r in records]
    return (clean * (ARTICLES // len(clean) + 1))[:ARTICLES]


def run() -> list[dict]:
    """Rows of name, value, unit and target."""
    articles = _articles()
    words = sum(len(a.text.split()) for a in articles) / len(articles)
    for article in articles[:50]:  # compile the packs' patterns before timing
        installments(article, analyze(article))
    started = time.perf_counter()
    found = 0
    for article in articles:
        found += len(installments(article, analyze(article)))
    seconds = time.perf_counter() - started
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return [
        {"name": "engine throughput, clean text, one core", "value": round(len(articles) / seconds, 1),
         "unit": f"articles/s ({len(articles)} articles, {words:.0f} words each)", "target": f">= {TARGET_RATE:.0f}"},
        {"name": "engine installments found", "value": found, "unit": "installments", "target": "-"},
        {"name": "peak RSS of the run", "value": round(rss_mb, 1), "unit": "MB", "target": f"<= {TARGET_RSS_MB:.0f}"},
    ]


if __name__ == "__main__":
    from table import print_table

    print_table(run())

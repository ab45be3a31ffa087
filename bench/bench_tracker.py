"""Benchmark of the store and tracker: ingest throughput, and `status` latency on 1M claims.

Run as `python bench/bench_tracker.py`. The generated 1,000,000-claim SQLite store is
cached under var/bench/ (git-ignored), so only the first run pays for generating it.
PostgreSQL rows need PostgreSQL installed (scripts/ensure-postgres.sh); they run on a
throw-away cluster started for the run and are left out when it is missing.
"""

from __future__ import annotations

import hashlib
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select, text

from nextseason.models import Article, ArticleResult, Claim, Expected, Installment
from nextseason.store import open_store
from nextseason.store.database import head_revision
from nextseason.store.schema import (
    aliases, article_installments, articles, claims, installments, outlets, sources, works,
)
from nextseason.tracker import attach, refresh, status

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "var" / "bench"
# Bump when the generated store's shape changes, so a stale cache is not reused.
GENERATOR_VERSION = 1
CLAIMS = 1_000_000
CLAIMS_PER_ARTICLE = 4
INSTALLMENTS_PER_WORK = 5
WORKS = 10_000
INGEST_ARTICLES = 2_000
STATUS_QUERIES = 1_000
AS_OF = date(2026, 11, 28)
P99_TARGET_MS = 20.0

STATUS_MIX = [("reported", 40), ("possible", 25), ("official", 15), ("unknown", 8), ("cancelled", 7),
              ("released", 5)]
CERTAINTY_FOR = {"official": "official", "released": "official", "cancelled": "reported",
                 "reported": "reported", "possible": "possible", "unknown": "reported"}
EVENT_FOR = {"cancelled": "cancellation", "released": "release"}
ROLE_FOR = {"official": "platform", "claimed": "creator", "reported": "media", "possible": "fans"}
FILLER = ("The streaming service has been quiet about the future of the drama, while the cast keep "
          "sharing photos from their reunion dinner and the writer hints at more stories to tell. ")


def _when(rng: random.Random, day: date) -> str:
    """A release window some months after `day`, in one of the `when` forms."""
    later = day + timedelta(days=rng.randint(60, 500))
    form = rng.randrange(4)
    if form == 0:
        return later.isoformat()
    if form == 1:
        return f"{later.year}-{later.month:02d}"
    if form == 2:
        return f"{later.year}-Q{(later.month - 1) // 3 + 1}"
    return str(later.year)


def generated_articles(count: int, seed: int = 11, prefix: str = "ingest") -> list[ArticleResult]:
    """Articles shaped like real ones: ~1.5 kB of text, two installments, four claims each."""
    rng = random.Random(seed)
    results = []
    for number in range(count):
        day = date(2024, 1, 1) + timedelta(days=rng.randrange(900))
        body = f"{prefix} article {number}. " + FILLER * 8
        speaking = []
        for _ in range(2):
            work = f"Ingest Work {rng.randrange(300)}"
            said = []
            for index in range(CLAIMS_PER_ARTICLE):
                certainty = rng.choice(("official", "claimed", "reported", "possible"))
                sentence = f"Claim {index} of {number}: the next season of {work} is in the works."
                start = len(body)
                body += sentence + " "
                said.append(Claim(event="renewal", polarity="positive", certainty=certainty,
                                  source=f"Source {rng.randrange(400)}", source_role=ROLE_FOR[certainty],
                                  sentence=sentence, start=start, end=start + len(sentence)))
            speaking.append(Installment(work=work, n=rng.randint(2, 4), status="reported",
                                        platform_response="none", aliases=(work.replace("Ingest Work", "IW"),),
                                        expected=Expected(_when(rng, day), "possible"), claims=tuple(said)))
        results.append(ArticleResult(
            article=Article(id=f"{prefix}-{number}", text=body, headline=f"{prefix} article {number}",
                            published=day, language="en", outlet=f"Outlet {rng.randrange(50)}"),
            installments=tuple(speaking)))
    return results


def measure_ingest(url: str, label: str) -> list[dict]:
    """Articles per second through `save_many` (batches of 200) and through `save` one by one."""
    rows = []
    batch = generated_articles(INGEST_ARTICLES, prefix=f"{label}-bulk")
    store = attach(open_store(url))
    # Untimed warm-up, so one-off statement compilation does not count as ingest time.
    store.save_many(generated_articles(50, seed=13, prefix=f"{label}-warm"))
    started = time.perf_counter()
    saved = store.save_many(batch, batch_size=200)
    elapsed = time.perf_counter() - started
    assert saved == len(batch)
    rows.append({"name": f"ingest {label} save_many", "value": round(saved / elapsed, 1),
                 "unit": "articles/s", "target": ">= 200"})
    singles = generated_articles(INGEST_ARTICLES // 4, seed=12, prefix=f"{label}-single")
    started = time.perf_counter()
    for result in singles:
        assert store.save(result)
    elapsed = time.perf_counter() - started
    rows.append({"name": f"ingest {label} save", "value": round(len(singles) / elapsed, 1),
                 "unit": "articles/s", "target": ">= 20"})
    store.close()
    return rows


def fill(store, claim_count: int, seed: int = 5) -> None:
    """Bulk-insert a store of `claim_count` claims with skewed attention across works."""
    rng = random.Random(seed)
    article_count = claim_count // CLAIMS_PER_ARTICLE
    installment_count = WORKS * INSTALLMENTS_PER_WORK
    now = datetime(2026, 11, 28, 12, 0, 0)
    statuses = [status for status, weight in STATUS_MIX for _ in range(weight)]
    with store.write() as connection:
        connection.execute(insert(outlets), [{"id": i + 1, "name": f"Outlet {i}"} for i in range(200)])
        source_rows = [{"id": i + 1, "name": f"Outlet {i}", "key": f"outlet {i}", "role": "media"} for i in range(200)]
        source_rows += [{"id": 201 + i, "name": f"Person {i}", "key": f"person {i}", "role": "creator"} for i in range(2000)]
        source_rows += [{"id": 2201 + i, "name": f"Platform {i}", "key": f"platform {i}", "role": "platform"} for i in range(20)]
        connection.execute(insert(sources), [{**row, "confirmed": 0, "contradicted": 0, "open": 0, "score": 0.5}
                                             for row in source_rows])
        connection.execute(insert(works), [{"id": i + 1, "title": f"Generated Work {i}"} for i in range(WORKS)])
        alias_rows = []
        for i in range(WORKS):
            alias_rows.append({"id": 2 * i + 1, "work_id": i + 1, "alias": f"Generated Work {i}", "key": f"generated work {i}"})
            alias_rows.append({"id": 2 * i + 2, "work_id": i + 1, "alias": f"GW-{i}", "key": f"gw {i}"})
        connection.execute(insert(aliases), alias_rows)
        connection.execute(insert(installments), [
            {"id": i + 1, "work_id": i // INSTALLMENTS_PER_WORK + 1, "n": i % INSTALLMENTS_PER_WORK + 1, "stale": True}
            for i in range(installment_count)])
        for first in range(0, article_count, 20_000):
            article_rows, verdict_rows, claim_rows = [], [], []
            for article_id in range(first + 1, min(first + 20_000, article_count) + 1):
                day = date(2020, 1, 1) + timedelta(days=rng.randrange(2500))
                body = f"Generated article {article_id}. " + FILLER
                # Attention is skewed: a few works get most of the news.
                installment_id = int(installment_count * rng.random() ** 2) + 1
                said_status = rng.choice(statuses)
                official = CERTAINTY_FOR[said_status] == "official"
                article_rows.append({
                    "id": article_id, "external_id": f"gen-{article_id}", "url": None,
                    "headline": f"Generated article {article_id}", "published": day, "dated": day,
                    "language": "en", "outlet_id": rng.randrange(200) + 1, "text": body,
                    "content_hash": hashlib.sha256(body.encode()).hexdigest(), "minhash": None,
                    "ingested_at": now})
                verdict_rows.append({
                    "id": article_id, "article_id": article_id, "installment_id": installment_id, "dated": day,
                    "status": said_status, "platform_response": "confirmed" if official else "none",
                    "expected_when": _when(rng, day) if rng.random() < 0.3 else None,
                    "expected_certainty": "possible", "decided_by_official": official})
                for index in range(CLAIMS_PER_ARTICLE):
                    certainty = CERTAINTY_FOR[said_status] if index == 0 else rng.choice(("claimed", "reported", "possible"))
                    source_id = rng.randrange(2201, 2221) if certainty == "official" else rng.randrange(1, 2201)
                    claim_rows.append({
                        "id": (article_id - 1) * CLAIMS_PER_ARTICLE + index + 1, "article_id": article_id,
                        "installment_id": installment_id, "dated": day,
                        "event": EVENT_FOR.get(said_status, "renewal") if index == 0 else "renewal",
                        "polarity": "positive", "certainty": certainty, "source_id": source_id,
                        "source": None, "source_role": ROLE_FOR[certainty], "stage": None, "when": None,
                        "person": None, "sentence": f"Sentence {index} of generated article {article_id}.",
                        "start": 0, "end": 10, "outcome": None})
            connection.execute(insert(articles), article_rows)
            connection.execute(insert(article_installments), verdict_rows)
            connection.execute(insert(claims), claim_rows)
        if store.dialect == "postgresql":
            # Explicit ids leave the id sequences behind; later ordinary inserts need them moved on.
            for table in (outlets, sources, works, aliases, installments, articles, article_installments, claims):
                connection.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), (SELECT max(id) FROM {table.name}))"))
    # The tracker's own pass fills in claim outcomes, source records and status changes.
    refresh(store)
    if store.dialect == "postgresql":
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("VACUUM ANALYZE"))
    else:
        with store.engine.connect() as connection:
            connection.exec_driver_sql("ANALYZE")


def cached_sqlite_store(claim_count: int = CLAIMS) -> Path:
    """Path of the generated SQLite store, generating it on first use."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"tracker-{claim_count}-v{GENERATOR_VERSION}-{head_revision()}.db"
    if not path.exists():
        partial = path.with_suffix(".partial")
        for leftover in CACHE.glob(partial.name + "*"):
            leftover.unlink()
        store = open_store(f"sqlite:///{partial}")
        fill(store, claim_count)
        with store.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        partial.rename(path)
    return path


def measure_status(url: str, label: str, queries: int = STATUS_QUERIES, seed: int = 3) -> list[dict]:
    """p50/p99 latency of one work's `status` with its timeline, over works picked at random."""
    store = open_store(url)
    with store.read() as connection:
        claim_count = connection.execute(select(func.count()).select_from(claims)).scalar()
        titles = list(connection.execute(select(works.c.title).order_by(works.c.id)).scalars())
        biggest = connection.execute(
            select(works.c.title, func.count(claims.c.id)).join(installments, installments.c.work_id == works.c.id)
            .join(claims, claims.c.installment_id == installments.c.id)
            .group_by(works.c.id, works.c.title).order_by(func.count(claims.c.id).desc()).limit(1)).one()
    rng = random.Random(seed)
    for title in rng.sample(titles, 50):
        status(store, title, as_of=AS_OF)
    timings, cpu_timings, sizes = [], [], []
    for title in rng.choices(titles, k=queries):
        started, cpu_started = time.perf_counter(), time.process_time()
        rows = status(store, title, as_of=AS_OF)
        timings.append((time.perf_counter() - started) * 1000)
        cpu_timings.append((time.process_time() - cpu_started) * 1000)
        sizes.append(sum(len(row["timeline"]) for row in rows))
    started = time.perf_counter()
    status(store, biggest[0], as_of=AS_OF)
    biggest_ms = (time.perf_counter() - started) * 1000
    store.close()
    timings.sort()
    cpu_timings.sort()
    scale = f"{claim_count // 1000}k claims"
    return [
        {"name": f"status p50 {label} ({scale})", "value": round(statistics.median(timings), 2), "unit": "ms",
         "target": None},
        {"name": f"status p99 {label} ({scale})", "value": round(timings[int(len(timings) * 0.99) - 1], 2),
         "unit": "ms", "target": f"<= {P99_TARGET_MS:g}"},
        # CPU time of this process alone: what the latency would be on an idle machine,
        # less the database server's share on PostgreSQL.
        {"name": f"status p99 {label} cpu time of the caller", "unit": "ms", "target": None,
         "value": round(cpu_timings[int(len(cpu_timings) * 0.99) - 1], 2)},
        {"name": f"status mean timeline size {label}", "value": round(statistics.mean(sizes), 1),
         "unit": "claims", "target": None},
        {"name": f"status of the busiest work {label} ({biggest[1]} claims)", "value": round(biggest_ms, 2),
         "unit": "ms", "target": None},
    ]


def _postgres():
    """A throw-away PostgreSQL cluster from the tests' helper, or None when not installed."""
    sys.path.insert(0, str(ROOT / "tests"))
    from postgres import PostgresCluster, find_bin

    if find_bin() is None:
        return None
    # Durable settings, so ingest numbers mean what they would on a real server.
    cluster = PostgresCluster(fast=False)
    cluster.start()
    return cluster


def run(postgres_claims: int = CLAIMS) -> list[dict]:
    """Every measurement as rows of name, value, unit and target."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="nextseason-bench-") as folder:
        rows += measure_ingest(f"sqlite:///{Path(folder) / 'ingest.db'}", "sqlite")
    started = time.perf_counter()
    path = cached_sqlite_store()
    rows.append({"name": "generate or open cached 1M-claim sqlite store", "value": round(time.perf_counter() - started, 1),
                 "unit": "s", "target": None})
    rows += measure_status(f"sqlite:///{path}", "sqlite")
    cluster = _postgres()
    if cluster is not None:
        try:
            rows += measure_ingest(cluster.create_database("ingest"), "postgresql")
            url = cluster.create_database("generated")
            store = open_store(url)
            started = time.perf_counter()
            fill(store, postgres_claims)
            store.close()
            rows.append({"name": f"generate {postgres_claims // 1000}k-claim postgresql store",
                         "value": round(time.perf_counter() - started, 1), "unit": "s", "target": None})
            rows += measure_status(url, "postgresql")
        finally:
            cluster.stop()
    return rows


if __name__ == "__main__":
    from table import print_table

    print_table(run())

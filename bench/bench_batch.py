"""Batch backfill speed on a generated crawl: pages per second on 1 and 2 Dask workers, peak worker memory.

Run: `.venv/bin/python bench/bench_batch.py [FILES]`. The crawl (20,000 WARC records in 40
files of 500) is generated once under var/bench/batch/ from the article-extraction benchmark's
news pages (each reused under many URLs) and the devset's articles wrapped in minimal HTML.
Pages are measured on the first FILES files (default 4, $NEXTSEASON_BENCH_BATCH_FILES):
the pipeline takes ~0.1 s a news page, so the whole crawl would take an hour per worker.
"""

from __future__ import annotations

import gzip
import html
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import cloudpickle
from distributed import Client

from nextseason.batch import load, local_cluster, run_batch
from nextseason.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PAGES = SHARED / "data" / "article-extraction-benchmark" / "html"
DEVSET = SHARED / "devset" / "articles.jsonl"
CRAWL = ROOT / "var" / "bench" / "batch"
RECORDS = 20_000
FILES = 40
# One record in ten is a season article from the devset, the rest are ordinary news
# pages, roughly what a news crawl filtered to entertainment sites looks like.
DEVSET_EVERY = 10
MEASURED_FILES = int(os.environ.get("NEXTSEASON_BENCH_BATCH_FILES", "4"))
SPEEDUP_TARGET = 1.7
# A worker holds one row group of articles, not its WARC file: its memory must
# not grow with the size of the crawl.
MEMORY_TARGET_MB = 1000
CRAWL_VERSION = 1


def http_block(page: bytes) -> bytes:
    """An HTTP 200 response carrying an HTML page."""
    return (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            b"Content-Length: %d\r\n\r\n" % len(page)) + page


def devset_page(article: dict) -> bytes:
    """A devset article as a minimal news page: headline as title, date meta, paragraphs."""
    lines = [line.strip() for line in article["text"].split("\n") if line.strip()]
    published = article.get("published")
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in lines[1:])
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(lines[0])}</title>{meta}</head>"
            f"<body><article><h1>{html.escape(lines[0])}</h1>{paragraphs}</article></body></html>").encode("utf-8")


def warc_head(uri: str, number: int, length: int) -> bytes:
    """The WARC header of a response record of `length` bytes."""
    return (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Date: 2025-09-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:{number:032x}>\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {length}\r\n\r\n").encode("ascii")


def crawl_files() -> list[Path]:
    """The generated crawl, made on first use and kept under var/bench/batch/."""
    marker = CRAWL / "crawl.json"
    wanted = {"version": CRAWL_VERSION, "records": RECORDS, "files": FILES, "devset_every": DEVSET_EVERY}
    names = [CRAWL / f"crawl-{index:03d}.warc.gz" for index in range(FILES)]
    if marker.exists() and json.loads(marker.read_text("utf-8")) == wanted and all(p.exists() for p in names):
        return names
    CRAWL.mkdir(parents=True, exist_ok=True)
    news = [http_block(gzip.decompress(path.read_bytes())) for path in sorted(PAGES.glob("*.html.gz"))]
    with open(DEVSET, encoding="utf-8") as lines:
        articles = [json.loads(line) for line in lines if line.strip()]
    season = [http_block(devset_page(article)) for article in articles]
    # Each distinct response is compressed once; a record is its own header member
    # followed by that member (gzip members concatenate into one stream).
    packed_news = [gzip.compress(block, compresslevel=6, mtime=0) for block in news]
    packed_season = [gzip.compress(block, compresslevel=6, mtime=0) for block in season]
    tail = gzip.compress(b"\r\n\r\n", mtime=0)
    per_file = RECORDS // FILES
    for index, path in enumerate(names):
        temp = path.with_suffix(".tmp")
        with open(temp, "wb") as stream:
            for number in range(index * per_file, (index + 1) * per_file):
                if number % DEVSET_EVERY == 0:
                    which = (number // DEVSET_EVERY) % len(season)
                    uri = f"https://entertainment{number % 5}.example/{articles[which]['id']}/{number}"
                    block, packed = season[which], packed_season[which]
                else:
                    which = number % len(news)
                    uri = f"https://news{number % 7}.example/story/{which}/{number}"
                    block, packed = news[which], packed_news[which]
                stream.write(gzip.compress(warc_head(uri, number, len(block)), mtime=0) + packed + tail)
        os.replace(temp, path)
    marker.write_text(json.dumps(wanted), "utf-8")
    return names


def _warm() -> bool:
    """Import and run the pipeline once in a worker, so start-up is not counted as work."""
    from nextseason.batch.shard import _prefilter
    from nextseason.models import Document
    from nextseason.pipeline import process

    _prefilter()
    process(Document(source="warm", id="warm", text="Warm Show season 2 confirmed\n\nNetflix renewed Warm Show."))
    return True


def _peak_rss_mb() -> float:
    """The worker process's own peak resident memory, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_seconds() -> float:
    """CPU time the worker process has used so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _machine_jiffies() -> tuple[int, int]:
    """(idle, total) CPU time of the whole machine since boot, from /proc/stat."""
    with open("/proc/stat", encoding="ascii") as stat:
        fields = [int(value) for value in stat.readline().split()[1:]]
    return fields[3] + fields[4], sum(fields[:8])


def measure(files: list[Path], workers: int, out: Path) -> tuple[object, float, float, float]:
    """Run the batch over `files` on a fresh LocalCluster; returns its summary, the highest worker peak,
    the CPU seconds the workers spent and the share of the machine's CPU left idle meanwhile."""
    with local_cluster(workers) as cluster, Client(cluster) as client:
        client.run(_warm)
        before = client.run(_cpu_seconds)
        idle_before, total_before = _machine_jiffies()
        summary = run_batch([str(p) for p in files], str(out), scheduler=cluster.scheduler_address)
        idle_after, total_after = _machine_jiffies()
        after = client.run(_cpu_seconds)
        peaks = client.run(_peak_rss_mb)
    idle = (idle_after - idle_before) / max(1, total_after - total_before)
    return summary, max(peaks.values()), sum(after[w] - before[w] for w in after), idle


def run(measured_files: int = MEASURED_FILES) -> list[dict]:
    """Every measurement as rows of name, value, unit and target."""
    # The helpers above run on the workers, which cannot import this script by name.
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    started = time.perf_counter()
    files = crawl_files()
    prepared = time.perf_counter() - started
    measured = files[:measured_files]
    rows = [
        {"name": "crawl records (generated once, cached)", "value": RECORDS, "unit": f"records in {FILES} WARC.gz",
         "target": ">= 20000"},
        {"name": "crawl size", "value": round(sum(p.stat().st_size for p in files) / 1e6), "unit": "MB", "target": None},
        {"name": "generate or open the crawl", "value": round(prepared, 1), "unit": "s", "target": None},
        {"name": "load average at start", "value": round(os.getloadavg()[0], 2), "unit": f"on {os.cpu_count()} cores",
         "target": None},
    ]
    scratch = ROOT / "var" / "bench"
    with tempfile.TemporaryDirectory(prefix="batch-", dir=scratch) as folder:
        one, one_peak, one_cpu, _ = measure(measured, 1, Path(folder) / "one")
        two, two_peak, two_cpu, two_idle = measure(measured, 2, Path(folder) / "two")
        one_rate, two_rate = one.read / one.seconds, two.read / two.seconds
        rows += [
            {"name": "records measured", "value": one.read, "unit": f"records in {len(measured)} files", "target": None},
            {"name": "articles / irrelevant / failed", "value": f"{one.articles}/{one.irrelevant}/{one.failed}",
             "unit": "records", "target": None},
            {"name": "pages per second, 1 worker", "value": round(one_rate, 1), "unit": "pages/s", "target": None},
            {"name": "pages per second, 2 workers", "value": round(two_rate, 1), "unit": "pages/s",
             "target": f">= {SPEEDUP_TARGET:g} x 1 worker = {SPEEDUP_TARGET * one_rate:.1f}"},
            {"name": "speed-up, 2 workers over 1", "value": round(two_rate / one_rate, 2), "unit": "x",
             "target": f">= {SPEEDUP_TARGET:g}"},
            # On a shared machine the wall-clock speed-up is capped by the CPU the
            # workers are given; these two rows tell that apart from lost parallelism.
            {"name": "worker CPU share, 1 worker", "value": round(one_cpu / one.seconds, 2),
             "unit": "cores busy (CPU s / wall s)", "target": "~1"},
            {"name": "worker CPU share, 2 workers", "value": round(two_cpu / two.seconds, 2),
             "unit": "cores busy (CPU s / wall s)", "target": "~2"},
            {"name": "machine CPU idle during the 2-worker run", "value": round(two_idle, 2),
             "unit": "share of all cores", "target": None},
            # Busy cores not spent by the workers went to the scheduler and to other tenants.
            {"name": "cores used by other processes, 2-worker run",
             "value": round((1 - two_idle) * (os.cpu_count() or 1) - two_cpu / two.seconds, 2),
             "unit": "cores", "target": "~0 for a fair measure"},
            {"name": "pages per worker CPU-second, 1 / 2 workers",
             "value": f"{one.read / one_cpu:.1f}/{two.read / two_cpu:.1f}", "unit": "pages/CPU-s",
             "target": "equal (no overhead from sharding)"},
            {"name": "peak memory per worker, 1 worker", "value": round(one_peak), "unit": "MB (worker's ru_maxrss)",
             "target": f"<= {MEMORY_TARGET_MB}"},
            {"name": "peak memory per worker, 2 workers", "value": round(two_peak), "unit": "MB (worker's ru_maxrss)",
             "target": f"<= {MEMORY_TARGET_MB}"},
        ]
        store = open_store(f"sqlite:///{Path(folder) / 'load.db'}")
        try:
            loaded = load(str(Path(folder) / "two"), store)
        finally:
            store.close()
        rows.append({"name": "load into SQLite (new articles / rows read)", "value": f"{loaded.articles}/{loaded.read}",
                     "unit": f"articles in {loaded.seconds:.1f} s", "target": None})
    return rows


if __name__ == "__main__":
    from table import print_table

    print_table(run(int(sys.argv[1]) if len(sys.argv) > 1 else MEASURED_FILES))

"""The command line: a thin shell over the stages (each command calls one library function)."""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from .models import ArticleResult, Document, SourceError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Is season N of X happening, how sure is that, who said it, and when?")
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DB_HELP = "Database: a path or SQLAlchemy URL (sqlite:///..., postgresql+psycopg://...). Default: $NEXTSEASON_DB or the user's data folder."
ALLOW_HELP = "Host names the fetcher may reach even on private or loopback addresses (repeatable)."


def _parse_date(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=name)


def _fetch_config(allow_host: list[str] | None):
    from .ingest import FetchConfig

    hosts = set(allow_host or [])
    hosts.update(h for h in os.environ.get("NEXTSEASON_ALLOW_HOSTS", "").split(",") if h.strip())
    return FetchConfig(allow_hosts=frozenset(hosts))


def _report(error: SourceError) -> None:
    err.print(f"nextseason: {error.source}: {error.reason}", markup=False)


def _results(sources: list[str], jsonl: str | None, allow_host, published_default: date | None,
             failures: list[SourceError], catalog=None, prefilter=None) -> Iterator[tuple[Document, ArticleResult]]:
    """Documents from every source, processed; unreadable ones are reported and counted.

    With a `prefilter`, documents it finds nothing in are skipped unread.
    """
    from .ingest import documents
    from .pipeline import process

    for item in documents(sources, jsonl, _fetch_config(allow_host)):
        if isinstance(item, SourceError):
            failures.append(item)
            _report(item)
            continue
        document = item
        if prefilter is not None and not prefilter.may_be_relevant(
                document.html if document.html is not None else document.text or ""):
            continue
        if published_default and not document.published:
            document = Document(**{**document.__dict__, "published": published_default.isoformat()})
        try:
            yield document, process(document, catalog)
        except SourceError as error:
            failures.append(error)
            _report(error)


# -- extract -------------------------------------------------------------------
@app.command()
def extract(
    sources: list[str] = typer.Argument(None, help="Files, folders, feeds, WARC files or http(s) URLs."),
    jsonl: Optional[str] = typer.Option(None, "--jsonl", help="One article a JSON line: {id, url?, published?, text? | html?}; - reads standard input."),
    format: Optional[str] = typer.Option(None, "--format", help="jsonl or table (default: table on a terminal, else jsonl)."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="Date that relative dates resolve against when an article has none."),
    with_text: bool = typer.Option(False, "--with-text", help="Add the article's clean text, which claim offsets point into."),
    allow_host: Optional[list[str]] = typer.Option(None, "--allow-host", help=ALLOW_HELP),
    relevant_only: bool = typer.Option(False, "--relevant-only", help="Skip, unread and without a line, pages the pre-filter finds no installment vocabulary in (for crawls)."),
) -> None:
    """Articles in, installments and claims out (no database)."""
    if not sources and jsonl is None:
        raise typer.BadParameter("give at least one SOURCE or --jsonl")
    format = format or ("table" if sys.stdout.isatty() else "jsonl")
    if format not in ("jsonl", "table"):
        raise typer.BadParameter("jsonl or table", param_hint="--format")
    reference = _parse_date(as_of, "--as-of")
    failures: list[SourceError] = []
    prefilter = None
    if relevant_only:
        from .extract import installment_prefilter

        prefilter = installment_prefilter()
    for _, result in _results(list(sources or []), jsonl, allow_host, reference, failures, prefilter=prefilter):
        if format == "jsonl":
            sys.stdout.write(json.dumps(result.to_dict(with_text=with_text), ensure_ascii=False) + "\n")
        else:
            _print_article(result)
    sys.stdout.flush()
    raise typer.Exit(1 if failures else 0)


def _print_article(result: ArticleResult) -> None:
    article = result.article
    out.print(f"[bold]{_escape(article.headline or article.id)}[/bold]  "
              f"({article.published or 'no date'}, {article.language or '?'}, {_escape(article.outlet or article.id)})")
    if not result.installments:
        out.print("  no installment found\n")
        return
    table = Table(show_lines=False, pad_edge=False)
    for column in ("installment", "status", "platform", "expected", "claims"):
        table.add_column(column)
    for installment in result.installments:
        expected = f"{installment.expected.when} ({installment.expected.certainty})" if installment.expected else "-"
        claims = "\n".join(
            f"{c.event}{'/' + c.stage if c.stage else ''} {c.polarity} {c.certainty} — {c.source or '?'} ({c.source_role})"
            for c in installment.claims)
        table.add_row(_escape(f"{installment.work} #{installment.n}"), installment.status, installment.platform_response,
                      expected, _escape(claims))
    out.print(table)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


# -- ingest --------------------------------------------------------------------
@app.command()
def ingest(
    sources: list[str] = typer.Argument(None, help="Files, folders, feeds, WARC files or http(s) URLs."),
    jsonl: Optional[str] = typer.Option(None, "--jsonl", help="One article a JSON line; - reads standard input."),
    sample: bool = typer.Option(False, "--sample", help="Load the bundled sample corpus."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    allow_host: Optional[list[str]] = typer.Option(None, "--allow-host", help=ALLOW_HELP),
) -> None:
    """Store articles, their claims and statuses; the same article twice changes nothing."""
    from .ingesting import ingest_documents

    if sample:
        jsonl = str(resources.files("nextseason") / "sample" / "articles.jsonl")
    if not sources and jsonl is None:
        raise typer.BadParameter("give at least one SOURCE, --jsonl or --sample")
    store = _open(db)
    failures: list[SourceError] = []
    started = time.monotonic()
    with _progress() as progress:
        task = progress.add_task("ingesting", total=None)
        summary = ingest_documents(store, list(sources or []), jsonl, _fetch_config(allow_host),
                                   on_error=lambda e: (failures.append(e), _report(e)),
                                   on_article=lambda: progress.advance(task))
    store.close()
    seconds = time.monotonic() - started
    err.print(f"read {summary.read}, new {summary.stored}, already stored {summary.duplicates}, "
              f"near-duplicates {summary.near_duplicates}, skipped as irrelevant {summary.irrelevant}, "
              f"failed {len(failures)}, installments found {summary.installments} in {seconds:.1f}s")
    for reason, count in summary.failure_reasons(failures).items():
        err.print(f"  failed: {count} × {reason}", markup=False)
    raise typer.Exit(1 if failures else 0)


def _progress() -> Progress:
    # a bar only where someone watches; it appears after a couple of seconds
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal)


def _open(db: str | None):
    from .store import open_store
    from .tracker import attach

    try:
        # the tracker records status changes as articles are saved
        return attach(open_store(db))
    except Exception as error:  # any failure to open is one line for the user, not a traceback
        err.print(f"nextseason: cannot open the store {db or os.environ.get('NEXTSEASON_DB') or 'default'}: "
                  f"{str(error).splitlines()[0] if str(error) else type(error).__name__}", markup=False)
        raise typer.Exit(1)


# -- status ---------------------------------------------------------------------
@app.command()
def status(
    work: Optional[str] = typer.Argument(None, help="A work, by any of its names (case and punctuation ignored)."),
    season: Optional[int] = typer.Option(None, "--season", help="Only this installment number."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="The date to answer for (default: today)."),
    format: Optional[str] = typer.Option(None, "--format", help="table or json (default: table on a terminal)."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Where each installment stands, with the claim that decided it and its timeline."""
    from . import tracker

    format = format or ("table" if sys.stdout.isatty() else "json")
    if format not in ("table", "json"):
        raise typer.BadParameter("table or json", param_hint="--format")
    store = _open(db)
    rows = tracker.status(store, work=work, season=season, as_of=_parse_date(as_of, "--as-of"))
    store.close()
    if format == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    if not rows:
        out.print("no installment found")
        return
    for row in rows:
        expected = row.get("expected")
        out.print(f"[bold]{_escape(row['work'])}[/bold] #{row['n']}: [bold]{row['status']}[/bold], "
                  f"platform {row['platform_response']}, expected "
                  f"{expected['when'] + ' (' + expected['certainty'] + ')' if expected else '-'}  (as of {row['as_of']})")
        decided = row.get("decided_by")
        if decided:
            out.print(f"  decided by {_escape(str(decided.get('source') or '?'))} ({decided.get('certainty')}, "
                      f"{decided.get('published')}): {_escape(decided.get('sentence') or '')}")
        for claim in row.get("timeline") or []:
            out.print(f"    {claim.get('published')}  {claim.get('event')} {claim.get('polarity')} {claim.get('certainty')}"
                      f"  {_escape(str(claim.get('source') or '?'))}: {_escape((claim.get('sentence') or '')[:140])}")


# -- changes, sources, export ------------------------------------------------------
@app.command()
def changes(
    since: Optional[str] = typer.Option(None, "--since", help="Only changes on or after this date."),
    work: Optional[str] = typer.Option(None, "--work", help="Only this work."),
    format: Optional[str] = typer.Option(None, "--format", help="table or json."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Status changes, each with the evidence that caused it."""
    from . import tracker

    store = _open(db)
    rows = tracker.changes(store, since=_parse_date(since, "--since"), work=work)
    store.close()
    _print_rows(rows, format, ("date", "work", "n", "old", "new", "source", "sentence"))


@app.command()
def sources(
    format: Optional[str] = typer.Option(None, "--format", help="table or json."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Every outlet and named person with the record of their claims."""
    from . import tracker

    store = _open(db)
    rows = tracker.sources(store)
    store.close()
    _print_rows(rows, format, ("name", "role", "claims", "confirmed", "contradicted", "open", "score"))


@app.command()
def export(
    format: str = typer.Option("csv", "--format", help="csv, json or parquet."),
    output: str = typer.Option(..., "--output", "-o", help="File to write."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="The date to answer for (default: today)."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Every installment with its status, to a file."""
    from . import tracker

    if format not in tracker.FORMATS:
        raise typer.BadParameter(" or ".join(tracker.FORMATS), param_hint="--format")
    store = _open(db)
    count = tracker.export(store, format, output, as_of=_parse_date(as_of, "--as-of"))
    store.close()
    err.print(f"wrote {count} installments to {output}")


def _print_rows(rows: list[dict], format: str | None, columns: Iterable[str]) -> None:
    format = format or ("table" if sys.stdout.isatty() else "json")
    if format == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    table = Table()
    columns = [c for c in columns if any(c in row for row in rows)] or list(rows[0]) if rows else []
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*(_escape(str(row.get(c, "")))[:160] for c in columns))
    out.print(table if rows else "nothing yet")


# -- eval ---------------------------------------------------------------------------
@app.command(name="eval")
def evaluate(
    gold: Path = typer.Argument(..., help="Gold answers, one JSON line per article (the devset format)."),
    articles: Path = typer.Argument(..., help="The articles, one JSON line each: {id, published, text | html}."),
    errors: bool = typer.Option(False, "--errors", help="Also list every miss and disagreement."),
    format: str = typer.Option("table", "--format", help="table or json."),
) -> None:
    """Score `extract` against a gold file: per language and overall."""
    from .evaluate import load_gold, predict, score, table as score_table

    for path in (gold, articles):
        if not path.is_file():
            err.print(f"nextseason: {path}: no such file", markup=False)
            raise typer.Exit(1)
    predicted, failures = predict(articles)
    for failure in failures:
        _report(failure)
    scores = score(load_gold(gold), predicted)
    rows = score_table(scores)
    if format == "json":
        sys.stdout.write(json.dumps(rows, indent=2) + "\n")
    else:
        table = Table(title=f"{gold.name} vs extract({articles.name})")
        for column in rows[0] if rows else []:
            table.add_column(column, justify="left" if column == "language" else "right")
        for row in rows:
            table.add_row(*(f"{v:.3f}" if isinstance(v, float) else str(v) for v in row.values()))
        out.print(table)
    if errors and "all" in scores:
        for line in scores["all"].errors:
            out.print(_escape(line))
    raise typer.Exit(1 if failures else 0)


# -- serve, watch ---------------------------------------------------------------------
@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Serve the web UI, the JSON API and the Atom feeds."""
    import uvicorn

    from .web import create_app

    store = _open(db)  # fail early, with one line, when the store cannot be opened
    store.close()
    err.print(f"nextseason: serving on http://{host}:{port}/")
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")


@app.command()
def watch(
    feeds: Path = typer.Argument(..., help="A file of feeds, one per line: URL [interval in seconds]."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    polls: Optional[int] = typer.Option(None, "--polls", help="Stop after this many polls (default: run until stopped)."),
    allow_host: Optional[list[str]] = typer.Option(None, "--allow-host", help=ALLOW_HELP),
) -> None:
    """Poll feeds on a schedule and ingest their new entries."""
    from .ingest import read_feed_specs
    from .ingest import watch as watch_feeds
    from .ingesting import ingest_stream

    try:
        specs = read_feed_specs(feeds)
    except (OSError, ValueError) as error:
        err.print(f"nextseason: {feeds}: {error}", markup=False)
        raise typer.Exit(1)
    store = _open(db)
    config = _fetch_config(allow_host)

    def on_documents(found: list[Document]) -> int:
        return ingest_stream(store, found).stored

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    try:
        watch_feeds(specs, on_documents, config, max_polls=polls)
    except KeyboardInterrupt:
        pass
    finally:
        store.close()


# -- batch, load ----------------------------------------------------------------------
@app.command()
def batch(
    inputs: list[str] = typer.Argument(..., help="WARC/WARC.gz files, JSON-lines files, HTML/TXT files or folders: one task each."),
    out: str = typer.Option(..., "--out", help="Folder for the Parquet shards and the manifest."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Address of an existing Dask scheduler (tcp://host:8786)."),
    workers: Optional[int] = typer.Option(None, "--workers", help="Worker processes of the local cluster (default: one per core)."),
) -> None:
    """Backfill: run the pure stages over many inputs on Dask, writing Parquet shards; resumable."""
    from .batch import run_batch

    with _progress() as progress:
        task = progress.add_task("batch", total=len(inputs))

        def started(link: str | None) -> None:
            err.print(f"nextseason: Dask dashboard: {link or 'not available (bokeh is not installed)'}", markup=False)

        def advanced(finished: int, total: int, name: str) -> None:
            progress.update(task, completed=finished, total=total, description=Path(name).name)

        summary = run_batch(inputs, out, scheduler=scheduler, workers=workers, on_progress=advanced, on_start=started)
    err.print(f"read {summary.read}, skipped as irrelevant {summary.irrelevant}, failed {summary.failed}, "
              f"articles {summary.articles}, installments {summary.installments}; inputs done {summary.shards_done}, "
              f"already done {summary.shards_skipped}, failed {len(summary.shards_failed)} in {summary.seconds:.1f}s")
    for reason, count in summary.failures.items():
        err.print(f"  failed: {count} × {reason}", markup=False)
    for name, reason in summary.shards_failed.items():
        err.print(f"nextseason: {name}: {reason}", markup=False)
    raise typer.Exit(1 if summary.shards_failed else 0)


@app.command()
def load(
    folder: str = typer.Argument(..., help="A folder written by `nextseason batch`."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Bulk-load a batch's Parquet shards into the store; loading twice adds nothing."""
    from .batch import load as load_batch

    store = _open(db)
    try:
        summary = load_batch(folder, store)
    finally:
        store.close()
    err.print(f"read {summary.read}, new {summary.articles}, already stored {summary.duplicates}, "
              f"installments {summary.installments}; shards loaded {summary.shards_done}, failed {len(summary.shards_failed)} "
              f"in {summary.seconds:.1f}s")
    for name, reason in summary.shards_failed.items():
        err.print(f"nextseason: {name}: {reason}", markup=False)
    raise typer.Exit(1 if summary.shards_failed else 0)


def main() -> None:  # pragma: no cover - the console script entry point
    app()

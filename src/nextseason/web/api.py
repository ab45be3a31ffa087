"""The JSON API under /api/v1: lists with limit/offset and next links, any list as CSV, one write."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import Annotated, Literal
from urllib.parse import quote

from fastapi import HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from nextseason.models import SourceError
from nextseason.tracker import changes as tracker_changes
from nextseason.tracker import sources as tracker_sources
from nextseason.tracker import status
from nextseason.web.auth import require_writer
from nextseason.web.search import ClaimFilter, find_claims, find_works, installments_in_language, slug_name, work_slug
from nextseason.web.submit import submit
from nextseason.web.views import window_end, window_start, works_of

Limit = Annotated[int, Query(ge=1, le=500, description="items per page")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="items to skip")]
Format = Annotated[Literal["json", "csv"], Query(description="json (default) or csv")]
StatusWord = Literal["released", "official", "reported", "possible", "cancelled", "unknown"]
ResponseWord = Literal["confirmed", "denied", "not_confirmed", "none"]
CertaintyWord = Literal["official", "claimed", "reported", "possible"]
EventWord = Literal["renewal", "cancellation", "production", "release", "cast"]
Language = Annotated[str | None, Query(pattern=r"^[a-z]{2,3}$", description="ISO 639 code of the articles")]
Text = Annotated[str | None, Query(max_length=200)]
# Cells starting with these are run as formulas by spreadsheets; article text must never be.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _listing(request: Request, items: list[dict], total: int, limit: int, offset: int, format: str) -> Response:
    """One page of a list: JSON with total and next/previous links, or the page as CSV."""
    if format == "csv":
        return _csv(items)

    def link(at: int) -> str:
        return str(request.url.include_query_params(offset=at, limit=limit))
    following = link(offset + limit) if offset + limit < total else None
    previous = link(max(offset - limit, 0)) if offset > 0 else None
    headers = {}
    if following:
        headers["Link"] = f'<{following}>; rel="next"'
    return JSONResponse({"items": items, "total": total, "limit": limit, "offset": offset, "next": following,
                         "previous": previous}, headers=headers)


def _flat(item: dict, prefix: str = "") -> dict:
    """A nested item as one CSV row: `decided_by.source`, lists joined with " | "."""
    row = {}
    for key, value in item.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            row.update(_flat(value, name + "."))
        elif isinstance(value, list):
            scalar = all(not isinstance(element, (dict, list)) for element in value)
            row[name] = " | ".join(str(element) for element in value) if scalar else json.dumps(value, ensure_ascii=False)
        else:
            row[name] = value
    return row


def _csv(items: list[dict]) -> Response:
    """Items as a CSV download, safe to open in a spreadsheet."""
    rows = [_flat(item) for item in items]
    columns: list[str] = []
    for row in rows:
        columns.extend(key for key in row if key not in columns)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: ("'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value)
                         for key, value in row.items()})
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="nextseason.csv"'})


def _page(found: list, limit: int, offset: int) -> list:
    return found[offset:offset + limit]


def works(request: Request, q: Text = None, limit: Limit = 50, offset: Offset = 0, format: Format = "json") -> Response:
    """Works with their installments' status, platform response and expected window."""
    context = request.app.state.web
    grouped = context.snapshot.derived("works", works_of)
    if q:
        wanted = {work["id"] for work in find_works(context.store, q, limit=1000)}
        grouped = [work for work in grouped if work["id"] in wanted]
    items = [{
        "id": work["id"], "title": work["title"], "aliases": work["aliases"],
        "installments": [{"n": row["n"], "status": row["status"], "platform_response": row["platform_response"],
                          "expected": row["expected"]} for row in work["installments"]],
        "url": f"/works/{work['id']}", "api": f"/api/v1/works/{work['id']}",
    } for work in _page(grouped, limit, offset)]
    return _listing(request, items, len(grouped), limit, offset, format)


def work(request: Request, work_id: str, as_of: date | None = None, format: Format = "json") -> Response:
    """One work's installments with their timelines, in the `status` contract's shape."""
    rows = status(request.app.state.web.store, work=slug_name(work_id), as_of=as_of)
    if not rows:
        raise HTTPException(404, "unknown work")
    if format == "csv":
        return _csv(rows)
    return JSONResponse({"id": work_slug(rows[0]["work"]), "title": rows[0]["work"], "aliases": rows[0]["aliases"],
                         "installments": rows})


def installments(request: Request, status_: Annotated[StatusWord | None, Query(alias="status")] = None,
                 platform_response: ResponseWord | None = None, language: Language = None,
                 work: Text = None, as_of: date | None = None, expected_from: date | None = None,
                 expected_to: date | None = None, limit: Limit = 50, offset: Offset = 0,
                 format: Format = "json") -> Response:
    """Installments as of a date (default today), filtered by status, platform response, language, window."""
    context = request.app.state.web
    def chosen(rows: list[dict]) -> list[dict]:
        return [row for row in rows if (status_ is None or row["status"] == status_)
                and (platform_response is None or row["platform_response"] == platform_response)]

    if as_of is None and work is None:
        # Each filter's rows are kept with the snapshot, so paging through them costs no scan.
        rows = context.snapshot.derived(f"installments:{status_}:{platform_response}", chosen)
    else:
        rows = chosen(status(context.store, work=slug_name(work_slug(work)) if work else None, as_of=as_of,
                             timeline=False))
    if language:
        spoken = installments_in_language(context.store, language)
        rows = [row for row in rows if (row["work"], row["n"]) in spoken]
    if expected_from or expected_to:
        rows = [row for row in rows if _window_overlaps(row.get("expected"), expected_from, expected_to)]
    items = [{**{key: value for key, value in row.items() if key != "timeline"}, "id": work_slug(row["work"])}
             for row in _page(rows, limit, offset)]
    return _listing(request, items, len(rows), limit, offset, format)


def _window_overlaps(expected: dict | None, start: date | None, end: date | None) -> bool:
    """Whether an expected window overlaps the days from `start` to `end`."""
    if not expected:
        return False
    first, last = window_start(expected["when"]), window_end(expected["when"])
    if first is None or last is None:
        return False
    return (start is None or last >= start) and (end is None or first <= end)


def claims(request: Request, q: Text = None, work: Text = None, n: Annotated[int | None, Query(ge=0, le=10_000)] = None,
           source: Text = None, certainty: CertaintyWord | None = None, event: EventWord | None = None,
           language: Language = None, since: date | None = None, until: date | None = None,
           limit: Limit = 50, offset: Offset = 0, format: Format = "json") -> Response:
    """Claims, newest first, with their sentence, source, article and outlet."""
    chosen = ClaimFilter(text=q, work=slug_name(work_slug(work)) if work else None, n=n, source=source,
                         certainty=certainty, event=event, language=language, since=since, until=until)
    found, total = find_claims(request.app.state.web.store, chosen, limit, offset)
    return _listing(request, found, total, limit, offset, format)


def changes(request: Request, since: date | None = None, until: date | None = None, work: Text = None,
            order: Literal["newest", "oldest"] = "newest", limit: Limit = 50, offset: Offset = 0,
            format: Format = "json") -> Response:
    """Status changes with the claim that caused each, newest first unless order=oldest."""
    found = tracker_changes(request.app.state.web.store, since=since, until=until,
                            work=slug_name(work_slug(work)) if work else None)
    if order == "newest":
        found.reverse()
    items = [{**change, "id": work_slug(change["work"])} for change in _page(found, limit, offset)]
    return _listing(request, items, len(found), limit, offset, format)


def sources(request: Request, limit: Limit = 50, offset: Offset = 0, format: Format = "json") -> Response:
    """Every source's track record: confirmed, contradicted and open claims, and a score."""
    found = tracker_sources(request.app.state.web.store)
    items = [{**row, "url": f"/sources/{quote(row['source'], safe='')}"} for row in _page(found, limit, offset)]
    return _listing(request, items, len(found), limit, offset, format)


class ArticleIn(BaseModel):
    """An article to add: its text, or a URL to fetch it from."""

    text: str | None = Field(default=None, max_length=200_000)
    url: str | None = Field(default=None, max_length=2_000, pattern=r"^https?://")
    published: date | None = None


async def add_article(request: Request, article: ArticleIn) -> Response:
    """Add an article (API token or signed-in cookie with CSRF header); returns what it changed."""
    require_writer(request)
    if not (article.text or article.url):
        raise HTTPException(422, "give text or url")
    context = request.app.state.web
    published = article.published.isoformat() if article.published else None
    try:
        submission = await run_in_threadpool(submit, context, article.text, article.url, published)
    except SourceError as error:
        raise HTTPException(422, error.reason) from error
    return JSONResponse(submission.to_dict(), status_code=201 if submission.saved else 200)

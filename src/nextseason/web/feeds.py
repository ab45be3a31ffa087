"""Atom feeds of status changes: every change, and one work's changes."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

from fastapi import Request
from fastapi.responses import Response

from nextseason.web.search import slug_name
from nextseason.web.views import latest_changes

ATOM = "http://www.w3.org/2005/Atom"
FEED_ENTRIES = 50
ET.register_namespace("", ATOM)


def _stamp(day: str | None) -> str:
    """An Atom timestamp for a day (changes are dated by day)."""
    return f"{day or date.today().isoformat()}T00:00:00Z"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attributes) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attributes)
    if text is not None:
        element.text = text
    return element


def atom(changes: list[dict], title: str, self_url: str, site_url: str) -> bytes:
    """An Atom document with one entry per status change: the new status and its evidence."""
    feed = ET.Element(f"{{{ATOM}}}feed")
    _sub(feed, "title", title)
    _sub(feed, "id", self_url)
    _sub(feed, "link", rel="self", href=self_url, type="application/atom+xml")
    _sub(feed, "link", rel="alternate", href=site_url, type="text/html")
    _sub(feed, "updated", _stamp(changes[0]["date"] if changes else None))
    author = _sub(feed, "author")
    _sub(author, "name", "nextseason")
    for change in changes:
        entry = _sub(feed, "entry")
        heading = f'{change["work"]}, {change["n"]}: {change["new"]}'
        _sub(entry, "title", heading)
        key = f'{change["id"]}/{change["n"]}/{change["date"]}/{change["new"]}/{change["kind"]}/{change["article"] or ""}'
        _sub(entry, "id", f"tag:nextseason,{change['date']}:{key}")
        _sub(entry, "updated", _stamp(change["date"]))
        _sub(entry, "published", _stamp(change["date"]))
        _sub(entry, "link", rel="alternate", href=f'{site_url.rstrip("/")}/works/{change["id"]}', type="text/html")
        _sub(entry, "category", term=change["new"], label=change["new"])
        evidence = change.get("sentence") or ""
        who = change.get("source") or ""
        summary = f'{change["old"] or "new"} → {change["new"]} ({change["kind"]})'
        if evidence:
            summary += f': "{evidence}"'
        if who:
            summary += f" ({who}, {change.get('certainty') or ''})"
        # A text summary, not HTML: feed readers escape it, so nothing from an article can run.
        _sub(entry, "summary", summary, type="text")
        _sub(entry, "content", evidence or summary, type="text")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def changes_feed(request: Request) -> Response:
    """Atom feed of every installment's status changes, newest first."""
    context = request.app.state.web
    found = latest_changes(context.store, limit=FEED_ENTRIES)
    body = atom(found, "nextseason: status changes", str(request.url), str(request.base_url))
    return Response(body, media_type="application/atom+xml; charset=utf-8")


def work_feed(request: Request, work_id: str) -> Response:
    """Atom feed of one work's status changes, newest first."""
    context = request.app.state.web
    found = latest_changes(context.store, limit=FEED_ENTRIES, work=slug_name(work_id))
    if not found and not context.work_exists(work_id):
        return Response("unknown work", status_code=404, media_type="text/plain")
    title = found[0]["work"] if found else work_id
    body = atom(found, f"nextseason: {title}", str(request.url), f"{request.base_url}works/{work_id}")
    return Response(body, media_type="application/atom+xml; charset=utf-8")

"""Pages for people: home, work, source, search, sign-in and the form that adds an article."""

from __future__ import annotations

from datetime import date
from typing import Annotated
from urllib.parse import quote

from fastapi import HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response

from nextseason.models import SourceError
from nextseason.tracker import sources as tracker_sources
from nextseason.tracker import standings
from nextseason.web.auth import CSRF_COOKIE, CSRF_FIELD, SESSION_COOKIE, SESSION_SECONDS, client_of, require_writer
from nextseason.web.i18n import gettext_
from nextseason.web.search import ClaimFilter, find_claims, find_works, slug_name
from nextseason.web.submit import submit
from nextseason.web.svg import Mark, timeline_svg
from nextseason.web.views import bands, calendar, changes_by_installment, latest_changes, upcoming, work_view, works_of

WORKS_PER_PAGE = 30
CLAIMS_PER_PAGE = 50
Page = Annotated[int, Query(ge=1, le=1_000_000)]


def _pages(total: int, per_page: int) -> int:
    return max(1, -(-total // per_page))


def home(request: Request, page: Page = 1) -> Response:
    """Latest status changes, upcoming windows and their calendar, and every work with its badges."""
    context = request.app.state.web
    snapshot = context.snapshot

    def values() -> dict:
        works = snapshot.derived("works", works_of)
        return {"changes": latest_changes(context.store, limit=10), "upcoming": snapshot.derived("upcoming", upcoming)[:12],
                "calendar": snapshot.derived("calendar", calendar),
                "works": works[(page - 1) * WORKS_PER_PAGE: page * WORKS_PER_PAGE], "page": page,
                "pages": _pages(len(works), WORKS_PER_PAGE), "work_count": len(works)}

    main, _ = context.render_fragment(request, "_home_main.html", values)
    return context.render(request, "home.html", main=main)


def work(request: Request, work_id: str, page: Page = 1) -> Response:
    """One card per installment, each with its timeline picture, then the claims about the work, newest first."""
    context = request.app.state.web

    def values() -> dict | None:
        view = work_view(context.store, work_id, (page - 1) * CLAIMS_PER_PAGE, CLAIMS_PER_PAGE)
        if view is None:
            return None
        today = date.today()
        by_n = changes_by_installment(context.store, view["title"])
        for row in view["installments"]:
            row["svg"] = timeline_svg(view["title"], row["n"], row["marks"], bands(by_n.get(row["n"], []), today),
                                      today)
        return {"work": view, "page": page, "pages": _pages(view["claims"], CLAIMS_PER_PAGE)}

    made = context.render_fragment(request, "_work_main.html", values)
    if made is None:
        raise HTTPException(404, gettext_("No work with this name is known."))
    main, shown = made
    return context.render(request, "work.html", main=main, work=shown["work"])


def timeline(request: Request, work_id: str, n: int) -> Response:
    """One installment's timeline picture alone, as an SVG image."""
    context = request.app.state.web
    today = date.today()
    found = list(standings(context.store, slug_name(work_id), n, today))
    if not found:
        raise HTTPException(404, gettext_("No such installment is known."))
    key, _, _, claims = found[0]
    by_n = changes_by_installment(context.store, key.title)
    picture = timeline_svg(key.title, n, [Mark.of(claim) for claim in claims], bands(by_n.get(n, []), today), today)
    return Response(str(picture), media_type="image/svg+xml")


def source(request: Request, name: str, page: Page = 1) -> Response:
    """A source's track record and the claims it made."""
    context = request.app.state.web
    record = next((row for row in tracker_sources(context.store) if row["source"].casefold() == name.casefold()), None)
    found, total = find_claims(context.store, ClaimFilter(source=name), CLAIMS_PER_PAGE, (page - 1) * CLAIMS_PER_PAGE)
    if record is None and total == 0:
        raise HTTPException(404, gettext_("No source with this name is known."))
    return context.render(request, "source.html", name=record["source"] if record else name, record=record,
                          claims=found, total=total, page=page, pages=_pages(total, CLAIMS_PER_PAGE))


def search(request: Request, q: Annotated[str, Query(max_length=200)] = "", page: Page = 1) -> Response:
    """Works whose names contain the words, and claims whose sentences do."""
    context = request.app.state.web
    q = q.strip()
    works, found, total = [], [], 0
    if q:
        works = find_works(context.store, q)
        found, total = find_claims(context.store, ClaimFilter(text=q), CLAIMS_PER_PAGE, (page - 1) * CLAIMS_PER_PAGE)
    return context.render(request, "search.html", q=q, works=works, claims=found, total=total, page=page,
                          pages=_pages(total, CLAIMS_PER_PAGE))


def _next_path(candidate: str | None) -> str:
    """Where to go after signing in: a path on this site only, never another host."""
    if candidate and candidate.startswith("/") and not candidate.startswith("//") and "\\" not in candidate:
        return candidate
    return "/"


def signin_form(request: Request, next: Annotated[str, Query(max_length=500)] = "/") -> Response:
    """The form where an editor signs in with an API token."""
    return request.app.state.web.render(request, "signin.html", next=_next_path(next), error=None)


async def signin(request: Request) -> Response:
    """Check the token and CSRF token, then set the signed session cookie."""
    context = request.app.state.web
    form = await request.form()
    next_path = _next_path(str(form.get("next", "/")))
    wait = context.limiter.allow(client_of(request))
    if wait:
        raise HTTPException(429, gettext_("Too many attempts; try again later."), headers={"Retry-After": str(int(wait) + 1)})
    if not context.editors.csrf_valid(request.cookies.get(CSRF_COOKIE), str(form.get(CSRF_FIELD, ""))):
        raise HTTPException(403, gettext_("This form has expired; open it again."))
    token_hash = context.editors.token_allowed(str(form.get("token", "")))
    if token_hash is None:
        return context.render(request, "signin.html", status_code=401, next=next_path,
                              error=gettext_("This token is not known."))
    response = RedirectResponse(next_path, status_code=303)
    response.set_cookie(SESSION_COOKIE, context.editors.session_cookie(token_hash), max_age=SESSION_SECONDS,
                        httponly=True, samesite="strict", secure=request.url.scheme == "https", path="/")
    return response


async def signout(request: Request) -> Response:
    """Forget the session cookie (the form carries a CSRF token)."""
    context = request.app.state.web
    form = await request.form()
    if not context.editors.csrf_valid(request.cookies.get(CSRF_COOKIE), str(form.get(CSRF_FIELD, ""))):
        raise HTTPException(403, gettext_("This form has expired; open it again."))
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


def add_form(request: Request) -> Response:
    """The form to paste an article or give its URL; editors only."""
    context = request.app.state.web
    if context.editor(request) is None:
        return RedirectResponse("/signin?next=/add", status_code=303)
    return context.render(request, "add.html", error=None, submission=None, text="", url="", published="")


async def add_article(request: Request) -> Response:
    """Read, analyse and save the article; then show the work it speaks of."""
    context = request.app.state.web
    form = await request.form()
    if context.editor(request) is None and "authorization" not in request.headers:
        return RedirectResponse("/signin?next=/add", status_code=303)
    require_writer(request, str(form.get(CSRF_FIELD, "")))
    text, url = str(form.get("text", "")), str(form.get("url", "")).strip()
    published = str(form.get("published", "")).strip() or None
    try:
        if published:
            date.fromisoformat(published)
        submission = await run_in_threadpool(submit, context, text, url or None, published)
    except (SourceError, ValueError) as error:
        message = error.reason if isinstance(error, SourceError) else gettext_("The date must look like 2025-09-24.")
        return context.render(request, "add.html", status_code=400, error=message, submission=None,
                              text=text, url=url, published=published or "")
    if submission.saved and submission.installments:
        return RedirectResponse(f"/works/{quote(submission.installments[0]['id'])}", status_code=303)
    return context.render(request, "add.html", error=None, submission=submission, text="", url="", published="")

"""Every URL of the web surface and the function that answers it, in one table."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from nextseason.web import api, feeds, pages
from nextseason.web.app import STATIC


@dataclass(frozen=True)
class Route:
    """One URL pattern, its methods, the function answering it and its name for url_for."""

    path: str
    methods: tuple[str, ...]
    endpoint: Callable
    name: str


GET, POST = ("GET",), ("POST",)

ROUTES = (
    # Pages for people (server-rendered HTML).
    Route("/", GET, pages.home, "home"),
    Route("/works/{work_id}", GET, pages.work, "work"),
    Route("/works/{work_id}/{n}/timeline.svg", GET, pages.timeline, "timeline"),
    Route("/sources/{name:path}", GET, pages.source, "source"),
    Route("/search", GET, pages.search, "search"),
    Route("/add", GET, pages.add_form, "add_form"),
    Route("/add", POST, pages.add_article, "add_article"),
    Route("/signin", GET, pages.signin_form, "signin_form"),
    Route("/signin", POST, pages.signin, "signin"),
    Route("/signout", POST, pages.signout, "signout"),
    # Atom feeds of status changes.
    Route("/feeds/changes.atom", GET, feeds.changes_feed, "changes_feed"),
    Route("/feeds/works/{work_id}.atom", GET, feeds.work_feed, "work_feed"),
    # JSON API (lists take limit, offset and format=csv); its schema is at /openapi.json.
    Route("/api/v1/works", GET, api.works, "api_works"),
    Route("/api/v1/works/{work_id}", GET, api.work, "api_work"),
    Route("/api/v1/installments", GET, api.installments, "api_installments"),
    Route("/api/v1/claims", GET, api.claims, "api_claims"),
    Route("/api/v1/changes", GET, api.changes, "api_changes"),
    Route("/api/v1/sources", GET, api.sources, "api_sources"),
    Route("/api/v1/articles", POST, api.add_article, "api_add_article"),
)
# Also served: /static/ (the stylesheet) and /openapi.json (FastAPI's schema of the API).


def install(app: FastAPI) -> None:
    """Register every route of ROUTES, and the static files, on the app."""
    for route in ROUTES:
        app.add_api_route(route.path, route.endpoint, methods=list(route.methods), name=route.name,
                          include_in_schema=route.path.startswith("/api/"))
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

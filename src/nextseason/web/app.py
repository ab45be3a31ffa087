"""The web surface: `create_app` wires the store, the tracker, templates, security headers and languages."""

from __future__ import annotations

import os
import secrets
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, quote, urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import cookie_parser
from starlette.types import ASGIApp, Receive, Scope, Send

from nextseason import __version__
from nextseason.store import Store, open_store
from nextseason.tracker import attach
from nextseason.web import i18n
from nextseason.web.auth import CSRF_COOKIE, SESSION_COOKIE, Editors, RateLimiter
from nextseason.web.cache import Kept, ResponseCache, Revision
from nextseason.web.dispatch import Dispatcher
from nextseason.web.search import slug_name
from nextseason.web.views import Snapshot
from nextseason.web.webhooks import Webhooks

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
# Pages whose form posts for a reader who is not signed in, so they carry a CSRF token.
POSTING_TEMPLATES = ("signin.html", "add.html")
STATIC = HERE / "static"
# No inline script or style anywhere: every script and stylesheet is a file served from here.
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                           "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = (
    ("content-security-policy", CONTENT_SECURITY_POLICY),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "same-origin"),
    ("x-frame-options", "DENY"),
)


@dataclass
class Settings:
    """What the web surface is configured with; `from_environment` reads the NEXTSEASON_* variables."""

    token_hashes: frozenset[str] = frozenset()
    secret_key: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    webhooks: list[str] = field(default_factory=list)
    webhook_secret: str = ""
    webhook_backoff: float = 1.0
    webhook_attempts: int = 6
    webhook_poll_seconds: float = 1.0
    writes_per_minute: float = 30.0
    write_burst: int = 10
    snapshot_seconds: float = 30.0
    # How often the store's revision is read again, to notice writes by other processes.
    revision_seconds: float = 1.0

    @classmethod
    def from_environment(cls, environ: dict | None = None) -> "Settings":
        """Settings from the NEXTSEASON_* variables: tokens, secret key, webhooks and their polling, write rate."""
        env = os.environ if environ is None else environ

        def listed(name: str) -> list[str]:
            return [part.strip() for part in env.get(name, "").split(",") if part.strip()]

        settings = cls(token_hashes=frozenset(listed("NEXTSEASON_TOKENS")), webhooks=listed("NEXTSEASON_WEBHOOKS"),
                       webhook_secret=env.get("NEXTSEASON_WEBHOOK_SECRET", ""))
        if env.get("NEXTSEASON_SECRET_KEY"):
            settings.secret_key = env["NEXTSEASON_SECRET_KEY"].encode("utf-8")
        if env.get("NEXTSEASON_WRITES_PER_MINUTE"):
            settings.writes_per_minute = float(env["NEXTSEASON_WRITES_PER_MINUTE"])
        if env.get("NEXTSEASON_WEBHOOK_POLL_SECONDS"):
            settings.webhook_poll_seconds = float(env["NEXTSEASON_WEBHOOK_POLL_SECONDS"])
        return settings


class WebContext:
    """Everything a request handler needs, kept on `app.state.web`."""

    def __init__(self, store: Store, settings: Settings):
        self.store = store
        self.settings = settings
        self.revision = Revision(store, settings.revision_seconds)
        self.snapshot = Snapshot(store, self.revision, ttl=settings.snapshot_seconds)
        self.editors = Editors(settings.token_hashes, settings.secret_key)
        self.limiter = RateLimiter(settings.writes_per_minute, settings.write_burst)
        self.webhooks = Webhooks(settings.webhooks, settings.webhook_secret,
                                 attempts=settings.webhook_attempts, backoff=settings.webhook_backoff)
        self.dispatcher = Dispatcher(store, self.webhooks, poll_seconds=settings.webhook_poll_seconds)
        self.templates = _environment()
        self.fragments = Kept()

    def version(self) -> tuple:
        """What kept pages and answers were made from: the store's revision and the status snapshot."""
        return (*self.revision.current(), self.snapshot.poke())

    def changed(self) -> None:
        """This process saved an article: kept pages, answers and the snapshot are out of date."""
        self.revision.bump()
        self.snapshot.invalidate()

    def work_exists(self, work_id: str) -> bool:
        """Whether any work has this id (its matching key) as an alias."""
        from nextseason.web.search import find_works

        key = slug_name(work_id)
        return any(work["id"] == work_id for work in find_works(self.store, key, limit=5))

    def editor(self, request: Request) -> str | None:
        """The signed-in editor's token hash, from the session cookie."""
        return self.editors.session_editor(request.cookies.get(SESSION_COOKIE))

    def render_fragment(self, request: Request, template: str, make_values) -> tuple[Markup, dict] | None:
        """The main part of a page and its values, made from `make_values()` (None: no such page) or reused.

        Every reader of a page gets the same main part (only the header's sign-in state
        and CSRF token differ), so it is made once per revision of the store, signed-in
        editors included.
        """
        key = (template, i18n.current_language(), request.url.path, request.url.query)
        version = self.version()
        made = self.fragments.get(key, version)
        if made is None:
            values = make_values()
            if values is None:
                return None
            html = Markup(self.templates.get_template(template).render(
                {**values, "request": request, "language": i18n.current_language()}))
            made = (html, values)
            self.fragments.put(key, version, made, weight=len(html))
        return made

    def render(self, request: Request, template: str, status_code: int = 200, **values) -> HTMLResponse:
        """A page from a template, with the CSRF token its forms carry and the cookie behind it.

        Only pages with a form that posts (the sign-in form, and every page of a signed-in
        editor, whose header signs out) set the CSRF cookie; a reader's page sets none and
        so is the same for every reader.
        """
        editor = self.editor(request)
        csrf_cookie = request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(24)
        values.update(request=request, editor=editor, csrf_token=self.editors.csrf_for(csrf_cookie),
                      language=i18n.current_language(), version=__version__)
        html = self.templates.get_template(template).render(values)
        response = HTMLResponse(html, status_code=status_code)
        if CSRF_COOKIE not in request.cookies and (editor or template in POSTING_TEMPLATES):
            response.set_cookie(CSRF_COOKIE, csrf_cookie, httponly=True, samesite="strict", path="/",
                                secure=request.url.scheme == "https")
        return response


def _safe_url(url: str | None) -> str | None:
    """The URL when it is a web address, None otherwise (javascript:, data: and the like are dropped)."""
    if not url:
        return None
    stripped = url.strip()
    return stripped if stripped.lower().startswith(("http://", "https://")) else None


def _with_query(request: Request, **changes) -> str:
    """The current path with some query parameters replaced (None removes one)."""
    params = dict(request.query_params)
    for name, value in changes.items():
        if value is None:
            params.pop(name, None)
        else:
            params[name] = str(value)
    return request.url.path + ("?" + urlencode(params) if params else "")


def _environment() -> Environment:
    """The Jinja2 environment: autoescaping everything, gettext from the request's language."""
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, extensions=["jinja2.ext.i18n"],
                      trim_blocks=True, lstrip_blocks=True)
    env.install_gettext_callables(i18n.gettext_, i18n.ngettext_, newstyle=True)
    env.globals.update(label=i18n.label, format_day=i18n.format_day, format_window=i18n.format_window,
                       format_month=i18n.format_month,
                       languages=i18n.LANGUAGES, language_names=i18n.LANGUAGE_NAMES, safe_url=_safe_url,
                       with_query=_with_query)
    env.filters["path"] = lambda text: quote(str(text), safe="")
    return env


class Surface:
    """ASGI middleware: picks the reader's language and adds the security headers to every answer."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {key.decode("latin-1"): value.decode("latin-1") for key, value in scope.get("headers", [])}
        asked = parse_qs(scope.get("query_string", b"").decode("latin-1")).get("lang", [None])[0]
        cookies = cookie_parser(headers.get("cookie", ""))
        language = i18n.choose_language(asked, cookies.get(i18n.LANGUAGE_COOKIE), headers.get("accept-language"))
        i18n.set_language(language)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                answer = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS:
                    if name not in answer:
                        answer[name] = value
                answer.append("vary", "Accept-Language, Cookie")
                answer["content-language"] = language
                if asked in i18n.LANGUAGES:
                    # The visible switch: ?lang=id keeps Indonesian for later visits.
                    answer.append("set-cookie", f"{i18n.LANGUAGE_COOKIE}={asked}; Path=/; Max-Age=31536000; SameSite=Lax")
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(store_url: str | None = None, *, settings: Settings | None = None,
               store: Store | None = None) -> FastAPI:
    """The FastAPI app serving pages, the JSON API and feeds over the store at `store_url`."""
    from nextseason.web.routes import install

    settings = settings or Settings.from_environment()
    store = attach(store or open_store(store_url))
    app = FastAPI(title="nextseason", version=__version__, docs_url=None, redoc_url=None, lifespan=_lifespan,
                  description="Is season N of a series, or film N of a franchise, happening? "
                              "Statuses, claims, sources and status changes from news in many languages.")
    app.state.web = WebContext(store, settings)
    install(app)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_middleware(ResponseCache, version=app.state.web.version, language=i18n.current_language,
                       private_cookie=SESSION_COOKIE)
    app.add_middleware(Surface)
    return app


@asynccontextmanager
async def _lifespan(app: FastAPI):
    """Take the first status snapshot in the background and start the webhook dispatcher; stop it at the end."""
    app.state.web.snapshot.refresh_in_background()
    app.state.web.dispatcher.start()
    yield
    app.state.web.dispatcher.close()


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path.startswith("/feeds/")


async def _http_error(request: Request, error: StarletteHTTPException):
    """Errors as JSON under /api, as a page elsewhere."""
    headers = getattr(error, "headers", None)
    if _wants_json(request):
        return JSONResponse({"detail": error.detail}, status_code=error.status_code, headers=headers)
    context: WebContext = request.app.state.web
    response = context.render(request, "error.html", status_code=error.status_code,
                              status=error.status_code, detail=error.detail)
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


async def _validation_error(request: Request, error: RequestValidationError):
    """Bad parameters: 422 with the details under /api, a 400 page elsewhere."""
    if _wants_json(request):
        return JSONResponse({"detail": _plain(error.errors())}, status_code=422)
    context: WebContext = request.app.state.web
    return context.render(request, "error.html", status_code=400, status=400,
                          detail=i18n.gettext_("Some of the parameters could not be read."))


def _plain(errors) -> list[dict]:
    """Validation errors without the exception objects pydantic may put in `ctx`."""
    return [{key: (str(value) if key == "ctx" else value) for key, value in item.items() if key != "input"}
            for item in errors]

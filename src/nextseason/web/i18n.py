"""The interface's languages: gettext catalogs compiled from .po at start, the reader's choice, dates."""

from __future__ import annotations

import gettext
import io
from contextvars import ContextVar
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALE_DIR = Path(__file__).with_name("locale")
LANGUAGES = ("en", "id")
DEFAULT_LANGUAGE = "en"
LANGUAGE_NAMES = {"en": "English", "id": "Bahasa Indonesia"}
LANGUAGE_COOKIE = "lang"

_current: ContextVar[str] = ContextVar("nextseason_language", default=DEFAULT_LANGUAGE)


@cache
def translations(language: str) -> gettext.NullTranslations:
    """The compiled catalog of `language`, built in memory from its .po file."""
    po_path = LOCALE_DIR / language / "LC_MESSAGES" / "messages.po"
    if not po_path.exists():
        return gettext.NullTranslations()
    with po_path.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    # Compiling in memory keeps the package directory read-only and the .mo out of git.
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


def set_language(language: str) -> None:
    """Make `language` the language of the request being served."""
    _current.set(language if language in LANGUAGES else DEFAULT_LANGUAGE)


def current_language() -> str:
    """The language of the request being served."""
    return _current.get()


def gettext_(message: str) -> str:
    """Translate `message` into the current language."""
    return translations(current_language()).gettext(message)


def ngettext_(singular: str, plural: str, count: int) -> str:
    """Translate a message with a plural form into the current language."""
    return translations(current_language()).ngettext(singular, plural, count)


def negotiate(accept_language: str | None) -> str | None:
    """The best of LANGUAGES for an Accept-Language header, None when none fits."""
    ranked = []
    for position, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        tag = tag.strip()
        if not tag or tag == "*":
            continue
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality > 0:
            ranked.append((-quality, position, tag))
    for _, _, tag in sorted(ranked):
        primary = tag.replace("_", "-").split("-")[0].lower()
        # Malay readers read Indonesian interfaces without trouble; "in" is Indonesian's old code.
        primary = {"in": "id", "ms": "id"}.get(primary, primary)
        if primary in LANGUAGES:
            return primary
    return None


def choose_language(query: str | None, cookie: str | None, accept_language: str | None) -> str:
    """The interface language: ?lang= first, then the cookie, then Accept-Language."""
    for candidate in (query, cookie):
        if candidate in LANGUAGES:
            return candidate
    return negotiate(accept_language) or DEFAULT_LANGUAGE


def format_day(day: date | str | None, form: str = "medium") -> str:
    """A date in the reader's language ("Sep 24, 2025" in English, "24 Sep 2025" in Indonesian)."""
    if day is None or day == "":
        return ""
    return _formatted_day(day.isoformat() if isinstance(day, date) else day, form, current_language())


@lru_cache(maxsize=65536)
def _formatted_day(day: str, form: str, language: str) -> str:
    # Babel parses its locale data on every call; a timeline shows the same few days many times.
    try:
        return format_date(date.fromisoformat(day), format=form, locale=language)
    except ValueError:
        return day


def format_month(year: int, month: int) -> str:
    """A month and year in the reader's language ("October 2026", "Oktober 2026")."""
    return format_date(date(year, month, 1), format="LLLL y", locale=current_language())


def format_window(when: str | None) -> str:
    """A `when` value (date, month, quarter, half, year) in the reader's language."""
    if not when:
        return ""
    parts = when.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return str(year)
        if len(parts) == 3:
            return format_day(date(year, int(parts[1]), int(parts[2])))
        if parts[1].startswith("Q"):
            return gettext_("Q%(quarter)s %(year)s") % {"quarter": parts[1][1:], "year": year}
        if parts[1].startswith("H"):
            return gettext_("H%(half)s %(year)s") % {"half": parts[1][1:], "year": year}
        return format_month(year, int(parts[1]))
    except (ValueError, IndexError):
        return when


def N_(message: str) -> str:
    """Mark a message for translation where it is defined; it is translated where shown."""
    return message


# The words of STATUS.md as the reader sees them; the API keeps the words themselves.
LABELS = {
    "status": {
        "released": N_("Released"), "official": N_("Official"), "reported": N_("Reported"),
        "possible": N_("Possible"), "cancelled": N_("Cancelled"), "unknown": N_("Unknown"),
    },
    "platform_response": {
        "confirmed": N_("Platform confirmed"), "denied": N_("Platform denied"),
        "not_confirmed": N_("Platform has not confirmed"), "none": N_("No word from the platform"),
    },
    "certainty": {
        "official": N_("official"), "claimed": N_("claimed"), "reported": N_("reported"),
        "possible": N_("possible"),
    },
    "event": {
        "renewal": N_("renewal"), "cancellation": N_("cancellation"), "production": N_("production"),
        "release": N_("release"), "cast": N_("cast"),
    },
    "kind": {
        "first": N_("first word"), "official": N_("made official"), "released": N_("premiered"),
        "raised": N_("raised"), "revived": N_("revived"), "cancelled": N_("cancelled"),
        "ended": N_("ended as planned"),
    },
}


def label(value: str | None, vocabulary: str) -> str:
    """The reader's-language label of one word of STATUS.md."""
    if value is None:
        return ""
    message = LABELS[vocabulary].get(value)
    return gettext_(message) if message else value

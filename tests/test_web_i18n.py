"""The interface's languages: complete catalogs, choosing a language, dates and windows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

import nextseason.web as web_package
from nextseason.web import i18n

WEB = Path(i18n.__file__).parent
KEYWORDS = {"_": None, "gettext_": None, "N_": None, "ngettext_": (1, 2), "gettext": None, "ngettext": (1, 2)}


def used_messages() -> set[str]:
    """Every message the code and templates ask to translate."""
    found = set()
    for _, _, message, _, _ in extract_from_dir(
            WEB, [("**.py", "python"), ("templates/**.html", "jinja2.ext:babel_extract")],
            {"templates/**.html": {"extensions": "jinja2.ext.i18n"}}, keywords=KEYWORDS):
        found.add(message if isinstance(message, str) else message[0])
    return found


def translated(message) -> bool:
    """Whether every form of a catalog message has a translation."""
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    return all(strings)


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_message_is_in_the_catalog(language):
    with (WEB / "locale" / language / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        catalog = read_po(handle, locale=language)
    known = {message.id if isinstance(message.id, str) else message.id[0]: message for message in catalog if message.id}
    used = used_messages()
    assert used - set(known) == set()
    if language != "en":
        assert [key for key in sorted(used) if not translated(known[key])] == []


@pytest.mark.parametrize(("header", "expected"), [
    ("id-ID,id;q=0.9,en-US;q=0.8", "id"), ("en-GB,en;q=0.9", "en"), ("fr-FR,id;q=0.5", "id"),
    ("fr, de", None), ("", None), ("id;q=0, en;q=0.1", "en"), ("ms-MY", "id"), ("*", None), ("id;q=abc", None),
])
def test_accept_language_negotiation(header, expected):
    assert i18n.negotiate(header) == expected


def test_query_beats_cookie_beats_header():
    assert i18n.choose_language("id", "en", "en") == "id"
    assert i18n.choose_language(None, "id", "en") == "id"
    assert i18n.choose_language("xx", None, "id") == "id"
    assert i18n.choose_language(None, None, None) == "en"


@pytest.mark.parametrize(("language", "when", "expected"), [
    ("en", "2026-Q4", "Q4 2026"), ("id", "2026-Q4", "Kuartal 4 2026"), ("en", "2026-10", "October 2026"),
    ("id", "2026-10", "Oktober 2026"), ("en", "2026-H2", "H2 2026"), ("id", "2027", "2027"),
    ("en", "2026-12-04", "Dec 4, 2026"), ("id", "2026-12-04", "4 Des 2026"), ("en", "soon", "soon"),
])
def test_windows_in_the_reader_language(language, when, expected):
    i18n.set_language(language)
    try:
        assert i18n.format_window(when) == expected
    finally:
        i18n.set_language("en")


def test_status_labels_are_translated():
    i18n.set_language("id")
    try:
        assert [i18n.label(word, "status") for word in ("released", "official", "reported", "possible", "cancelled",
                                                       "unknown")] == [
            "Sudah tayang", "Resmi", "Dilaporkan", "Mungkin", "Dibatalkan", "Belum jelas"]
        assert i18n.format_day(date(2025, 9, 24)) == "24 Sep 2025"
    finally:
        i18n.set_language("en")


def test_public_api_is_exported():
    for name in web_package.__all__:
        assert hasattr(web_package, name)

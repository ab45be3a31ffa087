"""Publication date and outlet found in the header lines of a plain-text article."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

import dateparser

DATE_LANGUAGES = ["id", "en", "es", "fr", "pt", "de"]
DATE_SETTINGS = {"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False}
# Date and byline lines sit right under the headline; looking further down
# finds dates of events in the story, and costs dateparser calls.
HEADER_LINES = 8
# Header lines are short; a long line is already story text.
MAX_HEADER_LINE = 120

# Date shapes of news headers: 2025-09-24 and 24/09/2025 are read here;
# 24 September 2025, 16. Mai 2025, 16 de mayo de 2025 and May 16, 2025 by dateparser.
ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d)")
WORDED_DATES = (
    re.compile(r"\b\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?,?\s+(?:de\s+)?\d{4}\b"),
    re.compile(r"\b[^\W\d_]{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b"),
)
# American usage puts the month first in 05/08/2025 and most English news we
# read is American; the other languages of the packs put the day first.
MONTH_FIRST_LANGUAGES = {"en"}

# "Sumber: Kompas", "Source: The Morning Slate" name the outlet outright.
SOURCE_LINE = re.compile(r"^(?:source|sumber|fuente|fonte|quelle)\s*:\s*(\S.{0,60}?)\s*$", re.IGNORECASE)
# A dateline that opens the story with the site's name: "Layarkita.id - ...",
# "JAKARTA, Beritaku.com — ...", "Bioskopia.id, Jakarta - ...".
DATELINE_OUTLET = re.compile(
    r"^(?:[A-Z][A-Za-z .'-]{1,30},\s*)?([A-Za-z][\w-]*(?:\.[A-Za-z]{2,6}){1,2})(?:,\s*[A-Z][A-Za-z .'-]{1,30}?)?"
    r"\s*[-–—|]\s+\S"
)
OUTLET_SEARCH_LINES = 15


def header_date(lines: list[str], language: str | None = None) -> date | None:
    """The first publication date among the header lines (after the headline)."""
    for line in lines[1:HEADER_LINES]:
        if len(line) > MAX_HEADER_LINE or not re.search(r"\d{4}", line):
            continue
        found = _iso_date(line) or _numeric_date(line, language) or _worded_date(line)
        if found:
            return found
    return None


def _iso_date(line: str) -> date | None:
    for match in ISO_DATE.finditer(line):
        try:
            return date(*map(int, match.groups()))
        except ValueError:
            continue
    return None


def _numeric_date(line: str, language: str | None) -> date | None:
    for match in NUMERIC_DATE.finditer(line):
        first, second, year = map(int, match.groups())
        month_first = language in MONTH_FIRST_LANGUAGES
        # A part above 12 can only be the day, whatever the habit.
        if first > 12:
            month_first = False
        elif second > 12:
            month_first = True
        month, day = (first, second) if month_first else (second, first)
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None


def _worded_date(line: str) -> date | None:
    for pattern in WORDED_DATES:
        for match in pattern.finditer(line):
            found = dateparser.parse(match.group(0), languages=DATE_LANGUAGES, settings=DATE_SETTINGS)
            if found is not None:
                return found.date()
    return None


def parse_published(value: str | None) -> date | None:
    """A date from an input `published` field (ISO first, then any language)."""
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        found = dateparser.parse(value, languages=DATE_LANGUAGES, settings=DATE_SETTINGS)
        return found.date() if found else None


def text_outlet(lines: list[str], url: str | None) -> str | None:
    """The outlet named by a source line or a dateline, else the URL's host."""
    for line in lines[:OUTLET_SEARCH_LINES] + lines[-5:]:
        match = SOURCE_LINE.match(line)
        if match:
            return match.group(1)
    for line in lines[1:OUTLET_SEARCH_LINES]:
        match = DATELINE_OUTLET.match(line)
        if match:
            return match.group(1)
    return url_outlet(url)


def url_outlet(url: str | None) -> str | None:
    """The host of `url` without a leading www., or None."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    return host or None

"""RSS and Atom feeds: each entry becomes a document."""

from __future__ import annotations

import html
import re
import time
from dataclasses import dataclass

import feedparser

from nextseason.models import Document, SourceError

FEED_MEDIA_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/x-rss+xml"}
# A feed's root element comes first, after at most a byte-order mark, processing
# instructions (<?xml ...?>, stylesheets), comments and a doctype; an HTML page
# never starts that way, whatever content type a server gives either.
FEED_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:(?:<\?[^>]*>|<!--.*?-->|<!DOCTYPE[^>]*>)\s*)*<(?:rss|feed|rdf:RDF)[\s>]",
    re.IGNORECASE | re.DOTALL,
)
FEED_SNIFF_BYTES = 4096
BLOCK_END = re.compile(r"</(?:p|div|li|h[1-6]|blockquote|tr)>|<br\s*/?>", re.IGNORECASE)
TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class FeedEntry:
    """What a feed says about one article."""

    id: str
    link: str | None
    title: str
    published: str | None
    content: str


def looks_like_feed(data: bytes, content_type: str | None = None) -> bool:
    """True when a content type or the start of a body says it is a feed."""
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    return media_type in FEED_MEDIA_TYPES or bool(FEED_START.match(data[:FEED_SNIFF_BYTES]))


def parse_feed(data: bytes, source: str) -> list[FeedEntry]:
    """Entries of a feed, or SourceError when the bytes are not a usable feed."""
    parsed = feedparser.parse(data)
    entries = []
    for position, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link") or None
        feed_entry = FeedEntry(
            id=link or entry.get("id") or f"{source}#{position}",
            link=link,
            title=" ".join(entry.get("title", "").split()),
            published=_entry_date(entry),
            content=_entry_content(entry),
        )
        # The lenient parser turns the tail of a cut feed into an empty entry.
        if feed_entry.link or feed_entry.title or feed_entry.content:
            entries.append(feed_entry)
    if not entries:
        if parsed.bozo:
            problem = " ".join(str(parsed.get("bozo_exception", "")).split())[:120]
            raise SourceError(source, f"malformed feed ({problem})" if problem else "malformed feed")
        if not parsed.version:
            raise SourceError(source, "not a feed")
        raise SourceError(source, "feed has no entries")
    return entries


def entry_document(entry: FeedEntry, source: str) -> Document | SourceError:
    """A text document from the entry's own title and summary or content."""
    if not entry.content and not entry.title:
        return SourceError(source, "feed entry has neither content nor a reachable link")
    text = entry.title + "\n\n" + entry.content if entry.title else entry.content
    return Document(source=source, id=entry.id, url=entry.link, published=entry.published, text=text.strip())


def _entry_date(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return time.strftime("%Y-%m-%d", parsed)


def _entry_content(entry) -> str:
    """The richest body the entry carries, as plain text with paragraph breaks."""
    body = ""
    for content in entry.get("content", []) or []:
        if len(content.get("value", "")) > len(body):
            body = content.get("value", "")
    if len(entry.get("summary", "")) > len(body):
        body = entry.get("summary", "")
    text = html.unescape(TAG.sub("", BLOCK_END.sub("\n\n", body)))
    paragraphs = (" ".join(part.split()) for part in text.split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)

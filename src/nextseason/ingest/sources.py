"""Sources (files, folders, URLs, feeds, WARC, JSON lines) to documents."""

from __future__ import annotations

import json
import os
import sys
import zlib
from pathlib import Path
from typing import IO, Iterator

from nextseason.ingest.decode import NotText, charset_from_content_type, decode_bytes
from nextseason.ingest.feeds import FeedEntry, entry_document, looks_like_feed, parse_feed
from nextseason.ingest.fetcher import FetchConfig, Fetched, Fetcher, FetchError
from nextseason.ingest.warc import warc_documents
from nextseason.models import Document, SourceError, replace

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
WARC_SUFFIXES = (".warc", ".warc.gz")
# saved pages are often gzipped: "page.html.gz", "feed.xml.gz"
GZIP_SUFFIXES = tuple(s + ".gz" for s in TEXT_SUFFIXES + HTML_SUFFIXES + FEED_SUFFIXES)
KNOWN_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + FEED_SUFFIXES + WARC_SUFFIXES + GZIP_SUFFIXES
HTML_MEDIA_TYPES = ("text/html", "application/xhtml+xml")
JSONL_FIELDS = ("id", "url", "published", "text", "html")


def documents(
    sources: list[str],
    jsonl: str | None = None,
    config: FetchConfig | None = None,
    *,
    fetcher: Fetcher | None = None,
) -> Iterator[Document | SourceError]:
    """Yield, in input order (sources, then JSON lines), a Document per article or a SourceError."""
    # A given fetcher brings its own config and caches (robots, validators).
    config = fetcher.config if fetcher else (config or FetchConfig())
    lazy = LazyFetcher(config, fetcher)
    try:
        for source in sources:
            yield from _one_source(source, config, lazy)
        if jsonl is not None:
            yield from jsonl_documents(jsonl, config.max_bytes)
    finally:
        lazy.close()


def _one_source(source: str, config: FetchConfig, lazy: "LazyFetcher") -> Iterator[Document | SourceError]:
    if source.lower().startswith(("http://", "https://")):
        yield from url_documents(source, lazy.get(), source_id=source)
        return
    path = Path(source)
    if path.is_dir():
        yield from _folder_documents(path, config, lazy)
    elif not path.exists():
        yield SourceError(source, "no such file or folder")
    else:
        yield from _file_documents(path, source, config, lazy)


def _folder_documents(folder: Path, config: FetchConfig, lazy: "LazyFetcher") -> Iterator[Document | SourceError]:
    found = False
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or not name.lower().endswith(KNOWN_SUFFIXES):
                continue
            found = True
            path = Path(root) / name
            yield from _file_documents(path, str(path), config, lazy)
    if not found:
        yield SourceError(str(folder), "folder holds no .txt, .html, feed or WARC files")


def _file_documents(path: Path, source: str, config: FetchConfig, lazy: "LazyFetcher") -> Iterator[Document | SourceError]:
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        yield from warc_documents(source, config.max_bytes)
        return
    if not name.endswith(KNOWN_SUFFIXES):
        yield SourceError(source, "unknown file kind (expected .txt, .html, .htm, .xml, .rss, .atom, .warc, .warc.gz)")
        return
    try:
        size = path.stat().st_size
        if size > config.max_bytes:
            yield SourceError(source, f"file is larger than the {config.max_bytes / 1_000_000:g} MB cap")
            return
        data = path.read_bytes()
    except OSError as error:
        yield SourceError(source, f"cannot read: {error.strerror or error}")
        return
    if name.endswith(GZIP_SUFFIXES):
        try:
            data = _gunzip(data, config.max_bytes)
        except ValueError as error:
            yield SourceError(source, str(error))
            return
        name = name[:-3]
    if name.endswith(FEED_SUFFIXES):
        yield from feed_documents(data, source, lazy)
        return
    try:
        content = decode_bytes(data)
    except NotText as error:
        yield SourceError(source, str(error))
        return
    if name.endswith(HTML_SUFFIXES):
        yield Document(source=source, id=source, html=content)
    else:
        yield Document(source=source, id=source, text=content)


def _gunzip(data: bytes, max_bytes: int) -> bytes:
    """The content of a gzipped file, refusing one that grows past the size cap (a gzip bomb)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        content = inflater.decompress(data, max_bytes + 1)
    except zlib.error as error:
        raise ValueError(f"not a readable gzip file ({error})") from None
    if len(content) > max_bytes or inflater.unconsumed_tail:
        raise ValueError(f"decompresses to more than the {max_bytes / 1_000_000:g} MB cap")
    return content


def url_documents(url: str, fetcher: Fetcher, source_id: str | None = None) -> Iterator[Document | SourceError]:
    """Fetch a URL: a page gives one document, a feed one per entry, a 304 none."""
    try:
        fetched = fetcher.get(url)
    except FetchError as error:
        yield error
        return
    if fetched.not_modified:
        return
    yield from fetched_documents(fetched, fetcher, source_id or url)


def fetched_documents(fetched: Fetched, fetcher: Fetcher, source_id: str) -> Iterator[Document | SourceError]:
    """Documents from an answered request, by its content type or its looks."""
    source = fetched.url
    if looks_like_feed(fetched.body, fetched.content_type):
        yield from feed_documents(fetched.body, source, LazyFetcher(fetcher.config, fetcher))
        return
    media_type = fetched.content_type.split(";", 1)[0].strip().lower()
    if media_type and media_type not in HTML_MEDIA_TYPES and media_type != "text/plain":
        yield SourceError(source, f"not a text page (content type {media_type})")
        return
    try:
        content = decode_bytes(fetched.body, charset_from_content_type(fetched.content_type))
    except NotText as error:
        yield SourceError(source, str(error))
        return
    if media_type == "text/plain":
        yield Document(source=source, id=source_id, url=fetched.final_url, text=content)
    else:
        yield Document(source=source, id=source_id, url=fetched.final_url, html=content)


def feed_documents(data: bytes, source: str, lazy: "LazyFetcher") -> Iterator[Document | SourceError]:
    """A document per feed entry: the linked page when it can be fetched, else the entry itself."""
    try:
        entries = parse_feed(data, source)
    except SourceError as error:
        yield error
        return
    for entry in entries:
        yield from feed_entry_documents(entry, source, lazy)


def feed_entry_documents(entry: FeedEntry, source: str, lazy: "LazyFetcher") -> Iterator[Document | SourceError]:
    """The documents of one feed entry (none when its page answered 304)."""
    link = entry.link or ""
    if not (lazy.config.fetch_feed_links and link.lower().startswith(("http://", "https://"))):
        yield entry_document(entry, source)
        return
    try:
        fetched = lazy.get().get(link)
    except FetchError as error:
        # The entry's own summary stands in for a page we may not or cannot fetch.
        yield entry_document(entry, source) if entry.content else error
        return
    if fetched.not_modified:
        return
    for document in fetched_documents(fetched, lazy.get(), entry.id):
        if isinstance(document, Document) and document.published is None and entry.published:
            document = replace(document, published=entry.published)
        yield document


def jsonl_documents(jsonl: str, max_bytes: int, stream: IO[str] | None = None) -> Iterator[Document | SourceError]:
    """One document per line of a JSON-lines file (`-` reads standard input)."""
    name = "<stdin>" if jsonl == "-" else jsonl
    if stream is None and jsonl != "-":
        try:
            handle = open(jsonl, encoding="utf-8", errors="strict", newline="")
        except OSError as error:
            yield SourceError(jsonl, f"cannot read: {error.strerror or error}")
            return
    else:
        handle = stream or sys.stdin
    try:
        line_number = 0
        while True:
            line_number += 1
            where = f"{name}:{line_number}"
            try:
                line = handle.readline(max_bytes + 1)
            except UnicodeDecodeError:
                yield SourceError(where, "line is not valid UTF-8; stopped reading the file")
                return
            if not line:
                return
            if len(line) > max_bytes and not line.endswith("\n"):
                yield SourceError(where, f"line is longer than the {max_bytes / 1_000_000:g} MB cap; stopped reading the file")
                return
            if line.strip():
                yield _jsonl_record(line, where)
    finally:
        if handle is not sys.stdin and handle is not stream:
            handle.close()


def _jsonl_record(line: str, where: str) -> Document | SourceError:
    try:
        record = json.loads(line)
    except ValueError as error:
        return SourceError(where, f"not valid JSON ({error.msg} at column {error.colno})")
    if not isinstance(record, dict):
        return SourceError(where, "not a JSON object")
    for key in JSONL_FIELDS:
        if record.get(key) is not None and not isinstance(record[key], str):
            return SourceError(where, f'"{key}" must be a string')
    text, page = record.get("text"), record.get("html")
    if not (text and text.strip()) and not (page and page.strip()):
        return SourceError(where, 'needs a non-empty "text" or "html"')
    identifier = record.get("id") or record.get("url") or where
    # Text as the scraper gave it is preferred when both are sent.
    if text and text.strip():
        return Document(source=where, id=identifier, url=record.get("url"), published=record.get("published"), text=text)
    return Document(source=where, id=identifier, url=record.get("url"), published=record.get("published"), html=page)


class LazyFetcher:
    """Creates the HTTP client only when a source needs the network."""

    def __init__(self, config: FetchConfig, fetcher: Fetcher | None):
        self.config = config
        self._fetcher = fetcher
        self._owned = False

    def get(self) -> Fetcher:
        """The fetcher, created on first use."""
        if self._fetcher is None:
            self._fetcher = Fetcher(self.config)
            self._owned = True
        return self._fetcher

    def close(self) -> None:
        """Close the fetcher if this object created it."""
        if self._owned and self._fetcher is not None:
            self._fetcher.close()

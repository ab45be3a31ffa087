"""Documents to articles: clean text, headline, date, language and outlet."""

from __future__ import annotations

import trafilatura
from htmldate import find_date
from lxml import etree
from trafilatura.metadata import (
    Document as PageMetadata, examine_meta, extract_meta_json, extract_sitename, extract_title, extract_url,
)
from trafilatura.utils import load_html

from nextseason.extract.clean import clean_text
from nextseason.extract.language import detect_language
from nextseason.extract.textmeta import header_date, parse_published, text_outlet, url_outlet
from nextseason.models import Article, Document, SourceError

# htmldate's quick pass: the markup and URL give the date on news pages, and
# the extensive text search costs more than the extraction itself.
# A page whose main text is shorter than this is a menu, an error page or a
# gallery, not an article (the shortest news briefs run to two sentences).
MIN_HTML_WORDS = 12
DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}
# Elements trafilatura's cleaning always deletes before it looks for the main text. Once the
# metadata is read from them, they go: trafilatura copies the tree it is given, and copying
# and walking a page's scripts, styles and head costs about a tenth of the extraction.
DROPPED_BEFORE_EXTRACTION = ("head", "script", "style", "noscript", "svg")


def article_from_document(doc: Document) -> Article:
    """The article of a document; SourceError when it is not an article or has no text."""
    if doc.html is not None:
        return _from_html(doc)
    if doc.text is not None:
        return _from_text(doc)
    raise SourceError(doc.source, "document has neither text nor html")


def _from_text(doc: Document) -> Article:
    text = clean_text(doc.text or "")
    if not text:
        raise SourceError(doc.source, "no text")
    lines = [line for line in text.split("\n") if line]
    language = detect_language(text)
    return Article(
        id=doc.id,
        text=text,
        headline=lines[0],
        url=doc.url,
        published=parse_published(doc.published) or header_date(lines, language),
        language=language,
        outlet=text_outlet(lines, doc.url),
        source=doc.source,
    )


def page_metadata(tree, url: str | None) -> PageMetadata:
    """Title, URL, date and site name of a parsed page: trafilatura's metadata steps an article needs.

    trafilatura's own `extract_metadata` also looks for authors, categories, tags and a
    licence, which cost as much again as everything else on a page; these four are read
    the same way it reads them.
    """
    metadata = examine_meta(tree)
    try:
        metadata = extract_meta_json(tree, metadata)
    except Exception:  # noqa: BLE001 - trafilatura's JSON-LD reader fails on some malformed blocks
        pass
    if not metadata.title:
        metadata.title = extract_title(tree)
    if not metadata.url:
        metadata.url = extract_url(tree, url)
    metadata.date = find_date(tree, url=metadata.url, **DATE_PARAMS)
    if not metadata.sitename:
        metadata.sitename = extract_sitename(tree)
    if metadata.sitename:
        metadata.sitename = metadata.sitename.lstrip("@")
        if metadata.sitename and "." not in metadata.sitename and not metadata.sitename[0].isupper():
            metadata.sitename = metadata.sitename.title()
    metadata.clean_and_trim()
    return metadata


def _from_html(doc: Document) -> Article:
    # One parse serves the metadata and then the main text (fast: no fallback extractors).
    tree = load_html(doc.html)
    if tree is None:
        raise SourceError(doc.source, "not an article (the HTML could not be parsed)")
    metadata = page_metadata(tree, doc.url)
    etree.strip_elements(tree, *DROPPED_BEFORE_EXTRACTION, with_tail=False)
    extracted = trafilatura.bare_extraction(tree, url=doc.url, fast=True, with_metadata=False,
                                            include_comments=False)
    if extracted is None or not (extracted.text or "").strip():
        raise SourceError(doc.source, "not an article (no main text found)")
    # trafilatura writes one paragraph a line; articles keep blank lines between paragraphs.
    body = clean_text("\n\n".join(extracted.text.split("\n")))
    if len(body.split()) < MIN_HTML_WORDS:
        raise SourceError(doc.source, "not an article (no main text found)")
    headline = " ".join((metadata.title or "").split())
    # The headline leads the text, as in plain-text articles, so claims made in
    # it have offsets too.
    text = body if not headline or body.startswith(headline) else f"{headline}\n\n{body}"
    if not headline:
        headline = text.split("\n", 1)[0]
    return Article(
        id=doc.id,
        text=text,
        headline=headline,
        url=doc.url,
        published=parse_published(doc.published) or parse_published(metadata.date),
        language=detect_language(body),
        outlet=(metadata.sitename or "").strip() or url_outlet(doc.url) or url_outlet(metadata.url) or None,
        source=doc.source,
    )

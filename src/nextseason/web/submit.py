"""Adding an article from the web: pasted text or a URL, through extract and nlp into the store."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from nextseason.models import ArticleResult, Document, SourceError
from nextseason.store import Store
from nextseason.tracker import changes
from nextseason.web.search import work_slug

MAX_TEXT = 200_000


@dataclass
class Submission:
    """What adding one article did: whether it was new, what it said, which statuses changed."""

    saved: bool
    article: str
    installments: list[dict] = field(default_factory=list)
    changes: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"saved": self.saved, "article": self.article, "installments": self.installments,
                "changes": self.changes}


def document_for(text: str | None, url: str | None, published: str | None) -> Document:
    """The document to read: fetched from `url`, else the pasted text."""
    if url:
        # Imported here: the fetcher pulls in the network stack only when a URL is given.
        from nextseason.ingest import FetchConfig, documents

        for found in documents([url], config=FetchConfig(total_timeout=30.0, max_bytes=5_000_000)):
            if isinstance(found, SourceError):
                raise found
            if published and not found.published:
                found = Document(source=found.source, id=found.id, url=found.url, published=published,
                                 text=found.text, html=found.html)
            return found
        raise SourceError(url, "nothing to read at this address")
    text = (text or "").strip()
    if not text:
        raise SourceError("form", "paste the article's text or give its URL")
    if len(text) > MAX_TEXT:
        raise SourceError("form", f"the text is longer than {MAX_TEXT} characters")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return Document(source="form", id=f"web-{digest}", published=published or None, text=text)


def analyse(store: Store, document: Document) -> ArticleResult:
    """The article of a document and the installments it speaks of, as `extract` gives them."""
    # Imported here: trafilatura and the language packs take seconds to load, and only writers need them.
    from nextseason.nlp import Catalog
    from nextseason.pipeline import process

    return process(document, Catalog(store.catalog()))


def save_with_changes(store: Store, result: ArticleResult) -> Submission:
    """Save an analysed article and report the status changes it caused."""
    titles = sorted({installment.work for installment in result.installments})
    before = {title: _keys(changes(store, work=title)) for title in titles}
    saved = store.save(result)
    new_changes = []
    if saved:
        for title in titles:
            for change in changes(store, work=title):
                if _key(change) not in before.get(title, set()):
                    new_changes.append({**change, "id": work_slug(change["work"])})
    return Submission(saved=saved, article=result.article.id,
                      installments=[{**installment.to_dict(), "id": work_slug(installment.work)}
                                    for installment in result.installments],
                      changes=new_changes)


def _key(change: dict) -> tuple:
    return (change["work"], change["n"], change["date"], change["old"], change["new"], change["kind"],
            change["article"])


def _keys(found: list[dict]) -> set[tuple]:
    return {_key(change) for change in found}


def submit(context, text: str | None, url: str | None, published: str | None) -> Submission:
    """Read, analyse and save one article for the web, then refresh pages (webhooks post from the outbox)."""
    result = analyse(context.store, document_for(text, url, published))
    submission = save_with_changes(context.store, result)
    if submission.saved:
        context.changed()
    return submission

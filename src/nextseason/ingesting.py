"""Ingest: sources to stored articles, through the pre-filter, the pure stages and the duplicate check."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Callable, Iterable

from .extract import NearDuplicateIndex, installment_prefilter, signature
from .ingest import FetchConfig, documents
from .models import ArticleResult, Document, SourceError
from .nlp import Catalog
from .pipeline import process
from .store import Store

BATCH = 200


@dataclass
class IngestSummary:
    """What one ingest did, for the closing line."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    irrelevant: int = 0
    installments: int = 0

    @staticmethod
    def failure_reasons(failures: list[SourceError]) -> dict[str, int]:
        return dict(Counter(f.reason for f in failures).most_common())


class Ingester:
    """Feeds documents through the stages into a store, batch by batch."""

    def __init__(self, store: Store, on_error: Callable[[SourceError], None] | None = None,
                 on_article: Callable[[], None] | None = None):
        self.store = store
        self.on_error = on_error or (lambda error: None)
        self.on_article = on_article or (lambda: None)
        self.prefilter = installment_prefilter()
        self.catalog = Catalog(store.catalog())
        self.near = NearDuplicateIndex()
        for key, blob in store.signatures():
            self.near.add(key, blob)
        self.summary = IngestSummary()
        self.pending: list[tuple[ArticleResult, bytes]] = []

    def add(self, document: Document) -> None:
        self.summary.read += 1
        self.on_article()
        raw = document.html if document.html is not None else (document.text or "")
        if not self.prefilter.may_be_relevant(raw):
            self.summary.irrelevant += 1
            return
        try:
            result = process(document, self.catalog)
        except SourceError as error:
            self.on_error(error)
            return
        # a syndicated copy with another header and footer counts once; the signature is made once
        blob = signature(result.article.text)
        if self.near.find(blob):
            self.summary.near_duplicates += 1
            return
        self.near.add(result.article.id, blob)
        self.pending.append((result, blob))
        if len(self.pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        batch, self.pending = self.pending, []
        stored = self.store.save_many([r for r, _ in batch], batch_size=BATCH, minhashes=[b for _, b in batch])
        self.summary.stored += stored
        self.summary.duplicates += len(batch) - stored
        self.summary.installments += sum(len(r.installments) for r, _ in batch)
        self.catalog = Catalog(self.store.catalog())


def ingest_documents(store: Store, sources: list[str], jsonl: str | None, config: FetchConfig | None,
                     on_error: Callable[[SourceError], None] | None = None,
                     on_article: Callable[[], None] | None = None) -> IngestSummary:
    """Read every source and store what is new; unreadable sources go to `on_error`."""
    ingester = Ingester(store, on_error, on_article)
    for item in documents(sources, jsonl, config):
        if isinstance(item, SourceError):
            ingester.on_error(item)
        else:
            ingester.add(item)
    ingester.flush()
    return ingester.summary


def ingest_stream(store: Store, found: Iterable[Document]) -> IngestSummary:
    """Store documents already read (from a watched feed)."""
    ingester = Ingester(store)
    for document in found:
        ingester.add(document)
    ingester.flush()
    return ingester.summary

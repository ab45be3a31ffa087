"""The pure stages joined: a document in, an article with its installments out (no database)."""

from __future__ import annotations

from .extract import article_from_document
from .models import ArticleResult, Document
from .nlp import Catalog, analyze
from .status import installments


def process(document: Document, catalog: Catalog | None = None) -> ArticleResult:
    """Extract the article, find its installments and claims, and give each its status.

    Raises SourceError when the document is not a readable article.
    """
    article = article_from_document(document)
    return ArticleResult(article, installments(article, analyze(article, catalog)))

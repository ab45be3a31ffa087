"""Documents to articles: main text, clean text, metadata, relevance and duplicates (DESIGN.md)."""

from nextseason.extract.article import article_from_document
from nextseason.extract.clean import clean_text
from nextseason.extract.dedupe import NearDuplicateIndex, content_hash, signature
from nextseason.extract.language import detect_language
from nextseason.extract.prefilter import Prefilter, installment_prefilter

__all__ = [
    "article_from_document", "clean_text", "detect_language",
    "Prefilter", "installment_prefilter", "content_hash", "signature", "NearDuplicateIndex",
]

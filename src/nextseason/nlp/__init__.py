"""The language engine: articles in, installments and claims out (pure: no I/O, no database)."""

from .engine import Finding, analyze, speaks_of_installments
from .pack import InstallmentWords, Pack, installment_words, packs
from .works import Catalog, normalise

__all__ = ["Finding", "analyze", "speaks_of_installments", "InstallmentWords", "installment_words", "Pack", "packs",
           "Catalog", "normalise"]

"""The language engine: articles in, installments and claims out (pure: no I/O, no database)."""

from .engine import Finding, analyze
from .pack import Pack, packs, season_vocabulary
from .works import Catalog, normalise

__all__ = ["Finding", "analyze", "Pack", "packs", "season_vocabulary", "Catalog", "normalise"]

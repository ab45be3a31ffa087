"""Language of an article, with the packaged offline identifier py3langid."""

from __future__ import annotations

import copy
import threading

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# The languages the language packs read; the identifier picks among these,
# which keeps Indonesian from being taken for Malay on short texts.
ARTICLE_LANGUAGES = ("id", "en", "es", "fr", "pt", "de")
# All six are written in Latin letters: a text mostly in other scripts (Hangul,
# kana, Cyrillic) is none of them, and the full model names it instead.
MIN_LATIN_SHARE = 0.5
# Five hundred characters identify a language reliably (the same answers as a thousand on the
# benchmark, development and sample articles); the DFA walk costs per byte.
SAMPLE_CHARS = 500

_identifiers: tuple[LanguageIdentifier, LanguageIdentifier] | None = None
_lock = threading.Lock()


def _models() -> tuple[LanguageIdentifier, LanguageIdentifier]:
    """The full model, and the same model choosing among ARTICLE_LANGUAGES only (it scores 6 classes, not 97)."""
    global _identifiers
    with _lock:
        if _identifiers is None:
            full = LanguageIdentifier.from_model_file(MODEL_FILE)
            ours = copy.copy(full)  # shares the model's arrays; set_languages gives the copy its own columns
            ours.set_languages(list(ARTICLE_LANGUAGES))
            _identifiers = full, ours
        return _identifiers


def latin_share(text: str) -> float:
    """Share of letters in `text` that are Latin (ASCII or Latin-1/Extended)."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if ch < "\u0250") / len(letters)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text`, or None when it has no letters."""
    sample = text[:SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return None
    full, ours = _models()
    if sample.isascii() or latin_share(sample) >= MIN_LATIN_SHARE:
        return ours.classify(sample)[0]  # the best of the article languages
    return full.rank(sample)[0][0]

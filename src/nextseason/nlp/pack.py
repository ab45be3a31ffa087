"""Language packs: one folder per language under nlp/lang/, found by scanning.

A pack is its `lexicon.py` (cue words as constants, see nlp/lang/en/lexicon.py
for every name a lexicon may define), `examples.py`, and `sentences.jsonl`
(annotated sentences the tests run for every pack found). Nothing central
lists the languages.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import ModuleType

LANG_DIR = Path(__file__).parent / "lang"

# Everything a lexicon may define, with the value used when it does not.
LEXICON_DEFAULTS: dict[str, object] = {
    "SEASON_NOUNS": [], "FILM_NOUNS": [], "SEQUEL_NOUNS": [], "FINAL_WORDS": [], "FINAL_AFTER_NOUN": [],
    "AFTER_COUNT_WORDS": [], "NUMBER_JOINERS": [], "NUMBER_WORDS": {}, "ORDINALS": {},
    "ORDINAL_PATTERNS": [], "FINAL_STATEMENTS": [], "TYPE_NOUNS": [], "TITLE_CONNECTORS": [], "OPENERS": [],
    "COMMON_CAPITALISED": [], "NUMBER_UNITS": [],
    "RENEWAL": [], "CANCELLATION": [], "NOMINAL_CANCELLATION": [], "PRODUCTION": {}, "RELEASE": [], "RELEASED_PAST": [],
    "FUTURE_MARKERS": [], "CAST": [], "ANNOUNCE": [],
    "NEGATIONS": [], "FUTURE_NEGATIONS": [], "NOT_CONFIRMED": [], "DENIAL": [], "NO_COMMENT": [], "HEDGES": [],
    "REPORTED": [], "RUMOUR": [], "FORWARD_SOURCE": [], "RETRACTION": [],
    "PLATFORM_WORDS": [], "CREATOR_WORDS": [], "CREW_WORDS": [], "CAST_WORDS": [],
    "FAN_WORDS": [], "MEDIA_WORDS": [], "VENUE_PREPOSITIONS": [], "SPEECH_VERBS": [], "ACCORDING_TO": [],
    "MONTHS": {}, "YEAR_SEASONS": {}, "YEAR_PARTS": {}, "NEXT": [], "THIS": [],
    "NEXT_YEAR": [], "THIS_YEAR": [], "LAST_YEAR": [], "YEAR_PREFIXES": [], "HOLIDAYS": {},
    "SEASON_VOCABULARY": [], "WORD_SUFFIXES": [], "BORROWS_ENGLISH": False,
}

# Cue lists that take a language's enclitic suffixes ("membatalkannya", "mempertimbangkannya").
SUFFIXED = ("RENEWAL", "CANCELLATION", "RELEASE", "RELEASED_PAST", "CAST", "NOT_CONFIRMED", "DENIAL", "NO_COMMENT",
            "HEDGES", "REPORTED", "ANNOUNCE", "SPEECH_VERBS")


def alternation(words) -> str:
    """One non-capturing group matching any fragment, longest first.

    Fragments that start with a plain letter are grouped under it ("r(?:enewed|eviewing)"):
    the regex engine then tries one group per position instead of every fragment, which
    makes a scan of a long cue list several times faster.
    """
    ordered = sorted({w for w in words if w}, key=len, reverse=True)
    if not ordered:
        return "(?!)"
    by_letter: dict[str, list[str]] = {}
    other: list[str] = []
    for fragment in ordered:
        first = fragment[0]
        if first.isalpha() and (len(fragment) == 1 or fragment[1] not in "?*+{"):
            by_letter.setdefault(first, []).append(fragment[1:])
        else:
            other.append(fragment)
    # the letter keeps its case: patterns compiled without IGNORECASE (platform names) stay exact
    groups = [letter + "(?:" + "|".join(rests) + ")" for letter, rests in sorted(by_letter.items())]
    return "(?:" + "|".join(other + groups) + ")"


def word_regex(words, flags=re.IGNORECASE) -> re.Pattern:
    """Compile fragments to match only as whole words."""
    return re.compile(r"(?<![\w-])" + alternation(words) + r"(?![\w])", flags)


@dataclass(eq=False)  # hashed by identity: compiled grammars are cached per pack
class Pack:
    """The cue words of one language, merged from its lexicon."""

    code: str
    name: str
    words: dict[str, object] = field(repr=False)
    examples: list[str] = field(default_factory=list)
    folder: Path | None = None

    @classmethod
    def from_module(cls, lexicon: ModuleType, examples: list[str] | None = None) -> Pack:
        words = {key: getattr(lexicon, key, default) for key, default in LEXICON_DEFAULTS.items()}
        if words["WORD_SUFFIXES"]:
            suffix = alternation(words["WORD_SUFFIXES"])
            for key in SUFFIXED:
                words[key] = [f"(?:{w}){suffix}?" for w in words[key]]
            words["PRODUCTION"] = {stage: [f"(?:{w}){suffix}?" for w in cues] for stage, cues in words["PRODUCTION"].items()}
        folder = Path(lexicon.__file__).parent
        return cls(code=lexicon.CODE, name=lexicon.NAME, words=words, examples=list(examples or []), folder=folder)

    def __getitem__(self, key: str):
        return self.words[key]

    @property
    def sentences_file(self) -> Path | None:
        return self.folder / "sentences.jsonl" if self.folder else None


@cache
def packs() -> dict[str, Pack]:
    """Every language pack found under nlp/lang/, by language code."""
    found: dict[str, Pack] = {}
    for info in pkgutil.iter_modules([str(LANG_DIR)]):
        folder = LANG_DIR / info.name
        # a folder is a pack once it has its lexicon and examples
        if not info.ispkg or not (folder / "lexicon.py").exists() or not (folder / "examples.py").exists():
            continue
        module = importlib.import_module(f"nextseason.nlp.lang.{info.name}")
        pack = getattr(module, "PACK", None)
        if isinstance(pack, Pack):
            found[pack.code] = pack
    return found


def merged(codes: tuple[str, ...]) -> Pack:
    """One pack holding the cue words of several languages (an article's, then English)."""
    return _merged(tuple(dict.fromkeys(c for c in codes if c in packs())))


@cache
def _merged(codes: tuple[str, ...]) -> Pack:
    chosen = [packs()[c] for c in codes] or [packs()["en"]]
    words: dict[str, object] = {}
    for key, default in LEXICON_DEFAULTS.items():
        if isinstance(default, dict):
            value: dict = {}
            for pack in reversed(chosen):  # the first language wins on conflicts
                for k, v in pack[key].items():
                    if isinstance(v, list) and isinstance(value.get(k), list):
                        value[k] = value[k] + v
                    else:
                        value[k] = v
            words[key] = value
        elif isinstance(default, bool):
            words[key] = any(pack[key] for pack in chosen)
        else:
            words[key] = [w for pack in chosen for w in pack[key]]
    return Pack(code="+".join(codes), name=" + ".join(p.name for p in chosen), words=words)


def season_vocabulary() -> list[str]:
    """Words without which no text can be about an installment, from every pack (for the pre-filter)."""
    vocabulary: set[str] = set()
    for pack in packs().values():
        vocabulary.update(pack["SEASON_VOCABULARY"])
    return sorted(vocabulary)

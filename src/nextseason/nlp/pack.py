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
import threading
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Iterable

from .platforms import PLATFORMS

try:
    import hyperscan
except ImportError:  # no wheel for this platform: the engine's gate then looks for each term in turn
    hyperscan = None  # type: ignore[assignment]

_TERM_LOCK = threading.Lock()

LANG_DIR = Path(__file__).parent / "lang"

# Everything a lexicon may define, with the value used when it does not.
LEXICON_DEFAULTS: dict[str, object] = {
    "SEASON_NOUNS": [], "SEASON_LETTERS": [], "FILM_NOUNS": [], "SEQUEL_NOUNS": [], "FINAL_WORDS": [], "FINAL_AFTER_AND": [], "FINAL_AFTER_NOUN": [], "FIRST_AFTER_NOUN": [], "FINALE_WORDS": [],
    "PART_NOUNS": [], "PART_OF": [], "NEW_SEASON": [], "KIND_BEFORE_TITLE": [], "CLAUSE_AND": [], "THROUGH": [], "LAST": [], "SEASON_PREFIXES": [], "SAME_YEAR": [],
    "CONDITION_WORDS": [], "PASSIVE_AGENT": [], "REPORT_NOUNS": [], "FROM_WORDS": [], "SOURCE_DETERMINERS": [],
    "CLAUSE_BREAK_WORDS": [], "COMPANY_ROLE_WORDS": [], "ADDRESSEE_WORDS": [], "MORE_SEASONS": [], "FIRST_SEASONS": [],
    "AFTER_COUNT_WORDS": [], "COUNT_IN_WORDS": [], "ONE_AFTER_COUNT": [], "NUMBER_JOINERS": [], "NUMBER_WORDS": {}, "ORDINALS": {},
    "ORDINAL_PATTERNS": [], "FINAL_STATEMENTS": [], "TYPE_NOUNS": [], "TITLE_CONNECTORS": [], "HEADING_CONNECTORS": [], "OPENERS": [], "TITLE_CASE_VERBS": [],
    "COMMON_CAPITALISED": [], "NUMBER_UNITS": [], "TITLE_ARTICLES": [], "TITLE_ENDS": [], "SPINOFF_WORDS": [], "WORKING_TITLE": [],
    "RENEWAL": [], "CANCELLATION": [], "NOMINAL_CANCELLATION": [], "PRODUCTION": {}, "RELEASE": [], "RELEASED_PAST": [], "BEGUN": [],
    "FUTURE_MARKERS": [], "CAST": [], "ANNOUNCE": [],
    "NEGATIONS": [], "FUTURE_NEGATIONS": [], "NOT_CONFIRMED": [], "DENIAL": [], "NO_COMMENT": [], "HEDGES": [],
    "REPORTED": [], "RUMOUR": [], "FORWARD_SOURCE": [], "RETRACTION": [], "OFFICIALLY": [], "UNOFFICIALLY": [], "SUPERSEDED": [], "HABITUAL": [], "CREDIT_WORDS": [], "PROMPTLY": [], "DATE_LATER": [],
    "PLATFORM_WORDS": [], "CREATOR_WORDS": [], "CREW_WORDS": [], "CAST_WORDS": [],
    "FAN_WORDS": [], "MEDIA_WORDS": [], "VENUE_PREPOSITIONS": [], "DECIDED_PARTICIPLES": [], "OWNING_KINDS": [], "SPEECH_VERBS": [], "ACCORDING_TO": [],
    "MONTHS": {}, "YEAR_SEASONS": {}, "YEAR_PARTS": {}, "HALVES": {}, "NEXT": [], "THIS": [],
    "NEXT_YEAR": [], "THIS_TIME_NEXT_YEAR": [], "THIS_YEAR": [], "LAST_YEAR": [], "YEARS_AGO": [], "NEXT_MONTH": [], "THIS_MONTH": [], "LAST_MONTH": [], "YEAR_PREFIXES": [], "YEAR_BEFORE": [], "UNTIL": [], "SINCE": [], "HOLIDAYS": {}, "MOVING_HOLIDAYS": {},
    "TV_SEASONS": [], "MIDSEASON": [],
    "DELAY_VERBS": [], "DELAY_TO": [], "WEEKDAYS": {}, "WEEKDAY_SHORT": {}, "COMING_WEEKDAY": [], "NEXT_WEEK": [], "LAST_WEEK": [], "TODAY": [], "TOMORROW": [], "YESTERDAY": [],
    "SUBJECT_PRONOUNS": [], "SUBJECT_NOUNS": [], "CAUSE_OPENERS": [], "COMPANY_PRONOUNS": [], "OBJECT_PRONOUNS": [], "VERB_NEGATIONS": [], "RETURN_WORDS": [], "RUN_END_WORDS": [], "CINEMA_WORDS": [],
    "TIME_CLAUSE_WORDS": [], "RELATIVE_PRONOUNS": [], "THAT_WORDS": [], "ANOTHER_WORDS": [], "CLOSE_TO_WORDS": [], "AGENCY_WORDS": [],
    "SPOKEN_ON": [], "SPLIT_IN_TWO": [], "INTERVIEW_WORDS": [], "DATE_NOUNS": [], "DETAIL_NOUNS": [], "ALIAS_WORDS": [], "RUN_END_OF": [], "SEASON_END_OF": [], "EVEN_BEFORE": [], "SERIES_NOUNS": [], "ROLE_CLAUSES": [], "YEAR_AFTER_VERBS": [],
    "DAY_OPENERS": [],
    "DECISION_WORDS": [], "AS_PLANNED": [], "NO_LONGER": [], "YEAR_NOUNS": [], "ALSO_WORDS": [], "DROPPED_SUBJECT_OPENERS": [],
    "PRESENTATION_WORDS": [], "SUPERSEDED_OPENERS": [], "CONTRACTED_ARTICLES": {}, "EVENT_BEFORE": [], "MEASURE_NOUNS": [], "FACET_NOUNS": [], "REVISED_WORDS": [], "RATHER_WORDS": [], "REPORTED_MOOD": [], "EPISODE_WORDS": [], "ASKED_BY": [], "OTHER_WORK": [], "OTHER_WORKS": [], "MANY_WORKS": [], "ONE_OF": [], "TOPIC_LEAD": [], "KIND_ORIGINS": [], "FORMER_WORK": [], "MAKERS_OF": [], "PARENT_WORDS": [], "SOURCE_WORKS": [], "MESSAGE_WORDS": [], "ARC_WORDS": [], "OCCASIONS": [],
    "MAYBE_WORDS": [], "INCLUDING_WORDS": [], "EVENT_AUXILIARIES": [], "EDITION_NOUNS": [], "EVENT_NOUNS": [], "DECISION_PAIRS": [], "PREVIOUS_SEASON": [],
    "PERSON_PRONOUNS": [], "ENDING_WORDS": [], "ENDING_ADVERBS": [], "PAST_COPULAS": [], "ENDED_WORDS": [],
    "OFFICE_WORDS": [], "NUMBER_NOUNS": [], "WORK_PRONOUNS": [], "WORK_POSSESSIVES": [], "PROMO_WORDS": [], "OVER_WORDS": [], "EPISODES_OF": [], "REMAINING_EPISODES": [],
    "BETWEEN_WORDS": [], "SOURCE_COUNTS": [], "NOT_YET_WORDS": [], "NOT_YET_AUXILIARIES": [], "ONLY_SEASON": [], "WHEN_QUESTION": [], "WHETHER_WORDS": [], "OPEN_QUESTION_WORDS": [], "PAIR_BEFORE": [], "PAIR_AFTER": [],
    "SEASON_VOCABULARY": [], "WORD_SUFFIXES": [], "BYLINE_WORDS": [], "PLACE_PREPOSITIONS": [], "SEQUEL_OF": [], "BASED_ON": [], "POSSESSIVES": [], "CONTRAST_WORDS": [], "WEEKLY_WORDS": [], "MADE_FOR": [], "PHOTO_CREDITS": [], "CAPTION_IN": [], "CONSEQUENCE_WORDS": [], "THEN_WORDS": [], "PAST_WEEKDAY": [], "ROLE_OF_WORK": [], "RANGE_JOINERS": [], "TOLD_BEFORE": [], "CAST_LEAVING": [], "BORROWS_ENGLISH": False, "NEGATION_AFTER_VERB": False, "TENSELESS": False,
}

# Cue lists that take a language's enclitic suffixes ("membatalkannya", "mempertimbangkannya"), and the
# people who speak ("sutradaranya": its director; "rumah produksinya": its production house).
SUFFIXED = ("RENEWAL", "CANCELLATION", "RELEASE", "RELEASED_PAST", "CAST", "NOT_CONFIRMED", "DENIAL", "NO_COMMENT",
            "HEDGES", "REPORTED", "ANNOUNCE", "SPEECH_VERBS", "CREATOR_WORDS", "CREW_WORDS", "CAST_WORDS", "PLATFORM_WORDS")


def alternation(words) -> str:
    """One non-capturing group matching any fragment, longest first (then alphabetical, the same on every run).

    Fragments that start with a plain letter are grouped under it ("r(?:enewed|eviewing)"):
    the regex engine then tries one group per position instead of every fragment, which
    makes a scan of a long cue list several times faster.
    """
    ordered = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
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
        words: dict[str, Any] = {key: getattr(lexicon, key, default) for key, default in LEXICON_DEFAULTS.items()}
        if words["WORD_SUFFIXES"]:
            suffix = alternation(words["WORD_SUFFIXES"])
            for key in SUFFIXED:
                words[key] = [f"(?:{w}){suffix}?" for w in words[key]]
            words["PRODUCTION"] = {stage: [f"(?:{w}){suffix}?" for w in cues] for stage, cues in words["PRODUCTION"].items()}
        folder = Path(str(lexicon.__file__)).parent
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


# platform names that alone say nothing of television: makers of devices, common words ("iPhone 15 Pro Max")
# ("Max" is listed with the first name it is not: see platforms.py)
_NOT_TV_ALONE = frozenset({"Amazon", "Apple", "YouTube", "Sony", "Universal", "Legendary", "Max", "MAX", "Sky", "Fox",
                           "Max(?![^\\S\\n]+[A-Z][a-z]+[^\\S\\n]+[a-z])"})


def season_abbreviation(letters) -> str:
    """A season written with its letter, in capitals, and its number, an episode's maybe after it ("S2", "T3",
    "S02E05"): the number is the group; not inside a word or a code ("GS2", "S2-X", "S2.5")."""
    return rf"(?<![\w-])(?:{'|'.join(sorted(letters))})0?([1-9]\d?)(?:E\d{{1,3}})?(?![\w-]|[.,]\d)"


# Words the season grammar allows between a number and its noun ("after its two seasons", "setelah cuma satu musim");
# the pre-filter and seasons.py share them.
DETERMINERS = ("its", "their", "the", "a", "an", "just", "only", "his", "her", "sa", "su", "sua", "seine", "ihrer",
               "nya", "la", "le", "el", "o", "die", "nur", "lediglich", "insgesamt", "seulement", "apenas", "solo", "sólo", "só", "hanya", "cuma")


# a quoted title (its first character a letter, not a lower-case one) whose last word is a number from 2 to 9
# "Gladiator II", "Lampiões III": a sequel's Roman number (not I, V or X alone, which end names: "Malcolm X")
ROMAN_NUMBERS = {"II": 2, "III": 3, "IV": 4, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "XI": 11, "XII": 12}
ROMAN = "|".join(sorted(ROMAN_NUMBERS, key=len, reverse=True))
# the numbers a sequel or a season is written with after a title ("Iron Tide 2", not "Floor 13" or "Top 40")
SEQUEL_NUMBER = r"[2-9]|1[0-2]"
_NUMBERED_TITLE = re.compile(
    rf"[\"“„«‘'][^\S\n]?(?=[^\W\d_])(?![a-zß-öø-ÿ])[^\"“”„«»‘’'\n]{{1,60}}?[^\S\n](?:[2-9]|{ROMAN})[^\S\n]?[\"”“»’']")


@dataclass(frozen=True)
class InstallmentWords:
    """What a text must hold to be about an installment: the engine's gate and the pre-filter's test.

    A phrase of `terms` ("sequel", "part 2", "film kedua") is enough alone. A bare season
    noun ("season", "musim", "temporada") is not: sports and weather pages say it all the
    time. It counts only beside a number, an ordinal or a word like "final", in the two
    shapes the season grammar reads ("season 2", "seasons 2 and 3", "musim terakhir";
    "second season", "2nd season", "fourth and final season", "after two seasons"), or in
    a phrase that makes it the next one (`fresh`: "another season", "nouvelle saison").
    A quoted title that ends in a number counts near a word for films or the name of a studio or
    platform (`films`: "Warner dated the film 'Night Drivers 2'", "Paramount has pushed 'Night Courier
    3'"); so does a title in capitals that a film noun introduces and a number ends (`film_nouns`: "film
    Kutukan Desa 2"), or a series noun does (`series_nouns`: "Serial Lentera Kota 2 dijadwalkan tayang perdana").
    A season written with its letter counts too (`letters`: "S2", "T3", "S02E05"), after a name,
    where the text speaks of seasons or episodes in words as well (`tv`, as the lexicons write them) or names a
    platform. Every entry but `terms`, `nouns` and `letters` is a regular-expression fragment, as in the lexicons.
    """

    terms: tuple[str, ...]
    nouns: tuple[str, ...]
    numbers: tuple[str, ...]
    ordinals: tuple[str, ...]
    finals: tuple[str, ...]
    finals_after: tuple[str, ...]
    afters: tuple[str, ...]
    fillers: tuple[str, ...]
    fresh: tuple[str, ...]
    films: tuple[str, ...]
    film_nouns: tuple[str, ...]
    letters: tuple[str, ...]
    tv: tuple[str, ...]
    series_nouns: tuple[str, ...] = ()

    def has_term(self, lowered: str) -> bool:
        """Whether a lower-cased text holds one of the `terms`: one Hyperscan pass where it is installed."""
        if hyperscan is None or not self.terms:
            return self.has_term_in_python(lowered)
        return _first_match(self._term_database, lowered.encode("utf-8", "surrogatepass"))

    def has_term_in_python(self, lowered: str) -> bool:
        return any(term in lowered for term in self.terms)

    def __getstate__(self) -> dict:
        # a compiled Hyperscan database does not travel to another process: each compiles its own
        return {k: v for k, v in self.__dict__.items()
                if k not in ("_term_database", "_film_title_database", "_ordinal_title_database")}

    @cached_property
    def _term_database(self):
        # UTF-8 is self-synchronising: a term's bytes inside the text's bytes are the term inside the text
        patterns = [re.escape(term.encode("utf-8")) for term in self.terms]
        database = hyperscan.Database()
        database.compile(expressions=patterns, ids=list(range(len(patterns))), elements=len(patterns),
                         flags=[hyperscan.HS_FLAG_SINGLEMATCH] * len(patterns))
        return database

    @cached_property
    def _film_title_database(self):
        # the pattern of `_compiled[-2]` without its look-arounds (Hyperscan has none; its \b and \s are ASCII here):
        # the end is checked on a match
        pattern = rf"\b(?i:{'|'.join(self.film_nouns + self.series_nouns)})[ \t]+[A-ZÀ-Ý][^\s]*[ \t]+(?:(?:[A-ZÀ-Ý][^\s]*|[a-z]{{1,3}})[ \t]+){{0,5}}[2-9]"
        database = hyperscan.Database()
        database.compile(expressions=[pattern.encode("utf-8")], ids=[0], elements=1,
                         flags=[hyperscan.HS_FLAG_UTF8])
        return database

    def numbered_title(self, text: str) -> bool:
        """Whether `text` quotes a title that ends in its sequel's number ("'Night Drivers 2'", "« Mission Carnaval 3 »")
        with a word for films or cinemas, or a studio's or platform's name, near it (`films`), or names one after a
        film noun (`introduced_title`): a film sequel named with no installment word."""
        film = self._compiled[-3]
        return any(film.search(text, max(0, m.start() - 150), m.end() + 100) for m in _NUMBERED_TITLE.finditer(text)) \
            or self.introduced_title(text) or self.ordinal_title(text)

    def ordinal_title(self, text: str) -> bool:
        """Whether an ordinal, a title (quoted or in capitals) and a film noun follow each other ("a third "Gale Force"
        movie", "the second Avatar film"): one Hyperscan pass where it is installed."""
        if hyperscan is None:
            return self._compiled[-1].search(text) is not None
        return _first_match(self._ordinal_title_database, text.encode("utf-8", "surrogatepass"))

    @cached_property
    def _ordinal_title_database(self):
        # `_compiled[-1]` without its look-arounds (Hyperscan has none; its \b and \s are ASCII here), one
        # expression for each kind of title (together, or with a bounded quotation, too large for Hyperscan)
        ordinal, film = "|".join(self.ordinals), "|".join(self.film_nouns)
        titles = [r"[\"“'‘«„][^\"”'’»“\n]+[\"”'’»“]", r"[A-ZÀ-Ý][^\s]*(?:[ \t]+[A-ZÀ-Ý][^\s]*){0,4}"]
        patterns = [rf"\b(?i:{ordinal})[ \t]+{title}[ \t]+(?i:{film})\b".encode("utf-8") for title in titles]
        database = hyperscan.Database()
        database.compile(expressions=patterns, ids=list(range(len(patterns))), elements=len(patterns),
                         flags=[hyperscan.HS_FLAG_UTF8] * len(patterns))
        return database

    def introduced_title(self, text: str) -> bool:
        """Whether a film noun introduces a title in capitals that a number ends ("film Kutukan Desa 2"): one
        Hyperscan pass where it is installed (the regular expression alone reads a raw page at a few MB/s)."""
        if hyperscan is None:
            return self._compiled[-2].search(text) is not None
        data = text.encode("utf-8", "surrogatepass")

        def number_ends(end: int) -> bool:  # not "film Top 20", "film Top 2.5": there the number goes on
            after = data[end:end + 2]
            return not (after[:1] and (after[:1].isalnum() or after[:1] in b"_,%" or after[:1] == b"." and after[1:].isdigit()))

        return _first_match(self._film_title_database, data, number_ends)

    def abbreviated(self, text: str) -> bool:
        """Whether `text` writes a season with its letter and number after a name ("Iron Valley S2", "de La Casa
        T3"), and speaks of seasons or episodes in words too (`tv`): "S3 with dual-core processor" in a list of watches
        is a chip."""
        return self.letter_form(text) and self._tv.search(text) is not None

    def letter_form(self, text: str) -> bool:
        """Whether `text` writes a season with its letter and number after a name, whatever else it says (the
        pre-filter's test: the words of television may stand anywhere on the page, outside the window it reads)."""
        return self.abbreviation is not None and self.abbreviation.search(text) is not None

    @cached_property
    def abbreviation(self) -> re.Pattern | None:
        return re.compile(r"[\w'’”\"»)][^\S\n]+" + season_abbreviation(self.letters)) if self.letters else None

    @cached_property
    def _tv(self) -> re.Pattern:
        # (or a platform's name, not one that is also a maker of phones and watches or a common word: "Amazon", "Max")
        platforms = [p for p in PLATFORMS if p not in _NOT_TV_ALONE]
        return re.compile(rf"(?<![\w])(?:(?:{'|'.join(self.tv)})s?|{'|'.join(platforms)})(?![\w])")

    def beside_number(self, text: str) -> bool:
        """Whether a season noun in `text` stands beside a number, an ordinal or a word like "final", or in a
        phrase that makes it the next one ("renewed for another season")."""
        nouns, after, token, lead, number, after_word, determiner, filler, fresh, *_ = self._compiled
        for noun in nouns.finditer(text):
            if after.match(text, noun.end()):
                return True
            # every such phrase holds the noun: "another season", "une saison de plus", "noch eine Staffel"
            if fresh.search(text, max(0, noun.start() - 25), noun.end() + 20):
                return True
            # Walk back over the words before the noun: fillers ("and", "the", "final",
            # another ordinal) until a lead ("second", "2nd", "final") or "after two".
            words = token.findall(text, max(0, noun.start() - 120), noun.start())[-8:]
            position, skipped = len(words) - 1, 0
            while position >= 0 and skipped <= 4:
                word = words[position]
                if lead.fullmatch(word):
                    return True
                if number.fullmatch(word) and position >= 1 and (
                        _ends_with(after_word, words, position) or (
                        position >= 2 and determiner.fullmatch(words[position - 1])
                        and _ends_with(after_word, words, position - 1))):
                    return True
                if not filler.fullmatch(word):
                    break
                position, skipped = position - 1, skipped + 1
        return False

    @cached_property
    def _compiled(self) -> tuple[re.Pattern, ...]:
        def either(fragments: Iterable[str]) -> str:
            return "(?:" + "|".join(fragments) + ")"

        digits = r"\d{1,2}(?!\d)"
        numbers = either(self.numbers + self.ordinals)
        finals = either(self.finals)
        after_noun = (rf"[\s:#.,&-]*(?:(?:{finals})[\s:#.,&-]+)?(?:{digits}|(?:{numbers})(?!\w))"
                      + (rf"|\s+(?:{either(self.finals_after)})(?!\w)" if self.finals_after else ""))
        return (
            re.compile(rf"(?<!\w){either(self.nouns)}[a-z]{{0,2}}(?!\w)", re.IGNORECASE),
            re.compile(after_noun, re.IGNORECASE),
            # Words as the ordinal patterns write them: "2nd", "ke-2", "3.", "2ª", "12.ª", "1ère".
            re.compile(r"\w+(?:-\d+)?(?:\.?[ªº°]|\.)?"),
            re.compile(either(self.ordinals + self.finals), re.IGNORECASE),
            re.compile(rf"(?:\d{{1,2}}|{either(self.numbers)})", re.IGNORECASE),
            re.compile(either(self.afters), re.IGNORECASE),
            re.compile(either(map(re.escape, DETERMINERS)), re.IGNORECASE),
            # (and "episode" of a count's "eight-episode seasons")
            re.compile(rf"(?:\d{{1,2}}|{either(self.fillers + tuple(map(re.escape, DETERMINERS)) + self.finals + ('episodes?',))}|"
                       rf"{numbers})[.,]?", re.IGNORECASE),
            re.compile(rf"(?<!\w){either(self.fresh)}(?!\w)", re.IGNORECASE),
            # (the names of studios and platforms in their own case: "Universal", not "universal")
            re.compile(rf"(?<!\w)(?:{either(self.films)}|(?-i:{either(PLATFORMS)}))(?!\w)", re.IGNORECASE),
            # ("la película Tormenta de Acero 3": short words in lower case between the capitals)
            re.compile(rf"(?<!\w){either(self.film_nouns + self.series_nouns)}[^\S\n]+(?-i:[A-ZÀ-Ý][\w'’:-]*[^\S\n]+"
                       rf"(?:(?:[A-ZÀ-Ý][\w'’:-]*|[a-z]{{1,3}})[^\S\n]+){{0,5}}[2-9])(?![\w,%]|\.\d)", re.IGNORECASE),
            # ("a third "Gale Force" movie": see `ordinal_title`)
            re.compile(rf"(?<!\w){either(self.ordinals)}[^\S\n]+{_ORDINAL_TITLE}[^\S\n]+{either(self.film_nouns)}(?!\w)",
                       re.IGNORECASE),
        )


# a title between an ordinal and a film noun: in quotation marks, or up to five words in capitals
_ORDINAL_TITLE = r"(?:[\"“'‘«„][^\"”'’»“\n]{1,60}[\"”'’»“]|(?-i:[A-ZÀ-Ý][^\s]*(?:[ \t]+[A-ZÀ-Ý][^\s]*){0,4}))"


def _first_match(database, data: bytes, accept: Callable[[int], bool] | None = None) -> bool:
    """Whether a Hyperscan database matches in `data` (at an end offset `accept` takes, if given); the scan stops at the
    first such match."""
    found = []

    def on_match(_id, _start, end, _flags, _context) -> bool:
        if accept is not None and not accept(end):
            return False  # look further
        found.append(True)
        return True  # one is enough: stop the scan

    with _TERM_LOCK:  # a database's scratch space serves one scan at a time
        try:
            database.scan(data, match_event_handler=on_match)
        except hyperscan.ScanTerminated:
            pass
    return bool(found)


def _ends_with(pattern: re.Pattern, words: list[str], end: int) -> bool:
    """Whether the one to four words before `words[end]` are one of the pattern's ("after", "depois de", "ne connaîtra
    donc que")."""
    return any(pattern.fullmatch(" ".join(words[end - k:end])) for k in (1, 2, 3, 4) if end >= k)


@cache
def installment_words() -> InstallmentWords:
    """The gate's words from every pack: each pack's vocabulary, its bare season nouns apart."""
    terms: set[str] = set()
    nouns: set[str] = set()
    numbers, ordinals, finals, finals_after, afters, fillers, fresh, films, film_nouns, letters, tv, series = (set[str]() for _ in range(12))
    for pack in packs().values():
        noun = re.compile(alternation(pack["SEASON_NOUNS"]), re.IGNORECASE)
        for term in pack["SEASON_VOCABULARY"]:
            (nouns if noun.fullmatch(term) else terms).add(term.lower())
        numbers.update(word.lower() for word in pack["NUMBER_WORDS"])
        ordinals.update(re.escape(word.lower()) for word in pack["ORDINALS"])
        ordinals.update(pack["ORDINAL_PATTERNS"])
        finals.update(pack["FINAL_WORDS"])
        finals_after.update(pack["FINAL_AFTER_NOUN"])
        afters.update(pack["AFTER_COUNT_WORDS"])
        numbers.update(pack["ONE_AFTER_COUNT"])  # "après une saison"
        fillers.update(pack["NUMBER_JOINERS"])
        fillers.update(pack["FINAL_AFTER_AND"])  # "the fourth and last season": between the ordinal and the noun only
        fresh.update(pack["NEW_SEASON"])
        fresh.update(pack["ONLY_SEASON"])  # "su única temporada": its first, and only, season
        films.update(pack["FILM_NOUNS"] + pack["CINEMA_WORDS"])
        film_nouns.update(pack["FILM_NOUNS"])
        letters.update(pack["SEASON_LETTERS"])
        tv.update(pack["SEASON_NOUNS"] + pack["EPISODE_WORDS"])  # as written: "series", not "Apple Watch Series 3"
        series.update(pack["SERIES_NOUNS"])
    numbers = {re.escape(word) for word in numbers}
    fillers = {re.escape(word) for word in fillers}
    return InstallmentWords(*(tuple(sorted(group)) for group in (
        terms, nouns, numbers, ordinals, finals, finals_after, afters, fillers, fresh, films, film_nouns, letters, tv, series)))

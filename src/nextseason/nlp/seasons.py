"""Season and sequel expressions: "season 2", "musim kedua", "seasons 2 and 3", "Part Two", "S3".

Bare numbers never count: "Top 10 in 26 countries" and "8 episodes" carry no
season noun, so they are not installments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Callable

from .gate import WordPattern, WordStarts
from .pack import DETERMINERS, ROMAN, ROMAN_NUMBERS, Pack, alternation, season_abbreviation
from .platforms import PLATFORMS

MAX_N = 30
# Words between "after" and the number it counts: "after its two seasons", "nach nur einer Staffel".
_BEFORE_COUNT = "|".join(DETERMINERS)  # the words the pre-filter allows there too
# the verb that says what a season is or will be: "the fourth will be the last", "la cuarta sería la última"
_COPULA = (r"(?:will be|would be|is|was|será|sería|es|fue|sera|serait|est|était|wird|würde|ist|war|seria|é|foi"
           r"|akan menjadi|menjadi)")
_WITH = r"(?:with|dengan|avec|con|com|mit)"
_WITH_WORD = re.compile(_WITH, re.IGNORECASE)
_WITH_A = re.compile(_WITH + r"[^\S\n]+(?:a|an|une?|una?|um|uma|eine[nm]?)?[^\S\n]*$", re.IGNORECASE)
_POSSESSIVE_END = re.compile(r"(?:its|their|the|nya|sa|su|sua)[^\S\n]*$", re.IGNORECASE)
_ORDINAL_SPLIT = re.compile(r"[^\S\n]*(?:,|&)[^\S\n]*|[^\S\n]+")
_FINAL_INSIDE = re.compile(r"[^\S\n](?:final|last|terakhir|dernière|última|letzte)[^\S\n]", re.IGNORECASE)
_LAST_WORD = re.compile(r"(\w+)[^\S\n]+$")
_NUMBER_SPLIT = re.compile(r"[^\S\n]*(?:,|&|\+|[^\S\n])[^\S\n]*")
_KOREAN_SEASON = re.compile(r"시즌[^\S\n]?(\d{1,2})")  # "시즌 2": searched for everywhere, a Korean word may run into it

# a platform's name, and a mention that ends on the word "series" ("the fourth AMC series")
_PLATFORM = re.compile(alternation(PLATFORMS))
_SERIES_END = re.compile(r"(?i:series|serie|série|séries)$")
# a full stop that ends a sentence inside a run of capitalised words: "Staffel. Die 13."
_SENTENCE_END_INSIDE = re.compile(r"[^\W\d_]{3,}\.[^\S\n]+[A-ZÀ-Ý]")

# an ordinal after a comma and its article, naming the new season said before it ("a new season, the fourth")
_ORDINAL_APPOSITION = re.compile(r",[^\S\n]+(?:the|its|la|el|a|o|le|sa|su|sua|seine|ihre|die|yang)[^\S\n]+([^\W\d_]+)(?![\w])",
                                 re.IGNORECASE)


@dataclass(frozen=True)
class SeasonMention:
    """One place where the text names an installment number."""

    start: int
    end: int
    numbers: tuple[int, ...]
    kind: str  # "season" or "film"
    final: bool = False  # "final season": the next number will not be made
    count: bool = False  # "cancelled after two seasons": the number is the last one made
    sequel: bool = False  # "a sequel": the number is the next film, decided by the engine
    title: str | None = None  # "the fourth Star Trek film": the work is named inside the expression
    fresh: bool = False  # "another season": the one after the last that aired, decided by the engine
    elliptic: bool = False  # "the second, which premiered in August": an ordinal alone, said of what aired
    more: int = 0  # "two more seasons": that many fresh seasons
    first: bool = False  # "the first two seasons": the ones that came first, background


# first words of German compounds of a season's noun that say what kind of season it is ("Bonus-Staffel")
_COMPOUND_KINDS = {"bonus", "mini", "promi", "jubiläums", "sommer", "winter", "herbst", "frühjahrs", "weihnachts", "special",
                   "spezial", "sonder", "kurz", "test", "pilot", "abschluss", "final", "finale", "auftakt", "horror", "mystery",
                   "sci", "fi", "fantasy", "krimi", "reality", "dating", "kinder", "teenie", "staffel", "serien",
                   # (a relay team is a "Staffel" too: "die zweite Herren-Staffel")
                   "herren", "damen", "frauen", "männer", "mixed", "biathlon", "schwimm", "sprint"}


def generic_compound(pack: Pack) -> Callable[[str], bool]:
    """Whether the word a hyphen joins to a season's noun is no title but a kind, a platform or a common noun
    ("Anime-Staffel", "Netflix-Staffel", "Bonus-Staffel"; not "Nebelkamm-Staffel")."""
    kind = re.compile(alternation(pack["TYPE_NOUNS"]), re.IGNORECASE) if pack["TYPE_NOUNS"] else None
    common = {w.lower() for w in pack["COMMON_CAPITALISED"]} | _COMPOUND_KINDS

    def generic(title: str) -> bool:
        return (kind is not None and kind.fullmatch(title) is not None) or _PLATFORM.match(title) is not None \
            or any(part.lower() in common for part in title.split("-"))
    return generic


class SeasonGrammar:
    """The season expressions of one (merged) pack, compiled once; each pattern is tried only at the words
    that can begin it (see gate.py)."""

    def __init__(self, pack: Pack):
        self.numbers = {k.lower(): v for k, v in pack["NUMBER_WORDS"].items()}
        self.ordinals = {k.lower(): v for k, v in pack["ORDINALS"].items()}
        self.ones = {w.lower() for w in pack["ONE_AFTER_COUNT"]}
        self.range_joiners = {w.lower() for w in pack["RANGE_JOINERS"]}
        self.ordinal_patterns = [re.compile(p, re.IGNORECASE) for p in pack["ORDINAL_PATTERNS"]]
        # a season said to come in two halves: then "Part 1" and "Part 2" alone are its halves
        self.episode_before = re.compile(r"(?<![\w-])" + alternation(pack["EPISODE_WORDS"]) + r"[^\S\n]+$", re.IGNORECASE) \
            if pack["EPISODE_WORDS"] else None
        self.split_in_two = re.compile(alternation(pack["SPLIT_IN_TWO"]), re.IGNORECASE)
        # an episode word right after a season ("season 3 episode", "season 2 finale")
        self.episode_after = re.compile(r"[^\S\n]+(?:" + alternation(pack["EPISODE_WORDS"] + pack["FINALE_WORDS"]) + r")(?![\w])",
                                        re.IGNORECASE) if pack["EPISODE_WORDS"] or pack["FINALE_WORDS"] else re.compile(r"(?!)")
        self.counted = re.compile(r"[^\S\n]+(?:\w+[^\S\n]+)?" + alternation(pack["NUMBER_UNITS"]) + r"(?![\w])", re.IGNORECASE)
        # "will return in January with its second season": the season that returns, not the last one made
        self.return_before = re.compile(r"(?<![\w])" + alternation(pack["RETURN_WORDS"]) + r"[^.;!?\n]{0,40}$", re.IGNORECASE)
        # "will end with its fifth season": with an ordinal, "with" counts only after a run's end (RUN_END_WORDS)
        self.run_end_before = re.compile(r"(?<![\w])" + alternation(pack["RUN_END_WORDS"]) + r"(?![\w])[^.;!?\n]{0,40}$",
                                         re.IGNORECASE) if pack["RUN_END_WORDS"] else None
        season = alternation(pack["SEASON_NOUNS"])
        film = alternation(pack["FILM_NOUNS"])
        final = alternation(pack["FINAL_WORDS"])
        final_and = alternation(pack["FINAL_WORDS"] + pack["FINAL_AFTER_AND"])
        final_after = alternation(pack["FINAL_AFTER_NOUN"])
        joiner = alternation(re.escape(j) if j in ("&", ",", "+") else j for j in pack["NUMBER_JOINERS"])
        ordinal_words = alternation(re.escape(o) for o in self.ordinals)
        ordinal = alternation([ordinal_words] + list(pack["ORDINAL_PATTERNS"]))
        cardinal = alternation(re.escape(n) for n in self.numbers)
        number = rf"(?:\d{{1,2}}(?![\d.,]\d)|{cardinal}|{ordinal})"
        after = alternation(pack["AFTER_COUNT_WORDS"])
        count_in = alternation(pack["COUNT_IN_WORDS"]) if pack["COUNT_IN_WORDS"] else "(?!)"
        sequel = alternation(pack["SEQUEL_NOUNS"])
        noun = rf"(?:(?P<season>{season})|(?P<film>{film}))"
        alternatives = [
            # "after two seasons", "with its second season": the last one made
            rf"(?P<after>{after})[^\S\n]+(?:(?:{_BEFORE_COUNT})[^\S\n]+)?"
            rf"(?P<count>{number}|{alternation(re.escape(w) for w in self.ones) if self.ones else '(?!)'})"
            # ("after a single eight-episode season": the episodes of each counted season between)
            rf"[ \t\u00a0-]+(?:(?:{final})[^\S\n]+)?(?:\w+-episodes?[^\S\n]+)?(?P<count_noun>{season})",
            # "Five seasons in, X won't continue" (COUNT_IN_WORDS): as many seasons made, told after them
            rf"(?P<in_count>{number})[ \t\u00a0-]+(?:{season})[^\S\n]+(?:{count_in})(?=[^\S\n]*(?:,|—|–|and(?![\w])))",
            # "season 2", "musim kedua", "seasons 2 and 3", "Part Two", "saison 2"
            # ("Part III": its number in Roman numerals too, from II, after a space)
            # ("final season 6", "letzte Staffel 5": the final word before the noun and its number)
            rf"(?:(?P<pre_final>{final})[^\S\n]+)?{noun}(?:[^\S\n]+(?P<noun_final>{final}))?(?:[ \t\u00a0:#-]*(?P<nums>{number}(?:[^\S\n]*{joiner}[^\S\n]*{number})*)"
            rf"|[^\S\n]+(?P<roman>{ROMAN}))",
            # "second season", "third and final season", "2ª temporada", "deuxième partie", "zweite Staffel"
            # ("a third and even a fourth season", "eine dritte und sogar eine vierte Staffel"; "not only a third but also a
            # fourth season", "nicht nur eine dritte, sondern bereits eine vierte Staffel")
            # ("die finale 5. Staffel": the final word before the ordinal)
            rf"(?:(?P<ord_pre_final>{final})[^\S\n]+)?(?P<ord>{ordinal}(?:[^\S\n]*(?:,|and|&|or|dan|atau|et|ou|y|o|e|und|oder|(?:,[^\S\n]*)?(?:but|sondern|sino|mas|mais|tapi|tetapi|melainkan))"
            rf"[^\S\n]+(?:(?:even|sogar|incluso|hasta|até|mesmo|même|bahkan|also|auch|bereits|también|também|aussi|juga)[^\S\n]+)?"
            rf"(?:(?:a|an|the|la|le|el|o|die|der|den|dem|une?|una|uma?|eine[nr]?)[^\S\n]+)?{ordinal})*)"
            # ("eine dritte, finale Staffel", "a third, final season": a comma for the "and")
            rf"(?:(?:[^\S\n]+(?:and|dan|et|y|e|und)|,)[^\S\n]+(?P<ord_final>{final_and}))?[ \t\u00a0-]+(?:{final}[^\S\n]+)?"
            # (not a verb's word before a numbered season: "set to debut season 2 in March")
            rf"(?:(?P<ord_season>{season})|(?P<ord_film>{film}))(?![^\S\n]+\d{{1,2}}(?![\d.,:]?\d))",
            # "final season", "musim terakhir", "dernière saison"
            # (not "final musim pertama": the finale of the first season)
            rf"(?P<fin1>{final})[^\S\n]+(?P<fin1_noun>{season})(?![^\S\n]+(?:\d{{1,2}}|{ordinal})(?![\w]))|(?P<fin2_noun>{season})[^\S\n]+(?P<fin2>{final_after})",
            # "musim perdananya", "la temporada debut", "a temporada de estreia": the first season by its debut, the word
            # after the noun
            rf"{season}[^\S\n]+(?P<first_after>{alternation(pack['FIRST_AFTER_NOUN'])})" if pack["FIRST_AFTER_NOUN"] else "(?!)",
            rf"(?P<sequel>{sequel})",
        ]
        # "the fourth Star Trek film", "the second Avatar movie", "a third "Gale Force" film": a title between the
        # ordinal and the noun; the title keeps its capitals: only the ordinal and the noun ignore case
        self.titled = WordPattern(re.compile(
            rf"(?<![\w])(?P<ord>(?i:{ordinal}))[^\S\n]+[\"“«„‘']?[^\S\n]?"
            rf"(?P<title>[A-Z][\w'’:&.-]*(?:[^\S\n]+(?:[A-Z0-9][\w'’:&.-]*|of|the|and|&|de|la|du)){{0,5}})"
            # (or joined to the noun after its closing mark: "der dritte „Nachtläufer“-Film"; or without one, as German
            # joins a title to its noun: "die zweite Nebelkamm-Staffel", see works.py)
            rf"[^\S\n]?[\"”»“’']?(?:[^\S\n]+|(?<=[\"”»“’'\w])-)(?:(?P<season>(?i:{season}))|(?P<film>(?i:{film})))(?![\w])(?![^\S\n]*\d)"))
        self.generic_compound = generic_compound(pack)
        # (its groups are read in any case: it may run on the text in lower case)
        self.regex = WordPattern(re.compile(r"(?<![\w])(?:" + "|".join(alternatives) + r")(?![\w])", re.IGNORECASE), lower=True)
        # "Iron Valley S2", "la T3 de ..." (SEASON_LETTERS)
        self.abbreviation = WordPattern(re.compile(season_abbreviation(pack["SEASON_LETTERS"]))) \
            if pack["SEASON_LETTERS"] else None
        # "tras el éxito de la segunda, que se estrenó en agosto": an ordinal standing for the season named before
        # ("terminó con la cuarta temporada. No habrá una quinta: ...": or one more)
        self.elliptic = WordPattern(re.compile(
            rf"(?<![\w])(?:the|la|el|a|o|die|der|das|le|yang|da|do|del|du|(?P<one>una|uma|une|eine))[^\S\n]+(?P<ord>{ordinal_words})"
            # ("bestellte zügig eine zweite und dritte.": two ordinals joined)
            rf"(?:[^\S\n]+(?:and|y|e|et|und|dan)[^\S\n]+(?P<ord2>{ordinal_words}))?"
            # ("I would love to make a third one, if people keep showing up": one more, told with "one")
            rf"(?P<one_after>[^\S\n]+one)?"
            # (or at the end of its line, as a headline ends: "renews A for a second season and B for a third")
            # (or said to be the last: "dijo que la cuarta sería la última")
            rf"(?=[^\S\n]*[,;:)]|[^\S\n]*\.(?:\s|$|[\"”»’'])|[^\S\n]*(?:\n|$)"
            rf"|(?P<said_last>[^\S\n]+{_COPULA}[^\S\n]+(?:(?:the|la|el|le|die|a|o)[^\S\n]+)?(?:{final}|last|terakhir)(?![\w])))", re.IGNORECASE))
        # "la segunda temporada de A, la segunda del k-drama B y la tercera y última de C": an ordinal alone before an
        # of-word and a name, in a list after a season named in full, is that season of the work after it (not "lost a
        # third of its audience")
        # (a headline's, its article left out after "and": "segunda temporada de Desalma e terceira de A Divisão")
        self.elliptic_of = WordPattern(re.compile(
            rf"(?:(?<![\w])(?i:the|la|el|a|o|die|der|das|le|da|do|del|du)[^\S\n]+|(?<= e )|(?<= y )|(?<= and )|(?<= et )|(?<= und ))"
            rf"(?P<ord>(?i:{ordinal_words}))"
            rf"(?:[^\S\n]+(?i:and|y|e|et|und)[^\S\n]+(?P<final>(?i:{final_and})))?"
            rf"(?=[^\S\n]+(?i:of|de|del|do|da|du|des|von|der|dari)(?:[^\S\n]+[a-zà-ÿ][\w-]*){{0,3}}[^\S\n]+[\"'“‘«„]?[^\S\n]?[A-ZÀ-Ý])"))
        # "its only season", "su única temporada": a work's one season, the first
        self.only = WordPattern(re.compile(rf"(?<![\w])(?:{alternation(pack['ONLY_SEASON'])})(?![\w])", re.IGNORECASE)) \
            if pack["ONLY_SEASON"] else None
        self.fresh = WordPattern(re.compile(rf"(?<![\w])(?:{alternation(pack['NEW_SEASON'])})(?![\w])", re.IGNORECASE)) \
            if pack["NEW_SEASON"] else None
        count = rf"(?P<more>\d{{1,2}}|{alternation(re.escape(n) for n in self.numbers)})"
        # "three weeks after the second season debuted": a clause of its own, the season itself, not a count
        self.past_after = re.compile(r"[^\S\n]+" + alternation(pack["RELEASED_PAST"]) + r"(?![\w])", re.IGNORECASE) \
            if pack["RELEASED_PAST"] else None
        self.more = [WordPattern(re.compile(rf"(?<![\w]){fragment.replace('{n}', count, 1)}(?![\w])", re.IGNORECASE))
                     for fragment in pack["MORE_SEASONS"] + pack["FIRST_SEASONS"]]
        # "the first two seasons", "las dos primeras temporadas": the seasons from the first up to that many (the
        # patterns after MORE_SEASONS's in `more`)
        self.first_from = len(pack["MORE_SEASONS"])
        # "cancelled after season 2", "nach Staffel 2 abgesetzt": the season named is the last one made
        # ("quelques jours après le final de la saison 2": after the end of its run, RUN_END_OF)
        end_of = rf"(?:(?:{alternation(pack['RUN_END_OF'])})[^\S\n]+)?" if pack["RUN_END_OF"] else ""
        self.run_end_of = re.compile(alternation(pack["RUN_END_OF"]), re.IGNORECASE) if pack["RUN_END_OF"] else None
        # the end of a season right before it: "The end of season two left fans on a cliffhanger", "Akhir musim kedua ..."
        self.season_end_before = re.compile(r"(?<![\w])(?:" + alternation(pack["SEASON_END_OF"]) + r")[^\S\n]+$", re.IGNORECASE) \
            if pack["SEASON_END_OF"] else None
        # ("après cette troisième saison", "nach dieser Staffel": a demonstrative or possessive before it)
        # ("después de que la final de su cuarta temporada reuniera ...": a conjunction after the after-word)
        # ("after a strong second season", "nach einer selbst produzierten zweiten Staffel": an article and up to two
        # words in lower case that describe it; not after "with": "returns with its long-awaited third season")
        self.after_before = re.compile(rf"(?<![\w])(?:{after})[^\S\n]+(?:que[^\S\n]+)?{end_of}(?:(?:its|their|the|this|la|le|el|a|o|die|der|"
                                       r"cette|sa|su|esta|sua|essa|dieser|ihrer|seiner|an|une?|una|um|uma|einer|einem)[^\S\n]+"
                                       r"(?P<described>(?-i:[a-zà-ÿ][a-zà-ÿ-]*)[^\S\n]+){0,2})?$", re.IGNORECASE)
        # "renewed days before the second season wraps up", "kurz vor dem Finale der zweiten Staffel": a season named
        # as the moment another event is timed by (EVENT_BEFORE)
        # ("vor dem Start der dritten Staffel", "ahead of the premiere of season 2": or a noun's of-word between)
        the = r"(?:(?:its|their|the|la|le|el|a|o|die|der|dem)[^\S\n]+)?"
        of_the = rf"(?:[^\s,;:.!?]+[^\S\n]+(?:of|de|del|do|da|du|der|des|dari|von|zur|zum)[^\S\n]+{the})?"
        # ("months ahead of the slated Season 3 summer premiere": a participle or "upcoming" before the season)
        described = r"(?:(?-i:[a-z][a-z-]*ed|upcoming)[^\S\n]+)?"
        self.ahead_before = re.compile(rf"(?<![\w])(?:{alternation(pack['EVENT_BEFORE'])})[^\S\n]+{the}{of_the}{described}$",
                                       re.IGNORECASE) if pack["EVENT_BEFORE"] else None
        # "reviewing the performance of the second season", "avalia os resultados da segunda temporada": a season
        # whose numbers are weighed is the one before the one decided on (MEASURE_NOUNS)
        self.measured_before = re.compile(rf"(?<![\w])(?:{alternation(pack['MEASURE_NOUNS'])})[^\S\n]+"
                                          r"(?:(?:of|for|de|del|do|da|du|des|der|dari|von|zur|zum)[^\S\n]+)?"
                                          r"(?:(?:its|their|the|this|la|le|el|a|o|sa|su|sua|esta|essa|cette|die|der|dem|ihrer|seiner)[^\S\n]+)?$",
                                          re.IGNORECASE) if pack["MEASURE_NOUNS"] else None
        # "Season 4 Part 2", "Part 2 of season 4", "Stranger Things 4 Part 2": a part of a season
        self.part: re.Pattern | None = None
        # a name that ends on a part's noun ("Class of 2099 Part"), before its Roman number
        self.part_end: re.Pattern | None = None
        if pack["PART_NOUNS"]:
            self.part = re.compile(rf"(?<![\w])(?:{alternation(pack['PART_NOUNS'])})(?![\w])", re.IGNORECASE)
            self.part_end = re.compile(rf"(?<![\w])(?:{alternation(pack['PART_NOUNS'])})$", re.IGNORECASE)
            part_of = alternation(pack["PART_OF"]) if pack["PART_OF"] else "(?!)"
            self.part_before = re.compile(r"[^\S\n]*[,:–—-]?[^\S\n]*")
            self.part_after = re.compile(rf"[^\S\n]+(?:(?:{part_of})(?:[^\S\n]+[\w'’.-]+){{0,5}}[^\S\n]+)?", re.IGNORECASE)
            self.number_before = re.compile(r"[^\W\d_][^\S\n]+(\d{1,2})[^\S\n]*[,:–—-]?[^\S\n]*")
            # "Part 1 of the season", "la première partie de la saison": a half of a season named without its number
            self.part_of_season = re.compile(rf"[^\S\n]+(?:{part_of})(?:[^\S\n]+[\w'’]+)?[^\S\n]+(?:{alternation(pack['SEASON_NOUNS'])})(?![\w])",
                                             re.IGNORECASE)

    def find(self, text: str, start: int = 0, end: int | None = None, words: WordStarts | None = None) -> list[SeasonMention]:
        """Every season expression in `text[start:end]` (`words`: the text's word starts, if already found)."""
        end = len(text) if end is None else end
        words = words if words is not None else WordStarts(text)
        found = []
        for m in self.regex.finditer(text, start, end, words):
            # ("setelah episode ke-12 musim kedua": the ordinal is the episode's)
            if m.group("ord") and self.episode_before is not None and \
                    self.episode_before.search(text, max(0, m.start() - 25), m.start()) is not None:
                # (the season after it, when its noun opens one: "musim kedua")
                noun = m.start("ord_season") if m.group("ord_season") else -1
                season = self.regex.regex.match(text, noun, end) if noun >= 0 else None
                if season is None:
                    continue
                m = season
            mention = self._mention(m)
            if mention:
                found.append(mention)
        for m in self.titled.finditer(text, start, end, words):
            n = self.value(m.group("ord"))
            title = m.group("title").rstrip("'’")  # (the closing mark of "a third 'Gale Force' movie")
            # "The Third Witness Season 2" is a title with an ordinal in it: the ordinal must be in lower case
            if m.group("ord")[:1].isupper():
                continue
            # (not across a sentence's end: "geht in seine 14. Staffel. Die 13. Staffel hatte ...")
            # (nor ending on one: "in ihrer siebten Staffel. Staffel acht ist ...")
            if _SENTENCE_END_INSIDE.search(title) or title.endswith("."):
                continue
            # (nor a platform's name before "series": "becomes the fourth AMC series to be guaranteed a return" counts
            # the platform's shows)
            if _PLATFORM.fullmatch(title) and _SERIES_END.search(text, m.start(), m.end()):
                continue
            # ("die zweite Anime-Staffel von X": a kind joined to the noun, the season of the work named after it)
            if text[m.start("title") + len(title):m.end("title") + 1].endswith("-") and self.generic_compound(title):
                title = None
            if n and (title is None or title[:1].isupper() and not title.split()[-1].lower() in self.numbers):
                found.append(SeasonMention(m.start() if title else m.start("ord"), m.end(), (n,),
                                           "season" if m.group("season") else "film", title=title))
        if self.only is not None:  # "su única temporada se estrenó en septiembre": the first
            found += [SeasonMention(m.start(), m.end(), (1,), "season") for m in self.only.finditer(text, start, end, words)]
        abbreviated = self.abbreviation.finditer(text, start, end, words) if self.abbreviation is not None else ()
        for m in [*abbreviated, *_KOREAN_SEASON.finditer(text, start, end)]:
            n = int(m.group(1))
            if 0 < n <= MAX_N:
                found.append(SeasonMention(m.start(), m.end(), (n,), "season"))
        found.sort(key=lambda mention: mention.start)
        found = _drop_overlaps(found)
        # (one more, "una quinta", is a season of its own, not one that aired; so is one said to be the last)
        # (of the kind of the one named before it: "su segunda entrega ... tendrá una tercera", an installment)
        elliptic = [SeasonMention(m.start("ord"), m.end("ord2") if m.group("ord2") else m.end("ord"),
                                  (n,) + ((k,) if m.group("ord2") and (k := self.value(m.group("ord2"))) and k > n else ()),
                                  before.kind if before.kind == "film" and before.numbers else "season",
                                  elliptic=not (m.group("one") or m.group("one_after") or m.group("said_last")))
                    for m in self.elliptic.finditer(text, start, end, words)
                    if (n := self.value(m.group("ord"))) and n > 1 and (before := next((
                        f for f in reversed(found) if f.end <= m.start() and (
                            f.numbers and f.kind in ("season", "film") and m.start() - f.end <= 80
                            or m.group("one_after") and (f.numbers or f.sequel))), None)) is not None]
        listed = [f.end for f in found if f.kind == "season" and f.numbers and not f.count]
        for m in self.elliptic_of.finditer(text, start, end, words) if listed else ():
            n = self.value(m.group("ord"))
            if n and n > 1 and any(0 <= m.start() - e <= 80 for e in listed):
                elliptic.append(SeasonMention(m.start("ord"), m.end(), (n,), "season", final=m.group("final") is not None))
                listed.append(m.end())  # (the list goes on: "..., la segunda del k-drama B y la tercera y última de C")
        if elliptic:
            found = sorted(found + [e for e in elliptic if not any(f.start < e.end and e.start < f.end for f in found)],
                           key=lambda mention: mention.start)
        if self.fresh is not None:  # "renewed for another season": only where no numbered expression stands
            fresh = [self._numbered_after(text, m.start(), m.end())
                     for m in self.fresh.finditer(text, start, end, words)
                     if not any(f.start < m.end() and m.start() < f.end for f in found)]
            if fresh:
                found = sorted(found + fresh, key=lambda mention: mention.start)
        # "renewed for two more seasons": they replace what they hold ("further seasons", "two seasons")
        # ("the first two seasons": seasons 1 and 2; a pattern without the number says "both": "die ersten beiden
        # Staffeln")
        counted: list[SeasonMention] = []
        for i, pattern in enumerate(self.more):
            for m in pattern.finditer(text, start, end, words):
                k = (self.value(m.group("more")) if m.groupdict().get("more") else 2) or 0
                if i < self.first_from and 0 < k <= 5:
                    counted.append(SeasonMention(m.start(), m.end(), (), "season", fresh=True, more=k))
                elif i >= self.first_from and 2 <= k <= MAX_N:
                    counted.append(SeasonMention(m.start(), m.end(), tuple(range(1, k + 1)), "season", first=True))
        if counted:
            found = sorted([f for f in found if not any(f.start < m.end and m.start < f.end for m in counted)] + counted,
                           key=lambda mention: mention.start)
        return self._parts_of_seasons(text, found) if self.part is not None else found

    def _numbered_after(self, text: str, start: int, end: int) -> SeasonMention:
        """A new season, or the one its ordinal right after it names: "una nueva temporada, la cuarta", "a new
        season, its fourth"."""
        apposition = _ORDINAL_APPOSITION.match(text, end)
        n = self.value(apposition.group(1)) if apposition is not None else 0
        if apposition is not None and n and 1 < n <= MAX_N:
            return SeasonMention(start, apposition.end(), (n,), "season")
        return SeasonMention(start, end, (), "season", fresh=True)

    def _parts_of_seasons(self, text: str, found: list[SeasonMention]) -> list[SeasonMention]:
        """A part beside a season is a half of that season, not an installment of its own ("Season 4 Part 2",
        "the second part of season 4"); after a title's number, it is a half of that numbered season
        ("Stranger Things 4 Part 2"). A part alone ("Dune: Part Two", "Money Heist Part 5") keeps its number."""
        assert self.part is not None
        kept: list[SeasonMention] = []
        halves: set[tuple[int, ...]] = set()  # the parts the text says are halves of a season
        halved: set[tuple[int, ...]] = set()  # ... and the seasons they are halves of
        alone: list[SeasonMention] = []
        of_season = False  # a part said to be of "the season", its number not given
        for i, mention in enumerate(found):
            if mention.kind != "film" or mention.title or not self.part.search(text, mention.start, mention.end):
                kept.append(mention)
                continue
            before = found[i - 1] if i else None
            after = found[i + 1] if i + 1 < len(found) else None
            if before is not None and before.kind == "season" and \
                    self.part_before.fullmatch(text, before.end, mention.start):
                halves.add(mention.numbers)
                halved.add(before.numbers)
                continue
            if after is not None and after.kind == "season" and self.part_after.fullmatch(text, mention.end, after.start):
                halves.add(mention.numbers)
                halved.add(after.numbers)
                continue
            if self.part_of_season.match(text, mention.end):
                of_season = True
                continue
            number = self.number_before.search(text, max(0, mention.start - 8), mention.start)
            if number is not None and number.end() == mention.start and 0 < int(number.group(1)) <= MAX_N:
                kept.append(SeasonMention(number.start(1), mention.end, (int(number.group(1)),), "season"))
                continue
            kept.append(mention)
            alone.append(mention)
        # "'Glass Kingdom' Part 2 Gets a Premiere Date ... Part 2 of Glass Kingdom's third season": the part the
        # headline names alone is the half the body places in its season
        if halves and alone:
            kept = [m for m in kept if not (m in alone and m.numbers in halves)]
            # ("Part 2 of the third season arrives on 6 March. Part 1 premiered on 6 February": the other half alone,
            # where the text halves one season only, is that season's)
            if len(halved) == 1 and len(next(iter(halved))) == 1:
                whole = next(iter(halved))
                kept = [SeasonMention(m.start, m.end, whole, "season") if m in alone and m.numbers not in halves else m
                        for m in kept]
                return kept
        # "La cuarta temporada se divide en dos partes. La Parte 1 se estrenó ...": the parts, alone, are halves of
        # the season said to be split
        for split in self.split_in_two.finditer(text) if alone else ():
            # (the season before the words, or inside them: "completaram a primeira temporada")
            season = next((f for f in reversed(found) if f.kind == "season" and f.numbers and len(f.numbers) == 1
                           and (0 <= split.start() - f.end <= 120 or split.start() <= f.start < split.end())), None)
            # ("... a quarta e última temporada de X, ... Como já tinha acontecido, a temporada final chega dividida em
            # duas partes": the final season named by its number before)
            if season is None and any(f.final and not f.numbers and 0 <= split.start() - f.end <= 120 for f in found):
                season = next((f for f in found if f.final and len(f.numbers) == 1 and f.end <= split.start()), None)
            if season is not None:
                kept = [SeasonMention(m.start, m.end, season.numbers, "season") if m in alone else m for m in kept]
                return kept
        # ("Harbor Nine Part 2 will premiere on March 14. The first part of the season dropped in January. The second
        # part will wrap up the show's fourth and final season": parts of "the season", where the text numbers one
        # season only, are halves of that one)
        seasons = {f.numbers for f in found if f.kind == "season" and len(f.numbers) == 1}
        if alone and of_season and len(seasons) == 1:
            whole = next(iter(seasons))
            kept = [SeasonMention(m.start, m.end, whole, "season") if m in alone else m for m in kept]
        return kept

    def _counted_before(self, text: str, start: int) -> bool:
        """Whether a number ("zwei", "2") stands right before `start`, counting the noun there."""
        before = _LAST_WORD.search(text, max(0, start - 24), start)
        return before is not None and (before.group(1).isdigit() or before.group(1).lower() in self.numbers)

    def _mention(self, m: re.Match) -> SeasonMention | None:
        g = m.groupdict()
        if g["in_count"]:
            n = self.value(g["in_count"])
            return SeasonMention(m.start(), m.end(), (n,), "season", count=True) if n else None
        if g["after"]:
            n = self.value(g["count"]) or (1 if g["count"].lower() in self.ones else None)
            if not n:
                return None
            # "move forward with a second season" is a new season, not "ended with its second season"
            lead = m.group()[:m.start("count") - m.start()]
            ordinal = g["count"].lower() in self.ordinals or any(p.fullmatch(g["count"]) for p in self.ordinal_patterns)
            # (but "with just one season", "com apenas uma temporada": a count said as such)
            if _WITH_A.match(lead) and not _POSSESSIVE_END.search(lead) and " " not in g["count"].strip() or \
                    self.past_after is not None and self.past_after.match(m.string, m.end()) or \
                    ordinal and _WITH_WORD.fullmatch(g["after"]) is not None and (
                        self.return_before.search(m.string, max(0, m.start() - 40), m.start()) is not None or
                        self.run_end_before is None or
                        self.run_end_before.search(m.string, max(0, m.start() - 40), m.start()) is None):
                return SeasonMention(m.start("count"), m.end(), (n,), "season")
            return SeasonMention(m.start("after"), m.end(), (n,), "season", count=True)
        if g["roman"]:
            return SeasonMention(m.start(), m.end("roman"), (ROMAN_NUMBERS[g["roman"].upper()],), "season" if g["season"] else "film")
        if g["nums"]:
            numbers = self._numbers(g["nums"])
            if not numbers:
                return None
            if g["nums"].lower() in self.numbers and self.counted.match(m.string, m.end("nums")):
                return None  # a number in words that counts what follows: "umfasst die Staffel sechs neue Folgen"
            # "in zwei Staffeln 16 Folgen", "across two seasons 18 episodes": seasons counted before the noun, and the number
            # after it counts what follows it
            if len(numbers) == 1 and self.counted.match(m.string, m.end("nums")) and self._counted_before(m.string, m.start()):
                return None
            # ("une saison 2, 4 ans après la fin ?": the last number of a list counts what follows it, no season)
            if len(numbers) > 1 and self.counted.match(m.string, m.end("nums")):
                numbers = numbers[:-1]
            kind = "season" if g["season"] else "film"
            # (not "the final season 3 episode": the last episode of that season)
            pre_final = bool(g["pre_final"]) and self.episode_after.match(m.string, m.start("nums") + len(g["nums"])) is None
            return SeasonMention(m.start(), m.start("nums") + len(g["nums"]), numbers, kind,
                                 final=bool(g["noun_final"]) or pre_final)
        if g["ord"]:
            words = _ORDINAL_SPLIT.split(g["ord"])
            numbers = tuple(n for n in (self.value(w) for w in words if w) if n)
            kind = "season" if g["ord_season"] else "film"
            final = bool(g["ord_final"]) or bool(g["ord_pre_final"]) or bool(_FINAL_INSIDE.search(m.group()))
            return SeasonMention(m.start(), m.end(), numbers, kind, final=final) if numbers else None
        if g.get("first_after"):
            return SeasonMention(m.start(), m.end(), (1,), "season")
        if g["fin1"] or g["fin2"]:
            return SeasonMention(m.start(), m.end(), (), "season", final=True)
        if g["sequel"]:
            return SeasonMention(m.start(), m.end(), (), "film", sequel=True)
        return None

    def after(self, text: str, mention: SeasonMention) -> bool:
        """Whether an after-word stands right before a numbered season ("after season 2", "tras la temporada 2");
        not "with" ("moving forward with season 2" is the next one)."""
        return self.after_start(text, mention) >= 0

    def after_start(self, text: str, mention: SeasonMention, at: int | None = None) -> int:
        """Where that after-word starts (-1: none); `at`: where the mention's words begin, if before it (a numbered
        title's name: "after Night Servant 2")."""
        start = mention.start if at is None else at
        before = self.after_before.search(text, max(0, start - 40), start)
        return before.start() if before is not None and _WITH_A.match(before.group()) is None and not (
            before.group("described") and _WITH_WORD.match(before.group())) else -1

    def after_run_end(self, text: str, mention: SeasonMention) -> bool:
        """Whether an after-word and the end of a run stand right before a numbered season ("nach dem Finale der
        dritten Staffel", "after the end of season 2"): what comes next is the season after it."""
        before = self.after_before.search(text, max(0, mention.start - 40), mention.start)
        return before is not None and self.run_end_of is not None and self.run_end_of.search(before.group()) is not None

    def measured(self, text: str, mention: SeasonMention) -> bool:
        """Whether a word for a season's numbers stands right before it ("the performance of the second season"), or
        the end of its run does ("the end of season two", "akhir musim kedua"): the season weighed or ended is not the
        one decided on."""
        return self.measured_before is not None and \
            self.measured_before.search(text, max(0, mention.start - 50), mention.start) is not None or \
            self.season_end_before is not None and \
            self.season_end_before.search(text, max(0, mention.start - 30), mention.start) is not None

    def ahead(self, text: str, mention: SeasonMention) -> bool:
        """Whether a before-word stands right before a numbered season ("ahead of its season 2 finale")."""
        return self.ahead_before is not None and self.ahead_before.search(text, max(0, mention.start - 40), mention.start) is not None

    def value(self, token: str) -> int | None:
        """The number a numeral, number word or ordinal stands for, if it can be an installment."""
        token = token.strip().lower()
        n = None
        if token.isdigit():
            n = int(token)
        elif token in self.numbers:
            n = self.numbers[token]
        elif token in self.ordinals:
            n = self.ordinals[token]
        else:
            for pattern in self.ordinal_patterns:
                found = pattern.fullmatch(token)
                if found:
                    n = int(found.group(1))
                    break
        return n if n and 0 < n <= MAX_N else None

    def _numbers(self, text: str) -> tuple[int, ...]:
        values: list[int] = []
        ranged = False
        for token in _NUMBER_SPLIT.split(text):
            n = self.value(token) if token else None
            if n is None:
                ranged = token.lower() in self.range_joiners
                continue
            # "season 2 and 10 episodes": a joined number far from the first is not a season.
            if values and not (values[-1] < n <= values[0] + 5):
                break
            if ranged and values:  # "seasons 3 through 5": the fourth too
                values.extend(range(values[-1] + 1, n))
            values.append(n)
            ranged = False
        return tuple(values)




def _drop_overlaps(mentions: list[SeasonMention]) -> list[SeasonMention]:
    kept: list[SeasonMention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            if mention.title or (not kept[-1].title and mention.end - mention.start > kept[-1].end - kept[-1].start):
                kept[-1] = mention
            continue
        kept.append(mention)
    return kept


@cache
def grammar(pack: Pack) -> SeasonGrammar:
    return SeasonGrammar(pack)

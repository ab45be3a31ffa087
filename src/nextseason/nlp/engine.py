"""The language engine: an article in, its installments and claims out.

Speed decides the shape (DESIGN.md): each pack is compiled into patterns once,
every cue category is scanned over the whole text in one pass, and only the
sentences that speak of a work or a season are analysed.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Callable
from datetime import date, timedelta

from ..models import Article, Claim
from . import claims as cue_module
from . import seasons as season_module
from . import when as when_module
from . import works as work_module
from .platforms import COMPANY_SUFFIXES
from .claims import Cue, CueIndex, Source
from .gate import WordPattern, WordStarts
from .pack import ROMAN, ROMAN_NUMBERS, SEQUEL_NUMBER, Pack, installment_words, merged, packs
from .seasons import SeasonMention
from .text import Sentence, split_sentences
from .when import When
from .works import Catalog, Work, normalise

# an item of a list after a colon: "Release date, cast, plot and everything we know" (its joining words left out)
_TOPIC_ITEM = re.compile(r"[^\S\n]*(?:(?:and|dan|y|e|et|und|&)[^\S\n]+)?([^,\n]+?)(?=,|[^\S\n]+(?:and|dan|y|e|et|und|&)[^\S\n]|[^\S\n]*$)")
_YEAR_RIGHT_BEFORE = re.compile(r"(?<![\w])((?:19|20)\d\d)(?:['’]s)?[^\S\n]+$")  # "the 2024 sequel", "2024's sequel"
_EVENT_CATEGORIES = ("renewal", "cancellation", "release", "cast", "production")
_CLAIM_ROLES = {"platform": "official", "creator": "claimed", "crew": "claimed", "cast": "claimed"}

# what one sentence holds, as the reader passes it around
Spans = list[tuple[int, int]]  # quotations
WorkSpans = list[tuple[int, int, Work]]  # where each work is named, in order
Targets = list[tuple[Work, int, SeasonMention]]  # the installments the sentence names, with the words naming each


@dataclass
class Finding:
    """What the engine found about one installment: its work, number and claims."""

    work: Work
    n: int
    claims: list[Claim] = field(default_factory=list)
    headline_claims: list[Claim] = field(default_factory=list)


@dataclass
class _Section:
    """A line that introduces a list: the renewal or cancellation it announces holds for each item below it."""

    event: str
    certainty: str
    source: str | None
    role: str
    start: int  # where the line starts: an item's claim quotes from here
    works: set[str] = field(default_factory=set)  # the works its items named


# between a season and its own time: "Season 2 in 2023", "Staffel 2 im März", "musim kedua pada 2024"
# (the time may hold its preposition itself)
_SEASON_TIME_GAP = re.compile(r"[^\S\n]*,?[^\S\n]+(?:(?:in|on|en|em|im|am|pada|di|le|el|no|na|au|à|dans|ab|seit)[^\S\n]+)?")


# what joins a season whose verb is left out to the clause before it: ", and season 2 on ...", ", die 2. Staffel am ..."
_GAPPING_JOIN = re.compile(r"(?:,[^\S\n]*(?:(?:and|y|e|et|und|dan|serta)[^\S\n]+)?|[^\S\n]+(?:and|y|e|et|und|dan|serta)[^\S\n]+)"
                           r"(?:(?:the|its|la|el|a|o|die|der|le|sa|su|sua)[^\S\n]+)?$", re.IGNORECASE)


@dataclass
class _State:
    """What the reader remembers while walking the article: the work and seasons in focus."""

    segment_work: Work | None = None
    new_update: bool = False  # a live blog's update has begun (see _TIMESTAMP)
    unnamed_item: bool = False  # the line is a list's item of a work not found (see _item_of_none)
    last_work: Work | None = None
    # whose work each person is, by the last word of the name ("'Niebla roja', la película de Álvaro Cienfuegos")
    person_work: dict[str, Work] = field(default_factory=dict)
    focus: dict[str, list[int]] = field(default_factory=dict)
    speaker: Source | None = None
    speaker_paragraph: int = -1
    # the speaker of the paragraph before ("... kata perwakilan Netflix. || "...," lanjutnya": the same one goes on)
    previous_speaker: tuple[Source, int] | None = None
    previous_claims: list[tuple[Claim, tuple[str, int]]] = field(default_factory=list)
    # the seasons the article declared the last ones: a later "it ends" speaks of the one after
    final_seasons: set[tuple[str, int]] = field(default_factory=set)
    # ... those not named again since ("Series three will be the last" in the headline, then "will there be a series
    # three?": what follows speaks of the third again, not of the one after it)
    final_last_said: set[tuple[str, int]] = field(default_factory=set)
    named_final: set[tuple[str, int]] = field(default_factory=set)  # "la cuarta y última temporada": its number
    # the seasons said not to be made ("cancelled after three seasons": the fourth): none of them is the final one
    cancelled: set[tuple[str, int]] = field(default_factory=set)
    # the claims of the last sentence that made any, and that sentence's index
    recent_claims: list[tuple[Claim, tuple[str, int]]] = field(default_factory=list)
    recent_index: int = -1
    known_platform: str | None = None
    platform_first: tuple[int, str] | None = None  # a sentence whose first source is a platform, and that platform
    # a paragraph that opened on a platform's round-up, and that platform (None: named by its role alone, "the
    # production committee")
    announcer: tuple[int, str | None] | None = None
    last_film: dict[str, int] = field(default_factory=dict)
    # the work whose film was last named by its number, and where that name ends
    last_sequel: tuple[Work, int] | None = None
    section: _Section | None = None  # the list being read, if its introducing line announced a renewal
    # a calendar's date line being read ("Jan. 7 — Season 4 of X", "Jueves 19 de febrero" over its entry): its
    # date, where the line starts, where the date ends, its line, and the line of the entry it dates (None: not
    # reached yet; -1: an entry dated, the next short line may be another)
    dated: tuple[str, int, int, int, int | None] | None = None
    # the people named with their role so far, by each word of their name ("Claire Dunn": "Claire", "Dunn")
    # (a Title Case headline may run a name into the words after it: the body's naming wins)
    people: dict[str, tuple[str, str, bool]] = field(default_factory=dict)
    platform_people: bool = False  # whether any of them speaks for a platform (named where nothing is said, too)
    # the person named last with a role in the body, and the paragraph that names them: "she said" after it
    last_person: tuple[str, str] | None = None
    last_person_paragraph: int = -1
    # an interview's questions and answers: the one interviewed (the person named last with a role before the first
    # question), and whether the line read is an answer
    interviewee: tuple[str, str] | None = None
    answering: bool = False
    asked_when: bool = False  # the question answered asks when the season comes ("Could audiences see it next year?")
    # an explainer's question line that asks when ("When could season 3 come out?"): the paragraph that answers it
    faq_answer: int = -1


# a capitalised name in the possessive right before a season expression ("Hawley's second film")
_POSSESSOR = re.compile(r"(?<![\w'’-])([A-ZÀ-ÖØ-Þ][\w-]+)['’]s[^\S\n]+$")
# social networks: an account on one is its owner's word, not the network's
_SOCIAL_NETWORKS = frozenset({"Twitter", "X", "Instagram", "TikTok", "YouTube", "Facebook", "Threads", "Weibo"})
# ... and a post that went up on one ("publicó en Instagram") is the poster's
_ON_NETWORK = re.compile(r"(?<![\w])(?:on|en|em|no|na|di|auf|sur|via)[^\S\n]+$", re.IGNORECASE)
# a first line this long that ends on a full stop is the article's lead, not its headline (in words)
_LONGEST_HEADLINE = 20
# what may open a sentence before its subject: an article ("A rodagem", "El rodaje", "Der Dreh")
_SUBJECT_OPENING = re.compile(r"[^\w\n]{0,2}(?:(?:the|a|an|la|le|l['’]|el|o|der|die|das)[^\S\n]+)?", re.IGNORECASE)
# a subject after its verb, a few words with no mark between them ("anunció la cadena este lunes")
_SUBJECT_AFTER_VERB = re.compile(r"(?:[^\S\n]+[\w'’+.-]+){1,3}[^\S\n]+")
# ... and what may come between the subject and its verb: an aside between commas, then a few words ("A rodagem, que
# estava marcada para março, foi remarcada")
# (or inside that aside: "El rodaje, previsto para marzo, ...")
# (or what the subject is of, then its auxiliary: "The writers' room for the third season of Ember Falls has opened")
_SUBJECT_VERB_GAP = re.compile(r"(?:,[^,.;:!?\n]{1,80},)?(?:[^\S\n]+[\w-]+){0,3}[^\S\n]+|,[^,.;:!?\n]{0,60}?[^\S\n]+"
                               r"|[^\S\n]+(?:for|of|on|de|del|du|des|der|von|para|da|do|dari|untuk)"
                               r"(?:[^\S\n]+(?!(?:and|y|e|et|und|dan|but|pero|mas|mais|aber|tapi)(?![\w]))[\w'’-]+){1,8}?"
                               r"(?:[^\S\n]+(?:has|have|had|is|are|was|were|will|hat|haben|ist|wird|a|ont|est|ha|han|foi|é|telah|sudah))?[^\S\n]+")
# a calendar's date line: the weekday before its date, and what may follow the date ("Jan. 7 — ...", "4. Februar:")
_CALENDAR_WEEKDAY = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?,?[^\S\n]*")
_ONE_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_FIRST_WORD = re.compile(r"[^\W_]+")
# a few words, no mark of a clause's end between them: "die Serie vorerst "
_WORDS_BEFORE_NEGATION = re.compile(r"(?:[^\S\n]+[\w„“”\"'’+-]+){0,4}[^\S\n]+")
# between a season's number and the word it qualifies: "the season 2 finale", "Season 3's premiere"
_COMPOUND_GAP = re.compile(r"(?:['’]s)?[^\S\n]")
# an interview's label opening a line ("ENTREVISTA | Lucía Pereda", "Interview: Tobias Brandl"), and its bold questions
# (see `_Reader._is_interview`)
_LINE_START = re.compile(r"(?m)^[^\S\n]*")
_LABEL_AFTER = re.compile(r"[^\S\n]*(?:[|:–—-]|$)", re.MULTILINE)
_BOLD_QUESTION = re.compile(r"(?m)^[^\S\n]*\*\*[^\n]*\?[^\S\n]*\*\*[^\S\n]*$")
_CALENDAR_AFTER_DATE = re.compile(r"[^\S\n]*(?:\([^()\n]{1,15}\)[^\S\n]*)?(?:[–—:|·•-]|\.?[^\S\n]*$)")
# ... or a date that ends an entry's heading after a dash, maybe before its platform in brackets ("Maison Calder,
# saison 2 – 13 mars (Prime Video)"), or in brackets of its own ("The Marlow Inheritance: Season 2 (03/05/2026)")
_CALENDAR_BEFORE_DATE = re.compile(r"(?:[^\S\n]+[–—|·•-][^\S\n]+|[^\S\n]\()$")
_WEEKDAY_BEFORE = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)?),?[^\S\n]+$")
_CALENDAR_DASH = re.compile(r"[^\S\n][–—|·•-][^\S\n]|[^\S\n]\([^()\n]{3,25}\)[^\S\n]*$")
_CALENDAR_ENDS = re.compile(r"\)?[^\S\n]*(?:\([^()\n]{1,40}\))?[^\S\n]*$")

_ASIDE_OPEN = re.compile(r",[^\S\n]+(?:\w{1,3}[^\S\n]+)?$")  # the comma that opens an aside, maybe an article after it
_ASIDE_CLOSE = re.compile(r",[^\S\n]")  # the comma that closes an aside (not the one inside "1,8")
# between a verb and the work it acts on: "pone fin a 'D'", "renews 'A'", "cancels The Crown"
_OBJECT_GAP = re.compile(r"[^\S\n]+(?:(?:a|à|al|ao|the|la|le|el|o|den|die|das)[^\S\n]+)?[\"'“‘«„]?[^\S\n]?")
# "season 2 of The Crown", "musim kedua dari drama X": a season named before its work
_OF_WORDS_BEFORE = r"(?:of|in|de|del|do|da|dari|von|der|des|du|di)"
_SEASON_OF = re.compile(r"(?:[^\S\n]+" + _OF_WORDS_BEFORE + r")?(?:[^\S\n]+(?:the|el|la|le|los|las|o|a|os|as))?"
                        r"(?:[^\S\n]+(?!(?:and|y|e|et|und|dan|or|ou|oder|atau)(?![\w]))\w+(?:-\w+)?)?[^\S\n]*[:–—-]?[^\S\n]+"
                        r"(?:[\"'“‘«„][^\S\n]?)?")  # ("of the rom-com X", "de 'X'", "de « X »"; not "and 'Y'", the next work)
# ... and "the fourth and final season of the teen horror hit "X"": a few words of kind before a quoted title (or a
# known one: "a second season of the Hebrides-set mystery The Lighthouse Keepers")
_SEASON_OF_KIND = re.compile(r"[^\S\n]+" + _OF_WORDS_BEFORE + r"(?:[^\S\n]+(?:the|el|la|le|los|las|o|a|os|as))?"
                             r"(?:[^\S\n]+(?!(?:and|y|e|et|und|dan|or|ou|oder|atau)(?![\w]))"
                             r"(?:[a-zà-ÿ][\w'’-]*|[A-ZÀ-Ý][\w'’]*-[a-zà-ÿ][\w'’-]*)){2,4},?[^\S\n]+"
                             r"(?:[\"'“‘«„][^\S\n]?)?")
_FOUR_DIGITS = re.compile(r"\d{4}")
# a title and its subtitle: "Quarry Nine: Deadfall", "Aube rouge – Les Exilés"
_SUBTITLED = re.compile(r"(?P<base>[^:–—]{3,}?)[^\S\n]*[:–—][^\S\n]+(?P<sub>\S.*)")
# the events whose clause may go on to list what they speak of ("..., including A season 2 and B season 3")
_LISTING_EVENTS = ("release", "renewal", "cancellation", "production")
_LIST_LEAD = re.compile(r"[^\S\n]*[,:–—][^\S\n]*")
# how far ahead of the article a day told without a tense (TENSELESS) is one to come, not one a year gone
_JUST_AHEAD_DAYS = 45
# between a cancellation and the plan or order it acts on: "scrapped plans for", "axed its order for"
_OBJECT_OF_END = re.compile(r"[^\S\n]+(?:[^\W\d_]{1,5}[^\S\n]+)?")
# between a spinoff word and the work it comes from: "a spinoff of Quarry Hill", "un spin-off de « X »"
_PARENT_AFTER = re.compile(r"(?:[^\S\n]+(?:series|serie|série|show|film|drama|serial|Serie))?[^\S\n]+(?:of|to|from|de|del|da|do|du|des|von|zu|dari)[^\S\n]+(?:(?:the|la|el|le|o|a|der|die|das)[^\S\n]+)?"
                           r"[\"'“‘«„]?[^\S\n]?")
_COLON_THEN = re.compile(r"[^\S\n]*:")  # a colon right after a word
_CAPITAL_WORD = re.compile(r"(?<![\w])[A-ZÀ-Ý]")  # a word that opens on a capital: maybe a name
_SEQUEL_NUMBER_END = re.compile(r"[^\S\n](?:\d{1,2}|[IVX]{1,4})$")  # "Mission Tartiflette 3", "Gladiator II"
# a person's name of two or three capitalised words: "Begoña Lasheras", "Park Seo-jun"
_FULL_NAME = r"(?:[A-ZÀ-Ý][\w'’-]+[^\S\n]+){1,2}[A-ZÀ-Ý][\w'’-]+"
# the name set off by commas after a platform and its role: "... of RTVE, Begoña Lasheras, said"
_APPOSITIVE_NAME = re.compile(r"(?:['’]s)?[^,.;:!?\n\"“”«»]{0,50},[^\S\n]+(" + _FULL_NAME + ")"
                              r"(?:,|[.;:!?]?$)")  # (or last in its sentence: "... de RTVE, Marta Ezquerra.")
# the name set off by a comma before its role at a platform: "Hélène Morvan, directrice des fictions françaises de
# Canal+", "Jane Dolan, head of drama at HBO" (not "Ana Ruiz, who stars in the Netflix series")
_NAME_BEFORE_ROLE = re.compile(r"(?<![\w'’-])(?P<name>" + _FULL_NAME + r"),[^\S\n]+"
                               # (but "Renata Coyle, who oversees Paramount+ programming": her office, told so)
                               r"(?!(?:who(?! (?:oversees|runs|heads|leads|manages|is in charge of) )|whose|which|that|qui|que"
                               r"|dont|quien|cuya|cujo|cuja|die|der|yang)[^\w])"
                               r"[^\W\dA-ZÀ-Ý][^,.;:!?\n\"“”«»\d]{0,60}?"
                               r"(?:[^\S\n](?:of|at|for|de|del|da|do|du|des|di|von|bei|der|chez|oversees|runs|heads|leads|manages)"
                               r"[^\S\n]+(?:(?:la|el|the)[^\S\n]+)?|[^\S\n]d['’])$")
# ... or right after the platform in a title of office: "Head of Content WeTV Indonesia Gita Pramesthi", "Peacock
# chief Dana Whitcomb", "RTL-Deutschland-Chefin Kristina Albers" (an office's word before the platform or right after
# it; a country's name may follow it)
_NAME_AFTER_OFFICE = re.compile(r"(?:['’]s)?(?:[^\S\n]+(?:Indonesia|Korea|Japan|Asia|España|Brasil|Brazil|France|"
                                r"Deutschland|Latinoamérica|Latam|UK|US))?(?P<office>[^\S\n]+(?i:chief|head|boss|ceo|president)"
                                r"|(?:-[^\W\d_]+)*-(?:Chef(?:in)?|Boss|Chief))?"
                                # (with a comma before the name: "Direktur Konten Vidio, Handoko Prasetyo")
                                r"(?:,(?=[^\S\n]+[A-ZÀ-Ý]))?[^\S\n]+(?P<name>" + _FULL_NAME + r")(?![^\S\n]*[A-ZÀ-Ý\d])")
# right after a quotation's closing mark (and its comma): '"...," lanjut Baek'
_AFTER_QUOTATION = re.compile(r"(?:[\"”»],?|,[\"”»])[^\S\n]*$")
# a first name and a surname right after a word for a platform's people: "Programmchefin Katrin Obermeier",
# "Network president Ellen Varga"
_NAME_AFTER_ROLE = re.compile(r"(?:[^\S\n]+(?:president|chief|head|boss|executive))?[^\S\n]+([A-ZÀ-Ý][\w'’-]+[^\S\n]+[A-ZÀ-Ý][\w'’-]+)(?![\w'’-])")
# the conditional's endings (fr "serait", "diffuserait", es "estaría", pt "estaria"): the tense of reported speech too
_CONDITIONAL = re.compile(r"(?:ait|aient|ía|ían|ia|iam)$")
_ADDRESSED = re.compile(r"[^\S\n]+(?:[^\W\d]{1,6}[^\S\n]+){0,2}")  # "told [fans]", "dijo a los [fans]"
# "según [un comunicado de] Netflix", "according to [an announcement made by] Globoplay": up to four words that end on
# "of", "by" or "from" before the platform
_WORD_OF_PLATFORM = re.compile(r"[^\S\n]+[^\W\d]+(?:[^\S\n]+[^\W\d]+){0,3}[^\S\n]+"
                               r"(?:" + work_module.OF_WORDS + r"|by|from|pel[oa]|vom)[^\S\n]+(?:(?:the|la|el|o|a|le|der|die)[^\S\n]+)?")
_CLAUSE_CLOSES = re.compile(r"[^\S\n]*(?:[.;:!?,]|$)")  # the cue ends its clause
_HOUR_AFTER = re.compile(r",[^\S\n]+(?:[^\W\d]+[^\S\n]+)?\d")  # "7. Januar 2026, um 18.00 Uhr"
_DOMAIN = re.compile(r"\.[a-z]{2,6}(?:\.[a-z]{2})?$", re.IGNORECASE)  # "Drakorina.com", "Bioskopia.co.id"
# the of-words of every pack ("of", "de", "da", "von", "dari"): what a season, a shoot or a sequel is of
_OF_WORDS = work_module.OF_WORDS
_OF_BEFORE_NAME = re.compile(r"(?<![\w])" + _OF_WORDS + r"[^\S\n]+$", re.IGNORECASE)
_OF_AFTER = re.compile(r"[^\S\n]+" + _OF_WORDS + r"(?![\w])", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"”’»)]*\s")
_ON_AFTER = re.compile(r"(?:[^\S\n]+up)?[^\S\n]+(?:on|di|sur|en|em|auf|bei)[^\S\n]+")  # "wrapped up on [Hulu]"
_SENTENCE_ENDS = frozenset(".!?…\"”’»)")  # the last marks of a sentence that ends
# "[premiere] of the [third season]", "[lançamento] da", "[Start] der", "[diffusion] de la": a noun's of-word
_OF_THE = work_module.OF_THE
# the rest of an aside that a past participle opens: no clause break, no quote, up to its comma
_PARTICIPLE_ASIDE = re.compile(r"[^,;:.!?\n\"“”«»„]*")
# "of the second season", "da nova temporada de 'X'": what a noun is of, up to the verb after it
_OF_WHAT = re.compile(r"[^\S\n]+" + _OF_WORDS + r"(?:[^\S\n]+[^\s,;:.!?]+){1,7}[^\S\n]+")
_QUOTE_MARKS = ('"', "“", "”", "«", "»", "„")
_QUOTED_ANY = re.compile(r'["“«„]([^"“”«»„\n]{1,300}?)["”»“]')  # what a pair of quotation marks holds
_OPENING_MARKS = ('"', "“", "«", "„")
_CLOSING_MARKS = ('"', "”", "»", "“")
# what closes a word put after its clause: ", I think.", ', I think,"' (not a comma that opens another clause: "liegt es
# nahe, dass ...")
_AFTERTHOUGHT_END = re.compile(r"[^\S\n]*(?:[.;!?]|$|,?[^\S\n]*[\"”’'»“])")
_CLAUSE_CLOSE = re.compile(r"[^\S\n]*(?:[.;!?,]|$)")  # (a comma too: "... bislang nicht, eine Anfrage blieb unbeantwortet")
# a season not yet named, after a return word: "will return for a second season", "kembali dengan musim kedua",
# "vuelve con una segunda temporada", "kehrt mit einer zweiten Staffel"
_FOR_A_SEASON = re.compile(r"(?:[^\S\n]+" + work_module.FOR_SEASON + r")?[^\S\n]+"
                           + work_module.INDEFINITE + r"[^\S\n]+"
                           # (its episodes counted before it: "will return for a 10-episode second season")
                           r"(?:[\w]+-episodes?[^\S\n]+)?")
# a space and an article or a from-word after a cue: "quitte (le) Canal+", "leaves (the) Netflix"
_ARTICLE_AFTER = re.compile(r"[^\S\n]+(?:(?:the|la|le|l['’]|a|o|die|das|den|dem|el|dari|from|de)[^\S\n]*)?")
_POSSESSIVE_AFTER = re.compile(r"['’]s?(?![\w])")  # "Dunn's co-star", "Jonas' film"
# (a full stop after it ends the sentence: "hired a writer to draft Tidebreaker 3."; German "3. Staffel" is a season
# the grammar reads already, which this leaves alone)
_NUMBER_AFTER_TITLE = re.compile(  # (not "2,5 juta": a decimal)
    rf"\s+({SEQUEL_NUMBER}|(?:{ROMAN})(?![\w-]))(?![\w%:/])(?!\.\w)(?!,\d)")


def _installment_number(token: str) -> int:
    """The number a title's installment number stands for: "3" or "III"."""
    return ROMAN_NUMBERS.get(token) or int(token)


@cache
def _units(pack: Pack) -> re.Pattern[str] | None:
    """What a number before it counts ("8 episodes"): compiled once per pack."""
    return re.compile(r"\s*" + work_module.alternation(pack["NUMBER_UNITS"]) + r"(?![\w])", re.IGNORECASE) \
        if pack["NUMBER_UNITS"] else None


class _GrammarWords:
    """The pack's grammar words around cues (its lexicon says what each is for), compiled once per pack."""

    def __init__(self, pack: Pack):
        def words(key: str) -> re.Pattern[str]:
            return re.compile(r"(?<![\w])" + work_module.alternation(pack[key]) + r"(?![\w])", re.IGNORECASE)

        self.pronoun_subject = words("SUBJECT_PRONOUNS")
        # "They confirmed ...", "Mereka memastikan ...": the company the sentence before names (see _company_pronoun)
        self.company_pronoun = re.compile(work_module.alternation(pack["COMPANY_PRONOUNS"]) + r"(?=[^\S\n]+\w)",
                                          re.IGNORECASE) if pack["COMPANY_PRONOUNS"] else None
        # ... and the ones that stand only for a person, never for a show ("she will not be back")
        self.person_pronoun = re.compile(r"(?<![\w])" + work_module.alternation(pack["PERSON_PRONOUNS"]) + r"(?=[^\S\n])",
                                         re.IGNORECASE) if pack["PERSON_PRONOUNS"] else None
        self.pronoun_after = re.compile(r"[^\S\n]+" + work_module.alternation(pack["OBJECT_PRONOUNS"]) + r"(?![\w])")
        self.verb_negation = re.compile(work_module.alternation(pack["VERB_NEGATIONS"]), re.IGNORECASE)  # fullmatch
        self.return_word = re.compile(work_module.alternation(pack["RETURN_WORDS"]), re.IGNORECASE)  # inside a cue
        self.cinema = words("CINEMA_WORDS")
        self.film = words("FILM_NOUNS")
        self.time_clause = words("TIME_CLAUSE_WORDS")
        # a clause of cause that opens a sentence: "Da der Sender jedes Jahr ... zeigt, ...", "Because the first season ..."
        self.cause_opener = words("CAUSE_OPENERS") if pack["CAUSE_OPENERS"] else None
        self.spinoff = words("SPINOFF_WORDS") if pack["SPINOFF_WORDS"] else None
        # ("quatrième volet de la saga d'action qui a attiré 9 millions de spectateurs": the pack's words for what an
        # installment continues; the sequel nouns' "sequel to" is `sequel_of`, below)
        self.continued_of = words("SEQUEL_OF") if pack["SEQUEL_OF"] else None
        # a weekly cadence, then "until": "Dua episode baru dirilis setiap pekan hingga pertengahan Januari"
        self.weekly_until = re.compile(r"(?<![\w])(?:" + work_module.alternation(pack["WEEKLY_WORDS"]) + r")(?![\w])[^.;!?\n]{0,40}?"
                                       r"(?<![\w])(?:" + work_module.alternation(pack["UNTIL"] + pack["THROUGH"]) + r")(?![\w])",
                                       re.IGNORECASE) if pack["WEEKLY_WORDS"] and pack["UNTIL"] + pack["THROUGH"] else None
        # a word of consequence: what follows comes of what was said before it
        self.consequence = re.compile(r"(?<![\w])(?:" + work_module.alternation(pack["CONSEQUENCE_WORDS"]) + r")(?![\w])",
                                      re.IGNORECASE) if pack["CONSEQUENCE_WORDS"] else None
        # a word of what comes next: "agreed to a ninth season, then it is over" (the end comes after that season)
        self.then_word = re.compile(r"(?<![\w])(?:" + work_module.alternation(pack["THEN_WORDS"]) + r")(?![\w])",
                                    re.IGNORECASE) if pack["THEN_WORDS"] else None
        self.photo_credit = work_module.finder(pack).photo_credit  # (the title finder's: "Foto: Prime Video", "©")
        # a work's kind and its "of" before the person it is by: "['Niebla roja'], la película de [Álvaro Cienfuegos]"
        self.kind_of = re.compile(r"[^\S\n]*[\"'’”»]?[^\S\n]*,[^\S\n]+(?:(?:la|el|the|le|a|o|der|die|das|un|una|une|um|uma)[^\S\n]+)?"
                                  r"(?:[\w-]+[^\S\n]+){0,2}?(?:" + work_module.alternation(pack["TYPE_NOUNS"] + pack["FILM_NOUNS"])
                                  + r")(?:[^\S\n]+[\w'’-]+){0,2}?[^\S\n]+(?:(?:de|del|of|by|von|dari|do|da|du|des)[^\S\n]+|d['’])"
                                  r"((?-i:[A-ZÀ-Ý][\w'’-]+(?:[^\S\n]+[A-ZÀ-Ý][\w'’-]+){1,2}))(?![\w])",
                                  re.IGNORECASE) if pack["TYPE_NOUNS"] else None
        # a kind of work right after a word: "the Jeremy Renner [show]" (the name is the show's, no subject of its own)
        self.kind_right_after = re.compile(r"[^\S\n]+(?:" + work_module.alternation(pack["TYPE_NOUNS"] + pack["FILM_NOUNS"])
                                           + r")(?![\w])", re.IGNORECASE) if pack["TYPE_NOUNS"] else None
        # ... opening a sentence: "Unlike Copper Valley, which ..., Dune Riders ..."
        self.contrast_opening = re.compile(r"[^\w]{0,3}(?:" + work_module.alternation(pack["CONTRAST_WORDS"]) + r")(?![\w])",
                                           re.IGNORECASE) if pack["CONTRAST_WORDS"] else None
        self.contrast = re.compile(r"(?<![\w])(?:" + work_module.alternation(pack["CONTRAST_WORDS"]) + r")[^\S\n]+$",
                                   re.IGNORECASE) if pack["CONTRAST_WORDS"] else None
        # a possessive, a kind of work and at most two words right before a word: "son thriller informatique [lancé en janvier]"
        self.kind_before = re.compile(r"(?<![\w])(?:" + work_module.alternation(pack["POSSESSIVES"]) + r")[^\S\n]+(?:"
                                      + work_module.alternation(pack["TYPE_NOUNS"]) + r")(?:[^\S\n]+[^\W\d_]+){0,2}"
                                      r"[^\S\n]+$", re.IGNORECASE) if pack["TYPE_NOUNS"] and pack["POSSESSIVES"] else None
        # ... or a kind of work and its relative pronoun: "musim keempat sitkom yang [tamat pada 2011]"
        self.kind_relative = re.compile(r"(?<![\w])(?:" + work_module.alternation(pack["TYPE_NOUNS"]) + r")[^\S\n]+(?:"
                                        + work_module.alternation(pack["RELATIVE_PRONOUNS"]) + r")[^\S\n]+$",
                                        re.IGNORECASE) if pack["TYPE_NOUNS"] and pack["RELATIVE_PRONOUNS"] else None
        self.based_on = words("BASED_ON") if pack["BASED_ON"] else None
        # a release word whose object is a count of works: "este año estrenará 14 películas españolas", "will premiere
        # 20 new series"
        kinds = pack["FILM_NOUNS"] + pack["TYPE_NOUNS"]
        self.counted_works = re.compile(r"[^\S\n]+(?:[^\W\d_]+[^\S\n]+)?\d{1,3}[^\S\n]+(?:[^\W\d_]+[^\S\n]+)?(?:"
                                        + work_module.alternation(kinds) + r")(?![\w])", re.IGNORECASE) if kinds else None
        # after a release noun, past a short aside, an indefinite thing that is no installment: "la estreia, em setembro,
        # de um concurso", "the premiere of a quiz show" (not "of a new season", "d'un nouveau film")
        installment = work_module.alternation(pack["SEASON_NOUNS"] + pack["FILM_NOUNS"] + pack["SEQUEL_NOUNS"])
        self.of_something = re.compile(r"(?:,[^,.;\n]{1,30},)?[^\S\n]+(?:of an?|de una?|de uma?|d['’]une?|einer|eines)[^\S\n]+"
                                       rf"(?![\w-]+[^\S\n]+(?:{installment})(?![\w])|(?:{installment})(?![\w]))", re.IGNORECASE)
        which = r",[\"”’]?[^\S\n]*" + work_module.alternation(pack["RELATIVE_PRONOUNS"])
        self.relative_aired = re.compile(which + r"(?:[^\S\n]+[^\s,.;]+){0,4}[^\S\n]+", re.IGNORECASE)  # ", die im Mai lief"
        self.relative = re.compile(which + r"[^\S\n]", re.IGNORECASE)  # ", which ABC canceled"
        self.relative_opening = re.compile(r"[\s,]*" + work_module.alternation(pack["RELATIVE_PRONOUNS"]) + r"(?![\w])", re.IGNORECASE)
        self.relative_word = re.compile(r"(?<![\w])" + work_module.alternation(pack["RELATIVE_PRONOUNS"]) + r"(?![\w])", re.IGNORECASE)
        # a time clause on the work's own release: "following its premiere", "tras su estreno"
        self.own_release = re.compile(r"(?:" + work_module.alternation(pack["TIME_CLAUSE_WORDS"]) + r")[^\S\n]+(?:"
                                      + work_module.alternation(pack["POSSESSIVES"]) + r")[^\S\n]", re.IGNORECASE) \
            if pack["TIME_CLAUSE_WORDS"] and pack["POSSESSIVES"] else None
        # "una boda que se cancela en pleno altar", "a wedding that gets cancelled": a thing in the story, named with
        # an indefinite article, is what a relative clause right after it cancels (not "a series that was cancelled")
        # (nor a report or a rumour, its "that" no relative: "denied a report that it has canceled X")
        kinds = work_module.alternation(pack["TYPE_NOUNS"] + pack["SEASON_NOUNS"] + pack["FILM_NOUNS"] + pack["REPORT_NOUNS"]
                                        + pack["RUMOUR"])
        self.story_thing = re.compile(r"(?<![\w])" + work_module.INDEFINITE + r"[^\S\n]+(?!" + kinds + r"(?![\w]))[^\W\d_]+"
                                      r"[^\S\n]+" + work_module.alternation(pack["RELATIVE_PRONOUNS"])
                                      + r"(?:[^\S\n]+[^\W\d_]{1,4}){0,2}[^\S\n]+$", re.IGNORECASE) \
            if pack["RELATIVE_PRONOUNS"] else None
        # an aside on a work after its title: "« Traboules », son thriller français lancé en mars dernier", "Upper
        # Port, the police drama whose first eight episodes launched on March 2"
        self.work_aside = re.compile(r"[^\S\n]*[»\"”’']?[^\S\n]*,[^\S\n]+[^,;:!?\n]{0,40}?(?<![\w])(?:"
                                     + work_module.alternation(pack["TYPE_NOUNS"]) + r")(?![\w])[^,;:!?\n]{0,60}$",
                                     re.IGNORECASE) if pack["TYPE_NOUNS"] else None
        # between a verb and its object: "premiered its second season", "estrenó su segunda temporada"
        self.determiners = re.compile(r"[^\S\n]+(?:" + work_module.alternation(pack["SOURCE_DETERMINERS"]) + r"[^\S\n]+){0,2}",
                                      re.IGNORECASE)
        self.that = words("THAT_WORDS")
        self.as_planned = words("AS_PLANNED") if pack["AS_PLANNED"] else None
        self.no_longer = words("NO_LONGER") if pack["NO_LONGER"] else None
        # ... looked for in every sentence with an event: tried only at the word starts that can begin them
        self.plan_words = WordPattern(re.compile(self.as_planned.pattern + "|" + self.no_longer.pattern, re.IGNORECASE),
                                      lower=True) if self.as_planned is not None and self.no_longer is not None else None
        self.also = words("ALSO_WORDS") if pack["ALSO_WORDS"] else None
        self.presentation = words("PRESENTATION_WORDS") if pack["PRESENTATION_WORDS"] else None
        # "Previously, the season was scheduled for August 2026": a sentence that opens on it tells a plan given up
        self.superseded_opener = re.compile(r"[^\w\n]{0,2}(?i:" + work_module.alternation(pack["SUPERSEDED_OPENERS"])
                                            + r")(?![\w])") if pack["SUPERSEDED_OPENERS"] else None
        # a sentence that opens on "Además," or "Também" and then its verb (no article: not "Además, la serie ...")
        self.dropped_subject = re.compile(
            r"[^\w]{0,2}(?i:" + work_module.alternation(pack["DROPPED_SUBJECT_OPENERS"]) + r"),?[^\S\n]+(?!(?i:"
            + work_module.alternation(pack["SOURCE_DETERMINERS"]) + r")(?![\w]))[a-zà-öø-ÿ]") \
            if pack["DROPPED_SUBJECT_OPENERS"] else None
        self.clause_word = words("CLAUSE_BREAK_WORDS")  # "but", "however": not a comma
        self.reported_mood = words("REPORTED_MOOD") if pack["REPORTED_MOOD"] else None
        self.parent = words("PARENT_WORDS") if pack["PARENT_WORDS"] else None
        self.interview = words("INTERVIEW_WORDS") if pack["INTERVIEW_WORDS"] else None
        # the last episode as the subject right before a release word: "the final episode will air in May" dates the
        # end of a run, no season's premiere
        # ("el episodio final se emitirá en mayo", "episode terakhir tayang pekan depan": the final word after it)
        episode = work_module.alternation(pack["EPISODE_WORDS"])
        final_after = rf"|{episode}[^\S\n]+{work_module.alternation(pack['FINAL_AFTER_NOUN'])}" if pack["FINAL_AFTER_NOUN"] else ""
        # (or its one word, a relative clause's comma between: "the season 2 finale, which streams Friday")
        finale = rf"|{work_module.alternation(pack['FINALE_WORDS'])}" if pack["FINALE_WORDS"] else ""
        self.finale = re.compile(work_module.alternation(pack["FINALE_WORDS"]), re.IGNORECASE) if pack["FINALE_WORDS"] else None
        self.last_episode = re.compile(rf"(?<![\w])(?:{work_module.alternation(pack['FINAL_WORDS'])}[^\S\n]+{episode}{final_after}{finale})"
                                       r",?[^\S\n]+(?:[^\W\d_]+[^\S\n]+){0,2}$",
                                       re.IGNORECASE) if pack["FINAL_WORDS"] and pack["EPISODE_WORDS"] else None
        # the book or comic a series adapts, as the subject right before a word of going on: "The webtoon continues
        # for two more arcs", "Webtoonnya masih berlanjut", "kisah webtoon-nya masih akan berlanjut"
        self.source_work = re.compile(r"(?<![\w])" + work_module.alternation(pack["SOURCE_WORKS"])
                                      + r"[^\S\n]+(?:[^\W\d_]+[^\S\n]+){0,2}$", re.IGNORECASE) if pack["SOURCE_WORKS"] else None
        self.occasion = words("OCCASIONS") if pack["OCCASIONS"] else None  # "at the show's London premiere"
        # "..., but the episodes will now arrive in 2027": a plan replaced within the sentence
        # ("nicht wie geplant im Oktober, sondern erst im Januar 2027": or the word that puts one for another, RATHER_WORDS)
        self.rather = words("RATHER_WORDS") if pack["RATHER_WORDS"] else None
        rather = "|" + self.rather.pattern if self.rather is not None else ""
        self.revised = re.compile(r"(?<![\w])" + work_module.alternation(pack["CLAUSE_BREAK_WORDS"]) + r"(?![\w])[^.;!?\n]{0,120}?"
                                  r"(?<![\w])" + work_module.alternation(pack["REVISED_WORDS"]) + r"(?![\w])" + rather,
                                  re.IGNORECASE) if pack["REVISED_WORDS"] and pack["CLAUSE_BREAK_WORDS"] else None
        # "Semula dijadwalkan tayang pada Desember 2026, musim kedua kini diundur ...": the new plan after a comma
        self.revised_after_comma = re.compile(r",[^\S\n]+(?:[^\W\d]+[^\S\n]+){0,3}?(?i:" + work_module.alternation(pack["REVISED_WORDS"])
                                              + r")(?![\w])") if pack["REVISED_WORDS"] else None
        self.date_noun = words("DATE_NOUNS") if pack["DATE_NOUNS"] else None
        # "A plataforma não divulgou o número de episódios": a detail of a season left untold, no word on the season
        self.detail_noun = words("DETAIL_NOUNS") if pack["DETAIL_NOUNS"] else None
        self.delay = re.compile(r"(?<![\w])" + work_module.alternation(pack["DELAY_VERBS"]) + r"(?![\w])", re.IGNORECASE) \
            if pack["DELAY_VERBS"] else None
        # "no decision has been made", "belum ada keputusan": a platform's own state, not a silence about it
        self.decision = re.compile(r"(?<![\w])" + work_module.alternation(pack["DECISION_WORDS"]), re.IGNORECASE) \
            if pack["DECISION_WORDS"] else None
        # right after a name: a relative clause that makes it a cast member ("Rina Safitri yang memerankan ...")
        self.role_clause = re.compile(r"(?:" + work_module.alternation(pack["ROLE_CLAUSES"]) + r")(?![\w])", re.IGNORECASE) \
            if pack["ROLE_CLAUSES"] else None
        # "secuela de la película estrenada el año pasado", "a sequel to the film released last year": what aired
        # right after it is the first film
        sequel_of = r"(?<![\w])" + work_module.alternation(pack["SEQUEL_NOUNS"]) + r"[^\S\n]+" \
            + r"(?:" + _OF_WORDS + r"|to|zu|zum)(?:[^\S\n]+(?:the|la|el|o|a|le|dem))?[^\S\n]+"
        self.first_film = re.compile(sequel_of + work_module.alternation(pack["FILM_NOUNS"]) + r"[^\S\n]+$", re.IGNORECASE) \
            if pack["SEQUEL_NOUNS"] and pack["FILM_NOUNS"] else None
        # ... "sekuel dari Warisan Nenek yang dirilis pada 2024": or the title it names
        self.sequel_of = re.compile(sequel_of, re.IGNORECASE) if pack["SEQUEL_NOUNS"] else None
        self.sequel = words("SEQUEL_NOUNS") if pack["SEQUEL_NOUNS"] else None
        self.since_before = re.compile(r"(?<![\w])" + work_module.alternation(pack["SINCE"])
                                       + r"[^\S\n]+(?:(?:the|its|la|le|el|a|o|der|die|dem|sa|su|sua|ihrer|seiner)[^\S\n]+)?$",
                                       re.IGNORECASE) if pack["SINCE"] else None
        # "¿Cuándo podrá verla el público?": a question about when, as an interview asks it
        self.when_question = re.compile(r"^(?:[A-Z]\.|[A-Z][\w'’. -]{0,30}:)?[^\w]*" + work_module.alternation(pack["WHEN_QUESTION"])
                                        + r"(?![\w])", re.IGNORECASE) if pack["WHEN_QUESTION"] else None
        # "after", "depois da": a word that times something by what came before it
        self.after_word = words("AFTER_COUNT_WORDS") if pack["AFTER_COUNT_WORDS"] else None
        # "even before", "noch bevor": what comes after it has not happened yet
        self.even_before = words("EVEN_BEFORE") if pack["EVEN_BEFORE"] else None
        # "a new series of X", "une nouvelle saison de X": what follows names the work the words are of (PART_OF: "of")
        self.of_after = re.compile(r"[^\S\n]+" + work_module.alternation(pack["PART_OF"]) + r"(?![\w])",
                                   re.IGNORECASE) if pack["PART_OF"] else None
        self.other_work = re.compile(r"[^\S\n]+(?:\w+[^\S\n]+)?" + work_module.alternation(pack["OTHER_WORK"]) + r"(?![\w])",
                                     re.IGNORECASE) if pack["OTHER_WORK"] else None
        # (an interview's answer may open on its dash: "— Vous enchaînez avec ...")
        self.other_work_opening = re.compile(r"(?:[\"“«„‘']|[—–-][^\S\n]*)?" + work_module.alternation(pack["OTHER_WORK"]) + r"(?![\w])",
                                             re.IGNORECASE) if pack["OTHER_WORK"] else re.compile(r"(?!)")
        # "Other shows were not so lucky", "D'autres séries n'ont pas eu cette chance": a sentence that opens on other
        # works, plural
        self.other_works_opening = re.compile(work_module.alternation(pack["OTHER_WORKS"]) + r"(?![\w])", re.IGNORECASE) \
            if pack["OTHER_WORKS"] else None
        # ... or that a verb has for its object: "mais annule 3 autres séries", "and cancelled three other shows"
        self.other_works_after = re.compile(r"[^\S\n]+" + work_module.alternation(pack["OTHER_WORKS"]) + r"(?![\w])",
                                            re.IGNORECASE) if pack["OTHER_WORKS"] else None
        # ... and works in general for its object: "ait dû annuler plusieurs séries" (MANY_WORKS)
        self.many_works_after = re.compile(r"[^\S\n]+" + work_module.alternation(pack["MANY_WORKS"]) + r"(?![\w])",
                                           re.IGNORECASE) if pack["MANY_WORKS"] else None
        # "Many shows thought safe for renewal were cancelled", "où de nombreuses séries sont annulées": works
        # in general, the subject of the cue a few words after it (not "one of the many shows renewed")
        self.many_works = re.compile(r"(?<![\w])(?<!one of )(?<!one of the )(?<!l['’]une des )(?<!una de las )(?<!uma das )"
                                     r"(?<!eine der )(?<!salah satu )" + work_module.alternation(pack["MANY_WORKS"])
                                     + r"(?:[^\S\n]+[\w'’-]+){0,8}?[^\S\n]+$", re.IGNORECASE) if pack["MANY_WORKS"] else None
        # "estrenada en el resto del mundo como 'The Shadow Hunter'": a work's other name, quoted after the pack's words
        # for it (the title finder's own pattern)
        self.alias_phrase = work_module.finder(pack).known_as
        # "und über das Ende ihrer früheren Serie „Stadtrand“": someone's earlier work, named right before its title
        self.former_work = re.compile(r"(?<![\w])" + work_module.alternation(pack["FORMER_WORK"] + pack["MAKERS_OF"])
                                      + r"[^\S\n]*[\"“«„‘']?[^\S\n]*$", re.IGNORECASE) if pack["FORMER_WORK"] else None
        # "its new sci-fi series from the creators of Throne Games": the makers of another work (the title finder's own
        # pattern; `_Reader.makers` holds where the article names them)
        self.makers_named = work_module.finder(pack).makers_of
        # an indefinite article right before a season, one still to come: "will get a second season", "no tendrá una
        # segunda temporada" (English "a" only: the Portuguese "a" is the definite one)
        self.indefinite_before = re.compile(r"(?<![\w])(?:an|another|una|une|uma|um|un|einer|eine|einen|otra|outra"
                                            + ("|a" if pack.code == "en" else "") + r")[^\S\n]+$", re.IGNORECASE)
        self.clause_and = re.compile(r"[^\S\n]*(?<![\w])" + work_module.alternation(pack["CLAUSE_AND"]) + r"(?![\w])", re.IGNORECASE)
        # a time said to lie ahead: "next year", "tahun depan", "l'an prochain"
        # between a release word and the platform it comes out on: "no llegaría a la plataforma", "arrives on the streamer"
        # (its article from the pack's determiners: "a la", "on the")
        self.release_venue = re.compile(r"[^\S\n]+" + work_module.alternation(pack["VENUE_PREPOSITIONS"]) + self.determiners.pattern,
                                        re.IGNORECASE) if pack["VENUE_PREPOSITIONS"] else None
        # the word that opens an indirect yes-or-no question: "whether", "ob", "si", "apakah"
        self.whether = re.compile(r"(?<![\w])" + work_module.alternation(pack["WHETHER_WORDS"]) + r"(?![\w])", re.IGNORECASE) \
            if pack["WHETHER_WORDS"] else None
        # the words that open a question of who, which or how many: "who will return", "welche Figuren", "siapa saja"
        self.open_question = re.compile(r"(?<![\w])" + work_module.alternation(pack["OPEN_QUESTION_WORDS"]) + r"(?![\w])",
                                        re.IGNORECASE) if pack["OPEN_QUESTION_WORDS"] else None
        # the words that may stand between a doubt and such a question ("is not yet known who"), no determiner among them
        self.question_gap = re.compile(r"(?:[^\S\n]+(?!(?:" + work_module.alternation(pack["SOURCE_DETERMINERS"])
                                       + r")(?![\w]))[a-zà-ÿ]+){0,3}[^\S\n]*,?[^\S\n]*")
        # ... and the comma and "and" before one that opens a clause ("..., dan siapa saja pemain baru yang bergabung juga
        # belum diumumkan")
        self.question_and = re.compile(r",?[^\S\n]*(?<![\w])(?:" + work_module.alternation(pack["CLAUSE_AND"]) + r")[^\S\n]+$",
                                       re.IGNORECASE)
        # the auxiliaries between a subject and its participle, a word before them, a word or two after: "season 3 has
        # (also) been confirmed", "the third season is already confirmed", "la tercera temporada ya fue confirmada"
        self.passive_gap = re.compile(r"[^\S\n]+(?:[\w]+[^\S\n]+)?(?:" + work_module.alternation(pack["EVENT_AUXILIARIES"])
                                      + r")(?:[^\S\n]+[\w]+){0,2}?[^\S\n]+", re.IGNORECASE) if pack["EVENT_AUXILIARIES"] else None
        # a word of "maybe" among the hedges: alone before a season, it hopes for it (fullmatch on a hedge)
        self.maybe = re.compile(work_module.alternation(pack["MAYBE_WORDS"]), re.IGNORECASE)
        # what a statement goes on to list as its own: "nothing is decided, including the filming schedule"
        self.including = words("INCLUDING_WORDS")
        # a season's name in reality shows ("la 14e édition"), and what else has editions (a festival, a prize)
        self.edition = re.compile(work_module.alternation(pack["EDITION_NOUNS"]), re.IGNORECASE) if pack["EDITION_NOUNS"] else None
        self.event_owner = words("EVENT_NOUNS") if pack["EVENT_NOUNS"] else None
        # a word of ending ("chega ao fim", "llega a su fin", "ends", "s'achève", "geht zu Ende", "berakhir")
        self.end_word = re.compile(work_module.alternation(pack["ENDING_WORDS"]), re.IGNORECASE) \
            if pack["ENDING_WORDS"] else None
        # ... and what may stand between it and its season: "Chega ao fim hoje a segunda temporada" (a word of when, an article)
        self.article_gap = re.compile(r"[^\S\n]+(?:" + work_module.alternation(pack["ENDING_ADVERBS"]) + r"[^\S\n]+)?"
                                      r"(?:(?:a|la|le|the|die|el|o)[^\S\n]+)?")
        # a final statement in the past tense: "ela foi a última", "it was the last one", "c'était la dernière"
        self.past_final = words("PAST_COPULAS") if pack["PAST_COPULAS"] else None
        # the end of a run ("since the show ended", "desde que terminó"), which a time clause tells as a time
        self.run_ended = re.compile(r"(?i:" + work_module.alternation(pack["ENDED_WORDS"]) + r")") \
            if pack["ENDED_WORDS"] else None
        # a word of office right before a platform's name, maybe with its of-word: "Head of Content WeTV Indonesia"
        self.office_before = re.compile(r"(?<![\w])(?i:" + work_module.alternation(pack["OFFICE_WORDS"]) + r")"
                                        r"(?:[^\S\n]+(?:of|de|di))?[^\S\n]*$") if pack["OFFICE_WORDS"] else None
        # a title's last word that a number completes: "Nummer 7", "Number 9", "No. 5", "Nomor 3"
        self.number_noun_end = re.compile(r"(?<![\w])" + work_module.alternation(pack["NUMBER_NOUNS"]) + r"$", re.IGNORECASE) \
            if pack["NUMBER_NOUNS"] else None
        # the pronoun for a work: "Er ist ab dem 20. März bei Prime Video zu sehen"
        self.work_pronoun = words("WORK_PRONOUNS") if pack["WORK_PRONOUNS"] else None
        self.promo = words("PROMO_WORDS") if pack["PROMO_WORDS"] else None
        # "averaged 6.4 million viewers across its third season": the season an audience was counted over
        self.over_its = re.compile(r"[^\S\n]+" + work_module.alternation(pack["OVER_WORDS"]) + r"[^\S\n]+"
                                   r"(?:(?:its|the|their|sa|la|su|sua|a|ihrer|seiner|der)[^\S\n]+)?") \
            if pack["OVER_WORDS"] else None
        # "desde ayer ya están disponibles los ocho episodios de la segunda temporada": the season a release word
        # released, its episodes named between
        # (the platform may stand before them: "están disponibles en Prime Video los ocho episodios de ...")
        self.episodes_of = re.compile(r"(?:[^\S\n]+\w+(?:[^\S\n]+[A-Z][\w+]*){1,3})?[^\S\n]+"
                                      + work_module.alternation(pack["EPISODES_OF"]) + r"[^\S\n]+",
                                      re.IGNORECASE) if pack["EPISODES_OF"] else None
        # "The three remaining episodes will air on Wednesdays", "los episodios restantes": the rest of a season on air
        self.remaining = re.compile(r"(?<![\w])" + work_module.alternation(pack["REMAINING_EPISODES"])
                                    + r"(?:[^\S\n]+[^.;:!?\n]{0,30})?$", re.IGNORECASE) if pack["REMAINING_EPISODES"] else None
        # "between the first and the second season", "entre escritura, rodaje y montaje": a between-word and its article
        between = r"(?<![\w])" + work_module.alternation(pack["BETWEEN_WORDS"]) \
            + r"(?:[^\S\n]+(?:the|der|dem|la|le|el|a|o))?[^\S\n]+"
        self.steps_between = re.compile(between + r"(?:[\w-]+(?:[^\S\n]*,[^\S\n]*|[^\S\n]+(?:y|and|und|et|e)[^\S\n]+)){0,3}$",
                                        re.IGNORECASE) if pack["BETWEEN_WORDS"] else None
        self.between = re.compile(between + "$", re.IGNORECASE) if pack["BETWEEN_WORDS"] else None
        # the cast words of one who leaves: "has left", "exits", "verlässt", "hengkang" (a cast claim of negative polarity)
        self.cast_leaving = re.compile(work_module.alternation(pack["CAST_LEAVING"]), re.IGNORECASE) \
            if pack["CAST_LEAVING"] else None
        # what a sentence calls the words of the one before: "The claim ...", "Informasi tersebut ..." (see _rumour_of_before)
        self.told_before = re.compile(r"(?<![\w])" + work_module.alternation(pack["TOLD_BEFORE"]) + r"(?![\w])", re.IGNORECASE) \
            if pack["TOLD_BEFORE"] else None
        # "... through season 5": the last of the seasons a renewal runs to, named right after
        self.through_end = re.compile(r"(?<![\w])" + work_module.alternation(pack["THROUGH"]) + r"[^\S\n]+(?:[\w'’]+[^\S\n]+)?$",
                                      re.IGNORECASE) if pack["THROUGH"] else None
        # ", two people familiar with the plans said": unnamed people, counted, before a closing report verb
        self.counted_closing = re.compile(r",[^\S\n]*(?:" + work_module.alternation(pack["SOURCE_COUNTS"]) + r"|\d+)[^\S\n]+$",
                                          re.IGNORECASE)
        # between a season named after a before-word and its release word: "before its second season has even debuted"
        # (with "even" or "yet": "before the second season premiered" may tell of a premiere since gone by)
        not_yet_around = r"(?:[^\S\n]+" + work_module.alternation(pack["NOT_YET_AUXILIARIES"]) + r")*"
        self.not_yet_between = re.compile(not_yet_around + r"[^\S\n]+" + work_module.alternation(pack["NOT_YET_WORDS"])
                                          + not_yet_around + r"[^\S\n]+") if pack["NOT_YET_WORDS"] else None
        # ... and with a negation before a release word: "has not premiered yet", "n'est pas encore sortie", "aún no se
        # ha estrenado", "ainda não estreou", "noch nicht erschienen", "belum tayang" (see `_not_out_yet`); the word may
        # stand after it, then the clause ends or a place follows
        self.not_yet_word = re.compile(r"(?<![\w])" + work_module.alternation(pack["NOT_YET_WORDS"]) + r"(?![\w])",
                                       re.IGNORECASE) if pack["NOT_YET_WORDS"] else None
        self.out_yet_after = re.compile(
            r"(?:[^\S\n]+" + work_module.alternation(pack["NOT_YET_WORDS"]) + r")?(?:[^\S\n]*(?:[.;:!?,)]|$)|[^\S\n]+(?:"
            + work_module.alternation(pack["VENUE_PREPOSITIONS"]) + r")[^\S\n])", re.IGNORECASE) if pack["NOT_YET_WORDS"] else None
        self.ahead = re.compile(work_module.alternation(pack["NEXT_YEAR"] + pack["NEXT"] + pack["NEXT_MONTH"] + pack["NEXT_WEEK"]),
                                re.IGNORECASE)
        # ... and one said to be this one: "akhir tahun ini", "later this year", "this fall" name their year
        self.this = re.compile(work_module.alternation(pack["THIS_YEAR"] + pack["THIS"]), re.IGNORECASE) \
            if pack["THIS_YEAR"] or pack["THIS"] else None


@cache
def _grammar_words(pack: Pack) -> _GrammarWords:
    return _GrammarWords(pack)


def pack_for(language: str | None) -> Pack:
    """The cue words to read an article with: its language's pack (and English where it borrows), or every pack."""
    if language and language in packs():
        # Indonesian news borrows English words ("season 2", "confirmed"); French "continue de" is no renewal
        return merged((language, "en")) if packs()[language]["BORROWS_ENGLISH"] else merged((language,))
    return merged(tuple(sorted(packs(), key=lambda c: c != "en")))


def speaks_of_installments(text: str) -> bool:
    """The gate the pre-filter shares (InstallmentWords): a phrase like "sequel", a season noun beside a number, a
    season written with its letter ("S2"), or a quoted title with its sequel's number."""
    words = installment_words()
    return words.has_term(text.lower()) or words.beside_number(text) or words.abbreviated(text) or words.numbered_title(text)


def analyze(article: Article, catalog: Catalog | None = None) -> list[Finding]:
    """Find the installments an article speaks of and the claims it makes about each."""
    text = article.text
    if not text or not speaks_of_installments(text):
        return []
    return _Reader(article, pack_for(article.language), catalog).read()


class _Reader:
    """Reads one article sentence by sentence."""

    def __init__(self, article: Article, pack: Pack, catalog: Catalog | None):
        self.article = article
        self.text = article.text
        self.pack = pack
        self.cue_finder = cue_module.finder(pack)
        self.times = when_module.grammar(pack)
        self.units = _units(pack)
        self.grammar_words = _grammar_words(pack)
        self.sentences = split_sentences(self.text)
        self._sentence_starts = [s.start for s in self.sentences]
        self.words = WordStarts(self.text)
        # clause breaks are found in the lower-case text, where the case-insensitive scan is faster
        lowered, breaks = self.words.lowered, self.cue_finder.clause_break_lower
        self.clauses = cue_module.Clauses(lowered, breaks) if lowered is not None and breaks is not None else \
            cue_module.Clauses(self.text, self.cue_finder.clause_break)
        # where the article names the makers of another work ("from the creators of Throne Games"), found once
        makers_named = self.grammar_words.makers_named
        self.makers = [m.span() for m in makers_named.finditer(self.text)] if makers_named is not None else []
        first_line = self.text.find("\n")
        self.headline_end = first_line if first_line >= 0 else len(self.text)
        # (a first line of two sentences or more, the last one ended, is a paragraph: text scraped without its
        # headline; so is a text of one line that ends on a full stop, and a long first line that does: "While fans
        # spent the weekend watching the third season of X on Netflix, ..." is the lead, no headline)
        first = self.text[:self.headline_end].rstrip()
        ending = first[-1:]
        if ending in _SENTENCE_ENDS and (len([s for s in self.sentences if s.start < self.headline_end]) > 1
                                         or ending == "." and (first_line < 0 or len(first.split()) >= _LONGEST_HEADLINE
                                                               and not first.endswith(".."))):
            self.headline_end = 0
        headline = self.text[: self.headline_end].strip()
        self.headline_sentences = {s.index for s in self.sentences
                                   if s.start < self.headline_end or (headline and s.text == headline)}
        self._interview = self._is_interview()
        grammar = season_module.grammar(pack)
        self.grammar = grammar
        self.mentions = grammar.find(self.text, words=self.words)
        # ("Le festival, dont c'était la 14e édition, ...": the edition of a festival or a prize, no show's season)
        edition = self.grammar_words.edition
        events_editions = [m for m in self.mentions if self._edition_of_event(m)] \
            if edition is not None and edition.search(self.text) else []
        if events_editions:
            self.mentions = [m for m in self.mentions if m not in events_editions]
        # ("Segundas temporadas de produções que conquistaram o público estarão de volta": one ordinal in the plural, the
        # second seasons of works in general, no installment of one)
        self.mentions = [m for m in self.mentions if not (
            len(m.numbers) == 1 and not m.count and _PLURAL_ORDINAL_SEASONS.fullmatch(self.text, m.start, m.end) is not None
            # (opening its sentence, of works in lower case after it; not "renovó A y B por segundas temporadas")
            and _SENTENCE_OPENING.search(self.text, max(0, m.start - 4), m.start) is not None
            and _OF_WORKS_IN_GENERAL.match(self.text, m.end) is not None)]
        # ("kado ulang tahun Lentera Films ke-20": the company's name and its anniversary, no 20th film)
        self.mentions = [m for m in self.mentions if not (
            m.kind == "film" and len(m.numbers) == 1 and self.text.startswith(("Films", "Pictures"), m.start)
            and _CAPITALISED_BEFORE.search(self.text, max(0, m.start - 30), m.start) is not None)]
        self.cues: CueIndex = self.cue_finder.find(self.text, self.words)
        self.works, headers = work_module.finder(pack).find(
            self.text, self.headline_end, self.sentences, self.mentions, catalog, [(c.start, c.end) for c in self.cues.cues],
            self.words, [(c.start, c.end) for c in self.cues.cues if c.category == "cancellation"],
            [(c.start, c.end) for c in self.cues.cues if c.category == "future_negation"],
            [(c.start, c.end) for c in self.cues.cues if c.category in ("renewal", "cancellation", "release", "production")])
        self.headers = {h.sentence: h.work for h in headers}
        self._sentence_items: list[tuple[Sentence, str | None]] | None = None  # (see `_items`)
        self._work_headings: list[int] | None = None  # (see `_heading_of_none`)
        self._header_list = headers
        self._split_numbered_titles()
        self._split_subtitled_sequels()
        self._sequel_working_titles()
        self._drop_people()
        self._drop_persons_counted()
        self._makers_possessives()
        self._drop_statements_and_outlets()
        self._ordinal_titles()
        self.by_title = {w.title: w for w in self.works}
        # a cue word inside a title is part of the name ("'Vila Saudade' não terá terceira temporada": no hope)
        titled = [span for work in self.works for span in work.spans]
        # ... and inside the other name in brackets right after a title ('"Tide of Ravens" (Karasu no Shio)': no "no")
        # (not a bracket that says what became of the work: "Les Veilleurs (annulée après 3 saisons)", in lower case and
        # counting its seasons)
        # (nor a decision word alone, the item's verdict: "Precinct Nine (Canceled)", "Blue Meadow (Renewed)")
        titled += [(m.start(), m.end()) for m in (_BRACKETED_NAME.match(self.text, e) for _, e in list(titled)) if m is not None
                   and not (m.group(1)[0].islower() and any(m.start(1) <= k.start < m.end() for k in self.mentions))
                   and not any(c.start == m.start(1) and c.end == m.end(1) and c.category in ("renewal", "cancellation")
                               for c in self.cues.cues)]
        # ("Tsurugi no Yoake Season 2 Announced": nor is a negation that opens inside it, "no Yoake Season")
        if titled:
            self._drop_cues(lambda c: any(s <= c.start and (c.end <= e or c.start < e and c.category == "cancellation")
                                          for s, e in titled))
        # ... and so is a final word ("Netflix mengonfirmasi Detik Terakhir season 2": no last season)
        self.mentions = [m for m in self.mentions
                         if not (m.final and not m.numbers and any(s <= m.start < e for s, e in titled))]
        # ... and a number word that ends a title ("The Escape of the Seven musim pertama": no seven seasons; what
        # follows the title is read again)
        straddling = [(m, e) for m in self.mentions for s, e in titled if s < m.start < e < m.end]
        if straddling:
            again = [found for m, e in straddling for found in grammar.find(self.text, e, m.end, self.words)]
            gone = [m for m, _ in straddling]
            self.mentions = sorted([m for m in self.mentions if m not in gone] + again, key=lambda m: m.start)
        # ("Noah Hawley, best known for creating Legion ... This will be Hawley's second film": a person's count of
        # their own works, no installment)
        finder = work_module.finder(pack)
        self.mentions = [m for m in self.mentions if not (
            (owner := _POSSESSOR.search(self.text, max(0, m.start - 30), m.start)) is not None
            and not any(owner.group(1) in w.title.split() for w in self.works)
            and finder.surname(self.text, owner.group(1)))]
        # ("X season 3: Release date, cast, plot and everything we know", "Tanggal Rilis, Pemeran, dan Sinopsis": a line
        # that lists after its colon what the article covers says nothing of what happens)
        topics = self._topic_lists()
        if topics:
            self._drop_cues(lambda c: any(a <= c.start < b for a, b in topics))
        # "según ha confirmado la creadora": the words that name a source confirm nothing of their own; "Netflix
        # tidak membantah bahwa ...": what the platform did not deny is no word of it
        self._drop_asked_ends()
        self._drop_open_questions()
        self._drop_alternatives()
        self._drop_unfounded_ends()
        self._drop_details_clauses()
        # ("would neither confirm nor deny the report": no denial inside what says nothing is confirmed)
        holders = [c for c in self.cues.cues if c.category in ("according_to", "no_comment", "not_confirmed")]
        if holders:
            self._drop_cues(lambda c: self._held(c, holders))
        # "Apple TV+ renews X for a third season ahead of the finale": the finale is the moment, no release (not "ahead of
        # the finale of season 2", which is that season's)
        if self.grammar.ahead_before is not None:
            self._drop_cues(self._timing_release)
        # "will unveil its full fall calendar, including premiere dates, in June": the dates of a whole schedule, no
        # release of one installment (a DATE_LATER pattern that takes the release word in)
        later = [c for c in self.cues.cues if c.category == "date_later"]
        if later:
            self._drop_cues(lambda c: c.category == "release" and any(d.start <= c.start and c.end <= d.end for d in later))
        # ('"Banyak pihak yang harus setuju," lanjut Baek': a word of going on that is the speech verb after a
        # quotation says no more than who goes on speaking)
        # (not after a quoted title: "Sat.1 hat eine vierte Staffel seiner Reality-Show «X» bestätigt")
        said = {(c.start, c.end) for c in self.cues.cues if c.category == "speech"}
        title_ends = {e for w in self.works for _, e in w.spans} if said else set()

        def after_quotation(cue: Cue) -> bool:
            closing = _AFTER_QUOTATION.search(self.text, max(0, cue.start - 4), cue.start)
            return closing is not None and closing.start() not in title_ends

        if said:
            self._drop_cues(lambda c: c.category == "renewal" and (c.start, c.end) in said and after_quotation(c))
        # ("since the second season wrapped up on Hulu in June": a season that ends on its platform ended its run)
        platforms = self.cue_finder.platforms
        self._drop_cues(lambda c: c.category == "production" and c.stage == "wrapped"
                        and (m := _ON_AFTER.match(self.text, c.end)) is not None
                        and platforms.match(self.text, m.end()) is not None)
        # ("naskah Kuntilanak Pasar 2 sudah rampung", "the scripts for season 3 are finished": the writing is done, no
        # shoot wrapped; not where the shoot is named between, "los guiones están listos y el rodaje terminó")
        writing = [c for c in self.cues.cues if c.category == "production" and c.stage == "writing"]
        if writing:
            self._drop_cues(lambda c: c.category == "production" and c.stage == "wrapped" and any(
                0 <= c.start - w.end <= 60 and self.clauses.first(w.end, c.start) is None and not any(
                    f.category == "production" and f.stage != "writing" and w.end <= f.start < c.start
                    for f in self.cues.cues) for w in writing))
        # "sedang menjalani syuting drama lain", "is filming another series": the making of another work
        other = self.grammar_words.other_work
        if other is not None:
            self._drop_cues(lambda c: c.category in ("production", "cast") and other.match(self.text, c.end) is not None)
            # ("Saltley is now developing an original film with the same production company": a work of its own; not
            # "has ordered a new series of Ridgeline", a season in British words)
            of_after = self.grammar_words.of_after
            self._drop_cues(lambda c: c.category == "renewal" and (m := other.match(self.text, c.end)) is not None
                            and (of_after is None or of_after.match(self.text, m.end()) is None))
            # ("para pemain berharap bisa kembali bertemu dalam proyek lain": a hope of working together on another work)
            hopes = {(c.start, c.end) for c in self.cues.cues if c.category == "hedge"}
            self._drop_cues(lambda c: c.category == "renewal" and (c.start, c.end) in hopes
                            and (m := other.search(self.text, c.end, min(len(self.text), c.end + 60))) is not None
                            and self.clauses.first(c.end, m.start()) is None)
            # ("Um filme do Tiago Quental que gravei em novembro e que deve chegar aos cinemas no fim do ano": a sentence
            # whose subject is another work tells that work's release)
            opening = self.grammar_words.other_work_opening
            others = [(x.start, x.end) for x in self.sentences if opening.match(self.text, x.start) is not None]
            if others:
                self._drop_cues(lambda c: c.category in ("release", "released_past")
                                and any(a <= c.start < b for a, b in others))
        # ("Other shows were not so lucky: three others have been cancelled", "Three other dramas were cancelled": what a
        # sentence that opens on other works and names none says is theirs)
        plural = self.grammar_words.other_works_opening
        theirs = [(x.start, x.end) for x in self.sentences if plural is not None and plural.match(self.text, x.start) is not None]
        if theirs:  # (those that name no work of the article)
            titled_at = sorted(start for work in self.works for start, _ in work.spans)
            theirs = [(a, b) for a, b in theirs if bisect.bisect_left(titled_at, a) == bisect.bisect_left(titled_at, b)]
        if theirs:
            self._drop_cues(lambda c: c.category in _EVENT_CATEGORIES and any(a <= c.start < b for a, b in theirs))
        if self.grammar_words.many_works is not None:
            self._drop_cues(self._of_many_works)
        object_others = self.grammar_words.other_works_after
        if object_others is not None:
            self._drop_cues(lambda c: c.category in ("renewal", "cancellation") and object_others.match(self.text, c.end) is not None)
        # ("Malgré le fait que Netflix ait dû annuler plusieurs séries au cours de 2020": works in general, its object)
        many_after = self.grammar_words.many_works_after
        if many_after is not None:
            self._drop_cues(lambda c: c.category in ("renewal", "cancellation") and many_after.match(self.text, c.end) is not None)
        # "A rodagem, que estava marcada para março, foi remarcada para agosto de 2025", "El rodaje, previsto para marzo,
        # se ha trasladado a agosto": a sentence whose subject is the filming schedules the filming, not the release
        # (its verb right after it, maybe after an aside between commas)
        producing = [c for c in self.cues.cues if c.category == "production"]
        starts = [x.start for x in self.sentences] if producing else []
        filming = [c.end for c in producing
                   if _SUBJECT_OPENING.fullmatch(self.text, starts[bisect.bisect_right(starts, c.start) - 1], c.start) is not None]
        if filming:
            # (its verb only, the first release word after it: not "Filming ... begins in August for a premiere in spring
            # 2024", whose premiere is the release's)
            releases = sorted((c for c in self.cues.cues if c.category == "release"), key=lambda c: c.start)
            verbs = {id(verb_cue) for end in filming
                     if (verb_cue := next((c for c in releases if 0 <= c.start - end <= 120
                                        and _SUBJECT_VERB_GAP.fullmatch(self.text, end, c.start) is not None), None)) is not None}
            self._drop_cues(lambda c: id(c) in verbs)
        # "Speaking at the show's London premiere in August, ...": the event where it was said, no release
        occasion = self.grammar_words.occasion
        occasions = [m.span() for m in occasion.finditer(self.text)] if occasion is not None else []
        if occasions:  # (and "ditemui di lokasi syuting": the set where it was said, no making)
            self._drop_cues(lambda c: c.category in ("release", "released_past", "production")
                            and any(s <= c.start and c.end <= e for s, e in occasions))
        # "a estreia, em setembro, de um concurso de cultura geral", "the premiere of a new quiz show": the release of
        # something unnamed, no work's
        unnamed = self.grammar_words.of_something
        unnamed_releases = [c.start for c in self.cues.cues if c.category == "release" and unnamed.match(self.text, c.end)]
        # (and the announcing word whose object it is: "anunciou ainda a estreia ... de um concurso")
        self._drop_cues(lambda c: (c.category == "release" and c.start in unnamed_releases) or (
            c.category == "renewal" and any(0 <= at - c.end <= 20 for at in unnamed_releases)))
        # (one pass for the making and release words of no installment of their own:)
        # "entre escritura, rodaje y montaje, no la veríamos antes del otoño de 2026", "between writing, shooting and
        # editing": the steps a season takes, counted, no stage reached; "The three remaining episodes will air on
        # Wednesdays through May 6", "los episodios restantes": the rest of the season on air
        text = self.text
        steps_between, remaining = self.grammar_words.steps_between, self.grammar_words.remaining
        self._drop_cues(lambda c: (c.category == "production" and steps_between is not None
                                   and steps_between.search(text, max(0, c.start - 50), c.start) is not None)
                        or (c.category == "release" and remaining is not None
                            and remaining.search(text, max(0, c.start - 50), c.start) is not None))
        # "early discussions ... have been going on since the show ended": the end of a run told as a time, no
        # cancellation
        time_clause, run_ended = self.grammar_words.time_clause, self.grammar_words.run_ended
        self._drop_cues(lambda c: c.category == "cancellation" and run_ended is not None
                        and run_ended.search(self.text, c.start, c.end) is not None
                        and time_clause.search(self.text, max(0, c.start - 30), c.start) is not None
                        and self.clauses.first(max(0, c.start - 30), c.start) is None)
        # "Ein erster Trailer soll im Sommer erscheinen", "A first trailer will arrive this summer": what comes out is
        # the trailer, not the season
        # ("Studio Kagerou hat den ersten Trailer zur zweiten Staffel veröffentlicht": a trailer of a season put out
        # tells that the season is being made, no more)
        if self.grammar_words.promo is not None:
            promoted = {id(c): self._promo_subject(c) for c in self.cues.cues if c.category in ("release", "released_past")}
            if any(promoted.values()):
                kept: list[Cue] = []
                for c in self.cues.cues:
                    promo_kind = promoted.get(id(c))
                    if promo_kind == "shown" and not any(k.category == "renewal" and k.start < c.end and c.start < k.end for k in kept):
                        kept.append(Cue("renewal", c.start, c.end))
                    elif not promo_kind:
                        kept.append(c)
                self.cues = CueIndex(kept, self.cues.named)
        # renewals and releases of something else than the season (one pass over the cues for them all):
        # - "Sebagian lagi berharap ada film spin-off", "fans hope for a spinoff": what is hoped for or ordered is another
        #   work, not the next season (not "renewed the spinoff for a second season");
        # - "production has started on Last Train 2, the sequel to the action film that drew 2.1 million viewers in fall
        #   2023": what the relative clause after the sequel's word tells is the earlier film's run;
        # - "Dua episode baru dirilis setiap pekan hingga pertengahan Januari", "New episodes drop every Friday through
        #   December": the rest of a season on air, in a sentence that names no season;
        # - "pas de deuxième saison pour son thriller informatique lancé en janvier": the launch of the work the season
        #   would continue, told after it;
        # - "Die Fortsetzung basiert auf dem zweiten Band der Reihe, der 2021 erschienen ist": the book's
        # - '"The spin-off will start filming in June and premiere at the end of this year"': what the spinoff, the
        #   subject, will do is no news of the show's next season
        self._drop_cues(lambda c: (c.category == "renewal" and (self._spinoff_object(c) or self._spinoff_subject(c)))
                        or (c.category in ("release", "released_past") and self._release_of_another(c))
                        or (c.category in ("release", "production") and self._spinoff_subject(c)))
        story_thing = self.grammar_words.story_thing
        if story_thing is not None:
            self._drop_cues(lambda c: c.category == "cancellation"
                            and story_thing.search(self.text, max(0, c.start - 50), c.start) is not None)
        # ("Es oficial: no habrá «X 3»", "It's official: X will not return": what is made official after the colon is
        # an end, no renewal)
        official = [c for c in self.cues.cues if c.category == "officially"]
        if official:
            ends = [c for c in self.cues.cues if c.category == "cancellation"]
            self._drop_cues(lambda c: c.category == "renewal" and any(o.start == c.start for o in official) and any(
                0 <= e.start - c.end <= 40 and _COLON_THEN.match(self.text, c.end) is not None
                and _SENTENCE_END.search(self.text, c.end, e.start) is None for e in ends))
        # "« Les Ombres du Vercors » quitte Canal+", "leaves Netflix for Hulu": a work that leaves a platform moves,
        # no one leaves its cast
        platforms = self.cue_finder.platforms
        self._drop_cues(lambda c: c.category == "cast" and (m := _ARTICLE_AFTER.match(self.text, c.end)) is not None
                        and platforms.match(self.text, m.end()) is not None)
        # ("Les organisateurs du festival annoncent déjà une 15e édition": what is said of the festival's edition, in
        # its sentence, is no show's)
        if events_editions:
            self._drop_cues(lambda c: c.category in _EVENT_CATEGORIES and any(
                0 <= m.start - c.end <= 60 and _SENTENCE_END.search(self.text, c.end, m.start) is None
                for m in events_editions))
        self._add_numbered_titles()
        self.findings: dict[tuple[str, int], Finding] = {}
        self.main = self._main_work()
        self._late_main = False  # (a round-up's main work named only after its first paragraphs: see `read`)
        # the seasons a headline names for no work in particular ("5 dramas getting a season 2"; not "... e confirma
        # segunda temporada de 'Olhos de Vidro'", which are that work's)
        # (nor "„Bergwacht Wendelstein“ kehrt mit fünfter Staffel zurück": of the one work a headline names)
        titled = [(s, e) for w in self.works for s, e in w.spans if s < self.headline_end]
        named = {w.title for w in self.works for s, _ in w.spans if s < self.headline_end}
        self.headline_numbers = [] if len(named) == 1 else \
            sorted({n for m in self.mentions if m.start < self.headline_end and not m.count
                    and not any(_next_to(self.text, m, s, e) for s, e in titled) for n in m.numbers if n > 1})

    # -- set-up ------------------------------------------------------------------
    def _edition_of_event(self, mention: SeasonMention) -> bool:
        """Whether an "edition" is a festival's or a prize's, named just before it in its sentence."""
        edition, owner = self.grammar_words.edition, self.grammar_words.event_owner
        if edition is None or owner is None or edition.search(self.text, mention.start, mention.end) is None:
            return False
        owners = list(owner.finditer(self.text, max(0, mention.start - 60), mention.start))
        # ("en la última edición de los Premios Goya": the prize named right after it)
        after = owner.search(self.text, mention.end, mention.end + 20)
        if after is not None and _OF_THE.fullmatch(self.text, mention.end, after.start()):
            return True
        return bool(owners) and _SENTENCE_END.search(self.text, owners[-1].end(), mention.start) is None

    def _promo_subject(self, cue: Cue) -> str:
        """Whether a promo word (trailer, teaser, poster) is the subject right before the release word: at most three
        words between, in its clause, and no season named between ("dropped": the release is the promo's); or with
        its own complement between ("shown": the promo of what it names is out)."""
        promo = self.grammar_words.promo
        if promo is None:
            return ""
        text = self.text
        for m in promo.finditer(text, max(0, cue.start - 80), cue.start):
            if self.clauses.first(m.end(), cue.start) is not None:
                continue
            if _FEW_WORDS_BETWEEN.fullmatch(text, m.end(), cue.start) and cue.start - m.end() <= 30 \
                    and not any(m.end() <= x.start < cue.start for x in self.mentions):
                return "dropped"
            # "The first trailer for the mining thriller was released", "Le teaser de la saison 3 a été dévoilé": the
            # promo's own complement between, a season named in it or not
            # (not past an "and": "ha publicado el tráiler y la fecha de estreno de la tercera temporada")
            # (nor past a relative or "that": "confirmó en su avance de estrenos del año que la tercera temporada llegará")
            if _PROMO_COMPLEMENT.fullmatch(text, m.end(), cue.start) \
                    and self.grammar_words.clause_and.search(text, m.end(), cue.start) is None \
                    and self.grammar_words.relative_word.search(text, m.end(), cue.start) is None:
                # (what it shows only where the complement names it: "the first trailer for the mining thriller was
                # released and shows the flood that closed series two" makes nothing of series two)
                return "shown" if any(m.end() <= x.start < cue.start for x in self.mentions) else "dropped"
        return ""

    def _spinoff_object(self, cue: Cue) -> bool:
        """Whether a spinoff word follows the cue within three words of its clause, with no season named from the cue
        to the end of the spinoff word's clause."""
        spinoff = self.grammar_words.spinoff
        if spinoff is None:
            return False
        text = self.text
        # (or, in German word order, right before a verb that closes the clause: "hat Netflix einen Ableger angekündigt.",
        # where the article names no spinoff that the order would be of)
        before = None
        for before in spinoff.finditer(text, max(0, cue.start - 40), cue.start):
            pass
        if before is not None and not any(w.spinoff for w in self.works) and _FEW_WORDS_BETWEEN.fullmatch(text, before.end(), cue.start) and \
                _CLAUSE_CLOSES.match(text, cue.end) and not any(before.start() <= x.start < cue.end for x in self.mentions):
            return True
        m = spinoff.search(text, cue.end, min(len(text), cue.end + 40))
        if m is None or not _FEW_WORDS_BETWEEN.fullmatch(text, cue.end, m.start()) or \
                self.clauses.first(cue.end, m.start()) is not None:
            return False
        stop = self.clauses.first(m.end(), min(len(text), m.end() + 60))
        sentence_end = _sentence_end_after(text, m.end())
        end = min(stop if stop is not None else m.end() + 60, sentence_end)  # (not the next sentence's season)
        if any(cue.start <= x.start < end for x in self.mentions):
            return False
        # (nor a spinoff the sentence names: "commandé une série préquelle, Sauveterre 1907", which is news of its own;
        # not the work it comes from: "a spinoff of Quarry Hill")
        return not any(m.end() <= s < sentence_end and not _PARENT_AFTER.fullmatch(text, m.end(), s)
                       for w in self.works for s, _ in w.spans)

    def _spinoff_subject(self, cue: Cue) -> bool:
        """Whether a spinoff word is the subject right before the cue, in its clause ("The spin-off will start
        filming", "Spin-off ini akan mulai syuting"), in a sentence that names no season and no work, where the article
        names no spinoff of its own (whose news it would be: "The prequel is set to premiere next year")."""
        spinoff = self.grammar_words.spinoff
        if spinoff is None or any(w.spinoff for w in self.works):
            return False
        text = self.text
        m = None
        for m in spinoff.finditer(text, max(0, cue.start - 100), cue.start):
            pass
        if m is None or self.clauses.first(m.end(), cue.start) is not None:
            return False
        # (the verb right after it, or one joined to that verb by "and": "will start filming in June and premiere ...")
        if not _FEW_WORDS_BETWEEN.fullmatch(text, m.end(), cue.start) and not any(
                c.start >= m.end() and c.end <= cue.start and _FEW_WORDS_BETWEEN.fullmatch(text, m.end(), c.start)
                and self.grammar_words.clause_and.search(text, c.end, cue.start) is not None for c in self.cues.cues):
            return False
        # (the sentence, within its line)
        start = max(text.rfind("\n", 0, m.start()) + 1, _sentence_start_before(text, m.start(), 200))
        end = _sentence_end_after(text, cue.end)
        # (but the work it comes from may stand right before it: "'Quarry Hill' prequel series in the works")
        return not any(start <= x.start < end for x in self.mentions) and \
            not any(start <= s < end and not (0 <= m.start() - e <= 4 and text[e:m.start()].strip(" '’s\"”»") == "")
                    for w in self.works for s, e in w.spans)

    def _release_of_another(self, cue: Cue) -> bool:
        """Whether a release word tells the run of something else than the season: the earlier film, the season on air
        (a release word itself), the work's launch, the book it is based on, or a count of works ("estrenará 14
        películas")."""
        return self._of_predecessor(cue) or (cue.category == "release" and self._weekly_run(cue)) \
            or self._launch_of_kind(cue) or self._of_source_work(cue) or (
                self.grammar_words.counted_works is not None and self.grammar_words.counted_works.match(self.text, cue.end) is not None)

    def _of_predecessor(self, cue: Cue) -> bool:
        """Whether the cue stands in a relative clause after a sequel's word and the work it follows (SEQUEL_OF), in
        its sentence, with no season or film named from the relative pronoun to the cue; where the work it follows is
        named, its run is told of it ("a sequel to "Night Runner", which was released in 2024")."""
        return self._in_relative_after(cue, self.grammar_words.sequel_of, True) \
            or self._in_relative_after(cue, self.grammar_words.continued_of, True)

    def _of_source_work(self, cue: Cue) -> bool:
        """Whether the cue stands in a relative clause after the words for what a work is based on (BASED_ON): "basiert
        auf dem zweiten Band der Reihe, der 2021 erschienen ist" tells when the book came out."""
        return self._in_relative_after(cue, self.grammar_words.based_on, False)

    def _in_relative_after(self, cue: Cue, opener: re.Pattern[str] | None, named_apart: bool) -> bool:
        """Whether the cue stands in a relative clause after `opener`, in its sentence, with no season named from the
        relative pronoun to the cue (`named_apart`: nor a work named from the opener to the pronoun)."""
        relative = self.grammar_words.relative_opening
        if opener is None:
            return False
        text = self.text
        start = _sentence_start_before(text, cue.start, 90)
        for m in opener.finditer(text, start, cue.start):
            pronoun = _RELATIVE_WORD.search(text, m.end(), cue.start)
            # (a pronoun that is also an article opens a clause only after its comma: German ", die ...")
            while pronoun is not None and (relative.fullmatch(text, pronoun.start(), pronoun.end()) is None or (
                    pronoun.group().lower() in work_module._ARTICLES and not text[max(0, pronoun.start() - 3):pronoun.start()].rstrip().endswith(","))):
                pronoun = _RELATIVE_WORD.search(text, pronoun.end(), cue.start)
            # ("X, la secuela del thriller que reunió 1,2 millones en 2022, llegará a las salas ...": an aside opened by a
            # comma closes at the next one, and the cue after it is the main clause's; not a number's "1,8")
            closed = pronoun is not None and _ASIDE_OPEN.search(text, max(0, m.start() - 8), m.start()) is not None \
                and _ASIDE_CLOSE.search(text, pronoun.end(), cue.start) is not None
            # ("the sequel to the first film, which was released in 2024", "sekuel dari film pertamanya yang dirilis pada
            # 2024": the one it follows named by its number is an installment of the work, its run told of it)
            if pronoun is not None and not closed and not any(m.end() <= x.start < cue.start and x.numbers for x in self.mentions) and \
                    not (named_apart and any(m.end() <= s < pronoun.start() for w in self.works for s, _ in w.spans)):
                return True
        return False

    def _launch_of_kind(self, cue: Cue) -> bool:
        """Whether a release word follows a kind of work (and at most two words) in its clause, after a season named
        in its sentence, and no season is named from it to the sentence's end."""
        kind_before, kind_relative = self.grammar_words.kind_before, self.grammar_words.kind_relative
        text = self.text
        kind = kind_before.search(text, max(0, cue.start - 40), cue.start) if kind_before is not None else None
        if kind is None or self.clauses.first(kind.start(), cue.start) is not None:
            kind = kind_relative.search(text, max(0, cue.start - 40), cue.start) if kind_relative is not None else None
            if kind is None:
                return False
        sentence_end = _sentence_end_after(text, cue.end)
        sentence_start = _sentence_start_before(text, kind.start(), 200)
        season = next((m for m in self.mentions if sentence_start <= m.start < kind.start() and m.numbers), None)
        # (where the work is named before its kind, "la deuxième saison des « Pentes », son thriller français lancé en
        # mars", the launch is told of its first season)
        return season is not None and not any(cue.end <= m.start < sentence_end for m in self.mentions) and \
            not any(season.end <= s < kind.start() for w in self.works for s, _ in w.spans)

    def _weekly_run(self, cue: Cue) -> bool:
        """Whether a weekly cadence and then "until" follow the release word in its sentence (within 60 characters),
        and the sentence names no season."""
        weekly = self.grammar_words.weekly_until
        if weekly is None:
            return False
        text = self.text
        sentence_end = _sentence_end_after(text, cue.end)
        if weekly.search(text, cue.end, min(sentence_end, cue.end + 60)) is None:
            return False
        start = _sentence_start_before(text, cue.start, 200)
        return not any(start <= m.start < sentence_end and m.numbers for m in self.mentions)

    def _dated_release(self, cue: Cue, cues: list[Cue], owned_time: When | None) -> bool:
        """Whether the release word owns a date written out with its month's name and its year, or a weekday just gone,
        no word of speech between them: "tayang di Netflix pada 1 Juli 2026", "opened last Friday" is the day it came
        out, even in the week before the article (not "mengumumkan pada Senin (29/1/2026)")."""
        if owned_time is None or owned_time.start < cue.end:
            return False
        # ("opened last Friday": a weekday just gone, too)
        # (or a date in numbers with its year, not in brackets: "tayang di Vidio pada 9/8/2019"; "Senin (29/1/2026)" is
        # the day a thing was said)
        # (in brackets too after a word of since: "sudah bisa ditonton di Vidio sejak Jumat (9/8/2019)")
        written = self.text[owned_time.start:owned_time.end]
        # ("dirilis perdana pada Jumat (1/4)": the weekday and its date in brackets right after the release word, nothing
        # between them but "on" and "premiere", is the day it came out)
        if "/" in written and _RELEASE_ON_WEEKDAY.fullmatch(self.text, cue.end, owned_time.start) is not None \
                and owned_time.start - cue.end <= 30:
            return not any(c.category in ("speech", "announce") and cue.end <= c.start < owned_time.start for c in cues)
        if "/" in written:
            since = self.grammar_words.time_clause.search(self.text, max(0, owned_time.start - 20), owned_time.start)
            since_right_before = since is not None and _WEEKDAY_GAP.fullmatch(self.text, since.end(), owned_time.start) is not None
            if not owned_time.past and not since_right_before and (
                    self.text[owned_time.start - 1:owned_time.start] == "(" or owned_time.weekday
                    or _YEAR_DIGITS_END.search(written) is None):
                return False
        elif not owned_time.past and (not _bare_year(owned_time, self.text)
                                      or not _MONTH_NAME_WORD.search(self.text, owned_time.start, owned_time.end)):
            return False
        return not any(c.category in ("speech", "announce") and cue.end <= c.start < owned_time.start for c in cues)

    def _topic_lists(self) -> list[tuple[int, int]]:
        """Where a line lists, after its colon, the topics an explainer covers: three items or more, two of them a
        date's or a detail's noun (see _Reader.__init__)."""
        date_noun, detail_noun = self.grammar_words.date_noun, self.grammar_words.detail_noun
        if date_noun is None or detail_noun is None:
            return []
        spans = []
        for sentence in self.sentences:
            colon = sentence.text.rfind(":")
            if colon < 0 or not (sentence.line_start and sentence.line_end) or sentence.text.rstrip().endswith("."):
                continue
            start = sentence.start + colon + 1
            items = [(m.start(1), m.group(1)) for m in _TOPIC_ITEM.finditer(self.text, start, sentence.end)]
            topical = sum(1 for at, item in items if date_noun.match(self.text, at) or detail_noun.match(self.text, at))
            if len(items) >= 3 and topical >= 2 and all(len(item.split()) <= 6 for _, item in items):
                spans.append((start, sentence.end))
        return spans

    def _drop_asked_ends(self) -> None:
        """"It is unclear whether the third season will be the last", "Netflix did not say if it will be the final one": a
        final statement after a question word in its clause is asked, not told; and the doubt right before the question
        word ("unclear", "did not say") is about the end, not about the season."""
        whether = self.grammar_words.whether
        finals = [c for c in self.cues.cues if c.category == "final_statement"]
        if whether is None or not finals:
            return
        asked: list[tuple[int, int]] = []
        after: list[tuple[int, int]] = []
        for final in finals:
            question = None
            for m in whether.finditer(self.text, max(0, final.start - 80), final.start):
                question = m
            if question is not None and self.clauses.first(question.end(), final.start) is None and \
                    "\n" not in self.text[question.end():final.start]:
                asked.append((question.start(), final.end))
                # ("Ob die dritte Staffel die letzte sein wird, ist noch offen": a question that opens its sentence has
                # its doubt after it)
                if _SENTENCE_OPENING.search(self.text, max(0, question.start() - 4), question.start()) is not None:
                    after.append((final.end, final.end + 30))
        if asked:
            # ("apakah musim ketiga akan menjadi musim terakhir": a final season named in the question is asked too)
            self.mentions = [m for m in self.mentions if not (m.final and not m.numbers and any(a < m.start < b for a, b in asked))]
            # (the doubt: a cue of its own clause that ends within a few words before the question word)
            self._drop_cues(lambda c: any(
                (c.category == "final_statement" and a < c.start < b) or (
                    c.category in ("not_confirmed", "hedge", "negation", "no_comment") and c.start <= a + 1 and
                    a - c.end <= 30 and "\n" not in self.text[c.start:a] and (c.end >= a or self.clauses.first(c.end, a) is None))
                for a, b in asked) or (c.category in ("not_confirmed", "hedge") and any(a <= c.start <= b for a, b in after)))

    def _of_many_works(self, cue: Cue) -> bool:
        """Whether a renewal or a cancellation is said of works in general, a few words before it in its clause and no
        work named between ("many series with better ratings were canceled")."""
        many = self.grammar_words.many_works
        if many is None or cue.category not in ("renewal", "cancellation"):
            return False
        sentence = self.sentences[bisect.bisect_right(self._sentence_starts, cue.start) - 1]
        m = many.search(self.text, max(self.clauses.start(sentence.start, cue.start), cue.start - 90), cue.start)
        return m is not None and not any(m.start() <= s < cue.start for work in self.works for s, _ in work.spans)

    def _drop_open_questions(self) -> None:
        """"It is not yet known who will return", "Welche Figuren zurückkehren, steht noch nicht fest", "Belum diketahui
        siapa saja yang akan kembali": what is left open is who, which or how many, not the season; the doubt and the
        words of the question say nothing of it (not "whether", "ob": see `_drop_asked_ends`)."""
        question = self.grammar_words.open_question
        doubts = [c for c in self.cues.cues if c.category in ("not_confirmed", "negation")]
        if question is None or not doubts:
            return
        text = self.text
        spans: list[tuple[int, int]] = []
        for m in question.finditer(text):
            i = bisect.bisect_right(self._sentence_starts, m.start()) - 1
            if i < 0 or m.start() >= self.sentences[i].end:
                continue
            sentence = self.sentences[i]
            # the doubt right before it: "is not yet known who", "ist noch nicht bekannt, welche", "belum mengumumkan siapa"
            before = [c for c in doubts if sentence.start <= c.start and c.end <= m.start()
                      and self.grammar_words.question_gap.fullmatch(text, c.end, m.start()) is not None]
            if before:
                spans.append((min(c.start for c in before), self.clauses.end(m.end(), sentence.end)))
                continue
            # ... or after it, the question opening the sentence or a clause: "Who will return has not been announced"
            if _SENTENCE_OPENING.search(text, max(0, m.start() - 4), m.start()) is None and \
                    self.grammar_words.question_and.search(text, max(sentence.start, m.start() - 12), m.start()) is None:
                continue
            after = next((c for c in doubts if m.end() <= c.start < sentence.end), None)
            if after is not None:
                spans.append((m.start(), self.clauses.end(after.end, sentence.end)))
        if spans:
            self._drop_cues(lambda c: (c.category in _EVENT_CATEGORIES or c.category in ("not_confirmed", "negation"))
                            and any(a <= c.start < b for a, b in spans))

    def _drop_alternatives(self) -> None:
        """"speculation regarding its renewal or cancellation", "ob die Serie verlängert oder abgesetzt wird",
        "diperpanjang atau dibatalkan": a renewal and a cancellation set side by side as the two ways it may go say
        neither."""
        events = [c for c in self.cues.cues if c.category in ("renewal", "cancellation")]
        paired: set[int] = set()
        whether = self.grammar_words.whether
        for a, b in zip(events, events[1:]):
            if a.category == b.category or not 0 < b.start - a.end <= 12 or not _EITHER_OR.fullmatch(self.text, a.end, b.start):
                continue
            # (asked, or the show's own two ways; not a round-up's "Every Hulu Series Renewed or Canceled This Year")
            sentence = self.sentences[bisect.bisect_right(self._sentence_starts, a.start) - 1]
            clause = self.clauses.start(sentence.start, a.start)
            if sentence.text.rstrip(" \"'”’»*").endswith("?") or _ITS_BEFORE.search(self.text, max(0, a.start - 8), a.start) \
                    or whether is not None and whether.search(self.text, clause, a.start):
                paired.update((id(a), id(b)))
            # (or both denied: "ainda não recebeu qualquer indicação de renovação ou de cancelamento": no cancellation
            # is said, and the renewal stays, negated)
            elif self.cues.within(clause, a.start, "negation"):
                paired.add(id(a) if a.category == "cancellation" else id(b))
        # ... or one of the reasons a season may not come, another after "or": "ya sea por cancelación o por ser
        # miniserie", "be it through cancellation or because it is a limited series"
        for cue in events:
            if _EITHER_BEFORE.search(self.text, max(0, cue.start - 24), cue.start) is not None \
                    and _EITHER_OR.match(self.text, cue.end) is not None:
                paired.add(id(cue))
        # "le renouvellement ou l'annulation de plusieurs séries", "renewals and cancellations" (the pack's DECISION_PAIRS,
        # plurals and "and" too): the two decisions named side by side are a round-up's topic or the choice still open,
        # neither one made, nor announced ("ABC annoncera le renouvellement ou l'annulation de ..."); denied, they are
        # left to the pairs above, whose renewal is then the one not made ("ainda não há decisão sobre renovação ou
        # cancelamento")
        pairs = [(c.start, c.end) for c in self.cues.cues if c.category == "decision_pair"]
        pairs = [(s, e) for s, e in pairs if not self.cues.within(
            self.clauses.start(self.sentences[bisect.bisect_right(self._sentence_starts, s) - 1].start, s), s,
            "negation", "not_confirmed")]
        for c in self.cues.cues:
            if c.category == "decision_pair" or c.category in ("renewal", "cancellation") and any(
                    s <= c.start and c.end <= e or 0 <= s - c.end <= 6 and _ARTICLE_GAP.fullmatch(self.text, c.end, s)
                    for s, e in pairs):
                paired.add(id(c))
        if paired:
            self._drop_cues(lambda c: id(c) in paired)

    def _drop_details_clauses(self) -> None:
        """"While things are set, details about the cast and release windows would depend on the production schedule":
        a clause whose subject is the details of a season says nothing of whether it comes."""
        spans = []
        for m in _DETAILS_SUBJECT.finditer(self.text):
            i = bisect.bisect_right(self._sentence_starts, m.start()) - 1
            if i < 0:
                continue
            spans.append((m.start(), self.clauses.end(m.end(), self.sentences[i].end)))
        if spans:
            self._drop_cues(lambda c: c.category in _EVENT_CATEGORIES + ("hedge",) and any(a <= c.start < b for a, b in spans))

    def _drop_unfounded_ends(self) -> None:
        """"since there's no indication that this will be the final season", "nada indica que será la última
        temporada": an end that nothing points to is not said."""
        text = self.text
        ends = [c for c in self.cues.cues if c.category in ("final_statement", "cancellation")]
        if ends:
            self._drop_cues(lambda c: c in ends and _NOTHING_POINTS_TO.search(text, max(0, c.start - 80), c.start) is not None)
        # (and the final season it names: "... that this will be the final season")
        self.mentions = [m for m in self.mentions if not (
            m.final and not m.numbers and _NOTHING_POINTS_TO.search(text, max(0, m.start - 100), m.start) is not None)]

    def _drop_cues(self, dropped: Callable[[Cue], bool]) -> None:
        """Leave out the cues that are no cues of their own (the index is rebuilt only when there is one)."""
        cues = self.cues.cues
        kept = [c for c in cues if not dropped(c)]
        if len(kept) < len(cues):
            self.cues = CueIndex(kept, self.cues.named)

    def _timing_release(self, cue: Cue) -> bool:
        """A release word right after a before-word and its article (EVENT_BEFORE: the season grammar's, which reads a
        season there the same way), of no season named after it."""
        before = self.grammar.ahead_before
        text = self.text
        not_yet = self.grammar_words.not_yet_between
        if cue.category in ("release", "released_past") and any(
                0 < cue.start - m.end <= 20 and not_yet is not None and not_yet.fullmatch(text, m.end, cue.start)
                and self.grammar.ahead(text, m) for m in self.mentions):
            return True  # "a third-season order before its second season has even debuted": it has not
        return cue.category in ("release", "released_past") and before is not None \
            and before.search(text, max(0, cue.start - 40), cue.start) is not None \
            and not any(0 < m.start - cue.end <= 40 and (_OF_THE.fullmatch(text, cue.end, m.start) or _OF_WHAT.fullmatch(
                text, cue.end, m.start)) for m in self.mentions)

    def _split_subtitled_sequels(self) -> None:
        """"The sequel, titled "Quarry Nine: Deadfall", reunites ...": a title whose words before its colon the article
        also writes alone, and that a sequel word stands right beside, names an installment of that work, not a work
        of its own (the second, unless a numbered film is named right before it)."""
        sequel = self.grammar_words.sequel
        if sequel is None or not self.works:
            return
        text = self.text
        added: list[SeasonMention] = []
        for work in list(self.works):
            m = _SUBTITLED.fullmatch(work.title)
            full = [(s, e) for s, e in work.spans if text[s:e] == work.title]
            if m is None or not full or work.spinoff or _SEQUEL_NUMBER_END.search(m.group("base")) or \
                    any(not x.count and min(full)[0] <= x.start and x.end <= min(full)[1] for x in self.mentions):
                continue  # (not "Dune: Part Two", which names its part; nor "X 3: Sub", which its number does)
            base = m.group("base")
            alone = re.compile(rf"(?<![\w]){re.escape(base)}(?![\w])(?![^\S\n]*[:–—])")
            if alone.search(text) is None:
                continue
            start, end = min(full)
            before = sequel.search(text, max(0, start - 40), start)
            after = sequel.search(text, end, min(len(text), end + 30))
            if (before is None or _SENTENCE_END.search(text, before.end(), start)) and \
                    (after is None or _SENTENCE_END.search(text, end, after.start())):
                continue
            numbered = [x for x in self.mentions if x.kind == "film" and x.numbers and 0 <= start - x.end <= 40]
            n = numbered[-1].numbers[-1] if numbered else 2
            work.aliases = [a for a in work.aliases if normalise(a) not in (normalise(base), normalise(work.title))]
            work.title = base
            work.spans = []
            work_module.locate(text, [work])
            added += [SeasonMention(s + len(base), e, (n,), "film") for s, e in full]
        if added:
            self.mentions = sorted(self.mentions + added, key=lambda x: x.start)

    def _sequel_working_titles(self) -> None:
        """"La secuela, cuyo título provisional es 'Ocho abuelas y una boda', se estrenará ...": a name given only as
        a sequel's working title is another name of the work the article is about (its sequel's words make the
        installment), not a work of its own."""
        sequel = self.grammar_words.sequel
        working = work_module.finder(self.pack).working_title
        main = self._main_work()
        if sequel is None or working is None or main is None or len(self.works) < 2:
            return
        text = self.text
        for work in list(self.works):
            if work is main or not work.spans:
                continue
            if all(working.search(text, max(0, s - 40), s) is not None and any(
                    not _SENTENCE_END.search(text, m.end(), s) for m in sequel.finditer(text, max(0, s - 80), s))
                   for s, _ in work.spans):
                main.aliases.append(work.title)
                self.works.remove(work)
                main.spans = []
                work_module.locate(text, [main])

    def _split_numbered_titles(self) -> None:
        """'Iron Tide 2' beside "the hit Iron Tide": the title is Iron Tide, and 2 its installment."""
        number_noun_end = self.grammar_words.number_noun_end
        for work in list(self.works):
            m = re.fullmatch(rf"(.+?)[^\S\n]+({SEQUEL_NUMBER}|{ROMAN})", work.title)
            if not m or len(m.group(1)) < 3 or (number_noun_end is not None and number_noun_end.search(m.group(1))):
                continue  # (not "Die Nachbarn von Nummer 7", "Apartment No. 9": the number is the title's)
            # (nor "Pier 9" where the article writes "Pier 9 II": a numeral after it is the sequel's, the number the title's)
            if re.search(rf"(?<![\w]){re.escape(work.title)}[^\S\n]+(?:[2-9]|{ROMAN})(?![\w])", self.text):
                continue
            part_end = self.grammar.part_end
            if m.group(2) in ROMAN_NUMBERS and part_end is not None and part_end.search(m.group(1)):
                continue  # (nor "Class of 2099 Part III": a part's Roman number, the part's name)
            # ("« Mission Tartiflette 2 » ... « Mission Tartiflette 3 : Fondue totale »": where another work is named by
            # the title alone, the numbered one is an installment of it)
            named_alone = next((w for w in self.works if w is not work and normalise(m.group(1)) in
                                {normalise(n) for n in w.names()}), None)
            if named_alone is not None:
                if self.grammar_words.cinema.search(self.text) and any(
                        re.fullmatch(rf"{re.escape(m.group(1))}[^\S\n]+(?:\d{{1,2}}|{ROMAN})(?:[^\S\n]*:.*)?", n)
                        for n in named_alone.names()):
                    named_alone.aliases.append(work.title)
                    self.works.remove(work)
                    named_alone.spans = []
                    work_module.locate(self.text, [named_alone])
                continue
            alone = re.compile(rf"(?<![\w]){re.escape(m.group(1))}(?![\w])(?![^\S\n]*(?:\d|(?:{ROMAN})(?![\w])))")
            number = _installment_number(m.group(2))
            # ("Constantin Film hat „Alpenglühen 2“ angekündigt. Kinostart ist im März": a film's number, named
            # only with it, where the article speaks of cinemas or sequels; "Film 'Pengabdi Iblis 2' akan tayang",
            # "la sortie du film": or of films; "Universal a annoncé le report de « Nocturne 3 »": or names a studio
            # or a platform)
            # (a platform alone only where no season is spoken of: "Freshman comedy 'Cubicle 9' was cancelled after
            # one season" in an upfront round-up is a title)
            # (a film word somewhere in an article about seasons is not enough: "'Ward 7' will not return for a second
            # season ... the director's new film project")
            seasons_named = any(x.kind == "season" for x in self.mentions)
            # ("« Pavillon 4 » ne reviendra pas. La deuxième saison de la série ...": where the article counts the work's
            # seasons with other numbers, the number is the title's)
            season_numbers = {n for x in self.mentions if x.kind == "season" for n in x.numbers}
            # ('"Signal Hill 5" ... Signal Hill 5 will be the final season': a numbered title said to be the final season
            # is that season; not "la quinta temporada de Calle Mayor 9 será la última", a season of it named before)
            said_final = " " in m.group(1).strip() and any(
                c.category == "final_statement" and 0 <= c.start - (p + len(work.title)) <= 2
                and not any(0 <= p - x.end <= 8 for x in self.mentions)
                for p in work_module.occurrences(self.text, work.title) for c in self.cues.cues)
            # ("« Akte Ostsee III » ... geht in die dritte Staffel": a Roman number the article counts as a season,
            # after a title of two words or more; not a ruler's name, "Elizabeth II")
            # (and a number the article counts as a season, where no season is named beside the numbered title: '"Iron
            # Coast 5" ... the fifth season of the drama'; not "musim kedua Kelas 11 IPA 2", the title's own number)
            # (in an article about this work alone: a round-up's other seasons count nothing of it)
            beside_season = any(
                -2 <= p - x.end <= 15 or -2 <= x.start - (p + len(work.title)) <= 5
                for p in work_module.occurrences(self.text, work.title) for x in self.mentions if x.kind == "season")
            # ('"Signal Hill 5" will premiere on November 26. The fourth season of the sci-fi drama aired in 2024': the
            # season after the one the article counts, in an article about this work alone)
            next_season = number - 1 in season_numbers and " " in m.group(1).strip() and len(self.works) == 1 \
                and not beside_season
            if not alone.search(self.text) and seasons_named and number not in season_numbers and not said_final \
                    and not next_season:
                continue
            roman_season = number in season_numbers and " " in m.group(1).strip() and (
                m.group(2) in ROMAN_NUMBERS or len(self.works) == 1 and not beside_season)
            roman_season = roman_season or said_final or next_season
            # ("2. Sopir Malam 2 (20 Maret) || Di musim kedua yang akan tayang ...": a list item's heading, its number
            # a season the article counts, never written beside the numbered title)
            headed = number in season_numbers and not beside_season and any(h.work == work.title for h in self._header_list)
            if not alone.search(self.text) and not (number <= 9 and (
                    self.grammar_words.cinema.search(self.text) or roman_season or headed
                    or (not seasons_named and (self.grammar_words.film.search(self.text) or self.cue_finder.platforms.search(self.text))))):
                continue
            # ("« Le Dernier Convoi » ... le tournage du « Dernier Convoi 2 »": the title's words inside another's
            # name are that work, named without its article)
            base = normalise(m.group(1))
            host = next((w for w in self.works if w is not work and any(
                work_module._contains_words(normalise(n), base) for n in w.names())), None)
            if host is not None:
                host.aliases.append(m.group(1))
                self.works.remove(work)
                host.spans = []
                work_module.locate(self.text, [host])
                continue
            # (and its other names with the number are the installment's: "du « Dernier Convoi 2 »")
            work.title, work.aliases = m.group(1), [a for a in work.aliases if a != m.group(1)
                                                    and not a.endswith(" " + m.group(2))]
            work.spans = []
            work_module.locate(self.text, [work])

    def _drop_people(self) -> None:
        """"Samuel Roche reprendra son rôle dans la cinquième saison de « Section Alpha »", "Tom Reyes has joined
        the cast of Harbor Nine": a name that, wherever the body names it, a cast word follows is a person."""
        if len(self.works) < 2:
            return
        # ("Kit Harlan will not return for the second season": a return word after a name is a cast word too)
        returns = self.grammar_words.return_word
        # (not "Moonlight Tailor Shop will return for a second season": a show returns for a season not yet named)
        starts = {m.start for m in self.mentions}
        # (nor a return word inside the negated one that does: "Le Phare ne reviendra pas pour une deuxième saison")
        for_a_season = [(c.start, c.end) for c in self.cues.cues if c.category in ("cancellation", "renewal")
                        and (m := _FOR_A_SEASON.match(self.text, c.end)) is not None and m.end() in starts]
        casts = [c for c in self.cues.cues if c.category == "cast" or (
            c.category in ("cancellation", "renewal") and returns.search(self.text, c.start, c.end) is not None
            and not any(a <= c.start and c.end <= b for a, b in for_a_season)
            # (nor one whose return word holds the season: "Kontrakan Empat Pintu kembali dengan musim ketiga")
            and not any(c.start < s < c.end for s in starts))]
        role = self.grammar_words.role_clause  # ("Rina Safitri yang memerankan dokter Maya ... tidak kembali")
        if not casts and role is None:
            return
        def cast_after(end: int) -> bool:
            return any(0 <= c.start - end <= 25 and _FEW_LOWER.fullmatch(self.text, end, c.start) for c in casts) \
                or role is not None and role.match(self.text, end) is not None

        # (named in the headline only, with its cast word right after it: "X, saison 4 : Lucie Arnal rejoint
        # l'équipe")
        people = [w for w in self.works if w.spans and not any(h.work == w.title for h in self._header_list)
                  and all(s < self.headline_end or cast_after(e) for s, e in w.spans)
                  and (any(s >= self.headline_end for s, _ in w.spans) or all(cast_after(e) for _, e in w.spans))]
        if people and len(people) < len(self.works):
            self.works = [w for w in self.works if w not in people]

    @staticmethod
    def _held(cue: Cue, holders: list[Cue]) -> bool:
        """Whether an event or denial cue lies inside an "according to" phrase (a renewal word) or a no-comment one, or
        a denial inside a not-confirmed one ("neither confirm nor deny")."""
        return any(h.start <= cue.start and cue.end <= h.end and h is not cue and (
            cue.category == "renewal" if h.category == "according_to" else cue.category == "denial"
            if h.category == "not_confirmed" else cue.category in _EVENT_CATEGORIES + ("denial",))
            for h in holders)

    def _agent_after(self, cue: Cue, platform: Source) -> bool:
        """Whether a platform named after the cue is its agent: right after it ("diperpanjang Canal+") or after its
        agent words ("renewed by Hulu"); not one asked ("A petition asking Netflix for a second season"), nor one in a
        relative clause after a comma ("Eine Petition, die Netflix um ... bittet") or past an "and" ("Saya sedang
        menulisnya, dan stasiun TV-nya antusias")."""
        text, gap = self.text, platform.start - cue.end
        if gap < 0 or self.cues.within(cue.end, platform.start, "hedge"):
            return False
        # (nor the one a talk is held with: "he is in talks with Netflix about a second season", a word of the
        # talk's own)
        if any(c.start <= cue.start and cue.end <= c.end for c in self.cues.within(cue.start, cue.end, "hedge")):
            return False
        if gap <= 40 and self.cue_finder.agent_kind.fullmatch(text, cue.end, platform.start):
            return True
        words = self.grammar_words
        return gap <= 8 and not (text.startswith(",", cue.end) and words.relative_opening.match(text, cue.end)) \
            and words.clause_and.search(text, cue.end, platform.start) is None

    def _caption(self, sentence: Sentence) -> bool:
        """Whether the sentence's line is a photo's caption: it holds a photo credit ("Foto: Prime Video", "©"), or a
        page gives it twice in a row, as pages print a caption under the photo and again in its text."""
        text = self.text
        start = text.rfind("\n", 0, sentence.start) + 1
        end = text.find("\n", sentence.start)
        end = end if end >= 0 else len(text)
        credit = self.grammar_words.photo_credit
        if credit is not None and credit.search(text, start, end) is not None:
            return True
        line = text[start:end].strip()
        before = text[text.rfind("\n", 0, max(0, start - 1)) + 1:max(0, start - 1)].strip() if start else ""
        after_end = text.find("\n", end + 1)
        after = text[end + 1:after_end if after_end >= 0 else len(text)].strip() if end < len(text) else ""
        return len(line) >= 20 and line in (before, after)

    def _person_work(self, sentence: Sentence, work_spans: WorkSpans, state: _State) -> None:
        """Whose work a person is ("'Niebla roja', la película de Álvaro Cienfuegos"); and a sentence that names no work
        and opens on that person's name speaks of that person's work ("Cienfuegos, que debuta en el largometraje, no
        descarta volver"), though another work was named in between."""
        text = self.text
        kind_of = self.grammar_words.kind_of
        if work_spans and kind_of is not None:
            for _, end, work in work_spans:
                by = kind_of.match(text, end, sentence.end)
                if by is not None:
                    state.person_work[by.group(1).split()[-1]] = work
        elif not work_spans and state.segment_work is None:
            opening = _NAME_OPENING.match(text, sentence.start, sentence.end)
            whose = state.person_work.get(opening.group(1)) if opening is not None else None
            if whose is not None:
                state.last_work = whose

    def _drop_persons_counted(self) -> None:
        """"Film kesembilan Bima Santoso ini dijadwalkan tayang tahun ini" over "kata Bima Santoso": a name of two words
        or more right after a counted installment ("the ninth film of"), which the article names elsewhere as someone
        who speaks or holds a role, is the maker whose works are counted, no work."""
        if len(self.works) < 2:
            return
        finder = work_module.finder(self.pack)
        headed = {h.work for h in self._header_list}
        counted_before = {m.end for m in self.mentions if m.numbers}
        people = [w for w in self.works if len(w.title.split()) >= 2 and w.title not in headed and w.spans
                  and all(s >= self.headline_end for s, _ in w.spans)
                  and any(0 <= s - b <= 2 and not self.text[b:s].strip() for s, _ in w.spans for b in counted_before)
                  and not any(0 <= m.start - e <= 1 and not self.text[e:m.start].strip() for _, e in w.spans for m in self.mentions)
                  and any(finder.speech_before.search(self.text, max(0, k - 15), k) is not None
                          or finder.said_after.match(self.text, k + len(w.title)) is not None
                          or finder._role_before(self.text, k, 25)
                          for k in work_module.occurrences(self.text, w.title))]
        if people:
            self.works = [w for w in self.works if w not in people]
            # (and the count is of the maker's works: no installment of any work here)
            starts = [s for w in people for s, _ in w.spans]
            self.mentions = [m for m in self.mentions if not (m.numbers and any(0 <= s - m.end <= 2 for s in starts))]

    def _makers_possessives(self) -> None:
        """"Paramount+ renews Dana Whitlock's Ironside Creek for season 3" over "Dana Whitlock stays on as a producer of
        the western": a title that opens on a person's name of two or three words in the possessive, the name the article
        also gives on its own, is the work after it (the whole of it kept as an alias)."""
        text = self.text
        renamed: dict[str, str] = {}
        for work in self.works:
            m = _MAKER_POSSESSIVE.fullmatch(work.title)
            if m is None or len(m.group(2).split()) > 6 or any(w.title == m.group(2) for w in self.works):
                continue
            owner = m.group(1)
            alone = [k for k in work_module.occurrences(text, owner) if not text.startswith(("'", "’"), k + len(owner))]
            if not alone:
                continue
            cut = len(work.title) - len(m.group(2))
            renamed[work.title] = m.group(2)
            work.aliases = [a for a in work.aliases if a != m.group(2)] + [work.title]
            work.spans = [(s + cut, e) if text.startswith(work.aliases[-1], s) else (s, e) for s, e in work.spans]
            work.title = m.group(2)
        if renamed:
            self.headers = {k: renamed.get(v, v) for k, v in self.headers.items()}
            self._header_list = [work_module.Header(h.sentence, renamed.get(h.work, h.work)) for h in self._header_list]

    def _ordinal_titles(self) -> None:
        """"whether there's a second Block 47 depends on audiences", "un deuxième Astérix": an indefinite article and an
        ordinal right before a work's name make its installment of that number."""
        ordinal = _ordinal_before(self.pack)
        if ordinal is None:
            return
        added = []
        for work in self.works:
            for start, end in work.spans:
                m = ordinal.search(self.text, max(0, start - 20), start)
                n = self.grammar.ordinals.get(m.group(1).lower(), 0) if m is not None else 0
                if m is not None and n > 1 and not any(x.start < end and m.start(1) < x.end for x in self.mentions):
                    added.append(SeasonMention(m.start(1), end, (n,), "film", title=work.title))
        if added:
            self.mentions = sorted(self.mentions + added, key=lambda x: x.start)

    def _drop_statements_and_outlets(self) -> None:
        """Prime Video: "No hay nada decidido" sobre ...', '« Aucune décision n'a été prise », a fait savoir Max': a
        quotation that says nothing is decided, or denies, wherever the article names it, is words, not a work;
        and an outlet named only after "according to" is no work either."""
        said = [c for c in self.cues.cues if c.category in ("not_confirmed", "denial", "no_comment")]
        # (two words will do when the words are all the statement: '"Es falso"', '"Tidak benar"')
        quoted = [w for w in self.works if len(w.title.split()) >= 2 and w.spans and all(
            any(s <= c.start and c.end <= e and (len(w.title.split()) >= 3 or (c.start - s <= 1 and e - c.end <= 1))
                for c in said) for s, e in w.spans)] if said else []
        # "..., selon Le Parisien", "D'après Le Parisien, ...", "Dilansir dari Soompi, 'X' Lanjut Season 2": a name
        # that only ever follows "according to", or opens with it, is the outlet
        according = [c for c in self.cues.cues if c.category == "according_to"]
        # ('hatte die „Abendpost Hamburg“ unter Berufung auf „Quellen aus dem Umfeld“ berichtet': or that only ever
        # comes right before "citing", as its subject)
        outlets = [w for w in self.works if w.spans and all(
            any(0 <= s - c.end <= 2 or s == c.start or (0 <= c.start - e <= 3 and self.text[e:c.start].strip(" ,\"“”»’'") == "")
                for c in according) for s, e in w.spans)] \
            if according else []
        # "„Wir haben schon Ideen“, sagte Showrunner Felix Brandauer dem „Spiegel“": a name quoted only after a
        # speech verb and the word for whom it was said to is the outlet spoken to
        speech, told_to = [c for c in self.cues.cues if c.category == "speech"], self.cue_finder.addressee_quoted
        told = [w for w in self.works if w.spans and all(
            told_to.search(self.text, max(0, s - 30), s) and any(0 <= s - c.end <= 60 for c in speech)
            for s, e in w.spans)] if speech and told_to is not None else []
        # "Drakorina.com - Baru sepuluh hari ... || Drakorina - Rabu, 3 Desember 2025": the outlet's name without
        # its domain is the outlet
        outlet = self.article.outlet or ""
        site = _DOMAIN.sub("", outlet)
        own_name = [w for w in self.works if site != outlet and normalise(w.title) == normalise(site)]
        dropped = quoted + outlets + told + own_name
        if dropped and len(dropped) < len(self.works):
            self.works = [w for w in self.works if w not in dropped]

    def _add_numbered_titles(self) -> None:
        """"Jagal Senja 2", "Stranger Things 5": a known title with a number names an installment."""
        extra = []
        taken = [(m.start, m.end) for m in self.mentions]
        seasons = [x for x in self.mentions if x.kind == "season" and x.numbers]
        for work in self.works:
            for begin, end in work.spans:
                m = _NUMBER_AFTER_TITLE.match(self.text, end, end + 6)
                if not m:
                    continue
                # ("la deuxième saison de Brigade 13": the season is the numbered title's, the number its name)
                if any(0 < begin - x.end <= 12 and _OF_THE.fullmatch(self.text, x.end, begin) for x in seasons):
                    continue
                if self.units is not None and self.units.match(self.text, m.end(), m.end() + 20):
                    continue  # what the number counts: "Iron Tide 2 juta penonton", "in 26 countries"
                start = m.start(1)
                if any(s < start + 2 and start < e for s, e in taken):
                    continue
                extra.append(SeasonMention(start, m.end(), (_installment_number(m.group(1)),), "film"))
        if extra:
            self.mentions = sorted(self.mentions + extra, key=lambda m: m.start)

    def _main_work(self) -> Work | None:
        if not self.works:
            return None
        in_headline = [w for w in self.works if w.spans and w.spans[0][0] < self.headline_end]
        if in_headline:
            return min(in_headline, key=lambda w: w.spans[0][0])
        return max(self.works, key=lambda w: (len(w.spans), w.strength))

    # -- reading -------------------------------------------------------------------
    def read(self) -> list[Finding]:
        if not self.works:
            return []
        self._by_sentence = _by_sentence(self.sentences, self.mentions, self.works)
        self._pending: list[tuple[Claim, str, bool]] = []  # claims of a work whose installment is not known yet
        self._continuations: set[int] = set()  # the sequel words read as a series' next season (see _numbers)
        # in a list article the lines before the first item speak of no work in particular
        first_header = min(self.headers, default=None)
        # (nor, in a round-up whose headline counts its works, the lines before its main work is first named: "Netflix
        # canceló estas 5 series" over paragraphs of works not found, the one found named last)
        self._late_main = self.main is not None and work_module.finder(self.pack).headline_count(self.text, self.headline_end) >= 2 \
            and not any(s < self.headline_end for s, _ in self.main.spans)
        state = _State(last_work=self.main if first_header is None and not self._late_main else None)
        # a live blog of several works: more than one named after its first update's time
        first_update = next((s for s in self.sentences if s.line_start and _TIMESTAMP.match(s.text)), None)
        live_works = first_update is not None and len({w.title for s in self.sentences[first_update.index:]
                                                       for _, _, w in self._by_sentence[s.index][1]}) > 1
        self._platform_people(state)
        for sentence in self.sentences:
            if sentence.index in self.headers:
                state.segment_work = self.by_title.get(self.headers[sentence.index])
                state.last_work = state.segment_work
                # each item of a list has its own platform: "the streamer" under this one is not the last one named
                state.known_platform = None
            elif live_works and sentence.line_start and _TIMESTAMP.match(sentence.text):
                # ("11h00 - France 2 présente sa nouvelle saga familiale": a live blog's update speaks of the work it
                # names, not of the update before, nor of the article's main work)
                state.segment_work = state.last_work = None
                state.known_platform = None
                state.new_update = True
            state.unnamed_item = self._item_of_none(sentence) or self._marked_item_of_none(sentence) \
                or self._heading_of_none(sentence)
            if state.unnamed_item:
                state.segment_work = state.last_work = None
            self._read_sentence(sentence, state)
        self._place_pending()
        self._windows_ahead_to_next()
        self._silent_platforms_speak_not()
        self._headline_decision_of_told_work()
        self._headline_decision_told_again()
        self._counted_seasons_aired()
        self._list_of_cancelled_counts()
        for finding in self.findings.values():
            _unsaid_by_denier(finding.claims, self.article.outlet, self._said_by_platform)
        if any(c.denial for finding in self.findings.values() for c in finding.claims):
            starts = [s.start for s in self.sentences]
            # (the sentences that report words said: "Netflix Korea menyatakan kabar tersebut tidak benar")
            speaking = {s.start for s in self.sentences if self.cues.within(s.start, s.end, "speech")}
            # (... and those that call something untrue: '"A informação não procede," afirmou a plataforma')
            denying = {s.start for s in self.sentences if self.cues.within(s.start, s.end, "denial")}
            for finding in self.findings.values():
                _quoted_words_decide(finding.claims, starts, speaking, denying)
        return [f for f in self.findings.values() if f.claims or f.headline_claims or f.n > 0]

    def _platform_people(self, state: _State) -> None:
        """The people the article names, wherever it does, with their role at a platform: they speak for it ("..., a
        annoncé Hélène Morvan" in a live blog whose older entry, further down, says "Hélène Morvan, directrice des
        fictions françaises de Canal+")."""
        named = self.cues.named
        spans = named["platform"][1] if named is not None and "platform" in named else ()
        for start, end in spans:
            m = _NAME_BEFORE_ROLE.search(self.text, max(0, start - 90), start)
            if m is None:
                m = _NAME_AFTER_OFFICE.match(self.text, end)
                office_before = self.grammar_words.office_before
                if m is not None and not m.group("office") and not (
                        office_before is not None and office_before.search(self.text, max(0, start - 40), start)):
                    m = None
            if m is None or self.cue_finder.platforms.fullmatch(m.group("name")) or any(
                    named is not None and role in named and cue_module.spans_within(named[role], m.end("name"), start)
                    for role in ("role:creator", "role:crew", "role:cast")) or any(
                    a < m.end("name") and m.start("name") < b for w in self.works for a, b in w.spans):
                continue  # (not "Ana Ruiz, la protagonista de la serie de Netflix": an actress; nor a title)
            for word in m.group("name").split():
                if len(word) >= 3 and word.lower() not in self.cue_finder.common and word not in state.people:
                    state.people[word] = (self.text[start:end], "platform", False)
                    state.platform_people = True

    def _place_pending(self) -> None:
        """Each claim made of a work alone goes to the installment the whole article shows it is about."""
        # ("Netflix renews 'A', 'B' and 'C'" over items that say "The thriller gets a third season": a headline's one
        # decision of several works is the round-up's, which its items only detail)
        # ("Netflix renueva 'A', 'B' y 'C', y pone fin a 'D'": so is each decision of a headline that decides of several)
        decided = Counter(start for start, _ in {(claim.start, title) for claim, title, headline in self._pending if headline})
        for claim, title, headline in self._pending:
            n = (self._returned(claim, title) if headline else None) or self._awaited(title, claim.event, claim.polarity)
            if n is None or (claim.event == "release" and not headline and not self._made((title, n))):
                continue
            finding = self._finding(self.by_title[title], n)
            bucket = finding.headline_claims if headline and decided[claim.start] < 2 else finding.claims
            if any(c.start == claim.start and c.event == claim.event and c.polarity == claim.polarity for c in bucket):
                continue
            bucket.append(claim)
            bucket.sort(key=lambda c: c.start)

    def _headline_decision_of_told_work(self) -> None:
        """"La plataforma cancela una de sus series más vistas tras dos temporadas": a headline that
        names no work decides of the one work whose body tells that decision of the same installment, not of the work
        the article names most (there, by a tie, another series the body says was renewed)."""
        main = self.main
        if main is None or any(s < self.headline_end for work in self.works for s, _ in work.spans):
            return
        for key, finding in list(self.findings.items()):
            if key[0] != main.title:
                continue
            moved = False
            for event in ("renewal", "cancellation"):
                said = [c for c in finding.headline_claims if c.event == event and c.polarity == "positive"]
                if not said or any(c.event == event and c.polarity == "positive"
                                   for (title, _), other in self.findings.items() if title == main.title for c in other.claims):
                    continue
                told = [other for (title, n), other in self.findings.items() if title != main.title and n == key[1]
                        and any(c.event == event and c.polarity == "positive" for c in other.claims)]
                if len(told) != 1:
                    continue
                told[0].headline_claims.extend(said)
                finding.headline_claims = [c for c in finding.headline_claims if c not in said]
                moved = True
            if moved and not finding.claims and not finding.headline_claims:
                del self.findings[key]

    def _headline_decision_told_again(self) -> None:
        """"Netflix Renews 'Brume' for Season 2" over "The fantasy series will return for a second season": the body
        telling, in its own words and with no report, rumour, hedge or speaker in its sentence, the decision the
        headline says the platform made (or made official, its maker unnamed: "Brume Season 2 Officially Announced"),
        tells the platform's decision (not "Brume has reportedly been renewed"; nor
        where the body reports anything of the installment: "Apple TV+ preps a second season of X" over "The showrunner
        has reportedly assembled a writers' room")."""
        plain = ("reported", "rumour", "hedge", "according_to", "speech", "forward_source")
        told = ("reported", "rumour", "according_to", "forward_source")
        for finding in self.findings.values():
            # (or made official with its maker left unnamed: "Witch Hour Season 2 Officially Announced")
            decided = [c for c in finding.headline_claims if c.certainty == "official" and c.polarity == "positive"
                       and c.event in ("renewal", "cancellation")
                       and (c.source_role == "platform" and c.source or self.cues.within(c.start, c.end, "officially"))]
            if not decided or any(self.cues.within(c.start, c.end, category) for c in finding.claims for category in told):
                continue
            for i, claim in enumerate(finding.claims):
                decision = next((h for h in decided if h.event == claim.event and h.polarity == claim.polarity), None)
                if decision is not None and claim.certainty == "reported" and claim.source_role == "media" \
                        and claim.source in (None, self.article.outlet) \
                        and not any(self.cues.within(claim.start, claim.end, category) for category in plain):
                    finding.claims[i] = Claim(**{**_fields(claim), "certainty": "official", "source_role": decision.source_role,
                                                 "source": decision.source})

    def _counted_seasons_aired(self) -> None:
        """"Disney+ has dropped Solar Flare after one season" and, further on, "the cliffhanger ending of season 1": a
        season the article names with nothing said of it, among those a decision counts as made before the one it
        decides on, aired (told by the decision's sentence)."""
        counts = [m for m in self.mentions if m.count and m.numbers]
        if not counts:
            return
        for (title, n), finding in self.findings.items():
            if finding.claims or finding.headline_claims or n < 1:
                continue
            # (not where the last one counted is still to come: "will end with its fourth season")
            decided = next((c for (t, k), other in self.findings.items() if t == title and k > n
                            and not self._still_to_come(self.findings.get((t, k - 1)))
                            for c in other.claims + other.headline_claims
                            if c.event in ("cancellation", "renewal") and c.polarity == "positive"
                            and any(c.start <= m.start < c.end and max(m.numbers) == k - 1 for m in counts)), None)
            if decided is not None:
                finding.claims.append(Claim(**{**_fields(decided), "event": "release", "stage": None, "when": None,
                                               "person": None, "denial": False, "aired": True}))

    def _list_of_cancelled_counts(self) -> None:
        """"Series canceladas este año || 3- Bruma || Después de una temporada.": in a list of three items
        or more under a headline that tells a cancellation of no work it names, an item that only counts its seasons
        (nothing else said of it) was cancelled after them, as the headline tells (the outlet's word)."""
        if len(set(self.headers.values())) < 3 or not self.cues.within(0, self.headline_end, "cancellation") \
                or any(s < self.headline_end for w in self.works for s, _ in w.spans):
            return
        for mention in self.mentions:
            if not mention.count or len(mention.numbers) != 1 or mention.start < self.headline_end:
                continue
            item = self._item_of(mention.start)
            finding = self.findings.get((item, mention.numbers[0] + 1)) if item is not None else None
            if finding is None or finding.claims or finding.headline_claims:
                continue
            sentence = self.sentences[bisect.bisect_right(self._sentence_starts, mention.start) - 1]
            # (nothing else of the item: no event word in its sentences but the count's own)
            if any(c.category in _EVENT_CATEGORIES for c in self.cues.within(sentence.start, sentence.end)):
                continue
            headline = self.text[:self.headline_end]
            finding.headline_claims.append(Claim(event="cancellation", polarity="positive", certainty="reported", source=None,
                                                 source_role="media", sentence=headline.strip(),
                                                 start=len(headline) - len(headline.lstrip()), end=len(headline.rstrip())))

    @staticmethod
    def _still_to_come(finding: Finding | None) -> bool:
        """Whether the article says anything of an installment other than that it aired."""
        return finding is not None and any(not (c.event == "release" and c.aired) for c in finding.claims)

    def _silent_platforms_speak_not(self) -> None:
        """A platform that "declined to comment" said nothing: what the article puts in its mouth is the outlet's report.

        What it is quoted saying ('"A notícia não procede", disse a Globoplay') or denying ("a plataforma negou a
        informação") stays its own."""
        # each silent platform, with the works and the installments its silence is about (none: all)
        silences: list[tuple[str, set[str], set[int]]] = []
        for cue in self.cues.cues:
            if cue.category != "no_comment":
                continue
            sentence = next((s for s in self.sentences if s.start <= cue.start < s.end), None)
            if sentence is None:
                continue
            # (the one named last before it: not "A Netflix não falou ..., e o criador também não comentou", the
            # creator's silence)
            # ("Procurada, a plataforma não comentou": the platform's role word stands for the one named last before it)
            named = self.cues.named
            last_named = [self.text[a:b] for a, b in (named["platform"][1] if named is not None and "platform" in named else ())
                          if b <= sentence.start]
            before = sorted((s for s in self.cue_finder.sources(self.text, sentence, last_named[-1] if last_named else None,
                                                                named=self.cues.named)
                             if s.end <= cue.start), key=lambda s: s.end)
            if before and before[-1].role == "platform" and before[-1].name:
                # ("A Jangada Filmes não comentou a possibilidade de um terceiro longa": silent on the third film,
                # not on the second's date it announced)
                numbers = {n for m in self.mentions if cue.end <= m.start < sentence.end for n in m.numbers}
                # ("5. Pé na Estrada chega ao fim || ... Procurado, o Globoplay não comentou.": in a round-up, silent on
                # the works its sentence names, else on those its paragraph names, else on its item's; not on another
                # item's date it set)
                section = max((i for i in self.headers if i <= sentence.index), default=None)
                paragraph = {normalise(w.title) for s in self.sentences if s.paragraph == sentence.paragraph
                             for _, _, w in self._by_sentence[s.index][1]}
                titles = {normalise(w.title) for _, _, w in self._by_sentence[sentence.index][1]} or paragraph or (
                    {normalise(self.headers[section])} if section is not None else set())
                silences.append((before[-1].name, titles, numbers))
        if not silences:
            return
        for finding in self.findings.values():
            names = {normalise(n) for n in finding.work.names()}
            for bucket in (finding.claims, finding.headline_claims):
                for i, claim in enumerate(bucket):
                    covered = any(name == claim.source and (not titles or titles & names) and (not numbers or finding.n in numbers)
                                  for name, titles, numbers in silences)
                    if covered and claim.certainty == "official" and not self._spoken(claim) \
                            and not self._dated_act(claim) and not self._said_by_platform(claim):
                        bucket[i] = Claim(**{**_fields(claim), "certainty": "reported", "source_role": "media",
                                             "source": self.article.outlet})

    def _said_by_platform(self, claim: Claim) -> bool:
        """Whether the claim's sentence has the platform speak in it: its name or role word right before a speech
        verb ("a plataforma confirmou que ...", "Netflix announced") or after "according to". Its silence on
        something else later ("A plataforma não informou" how many episodes) takes back nothing it said."""
        named = self.cues.named
        if named is None:
            return False
        spans = [span for key in ("platform", "role:platform") if key in named
                 for span in cue_module.spans_within(named[key], claim.start, claim.end) or ()]
        # ("Segundo a Netflix, os novos episódios chegam em 2026": what it is the source of, too)
        verbs = self.cues.within(claim.start, claim.end, "speech") + [
            c for c in self.cues.within(claim.start, claim.end, "renewal")
            if self.cue_finder.announce.fullmatch(self.text, c.start, c.end)]  # ("A Netflix divulgou as datas")
        return any(0 <= c.start - e <= 12 and self.text[e:c.start].strip(" ,").count(" ") <= 1
                   for c in verbs for _, e in spans) or \
            any(0 <= s - c.end <= 4 for c in self.cues.within(claim.start, claim.end, "according_to") for s, _ in spans)

    def _dated_act(self, claim: Claim) -> bool:
        """"Netflix renewed the series for a third season in March": a renewal or cancellation dated before the
        article is the platform's public act, which its later silence does not take back."""
        published = self.article.published
        if published is None or claim.event not in ("renewal", "cancellation") or claim.polarity != "positive":
            return False
        return any(when_module.window(t.in_past(published, seasons=True))[1] < published
                   for t in self.times.find(self.text, published, claim.start, claim.end, self.words))

    def _cancelled_so_far(self, key: tuple[str, int]) -> bool:
        """Whether a sentence already read said the installment will not be made (the platform's word or an insider's)."""
        finding = self.findings.get(key)
        return finding is not None and any(c.event == "cancellation" and c.polarity == "positive"
                                           and c.certainty in ("official", "claimed")
                                           for c in finding.claims + finding.headline_claims)

    def _aired_before(self, key: tuple[str, int]) -> bool:
        """Whether a sentence already read said the installment aired."""
        finding = self.findings.get(key)
        return finding is not None and any(c.event == "release" and c.aired and c.polarity == "positive"
                                           for c in finding.claims)

    def _spoken(self, claim: Claim) -> bool:
        """Whether the claim is the platform's denial, or its sentence quotes it (not a title in quotation marks:
        'A Globoplay decidiu não renovar "Cidade Alta"')."""
        if claim.denial:
            return True
        if not any(q in claim.sentence for q in _QUOTE_MARKS):
            return False
        # (a mark with no pair in the sentence opens or closes a quotation that runs past it: spoken)
        titles = {normalise(n) for w in self.works for n in w.names()}
        pairs = [normalise(m.group(1).strip(" ,.")) for m in _QUOTED_ANY.finditer(claim.sentence)]
        return not pairs or any(quoted not in titles for quoted in pairs)

    def _read_sentence(self, sentence: Sentence, state: _State) -> None:
        text = self.text
        mentions, work_spans = self._by_sentence[sentence.index]
        contrast = self.grammar_words.contrast
        if work_spans and contrast is not None:
            # "Berbeda nasib dengan Detektif Kampung, drama misteri kampus ini ...", "Unlike Stonefield, ...": the work
            # set against the subject is not what the sentence speaks of
            work_spans = [(s, e, w) for s, e, w in work_spans if contrast.search(text, max(sentence.start, s - 30), s) is None]
        if sentence.index and self.sentences[sentence.index - 1].paragraph != sentence.paragraph:
            self._past_aired_focus(state)
        if state.final_last_said:
            # (a season named again, in a question too: "Y aura-t-il une saison trois ?")
            renamed = {n for m in mentions if not m.count and not m.final for n in m.numbers}
            state.final_last_said = {(t, n) for t, n in state.final_last_said if n not in renamed}
        if sentence.line_start and self._interview:
            self._interview_line(sentence, state)
        elif sentence.line_start and sentence.line_end and sentence.text.rstrip().endswith("?") \
                and sentence.index not in self.headline_sentences:
            # (an explainer's question line: the paragraph after it answers)
            asks_when = self._asks_when(sentence.start, sentence.end, sentence.text)
            state.faq_answer = sentence.paragraph + 1 if asks_when else -1
        day = self._date_line(sentence)
        if day is not None:
            # (a date that ends its line dates the entry before it: no number of the line is the date's)
            trailing = _CALENDAR_BEFORE_DATE.search(self.text, sentence.start, self._weekday_start(sentence, day)) is not None
            state.dated = (day.when, sentence.start, sentence.start if trailing else day.end, sentence.paragraph, None)
        elif state.dated is not None:  # (the calendar's entry is the line after its date's)
            entry = state.dated[4] if state.dated[4] is not None else sentence.paragraph
            # ("October 2 || Silver Lake (season 2) – Peacock || Lakeside Legal (season 7) – CBS": the entries of one
            # date, each a short line of its own, once the first has been dated; -1: an entry dated)
            if entry == -1 and self._entry_line(sentence):
                entry = sentence.paragraph
            state.dated = state.dated[:4] + (entry,) if entry == sentence.paragraph else None
        if not work_spans and self._subheading(sentence):
            return  # ("Final season", "Renewed" over a paragraph that names its work: a heading, no statement)
        cues = self.cues.within(sentence.start, sentence.end)
        alias_phrase = self.grammar_words.alias_phrase
        if alias_phrase is not None and any(c.category in ("release", "released_past") for c in cues):
            # (the release named in the words before a work's other name is no release of a season)
            # (or unquoted: "which streams abroad under the English title Gulmohar Lane")
            leads = work_module.finder(self.pack).alias_leads(text, sentence.start, sentence.end, self.words)
            quoted = [alias_phrase.match(text, m.start(), sentence.end) for m in leads]
            named_as = [q.span() for q in quoted if q is not None] + \
                [m.span() for m in leads if text[m.end():m.end() + 1].isupper()]
            if named_as:
                cues = [c for c in cues if not (c.category in ("release", "released_past")
                                                and any(a <= c.start < b for a, b in named_as))]
        set_against = self.grammar_words.contrast_opening.match(text, sentence.start) \
            if self.grammar_words.contrast_opening is not None else None
        # (not a report set against: "Contrary to what a trade site reported, CBS has not canceled X" corrects it)
        if set_against is not None and not any(c.category == "denial" and c.start < set_against.end() and set_against.start() < c.end
                                               for c in cues):
            # ("Unlike Copper Valley, which was renewed six weeks after its premiere, Dune Riders' fate is unknown": what
            # is said between the work set against and the subject after a comma is the former's)
            # (not where the aside names its seasons, which take what it says: "A diferencia de 'Código Sur', que Netflix
            # renovó en abril por una tercera temporada, ...", "Berbeda dengan tiga musim sebelumnya yang tayang ...")
            comma = text.find(",", set_against.end(), sentence.end)
            subject = min((s for s, _, _ in work_spans if s > comma), default=None) if comma >= 0 else None
            if subject is not None and not any(set_against.end() <= m.start < subject for m in mentions):
                cues = [c for c in cues if not set_against.end() <= c.start < subject]
        # ("La serie de Álex Pina ('Vis a vis', 'La casa de papel'...) estrenó en enero su tercera y última temporada",
        # under the item 'Sky Rojo': works in a bracket right after a name are someone's credits, where the article
        # has another work in focus)
        credited = self._credit_brackets(sentence, work_spans) if work_spans and "(" in sentence.text else []
        focus = state.segment_work or state.last_work
        if focus is not None and credited:
            inside = [span for span in work_spans if any(a < span[0] < b for a, b in credited)]
            if inside and all(w is not focus for _, _, w in inside):
                work_spans = [span for span in work_spans if span not in inside]
        credits = [c for c in cues if c.category == "credit"]
        if credits and work_spans:
            # "Steve Blackman, best known for writing episodes of "Fargo", will return as showrunner": a credit
            # names someone's earlier work, not the one the sentence speaks of
            work_spans = [(s, e, w) for s, e, w in work_spans if not any(
                0 <= s - c.end <= 60 and self.clauses.first(c.end, s) is None for c in credits)]
        if credits:  # ... and the making it names is of that work ("known for writing episodes of ...")
            cues = [c for c in cues if not (c.category == "production" and any(0 <= c.start - k.end <= 15 for k in credits))]
        # who is named matters only where something is said, or where a person is named with a role
        # ("Showrunner Claire Dunn spoke on Monday. ... Dunn said.")
        # (in a list a platform announced, "the platform" of an item is that one: "A Netflix anunciou o futuro de
        # várias produções. Confira a lista: || 4. Os Intrusos || A plataforma confirmou a terceira temporada")
        known = state.known_platform or (state.announcer[1] if state.announcer is not None
                                         and state.announcer[0] == _EVERY_PARAGRAPH else None)
        sources = self.cue_finder.sources(text, sentence, known, [(a, b) for a, b, _ in work_spans],
                                          self.cues.named) if cues or self._names_person(sentence) else []
        if sources and self.makers:
            # ("X, the new drama from the creators of Throne Games, has been renewed": another work's makers say nothing)
            sources = [x for x in sources if not any(a <= x.start < b for a, b in self.makers)]
        release_venue = self.grammar_words.release_venue
        if release_venue is not None and any(s.role == "platform" and not s.name for s in sources):
            # ("la segunda temporada no llegaría a la plataforma hasta 2028": the platform a release comes out on, named
            # by its kind, says nothing)
            sources = [s for s in sources if not (s.role == "platform" and not s.name and any(
                c.category == "release" and 0 < s.start - c.end <= 16 and release_venue.fullmatch(text, c.end, s.start)
                for c in cues))]
        if cues and self.cues.named is not None and "platform" in self.cues.named:
            sources = self._relative_platforms(sentence, cues, sources)
        if cues and sentence.index and not any(s.role == "platform" and s.name for s in sources):
            sources = self._company_pronoun(sentence, sources)
        for source in sources:
            if source.role == "platform" and source.name:
                state.known_platform = source.name
        if sources and sources[0].role == "platform" and sources[0].name:
            state.platform_first = (sentence.index, sources[0].name)
        if sources or cues or state.platform_people:
            # (a person known by name may be named where nothing is said: the one a pronoun later stands for)
            sources = self._people(sentence, sources, state)
        if work_spans or state.person_work:
            self._person_work(sentence, work_spans, state)
        if self.cues.named is not None and "platform" in self.cues.named and \
                not any(s.role == "platform" and s.name for s in sources):
            # "one of Netflix's biggest hits ... The streamer has renewed": the platform named last is "the streamer"
            # ("Die dritte Staffel lief im Frühjahr im ZDF. Eine Sprecherin des Senders ...": where it streams, too)
            named = cue_module.spans_within(self.cues.named["platform"], sentence.start, sentence.end)
            # (not a platform's name inside a title: "Copper Sky")
            named = [(a, b) for a, b in named or () if not any(s <= a < e for s, e, _ in work_spans)]
            if named:
                state.known_platform = text[named[-1][0]:named[-1][1]]
                if not cues and named[0][0] - sentence.start <= 4:  # the sentence's subject ("Netflix ha decidido ...")
                    state.platform_first = (sentence.index, text[named[0][0]:named[0][1]])
        # "La serie madre había perdido ... en la cuarta temporada": the series the spinoff named last comes from
        # (the spinoff's title holds the parent's: "Distrito Norte: Cádiz")
        if not work_spans and state.last_work is not None and self.grammar_words.parent is not None \
                and self.grammar_words.parent.search(text, sentence.start, sentence.end):
            last = state.last_work
            parent = next((w for w in self.works if w is not last and last.title.startswith(w.title + ":")), None)
            if parent is not None:
                state.last_work = parent
        # link every season expression to its work
        targets: list[tuple[Work, int, SeasonMention]] = []
        self._sentence_targets = targets
        self._sentence_mentions = mentions
        since = self.grammar_words.since_before
        for mention in mentions:
            # ("posisi yang sudah ia pegang sejak musim ketiga", "host since season 3": a season that only dates
            # something since, said of no installment)
            # (not one whose run it dates: "since its second season debuted in May")
            if since is not None and since.search(text, max(sentence.start, mention.start - 16), mention.start) is not None \
                    and not self.cues.within(mention.end, min(sentence.end, mention.end + 40), "release", "released_past"):
                continue
            work = self._link(mention, work_spans, state)
            if not work:
                continue
            for listed in self._listed_with(work, mention, work_spans):
                for n in self._numbers(mention, listed, state):
                    targets.append((listed, n, mention))
                    # "cancelled after two seasons" speaks of the third, not of the second
                    self._finding(listed, n + 1 if mention.count else n)
                    if mention.kind == "film" and n >= 2 and id(mention) not in self._continuations:
                        state.last_film[listed.title] = n
                        if mention.numbers:
                            state.last_sequel = (listed, mention.end)
        former = self.grammar_words.former_work
        # (a work named as someone's earlier one is no subject the sentences after it go on with)
        current = [(s, e, w) for s, e, w in work_spans if (former is None or former.search(text, max(sentence.start, s - 50), s) is None)
                   # (nor one in a bracket right after a name, no work's: 'da atriz Fernanda Torres ("Tapas & Beijos")', 'mit
                   # Lena Hartwig (47, "Nachtfalter") in der Hauptrolle', the bracket of an actor's age)
                   and not any(a < s < b for a, b in credited)]
        if len(current) > 1 and self._in_aside(current[-2], current[-1], sentence.end):
            current = current[:-1]  # (the sentence is of the work before the aside)
        if current:
            state.last_work = current[-1][2] if not state.segment_work else (
                next((w for _, _, w in current if w is state.segment_work), current[0][2]))
        elif work_spans and state.last_work is None:
            state.last_work = work_spans[-1][2]
        quotes = cue_module.quotations(text, sentence)
        self._through_keys: list[tuple[str, int]] = []
        self._declared_last: list[tuple[str, int]] = []
        self._just_aired: set[tuple[str, int]] = set()
        self._sentence_pending: list[tuple[Claim, str]] = []
        new_claims = self._claims(sentence, cues, sources, quotes, targets, work_spans, state)
        intro = self._list_intro(sentence, cues, sources, quotes, work_spans, state)
        heading = self._section_heading(sentence, work_spans)
        if intro or heading:
            # "Renewed:" speaks of the list below it, not of the work before it (nor does a round-up's heading of a
            # section whose items are paragraphs: "Series de Netflix renovadas en 2021")
            new_claims = []
        elif self._sentence_pending:
            # "Netflix has renewed X." names no season: which one is known when the article has been read
            # (not where the sentence says the same of one of its installments)
            self._pending.extend((claim, title, sentence.index in self.headline_sentences)
                                 for claim, title in self._sentence_pending if not any(
                                     k[0] == title and c.event == claim.event and c.polarity == claim.polarity
                                     for c, k in new_claims))
        new_claims += self._calendar_claims(sentence, targets, new_claims, state)
        new_claims += self._schedule_line(sentence, targets, cues, new_claims)
        item = self._list_item(sentence, cues, targets)
        if item and not new_claims and state.section:
            new_claims = self._section_claims(sentence, targets, state.section)
        # (an item that says the list's own event itself goes on with it: "- Harrow Point (Season 3) — renewed in May")
        own = state.section is not None and not item and bool(new_claims) and sentence.line_start and sentence.line_end \
            and len(sentence.text.split()) <= 15 and work_module._LIST_NUMBER.match(sentence.text) is not None \
            and all(claim.event == state.section.event for claim, _ in new_claims)
        section = state.section
        if section is not None and (item or own):
            section.works.update(key[0] for _, key in new_claims)
        # a list goes on while its items do, and over a sentence said of its item ("Les Vergers. Saison 2" / "La
        # série bretonne revient donc." / "Cap Nord. Saison 4")
        described = section is not None and not (item or own or heading) and section.works \
            and sentence.text.rstrip().endswith((".", "!", "?", "…")) \
            and all(w.title in section.works for _, _, w in work_spans) \
            and all(claim.event == section.event and claim.polarity == "positive" and claim.source == section.source
                    for claim, _ in new_claims)  # (not one with a word of its own: "Hulu has ordered a third season")
        if intro or not (item or own or described):
            state.section = intro
        headline = sentence.index in self.headline_sentences
        aired_here: set[tuple[str, int]] = set()
        for claim, key in new_claims:
            finding = self.findings.get(key) or self._finding(self.by_title[key[0]], key[1])
            (finding.headline_claims if headline else finding.claims).append(claim)
            if claim.event == "release" and claim.aired:
                aired_here.add(key)
        # the seasons this sentence is about become the focus, unless they are background
        # ("akan berlanjut hingga musim ketiga": the seasons before the one named too)
        # ("will end with its third season": the third, the last one made, is what the next sentences speak of)
        # (not a series' continuation: "J'ai une idée pour la suite" leaves the season on air in focus)
        # ("wie es nach dem Finale der dritten Staffel weitergeht": after the season named, the one after it)
        # ("Man werte derzeit die Quoten der zweiten Staffel aus": the season weighed is not the one spoken of next; the
        # one decided on is, where the sentence said something of it)
        weighed = {id(m) for _, _, m in targets if self.grammar.measured(text, m)}
        focus_keys = list(self._through_keys) + [(w.title, n + 1 if (m.count or m.numbers and self.grammar.after_run_end(text, m))
                                                  and (w.title, n) not in self._declared_last else n)
                                                 for w, n, m in targets if id(m) not in self._continuations
                                                 and not m.elliptic and not m.first  # ("das gravações da segunda": said of what aired)
                                                 and id(m) not in weighed]
        if weighed:
            focus_keys += [(w.title, n + 1) for w, n, m in targets if id(m) in weighed
                           and any(k == (w.title, n + 1) for _, k in new_claims)]
        # a first season, or one that already aired, is background: it never takes the focus
        # ... nor one only hoped for, where another, said to be made, is in focus ("Kalau bisa, saya berharap ceritanya
        # bisa sampai ke musim ketiga. ... Para pengisi suara utama dipastikan kembali": the season announced before)
        # (... nor one said only to be undecided: "Ob es darüber hinaus eine vierte Staffel geben wird, ist offen. ||
        # Zu sehen sein sollen die neuen Folgen im Frühjahr 2027": the third, announced, stays in focus; not where the
        # one in focus has aired)
        hoped = {k for _, k in new_claims} - {k for c, k in new_claims if c.certainty != "possible" and not (
            c.event == "renewal" and c.polarity == "negative" and not c.denial
            and any(m != k[1] and self._made((k[0], m)) and not self._aired_before((k[0], m))
                    for m in state.focus.get(k[0], [])))}
        # (aired here; or, named with others, in a sentence before: "Two full years separated the first and second
        # seasons"; not one named alone: "Jagal Senja 2 melanjutkan kisah Wulan. Film ini juga dijadwalkan ...")
        # (nor, said to have aired before, named where nothing is said of it while only a later season, said to be made,
        # is in focus: "Nicht mehr dabei ist Uwe Bramstedt, dessen Figur am Ende der zweiten Staffel ums Leben kam")
        compared = {(w.title, n) for w, n, m in targets if len(m.numbers) > 1}
        # ("Zwischen der ersten und der zweiten Staffel lagen fast zwei Jahre": the time between two seasons is told of
        # seasons made, whatever the article says of their airing)
        compared_here = self._compared(targets, sentence)
        between = {(w.title, n) for w, n, m in targets if id(m) in compared_here}
        claimed = {k for _, k in new_claims}
        # (nor the season after the one declared the last, said only not to be made: "La quatrième saison sera la
        # dernière. « Il n'y aura pas de saison 5 » || Commandée par France 2 l'an dernier, cette ultime salve ...": the
        # fourth stays in focus)
        focus_keys = [(title, n) for title, n in focus_keys
                      if (title, n) not in aired_here and (title, n) not in self._just_aired and n > 1 and (title, n) not in between
                      and not (((title, n) in compared or (title, n) not in claimed and n not in state.focus.get(title, []) and any(
                          m > n and self._made((title, m)) for m in state.focus.get(title, [])))
                               and self._aired_before((title, n)))
                      and not ((title, n) in hoped and any(m != n and self._made((title, m)) for m in state.focus.get(title, [])))
                      and not ((title, n - 1) in state.final_seasons and (title, n) in claimed
                               and all(c.event == "cancellation" and c.polarity == "positive" for c, k in new_claims if k == (title, n)))]
        # (nor a photo's caption: "Marta Echeverri y Ginés Salcedo, en la segunda temporada. Foto: Prime Video" names
        # the season the still comes from)
        if focus_keys and not self._caption(sentence):
            by_work: dict[str, list[int]] = {}
            for title, n in focus_keys:
                by_work.setdefault(title, [])
                if n not in by_work[title]:
                    by_work[title].append(n)
            state.focus.update(by_work)
        self._remember_speaker(sentence, sources, cues, quotes, state)
        # who announces for the paragraph: "CBS used its upfront presentation to announce renewals for four of its
        # dramas" (a round-up that names no work), "TF1 a levé le voile sur sa grille de rentrée lors d'une conférence
        # de presse", "En su presentación anual, Movistar Plus+ anunció ..." (the platform presents its slate): what
        # the paragraph goes on to say with no one named is that platform's
        platform = next((s.name for s in sources if s.role == "platform" and s.name), None)
        # ("Le comité de production a enfin levé le voile. La saison 2 ...": a platform named by its role alone, too)
        announcing = next((s for s in sources if s.role == "platform"), None)
        if announcing is not None and not new_claims and not targets and not work_spans and any(
                c.category in ("renewal", "cancellation") for c in cues):
            # (one that heads a list, the list's items: "A Netflix anunciou o futuro de várias produções neste mês.
            # Confira a lista: || 1. Céu de Chumbo || ...")
            # (a platform by its name: "Der Streamer hat acht Verlängerungen bestätigt" leaves its list the outlet's)
            heads_list = platform is not None and any(i in self.headers for i in range(sentence.index + 1, sentence.index + 4))
            if heads_list:
                state.announcer = (_EVERY_PARAGRAPH, platform)
            elif state.announcer != (_EVERY_PARAGRAPH, platform):  # (the article's presenter stays so)
                state.announcer = (sentence.paragraph, platform)
        elif self.grammar_words.presentation is not None:
            # (looked for only where a platform is named)
            platform = platform or self._platform_named(sentence)
            if platform is not None and self.grammar_words.presentation.search(text, sentence.start, sentence.end):
                # (a presentation the headline or the first paragraph reports is what the whole article tells)
                # (the page's short lines before it, a section label, a date, a byline, are no paragraph: "Medien |
                # Streaming", "04.11.2025, 15:32 Uhr", "Von Hendrik Paulsen")
                opening = sentence.index in self.headline_sentences or not any(
                    s.paragraph < sentence.paragraph and s.index not in self.headline_sentences and len(s.text.split()) >= 8
                    for s in self.sentences)
                if opening or state.announcer != (_EVERY_PARAGRAPH, platform):  # (the article's presenter stays so)
                    state.announcer = (_EVERY_PARAGRAPH if opening else sentence.paragraph, platform)
        state.previous_claims = new_claims
        state.cancelled.update(key for claim, key in new_claims if claim.event == "cancellation" and claim.polarity == "positive")
        if new_claims:
            state.recent_claims, state.recent_index = new_claims, sentence.index

    def _dated_ahead_in(self, key: tuple[str, int]) -> bool:
        """Whether the article has already dated the installment's release after its own publication date."""
        published = self.article.published
        finding = self.findings.get(key)
        return published is not None and finding is not None and any(
            c.event == "release" and c.polarity == "positive" and c.when is not None and c.when > published.isoformat()
            for c in finding.claims + finding.headline_claims)

    def _platform_named(self, sentence: Sentence) -> str | None:
        """The first platform the sentence names, from the article's platform matches (else its regex)."""
        named = self.cues.named.get("platform") if self.cues.named is not None else None
        spans = cue_module.spans_within(named, sentence.start, sentence.end) if named is not None else None
        if spans is None:
            match = self.cue_finder.platforms.search(self.text, sentence.start, sentence.end)
            return match.group() if match is not None else None
        return self.text[spans[0][0]:spans[0][1]] if spans else None

    # -- lists ------------------------------------------------------------------------
    def _subheading(self, sentence: Sentence) -> bool:
        """A line of a few words, no sentence of its own, over a paragraph that opens by naming a work: a section
        heading of a round-up ("Final season" / "'Desert Kings' will end with ..."), which says nothing itself."""
        body = sentence.text.strip()
        # (a live blog's update line, its time first, may be longer: "+++ 18:21 Uhr – Dritte Staffel wird die letzte +++"
        # over the paragraph that names its work)
        longest = 12 if _TIMESTAMP.search(body, 0, 24) is not None else 4
        if sentence.index in self.headline_sentences or not (sentence.line_start and sentence.line_end) \
                or len(body.split()) > longest or body.endswith((".", "!", "?", ":")) \
                or sentence.index + 1 >= len(self.sentences) or self._labelled_time(sentence):
            return False
        following = self.sentences[sentence.index + 1]
        # (not a list's own line: "Renewed" over one-line items is its introduction, see `_list_intro`; but over an
        # item's heading line, "FINAL SEASON" / "Copper Widows (Peacock)" / its paragraph, a section's heading)
        # (items that are headers all the same, one line each: "- Redwater (after one season)" with no paragraph of
        # its own after it, the next line another item or the end)
        after = self.sentences[following.index + 1] if following.index + 1 < len(self.sentences) else None
        item_mark = work_module._LIST_NUMBER  # "- ", "• ", "3. " opening the line
        one_line_items = following.index in self.headers and following.line_end and item_mark.match(following.text) is not None \
            and (after is None or after.line_start and after.line_end and item_mark.match(after.text) is not None)
        # (scraped without their marks: "Renewed || The Long Shift (NBC) – season 4 || Copper Falls (Hulu) – season 3",
        # two short lines in a row that each name a work and a season)
        # (or the last item of the article, alone)
        one_line_items = one_line_items or all(
            line.index in self.headers and line.line_start and line.line_end and len(line.text.split()) <= 10
            and not line.text.rstrip().endswith((".", "!", "?")) and any(m.numbers for m in self._by_sentence[line.index][0])
            for line in ((following, after) if after is not None else (following,)))
        return following.line_start and not one_line_items and (following.index in self.headers or not following.line_end
                                                                or len(following.text.split()) > 8) \
            and bool(self._by_sentence[following.index][1])

    def _section_heading(self, sentence: Sentence, work_spans: WorkSpans) -> bool:
        """Whether a line of a round-up heads a section of its items: short, alone, in the body of an article with item
        headers, naming no work and no season, with no mark that ends a sentence ("Series de Netflix renovadas en
        2021" between the last cancelled item and the first renewed one)."""
        body = sentence.text.rstrip()
        return bool(self.headers) and sentence.line_start and sentence.line_end and not work_spans \
            and sentence.index not in self.headline_sentences and sentence.index not in self.headers \
            and len(body.split()) <= 8 and not body.endswith((".", "!", "?", ":")) \
            and not any(sentence.start <= m.start < sentence.end for m in self.mentions) \
            and not self._labelled_time(sentence)

    def _labelled_time(self, sentence: Sentence) -> bool:
        """Whether a short line is a label and its time, an item's fact, no heading: "Release date: Early 2023"."""
        return ":" in sentence.text and bool(self.times.find(self.text, self.article.published, sentence.start, sentence.end,
                                                              self.words))

    def _list_intro(self, sentence: Sentence, cues: list[Cue], sources: list[Source], quotes: Spans,
                    work_spans: WorkSpans, state: _State) -> _Section | None:
        """A short line that announces a renewal for the list below it ("Renewed:", "Ces séries sont renouvelées :")."""
        body = sentence.text.rstrip()
        if not (sentence.line_start and sentence.line_end) or work_spans or len(body.split()) > 12 \
                or body.endswith((".", "!", "?")) or sentence.index in self.headers \
                or any(sentence.start <= m.start < sentence.end for m in self.mentions):
            return None
        following = self.sentences[sentence.index + 1] if sentence.index + 1 < len(self.sentences) else None
        if not (following and following.line_start and following.line_end and len(following.text.split()) <= 15
                and any(following.start <= m.start < following.end and m.numbers for m in self.mentions)):
            return None  # a list starts on the next line, or this is a subheading
        # renewals, and cancellations: under "Cancelled:", an item is read only when it counts the seasons made
        # ("Fronteira Norte, após duas temporadas"); "Title (season 4)" may be the one it ended with or the one it lost
        events = [c for c in cues if c.category in ("renewal", "cancellation") and not self._negated(c, cues)
                  and not self._negated(c, cues, "future_negation")]
        if len(events) != 1 or any(c.category in ("not_confirmed", "denial", "no_comment", "retraction") for c in cues):
            return None
        cue = events[0]
        source = self._source(cue, sentence, sources, quotes, state)
        name, role = self._source_name(source)
        return _Section(cue.category, self._certainty(cue, sentence, source, cues), name, role, sentence.start)

    def _list_item(self, sentence: Sentence, cues: list[Cue], targets: Targets) -> bool:
        """A line of its own that names an installment and says nothing of it ("• Harbor Lights (season 3)")."""
        return bool(sentence.line_start and sentence.line_end and len(sentence.text.split()) <= 15
                    and any(not m.final and m.numbers for _, _, m in targets)
                    and not any(c.category in _EVENT_CATEGORIES or c.category in ("not_confirmed", "denial") for c in cues))

    def _section_claims(self, sentence: Sentence, targets: Targets, section: _Section) -> list[tuple[Claim, tuple[str, int]]]:
        """The list's event for each installment an item names; the claim's text runs from the list's line."""
        out: list[tuple[Claim, tuple[str, int]]] = []
        start = section.start
        for work, n, mention in targets:
            # a renewal is of the season the item names; a cancellation, of the one after the seasons it counts
            if mention.count != (section.event == "cancellation"):
                continue
            key = (work.title, n + 1 if mention.count else n)
            if mention.final or not mention.numbers or key[1] <= 1 or any(k == key for _, k in out):
                continue
            claim = Claim(event=section.event, polarity="positive", certainty=section.certainty, source=section.source,
                          source_role=section.role, sentence=self.text[start:sentence.end], start=start, end=sentence.end)
            out.append((claim, key))
        return out

    def _is_interview(self) -> bool:
        """Whether the article is an interview: it says so in its headline or in a label opening a line ("ENTREVISTA |
        ...", "Interview: ..."), or sets its questions in bold ("**Is there a third season?**"); not "in an interview
        with Variety" in a lede."""
        interview = self.grammar_words.interview
        if interview is None:
            return False
        if interview.search(self.text, 0, self.headline_end) is not None:
            return True
        for line in _LINE_START.finditer(self.text, 0, min(len(self.text), 800)):
            word = interview.match(self.text, line.end())
            if word is not None and _LABEL_AFTER.match(self.text, word.end()) is not None:
                return True
        return "**" in self.text and len(_BOLD_QUESTION.findall(self.text)) >= 2

    def _interview_line(self, sentence: Sentence, state: _State) -> None:
        """In an interview (see `_is_interview`), a line that is a question asks, and the lines after it answer, in the
        words of the one interviewed ("**Will there be a third season?** || We are writing it.")."""
        line_end = self.text.find("\n", sentence.start)
        line = self.text[sentence.start:line_end if line_end >= 0 else len(self.text)]
        asks = line.rstrip(" *_\"”'»").endswith("?") and len(line.split()) <= 40
        if asks and state.interviewee is None and state.last_person is not None:
            state.interviewee = state.last_person
        if state.interviewee is not None:
            state.answering = not asks
        if asks:
            state.asked_when = self._asks_when(sentence.start, sentence.start + len(line), line)
            # (with no one known to answer, the paragraph after answers as an explainer's would)
            following = self.sentences[sentence.index + 1].paragraph if sentence.index + 1 < len(self.sentences) else -1
            state.faq_answer = following if state.asked_when and state.interviewee is None else -1

    def _when_clause_before(self, release: Cue, statement: Cue, sentence: Sentence) -> bool:
        """"Wann die dritte Staffel erscheint, ist noch offen", "Cuándo se estrenará, aún no está claro": the release
        word sits in a clause that asks when, and the statement follows it right after its one comma."""
        when_asked = self.grammar_words.when_question
        if when_asked is None:
            return False
        opening = self.clauses.start(sentence.start, release.start)
        boundary = self.clauses.first(release.end, statement.start)
        return boundary is not None and when_asked.match(self.text[opening:release.start]) is not None \
            and self.clauses.first(boundary + 1, statement.start) is None \
            and _FEW_LOWER.fullmatch(self.text, boundary + 1, statement.start) is not None

    def _asked_when_before(self, statement: Cue, sentence: Sentence) -> bool:
        """"Wann es mit Staffel 2 weitergeht, darüber gibt es noch keine Informationen": the sentence opens on the
        when-question, and the statement stands in the clause right after it."""
        when_asked = self.grammar_words.when_question
        if when_asked is None or when_asked.match(self.text[sentence.start:statement.start]) is None:
            return False
        boundary = self.clauses.first(sentence.start, statement.start)
        return boundary is not None and self.clauses.first(boundary + 1, statement.start) is None

    def _asks_when(self, start: int, end: int, words: str) -> bool:
        """Whether a question (`words`, the text from `start` to `end`) asks when the installment comes: a release word
        or the pack's when-question in it, and no word of the making ("¿Cuándo empieza el rodaje?" asks of the shoot)."""
        when_asked = self.grammar_words.when_question
        return bool(self.cues.within(start, end, "release") or (when_asked is not None and when_asked.search(words) is not None)) \
            and not self.cues.within(start, end, "production")

    def _relative_platforms(self, sentence: Sentence, cues: list[Cue], sources: list[Source]) -> list[Source]:
        """"Azure Inn moves to Prime Video, which has ordered a third season", "sur Prime Video, qui a commandé ...": a
        platform named where the show goes is the subject of the relative clause after it, and decides what it says."""
        assert self.cues.named is not None
        text = self.text
        found = list(sources)
        for a, b in cue_module.spans_within(self.cues.named["platform"], sentence.start, sentence.end) or ():
            if text[b:b + 1] != "," or any(s.start <= a < s.end for s in sources):
                continue
            relative = self.grammar_words.relative_opening.match(text, b)
            if relative is not None and any(c.category in ("renewal", "cancellation") and 0 <= c.start - relative.end() <= 30
                                            and self.clauses.first(relative.end(), c.start) is None for c in cues):
                found.append(Source(a, b, text[a:b], "platform"))
        return sorted(found, key=lambda s: s.start) if len(found) > len(sources) else sources

    def _aside_time(self, time: When, sentence: Sentence, event_cues: list[Cue]) -> bool:
        """Whether a time stands in an aside between commas, where no event word stands, that a relative word opens
        ("Le polar, qui s'était hissé dans le Top 10 l'an dernier, revient ...") or that calls the work a sequel, after
        the relative word that describes the film before ("X, the sequel to the film that was a hit last year, ...")."""
        text = self.text
        opening = text.rfind(", ", sentence.start, time.start)
        closing = text.find(", ", time.end, sentence.end)  # (not a number's: "4,1 Millionen")
        if opening < 0 or closing < 0 or any(opening < c.start < closing for c in event_cues):
            return False
        # ("The second season of X, which dropped in January, spent five weeks ...": the aside's own past release,
        # of the season named before it)
        if self.cues.within(opening, closing, "released_past") and any(
                sentence.start <= m.start and m.end <= opening and m.numbers for m in self.mentions):
            return False
        relative = self.grammar_words.relative_word.search(text, opening, time.start)
        # (not a date's article that is a relative pronoun too: "am Sonntag, den 1. Oktober 2023, zur besten Sendezeit")
        if relative is None or _DIGIT_AFTER.match(text, relative.end()) is not None:
            return False
        if not text[opening + 1:relative.start()].strip():
            return True
        sequel = self.grammar_words.sequel
        return sequel is not None and sequel.search(text, opening, relative.start()) is not None

    def _date_line(self, sentence: Sentence) -> When | None:
        """The day a calendar's line opens on ("Jan. 7 — ...", "Mittwoch, 4. Februar: ...", "Lunes 2 de febrero"),
        alone on its line or before a dash or colon; None for any other line."""
        # (its words counted outside brackets: "Vendredi 27 février – Le Détective des brumes (霧の探偵 / Kiri no Tantei),
        # saison 2 (Crunchyroll)")
        if not (sentence.line_start and sentence.line_end) or len(work_module._BRACKETED.sub("", sentence.text).split()) > 15 \
                or sentence.index in self.headline_sentences:
            return None
        # (it opens on the day's number, its month or its weekday)
        opening = _FIRST_WORD.match(sentence.text)
        opens_dated = opening is not None and (opening.group()[0].isdigit() or opening.group().lower() in self.times.months
                                               or opening.group().lower() in self.times.weekdays)
        # (not a list's number: "1. Kampus Biru Season 3 - Kamis, 2 Juli 2026"; but "12. März 2026 – ..." is a day)
        listed = work_module._LIST_NUMBER.match(sentence.text)
        if opens_dated and listed is not None and not any(
                t.start == sentence.start for t in self.times.find(self.text, self.article.published, sentence.start,
                                                                   sentence.start + listed.end() + 12, self.words)):
            opens_dated = False
        # (or it ends on it after a dash: "Maison Calder, saison 2 – 13 mars (Prime Video)")
        if not opens_dated and (not _CALENDAR_DASH.search(sentence.text) or sentence.text.rstrip().endswith(".")):
            return None
        times = self.times.find(self.text, self.article.published, sentence.start, sentence.end, self.words)
        if not times:
            return None
        first = times[0] if opens_dated else times[-1]
        if not _ONE_DAY.fullmatch(first.when):
            return None
        if self.article.published is not None and date.fromisoformat(first.when) <= self.article.published:
            return None  # (a byline's date, or a calendar's past: "27 de enero de 2026" over the article)
        if not opens_dated:
            return first if _CALENDAR_BEFORE_DATE.search(self.text, sentence.start, self._weekday_start(sentence, first)) \
                and _CALENDAR_ENDS.fullmatch(self.text, first.end, sentence.end) else None
        before = self.text[sentence.start:first.start]
        # (a weekday may open it: "Sexta-feira, 2 de janeiro")
        if before.strip() and not (_CALENDAR_WEEKDAY.fullmatch(before) and before.strip(" ,").lower() in self.times.weekdays):
            return None
        return first if _CALENDAR_AFTER_DATE.match(self.text, first.end, sentence.end) else None

    def _entry_line(self, sentence: Sentence) -> bool:
        """Whether a sentence is a calendar's entry line: a whole line of a few words that ends on no full stop, with
        no label before a colon ("Silver Lake (season 2) – Peacock"; not "Read more: Silver Lake season 2 review")."""
        line = sentence.text.strip()
        return sentence.line_start and sentence.line_end and len(line.split()) <= 14 and line[-1:] not in ".?!:" \
            and ":" not in line

    def _weekday_start(self, sentence: Sentence, day: When) -> int:
        """Where a date starts with its weekday before it: "1. Kampus Biru Season 3 - Kamis, 2 Juli 2026"."""
        weekday = _WEEKDAY_BEFORE.search(self.text, sentence.start, day.start)
        return weekday.start() if weekday is not None and weekday.group(1).lower() in self.times.weekdays else day.start

    def _calendar_claims(self, sentence: Sentence, targets: Targets, claims: list[tuple[Claim, tuple[str, int]]],
                         state: _State) -> list[tuple[Claim, tuple[str, int]]]:
        """A calendar's entries ("New on Netflix in January": "Jan. 7 — "Kitchen Siege" Season 4", or a date line
        over the entry's paragraph): the season an entry names first premieres on its line's date. A list under a
        headline that names one platform is that platform's schedule; else the outlet's."""
        if state.dated is None or not targets:
            return []
        when, start, date_end = state.dated[0], state.dated[1], state.dated[2]
        # (not the date's own number: "March 4 — ..." is no fourth season of a work called March)
        targets = [t for t in targets if t[2].start >= date_end]
        state.dated = state.dated[:4] + (-1,)  # (an entry's first installment only: the rest of it is background)
        if not targets:
            return []
        if start != sentence.start and self.times.find(self.text, self.article.published, sentence.start, sentence.end, self.words):
            return []  # (the entry gives a time of its own)
        platforms = [self.text[a:b] for a, b in cue_module.spans_within(self.cues.named["platform"], 0, self.headline_end)
                     or ()] if self.cues.named is not None and "platform" in self.cues.named else []
        owner = platforms[0] if len(set(platforms)) == 1 else None
        if owner is None and self.cues.named is not None and "platform" in self.cues.named:
            # ("March 6 — Paper Tigers, season 2 (Netflix)": an entry that names its platform is on that platform's
            # schedule)
            # (or its date line does: "Viernes 4 de abril · Las hermanas Ribas (HBO Max)" over the entry's paragraph)
            line_end = self.text.find("\n", start)
            named = [self.text[a:b] for a, b in cue_module.spans_within(self.cues.named["platform"], sentence.start,
                                                                         sentence.end) or ()] + \
                [self.text[a:b] for a, b in cue_module.spans_within(
                    self.cues.named["platform"], start, line_end if 0 <= line_end < sentence.start else start) or ()]
            owner = named[0] if named else None
        out: list[tuple[Claim, tuple[str, int]]] = []
        for work, n, mention in targets[:1]:
            key = (work.title, n)
            if mention.count or mention.final or any(k == key and c.event == "release" and c.when for c, k in claims):
                continue
            out.append((Claim(event="release", polarity="positive", certainty="official" if owner else "reported",
                              source=owner, source_role="platform" if owner else "media",
                              sentence=self.text[start:sentence.end], start=start, end=sentence.end, when=when), key))
        return out

    def _schedule_line(self, sentence: Sentence, targets: Targets, cues: list[Cue],
                       claims: list[tuple[Claim, tuple[str, int]]]) -> list[tuple[Claim, tuple[str, int]]]:
        """An item's schedule line, no verb in it: its season, its platform and its date parted by dashes ("2.ª
        Temporada - HBO Max - 8 de janeiro", "Season 4 – Hulu – March 12"): that season premieres then, the platform's
        word where it names one."""
        text = self.text
        if not (sentence.line_start and sentence.line_end) or not targets or len(sentence.text.split()) > 10 \
                or _SCHEDULE_DASH.search(sentence.text) is None or any(c.category in _EVENT_CATEGORIES for c in cues) \
                or any(c.event == "release" for c, _ in claims):
            return []
        work, n, mention = targets[0]
        times = [t for t in self.times.find(text, self.article.published, sentence.start, sentence.end, self.words)
                 if t.start >= mention.end]
        if mention.count or mention.final or not times or n < 1:
            return []
        named = cue_module.spans_within(self.cues.named["platform"], sentence.start, sentence.end) \
            if self.cues.named is not None and "platform" in self.cues.named else None
        platform = text[named[0][0]:named[0][1]] if named else None
        return [(Claim(event="release", polarity="positive", certainty="official" if platform else "reported",
                       source=platform, source_role="platform" if platform else "media", sentence=sentence.text,
                       start=sentence.start, end=sentence.end, when=times[0].when), (work.title, n))]

    def _premiering(self, title: str, n: int) -> bool:
        """Whether the article gives the season a premiere of its own: then "the series will not continue", said
        of it, ends the season after it ("Season 2 streams from March 5. The series will not continue after that")."""
        finding = self.findings.get((title, n))
        return finding is not None and any(c.event == "release" and c.polarity == "positive" and c.when
                                           for c in finding.claims + finding.headline_claims)

    def _finding(self, work: Work, n: int) -> Finding:
        key = (work.title, n)
        if key not in self.findings:
            self.findings[key] = Finding(work, n)
        return self.findings[key]

    def _link(self, mention: SeasonMention, work_spans: WorkSpans, state: _State) -> Work | None:
        """The work a season expression belongs to: beside it, in its sentence, or in focus."""
        text = self.text
        if mention.title:
            named = normalise(mention.title)
            for _, _, work in work_spans:
                if any(normalise(n) == named for n in work.names()):
                    return work
        # ("the second season of its series from the creators of Throne Games": not the work its makers are known by;
        # where only that one is named, the season is of none the sentence names)
        known_by = [span for span in work_spans if self._after_makers(span[0])] if self.makers else []
        if known_by:
            work_spans = [span for span in work_spans if span not in known_by]
            if not work_spans:
                focus = state.last_work or state.segment_work
                return focus if focus is not None and all(focus is not w for _, _, w in known_by) else None
        # "Berlinale: Staffel 3 von „Kaltes Land“ wird die letzte": a work named after the season with "of" is its
        # own, whatever stands before
        if _OF_AFTER.match(text, mention.end):
            for start, end, work in work_spans:
                if 0 <= start - mention.end <= 40 and _SEASON_OF.fullmatch(text, mention.end, start):
                    return work
            for start, end, work in work_spans:
                if 0 <= start - mention.end <= 60 and _SEASON_OF_KIND.fullmatch(text, mention.end, start):
                    return work
        for start, end, work in work_spans:
            if 0 <= mention.start - end <= 30 and work_module._BEFORE_MENTION.fullmatch(text, end, mention.start):
                return work
            if 0 <= start - mention.end <= 40 and _SEASON_OF.fullmatch(text, mention.end, start):
                return work
        if work_spans:
            before = [(s, e, w) for s, e, w in work_spans if e <= mention.start]
            # ("Night Shift Notes, which drew comparisons to Hospital Playlist, may return for a second season": not the
            # work inside an aside the relative clause closes before the season)
            if len(before) > 1 and self._in_aside(before[-2], before[-1], mention.start):
                return before[-2][2]
            if before:
                return before[-1][2]
            # ("The studio confirmed there will be no second season, but it is developing a spinoff titled Dark House:
            # Origins": a work named only past a "but" after the season is not its work; the one in focus is)
            focus = state.last_work or state.segment_work or self.main
            clause_word = self.grammar_words.clause_word
            if focus is not None and clause_word is not None and all(w is not focus for _, _, w in work_spans) and \
                    clause_word.search(text, mention.end, work_spans[0][0]) is not None:
                return focus
            # ("A quarta temporada adapta o livro 'Um perfeito cavalheiro'": the book a season adapts is not its work)
            former = self.grammar_words.former_work
            if focus is not None and former is not None and all(w is not focus for _, _, w in work_spans) and all(
                    former.search(text, max(0, s - 50), s) is not None for s, _, _ in work_spans):
                return focus
            # ("Seasons 1 and 2 both led the charts on release, as old and new fans took to the world of the Ridgefall
            # game": nor a work named far after it, past a clause's end)
            if focus is not None and all(w is not focus for _, _, w in work_spans) and work_spans[0][0] - mention.end > 60 \
                    and self.clauses.first(mention.end, work_spans[0][0]) is not None:
                return focus
            return work_spans[0][2]
        # ("the first teaser for The Spice Road: Part Two to screenings of Block 47. The studio confirmed the desert epic's
        # sequel will ...": "the sequel" is that of the film last named by its number, close before)
        # (not in a list item, whose sequel is its own work's)
        if mention.sequel and not mention.numbers and state.last_sequel is not None and state.segment_work is None \
                and 0 <= mention.start - state.last_sequel[1] <= 250:
            return state.last_sequel[0]
        # ("Bilheteria: Fuga de Recife lidera ..., e diretora fala em sequência || ... seguida pela animação americana
        # Tempestade Solar. || ... admitiu que já pensa em uma sequência": the sequel the headline speaks of is its work's)
        if mention.sequel and not mention.numbers and state.segment_work is None and self.main is not None \
                and any(s < self.headline_end for s, _ in self.main.spans) \
                and any(m.sequel and m.end <= self.headline_end for m in self.mentions):
            return self.main
        # in a list article, what comes before the first item speaks of no work in particular
        # (in a list item, the work named last: "As Inquilinas x A Inquilina || ... Já A Inquilina, ... não vai continuar")
        focus = state.last_work or state.segment_work or (self.main if not self.headers and not state.new_update
                                                          and not state.unnamed_item and not self._late_main else None)
        # (never a work the article names only as its makers' other one: "... de su serie creada por los responsables de
        # 'X'. || La primera temporada, estrenada hace dos años, ...": the season of the series left unnamed)
        return None if focus is not None and self._named_only_for_its_makers(focus) else focus

    def _named_only_for_its_makers(self, work: Work) -> bool:
        """Whether every mention of the work stands right after a phrase naming its makers ("from the creators of")."""
        return bool(self.makers) and all(self._after_makers(start) for start, _ in work.spans)

    def _after_makers(self, start: int) -> bool:
        """Whether a title starting here stands right after a phrase naming its makers, a quote mark maybe between."""
        return any(0 <= start - b <= 4 and _QUOTE_GAP.fullmatch(self.text, b, start) is not None for _, b in self.makers)

    def _in_aside(self, first: tuple[int, int, Work], then: tuple[int, int, Work], closed_by: int) -> bool:
        """Whether the work named `then` stands inside a relative clause after the one named `first`, closed by a
        comma before `closed_by`: "Night Shift Notes, which drew comparisons to Hospital Playlist, may return"."""
        text = self.text
        if first[2] is then[2]:
            return False
        aside = self.grammar_words.relative.search(text, first[1], then[0])
        return aside is not None and "," not in text[aside.end():then[0]] and "," in text[then[1]:closed_by]

    def _listed_from(self, work_spans: WorkSpans, at: int) -> tuple[list[Work], int]:
        """The works listed from the one at `at` on, joined by commas and "and" ("A, B y C"), and the last one's index."""
        listed = [work_spans[at][2]]
        while at + 1 < len(work_spans) and \
                work_module._LIST_GAP.fullmatch(self.text, work_spans[at][1], work_spans[at + 1][0]):
            at += 1
            if work_spans[at][2] not in listed:
                listed.append(work_spans[at][2])
        return listed, at

    def _listed_with(self, work: Work, mention: SeasonMention, work_spans: WorkSpans) -> list[Work]:
        """"Paper Moons and The Lighthouse Keepers are getting second seasons": the works listed with the one right
        before a season expression share it."""
        text = self.text
        # (or a few words more before seasons in the plural that are theirs: "Faro, Brasa y Sendero: fechas confirmadas
        # de sus segundas temporadas", "A, B and C: release dates for their second seasons")
        theirs = _THEIR_BEFORE.search(text, max(0, mention.start - 8), mention.start) is not None \
            and _PLURAL_SEASONS.match(text, mention.start, mention.end) is not None
        at = next((i for i, (_, end, w) in enumerate(work_spans) if w is work and 0 <= mention.start - end <= (60 if theirs else 30)
                   and (work_module._BEFORE_MENTION.fullmatch(text, end, mention.start) or _FEW_WORDS.fullmatch(text, end, mention.start)
                        or theirs and _SENTENCE_END.search(text, end, mention.start) is None)),
                  None)
        if at is None and _PLURAL_SEASONS.match(text, mention.start, mention.end) is not None:
            # ("confirmó las segundas temporadas de 'Faro Norte' y 'Brasa Viva'": seasons in the plural, of the works
            # listed right after them, one each)
            after = next((i for i, (start, _, w) in enumerate(work_spans) if w is work and start > mention.end
                          and (of := work_module.OF_THE.match(text, mention.end)) is not None
                          and 0 <= start - of.end() <= 2), None)
            if after is not None:
                return self._listed_from(work_spans, after)[0]
        if at is None:
            # ("two dramas will get second seasons, namely Silent Valley and Rain City": the list that ends the
            # sentence after its opening word shares the season said before it)
            # (or after the verb "to be": "The four series canceled after one season are A, B, C and D")
            after = next((i for i, (start, _, w) in enumerate(work_spans) if w is work and 0 < start - mention.end <= 120
                          and ((intro := work_module._LIST_INTRO.search(text, max(0, start - 24), start)) is not None
                               or (intro := work_module._COPULA_BEFORE.search(text, max(0, start - 10), start)) is not None)
                          and _SENTENCE_END.search(text, mention.end, intro.start()) is None), None)
            if after is not None:
                listed, last = self._listed_from(work_spans, after)
                if len(listed) > 1 and work_module._SENTENCE_END_AFTER.match(text, work_spans[last][1]) is not None:
                    return listed
            # ("The teen thriller Stone Harbor and the dramedy Paper Moons have both been cancelled after one season",
            # "... ont toutes deux été annulées": two works joined as the subject of "both")
            at = next((i for i, (_, end, w) in enumerate(work_spans) if w is work and i > 0
                       and _BOTH_AFTER.match(text, end) is not None
                       and _BOTH_GAP.fullmatch(text, work_spans[i - 1][1], work_spans[i][0]) is not None), None)
            return [work] if at is None or work_spans[at - 1][2] is work else [work_spans[at - 1][2], work]
        listed = [work]
        first = at
        while at > 0 and work_module._LIST_GAP.fullmatch(text, work_spans[at - 1][1], work_spans[at][0]):
            at -= 1
            if work_spans[at][2] not in listed:
                listed.insert(0, work_spans[at][2])
        # ('„X“ und die Fantasy-Serie „Y“ bekommen beide keine neue Staffel': or joined before "both" right after it)
        if len(listed) == 1 and first > 0 and work_spans[first - 1][2] is not work \
                and _BOTH_AFTER.match(text, work_spans[first][1]) is not None \
                and _BOTH_GAP.fullmatch(text, work_spans[first - 1][1], work_spans[first][0]) is not None:
            listed.insert(0, work_spans[first - 1][2])
        return listed

    def _numbers(self, mention: SeasonMention, work: Work, state: _State) -> list[int]:
        if mention.numbers:
            return list(mention.numbers)
        known = [n for (title, n) in self.findings if title == work.title]
        if mention.fresh:
            # "renewed for another season": the one after the last the article says aired, before or after
            # ("... for another season. The second season premiered in August.")
            aired = self._aired_seasons(work.title)
            if mention.more:
                # ("a two-season order, taking it through season 5": the seasons up to the one named right after)
                text = self.text
                later = [n for m in self.mentions if m.numbers and not m.title and not m.count
                         and mention.end <= m.start <= mention.end + 80 and not _SENTENCE_END.search(text, mention.end, m.start)
                         for n in m.numbers if n > mention.more]
                # (or the one a renewal runs through, named anywhere: "Night Signal gets two-season renewal" over
                # "... keeping the thriller on the air through season 5")
                through_end = self.grammar_words.through_end
                item = self._item_of(mention.start)
                if not later and through_end is not None:
                    later = [n for m in self.mentions if m.numbers and not m.title and not m.count and len(m.numbers) == 1
                             and through_end.search(text, max(0, m.start - 25), m.start) is not None
                             and (item is None or self._item_of(m.start) == item)
                             for n in m.numbers if n > mention.more]
                if later:
                    return list(range(max(later) - mention.more + 1, max(later) + 1))
                # ("renewed Futurama for two more seasons ... The new order will bring the show to seasons 13 and 14": as
                # many seasons in a row, named further on in its paragraph)
                paragraph_end = text.find("\n\n", mention.end)
                named_on = [m.numbers for m in self.mentions if mention.end < m.start < (paragraph_end if paragraph_end >= 0 else len(text))
                            and not m.title and not m.count and len(m.numbers) == mention.more
                            and list(m.numbers) == list(range(m.numbers[0], m.numbers[0] + mention.more))]
                if named_on:
                    return list(named_on[0])
                # "two more seasons": those after the last one aired; else the first the article names after the
                # first season ("the third season of X, which it renewed for two more seasons"), else from the second
                # (the work's own seasons read so far first: in a round-up, another's "season 2" is not this one's)
                # (in a round-up, only its own item's: "Renewed: Iron Bay ... Two more seasons are coming" after
                # another item's "season 17" counts from nothing; with nothing, no season is told)
                named = [n for (title, n) in self.findings if title == work.title and n > 1] or \
                    [n for m in self.mentions if m.numbers and not m.title and not m.count
                     and (item is None or self._item_of(m.start) == item and m.start < mention.start) for n in m.numbers if n > 1]
                if item is not None and not aired and not named:
                    return []
                first = max(aired) + 1 if aired else min(named) if named else 2
                # (after one the body said before to be made: "Staffel acht ist bereits angekündigt ... Darüber hinaus
                # sind zwei weitere Staffeln bestellt": the ninth and tenth; not one named in the same sentence or only
                # in the headline: "an April 25 premiere for the third season of X, the drama it renewed for two more
                # seasons last year" are the third and fourth)
                # (told as more besides, "also", "darüber hinaus": not "Silo Nine — Renewed for Seasons 3 and 4 || The
                # streamer ordered two more seasons at once in March", the same two told again)
                also = self.grammar_words.also
                opening = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, mention.start - 120), mention.start)),
                              default=max(0, mention.start - 120))
                made = [n for (title, n), f in self.findings.items() if title == work.title and n >= first and any(
                    c.polarity == "positive" and c.event in ("renewal", "production", "release") and c.certainty != "possible"
                    for c in f.claims)] if also is not None and also.search(text, opening, mention.start) else []
                if made:
                    first = max(made) + 1
                return list(range(first, first + mention.more))
            # ("X kembali dengan season 3. Vidio memastikan season terbaru ini tayang perdana ...": with none aired, the
            # new season is the one in focus)
            # ("Prime Video has picked up a third season ... The new season will premiere in the fall of next year. ...
            # Its first season premiered on Netflix in 2022": nor one before the season in focus)
            in_focus = [n for n in state.focus.get(work.title, []) if n > 1 and n not in aired]
            # ("Season two of X flopped, and now ABC has decided not to order another season", "..., keine weitere
            # Staffel": the one after a season of the work its sentence named before it)
            # (not "the new season" after it, that one again: "ha confirmado la T3: la nueva temporada llegará en 2027")
            named_before = [n for w, n, m in self._sentence_targets if w is work and m.numbers and not m.count and not m.title
                            and m.end <= mention.start and m.kind == "season"] \
                if _NEW_WORD.search(self.text, mention.start, mention.end) is None else []
            if named_before:
                return [max([max(named_before) + 1] + ([max(aired) + 1] if aired else []))]
            if aired:
                return [max([max(aired) + 1] + in_focus[-1:])]
            # ("no habrá nueva temporada ... las dos primeras temporadas", "no new season ... proud of the first two
            # seasons": the seasons counted from the first were made, the new one comes after them)
            from_first = self._made_from_first(self._item_of(mention.start))
            if from_first and (not in_focus or in_focus[-1] <= from_first):
                return [from_first + 1]
            return in_focus[-1:]
        if mention.sequel:
            # "Staffel 3 von „Nordlicht“: ARD bestätigt Fortsetzung": beside a season named in the same sentence,
            # the sequel (a continuation) is that season
            # ("Alors que la cinquième saison bat son plein le mercredi soir, M6 prépare déjà la suite": the one after
            # a season its clause says is on air or aired)
            same = [n + 1 if self.cues.within(self.clauses.start(0, m.start), self.clauses.end(m.end, len(self.text)),
                                              "released_past") else n
                    for w, n, m in self._sentence_targets if w is work and m.numbers and not m.count and m.kind == "season"]
            if same and work.title not in state.last_film:
                # ("Après une première saison remarquée sur Arte, une suite pourrait voir le jour": the first season
                # is never the continuation, the second is)
                return [max(same[-1], 2)]
            # ("Nachdem Sat.1 die Serie nach drei Staffeln abgesetzt hatte, sichert sich nun RTL+ die Fortsetzung": the
            # season after those counted)
            counted = [n + 1 for w, n, m in self._sentence_targets if w is work and m.count and m.kind == "season"]
            # (the count may come later in the sentence: "Die Fans hoffen auf eine Fortsetzung, doch Netflix hat die
            # Serie nach zwei Staffeln eingestellt")
            counted = counted or [max(m.numbers) + 1 for m in self._sentence_mentions
                                  if m.start > mention.end and m.count and m.kind == "season" and m.numbers]
            if counted and work.title not in state.last_film:
                return [counted[-1]]
            # ("Die zweite Staffel lief im Frühjahr. Jetzt hat das ZDF eine Fortsetzung der Serie bestellt": of a
            # series whose seasons aired, and no film named, the continuation a renewal is of is the season after them)
            # (not a hope: "J'ai une idée pour la suite")
            # (hoped for or asked about, too: "la deuxième saison a réuni 4,5 millions de téléspectateurs. De quoi
            # espérer une suite ?" is of the third season, no second film)
            clause = (self.clauses.start(0, mention.start), self.clauses.end(mention.end, len(self.text)))
            series = work.title not in state.last_film and any(m.kind == "season" and m.numbers for m in self.mentions)
            # ("Die erste Staffel von „X“ war ein Erfolg. Die Fortsetzung, die am 8. Mai erschien, ...": right after the
            # first season is spoken of, its continuation is the second, whatever later seasons the article says aired)
            before = [m for m in self.mentions if m.end <= mention.start and m.numbers and m.kind == "season"]
            if series and before and before[-1].numbers == (1,) and not before[-1].count \
                    and len(_SENTENCE_END.findall(self.text, before[-1].end, mention.start)) <= 1:
                return [2]
            # (not beside a season the sentence names: "wünschen sich eine Fortsetzung, die zweite Staffel endete ...")
            aired = self._aired_seasons(work.title) if series and not any(
                m is not mention and m.numbers for m in self._sentence_mentions) else []
            # ("... acabaría al final de su segunda temporada. || Un año después se ha anunciado la continuación": the
            # season after the one said to be the last)
            aired = aired or ([n for t, n in state.final_seasons if t == work.title] if series else [])
            if aired:
                self._continuations.add(id(mention))  # (a season, not a film; and no focus: see _read_sentence)
                return [max(aired) + 1]
            renewed = series and any(not _overlaps(c, self.cues.within(*clause, "hedge"))
                                     for c in self.cues.within(*clause, "renewal"))
            if renewed:
                # ("„Kanzlei Hasenfratz“ ist zurück: Disney+ bestellt vierte Staffel. Die ZDF-Anwaltsserie der
                # Nullerjahre bekommt eine späte Fortsetzung": else the season in focus)
                in_focus = [n for n in state.focus.get(work.title, []) if n > 1]
                if in_focus:
                    return in_focus[-1:]
            # "the sequel" is the film last named by number, else the second film
            last_film = state.last_film.get(work.title, 2)
            # ("Sony is developing a third Mall Cops film ... The 2024 sequel grossed $310 million": a sequel dated
            # before the article's year is the one that came out before the film named)
            dated = _YEAR_RIGHT_BEFORE.search(self.text, max(0, mention.start - 10), mention.start)
            published = self.article.published
            if last_film > 2 and dated is not None and published is not None and int(dated.group(1)) < published.year:
                return [last_film - 1]
            return [last_film]
        if mention.final:
            # ("wird die fünfte Staffel die letzte sein ... Gedreht wurde die finale Staffel ...": the one declared last)
            declared = [n for title, n in state.final_seasons | state.named_final if title == work.title]
            in_sentence = [(k, m) for w, k, m in self._sentence_targets if w is work and m.numbers and not m.count]
            # (not another clause's, where one was declared last before: "X will end with its fifth season. Season 4
            # premieres in June, and the final season is expected in 2026")
            said_from = self._sentence_starts[bisect.bisect_right(self._sentence_starts, mention.start) - 1]
            final_clause = self.clauses.start(said_from, mention.start)
            if declared and in_sentence and all(self.clauses.start(said_from, m.start) != final_clause for _, m in in_sentence) \
                    and not any(k in declared for k, _ in in_sentence):
                in_sentence = []
            if in_sentence:
                return [in_sentence[-1][0]]  # "musim ketiga ... adalah musim terakhir"
            if declared:
                return [max(declared)]
            # (the last season in focus, or known, unless it is one said not to be made: "HBO has cancelled X after
            # three seasons. The final season will air in the fall" speaks of the third)
            focus = state.focus.get(work.title)
            last = focus[-1] if focus else max(known) if known else None
            if last is None:
                # ("The final season of X will premiere on January 12 ... The fifth season will have six episodes": of
                # the one work an article names, the last season is the next it numbers, or the next final one named
                # with its number: "la temporada final ... La cuarta y última temporada ... no habría quinta temporada")
                further = [m for m in self.mentions if m.start > mention.end and m.kind == "season" and not m.count
                           and len(m.numbers) == 1]
                further = [m for m in further if m.final] or further
                return [further[0].numbers[0]] if len(self.works) == 1 and further and further[0].numbers[0] > 1 else []
            if (work.title, last) in state.cancelled and last > 1:
                return [last - 1]
            return [last]
        return []

    # -- claims ----------------------------------------------------------------------
    def _claims(self, sentence: Sentence, cues: list[Cue], sources: list[Source], quotes: Spans, targets: Targets,
                work_spans: WorkSpans, state: _State) -> list[tuple[Claim, tuple[str, int]]]:
        if not cues and not any(m.final and not m.count for _, _, m in targets) and sentence.paragraph != state.faq_answer:
            return []  # every claim comes from a cue word, or from a "final season" named (or answers when: see below)
        text = self.text
        by_category: dict[str, list[Cue]] = {}
        for cue in cues:
            by_category.setdefault(cue.category, []).append(cue)
        if "superseded" in by_category:
            # ("should have premiered in 2020", "deveria ter estreado": a release word that ends a plan given up
            # released nothing; not "moved the sequel from July", whose verb is the release's new date)
            plan_ends = [c for c in cues if c.category in ("release", "released_past") and any(
                s.start <= c.start < s.end <= c.end for s in by_category["superseded"])]
            if plan_ends:
                cues = [c for c in cues if c not in plan_ends]
                for c in plan_ends:
                    by_category[c.category].remove(c)
        # ("Production on the final season will begin": "the final season" there only names a season)
        stated_last = [c for c in by_category.get("final_statement", [])
                       if not any(m.final and m.start < c.end and c.start < m.end for _, _, m in targets)]
        # ("Jadwal itu diumumkan oleh ...": a forward source's verb hands on what was said, it says nothing new;
        # unless nothing was said before it: "Eine dritte Staffel kommt. Das hat Netflix bestätigt.")
        silenced = by_category.get("not_confirmed", []) + by_category.get("no_comment", []) + \
            by_category.get("denial", []) + stated_last + (by_category.get("forward_source", []) if state.previous_claims else [])
        event_cues = [c for c in cues if c.category in _EVENT_CATEGORIES and not _overlaps(c, silenced)]
        # ("Season 2 arrives on December 26, three years after the previous season premiered in 2021", "tiga tahun setelah
        # penayangan musim sebelumnya pada 2021": a release told of the season before, unnumbered, is none of the one named)
        season_before = by_category.get("previous_season", [])
        if season_before:
            event_cues = [c for c in event_cues if not (c.category == "release" and any(
                0 <= c.start - p.end <= 4 or 0 <= p.start - c.end <= 2 for p in season_before))]
        if by_category.get("not_confirmed"):
            # "the possibility of a third season has not been discussed" is one statement
            # "... is being discussed, but there is no decision yet" says two things: a clause break parts them
            # ("is under consideration and nothing has been decided": two statements joined by "and")
            # "nothing has been decided yet, including the filming schedule and the broadcast", "belum ada hal yang
            # diputuskan, termasuk jadwal syuting": the steps it lists are undecided too
            event_cues = [c for c in event_cues if not (
                c.category == "renewal" and _overlaps(c, by_category.get("hedge", []))
                and any(0 <= n.start - c.end <= 20 and self.clauses.first(c.end, n.start) is None
                        and self.grammar_words.clause_and.search(text, c.end, n.start) is None
                        for n in by_category["not_confirmed"])) and not (
                c.category in ("production", "release") and any(
                    0 <= c.start - n.end <= 60 and self.grammar_words.including.search(text, n.end, c.start) is not None
                    for n in by_category["not_confirmed"]))]
        if not event_cues and by_category.get("hedge"):
            # ("comment tout cela pourrait se terminer, peut-être en une troisième saison", "maybe a third season":
            # a hedge right before a season to come, no verb at all, hopes for it)
            hedged = next((c for c in by_category["hedge"] if self.grammar_words.maybe.fullmatch(text, c.start, c.end) and any(
                0 <= m.start - c.end <= 12 and m.numbers and not m.count and self.clauses.first(c.end, m.start) is None
                for _, _, m in targets)), None)
            if hedged is not None:
                event_cues = [Cue("renewal", hedged.start, hedged.end)]
        if by_category.get("no_comment"):
            # "declinó pronunciarse sobre una posible renovación", "declined to comment on a potential renewal": the
            # hedged renewal is what no one spoke about
            event_cues = [c for c in event_cues if not (c.category == "renewal" and any(
                0 <= c.start - n.end <= 40 and self.clauses.first(n.end, c.start) is None
                and any(n.end <= h.start < c.end for h in by_category.get("hedge", [])) for n in by_category["no_comment"]))]
        event_cues = _drop_nested(event_cues)
        source_work = self.grammar_words.source_work
        if source_work is not None:  # (the story the source tells goes on, not the series)
            event_cues = [c for c in event_cues if not (c.category == "renewal" and source_work.search(
                text, max(sentence.start, c.start - 40), c.start) is not None)]
        last_episode = self.grammar_words.last_episode
        if last_episode is not None:
            event_cues = [c for c in event_cues if not (c.category == "release" and last_episode.search(
                text, max(sentence.start, c.start - 50), c.start) is not None)]
        # "kata penulis naskah Kim Soo-jin", "the screenwriter": a making word inside the name of a role is the role's
        event_cues = [c for c in event_cues if not (c.category == "production" and any(
            s.start <= c.start and c.end <= s.end for s in sources))]
        # ("the trade newsletter The Greenlight Sheet reported": nor is a capitalised word in an outlet's name its news)
        outlet_names = [(at, at + len(s.name)) for s in sources if s.role == "media" and s.name
                        for at in (text.find(s.name, s.start, s.end + len(s.name) + 40),) if at >= 0]
        if outlet_names:
            event_cues = [c for c in event_cues if not (text[c.start:c.start + 1].isupper() and any(
                a <= c.start and c.end <= b for a, b in outlet_names))]
        # "Não há roteiros de uma segunda temporada sendo escritos", "No scripts for a third season are being written": a
        # second word of the same making, in the clause of a negated one, says that same thing
        making_words = [c for c in event_cues if c.category == "production"]
        if len(making_words) > 1 and by_category.get("negation"):
            negated = [c for c in making_words if self._negated(c, cues)]
            event_cues = [c for c in event_cues if not (c in making_words and c not in negated and any(
                n.end <= c.start and n.stage == c.stage and c.start - n.end <= 60 and self.clauses.first(n.end, c.start) is None
                for n in negated))]
        if by_category.get("not_confirmed") and by_category.get("hedge"):
            # "Netflix has not announced whether Harbor Lights will return", "belum mengumumkan apakah ... akan
            # berlanjut": the question left open is no claim of its own
            # (not a hedge past a clause break: "n'a pas encore annoncé de date, mais la saison devrait arriver ...")
            asked = [h for h in by_category["hedge"] if any(
                0 <= h.start - n.end <= 25 and self.clauses.first(n.end, h.start) is None
                and self.grammar_words.clause_and.search(text, n.end, h.start) is None for n in by_category["not_confirmed"])]
            event_cues = [c for c in event_cues if not any(
                0 <= c.start - h.end <= 60 and self.clauses.first(h.end, c.start) is None for h in asked)]
            # ... or asked first: "Ob es eine dritte Staffel geben wird, ist bislang offen"
            opening = [h for h in by_category["hedge"] if h.start - sentence.start <= 3]
            if opening:
                closing = max(n.start for n in by_category["not_confirmed"])
                event_cues = [c for c in event_cues if not opening[0].end <= c.start < closing]
        # ("Am 3. März 2025 starten die Dreharbeiten": a verb of starting right before the making, its subject, is
        # that making's start, no release)
        making_starts = [c.start for c in event_cues if c.category == "production"]
        if making_starts:
            event_cues = [c for c in event_cues if not (c.category == "release" and any(
                _SUBJECT_ARTICLE_GAP.fullmatch(text, c.end, start) is not None for start in making_starts))]
        # "gravações previstas para 2026", "Drehstart ist für 2026 geplant": a schedule word right after the making
        # of the season is that making's, no release
        making = [c.end for c in event_cues if c.category == "production"]
        if making:
            # ("As gravações da nova etapa estão previstas para outubro": a schedule word later in the same clause;
            # "As filmagens da sequência terminaram em julho": the end of a run, said of the shoot named before it)
            schedule = by_category.get("future", [])
            ended = by_category.get("released_past", [])
            # ("Filming on X was delayed to 2027", "A rodagem ... foi adiada para 2027", "El rodaje ..., que debía
            # comenzar en noviembre, se ha aplazado hasta febrero": a delay said of the shoot, no other event between,
            # moves the shoot)
            delay = self.grammar_words.delay
            event_cues = [c for c in event_cues if not (c.category == "release" and any(
                end < c.start and (text[end:c.start].isspace() or (
                    c.start - end <= 60 and _overlaps(c, schedule) and not _verb_within(c, cues)
                    and self.clauses.first(end, c.start) is None
                    # (not after "and": "el rodaje arrancará en marzo y ... los nuevos episodios llegarán en otoño")
                    and self.grammar_words.clause_and.search(text, end, c.start) is None) or (
                    _overlaps(c, ended) and _OF_WHAT.fullmatch(text, end, c.start) is not None) or (
                    # ("a writers' room for season 2 of the period drama had quietly opened in London": the making's
                    # own past verb, in its clause)
                    c.start - end <= 60 and _overlaps(c, ended) and self.clauses.first(end, c.start) is None
                    and self.grammar_words.clause_and.search(text, end, c.start) is None
                    and not any(end <= e.start < c.start for e in event_cues if e.category != "production")) or (
                    c.start - end <= 120 and delay is not None and delay.search(text, c.start, c.end) is not None
                    and not any(e.category != "production" and end < e.start < c.start for e in event_cues)))
                for end in making))]
        # "originally expected in late 2026", "prevista originalmente para 2026": a plan since given up dates nothing
        superseded = by_category.get("superseded", [])
        opener = self.grammar_words.superseded_opener
        # (not a report told as earlier, no delay in the article: "Sebelumnya, sejumlah media Korea melaporkan bahwa
        # produksi season kedua akan dimulai pada paruh pertama 2027" still stands)
        delay_word = self.grammar_words.delay
        given_up_until = sentence.start  # where a plan since given up ends (see the windows ahead below)
        if opener is not None and opener.match(text, sentence.start) is not None and not any(
                c.category == "renewal" and not self.cue_finder.announce.fullmatch(text, c.start, c.end) for c in event_cues) \
                and not (by_category.get("reported") and (delay_word is None or delay_word.search(text) is None)):
            # ("Previously, the season was scheduled for August 2026": a schedule since replaced, not a date; not what
            # aired, unless a schedule word says otherwise: "Sebelumnya, musim kedua dijadwalkan tayang pada Agustus")
            past = [] if by_category.get("future") else by_category.get("released_past", [])
            # (up to a later clause that tells the new plan: "Semula dijadwalkan tayang pada Desember 2026, musim kedua
            # kini diundur ke kuartal pertama 2027")
            revised = self.grammar_words.revised_after_comma
            new_plan = revised.search(text, sentence.start, sentence.end) if revised is not None else None
            plan_start = new_plan.start() if new_plan is not None else sentence.end
            event_cues = [c for c in event_cues if not (c.category in ("release", "production") and not _overlaps(c, past)
                                                        and c.start < plan_start)]
            given_up_until = plan_start
        # (or by a final season said after it: "el canal anunció de forma inicial una quinta temporada, pero días después
        # dijo que la cuarta sería la última")
        ends = by_category.get("cancellation", []) + stated_last
        if superseded and ends:
            # ("The streamer had ordered the new season in January, but budget cuts led it to cancel the order": a
            # renewal in the past before the past, undone by a cancellation later in its sentence)
            # ("Minx was greenlit for a season 2, only for HBO Max to pull the plug": or undone after it)
            # ("X has been canceled after two seasons, though the channel had renewed it for a third": or told
            # after the end, in the past before the past)
            event_cues = [c for c in event_cues if not (c.category == "renewal" and not self._negated(c, cues) and (any(
                0 <= c.start - s.end <= 12 and self.clauses.first(s.end, c.start) is None for s in superseded) and any(
                not _overlaps(k, [c]) and not self._negated(k, cues) for k in ends) or any(
                c.end <= s.start and s.end <= k.start and not _overlaps(k, [c])
                for s in superseded for k in by_category.get("cancellation", []))))]
        if by_category.get("cancellation") and by_category.get("renewal"):
            # ("Hulu has scrapped plans for a third season", "axed its order for"): the plan or order a cancellation
            # acts on is no renewal
            ends = by_category["cancellation"]
            event_cues = [c for c in event_cues if not (c.category == "renewal" and not self._negated(c, cues) and any(
                0 < c.start - k.end <= 12 and _OBJECT_OF_END.fullmatch(text, k.end, c.start) for k in ends))]
        if superseded:
            past = by_category.get("released_past", [])
            event_cues = [c for c in event_cues if not (c.category == "release" and not _overlaps(c, past) and any(
                (0 <= c.start - s.end <= 15 and self.clauses.first(s.end, c.start) is None) or 0 <= s.start - c.end <= 3
                for s in superseded))]
        # "will not return in 2027 as planned", "no llegará en 2027 como estaba previsto", "não chegará mais em
        # dezembro": the negation is the plan's date, not the season's (it is delayed, not cancelled)
        # ("como estaba previsto": the plan's own word dates nothing)
        planned, no_longer = self.grammar_words.as_planned, self.grammar_words.no_longer
        plan_words = self.grammar_words.plan_words
        either = next(plan_words.finditer(text, sentence.start, sentence.end, self.words), None) \
            if plan_words is not None else True
        plans = [m.span() for m in planned.finditer(text, sentence.start, sentence.end)] \
            if planned is not None and either is not None else []
        plan_dates: set[tuple[int, int]] = set()
        plan_negated: set[int] = set()  # the cues whose negation is the plan's: said of the season, they are positive
        if plans or (either is not None and no_longer is not None and no_longer.search(text, sentence.start, sentence.end)):
            kept = []
            for c in event_cues:
                given = self._plan_given_up(c, sentence, cues) if c.category in ("cancellation", "release") else None
                if given is None:
                    kept.append(c)
                    continue
                plan_dates.add(given)
                # ("startet nicht mehr im Oktober, sondern erst im Januar 2027", "nicht wie geplant im Herbst
                # veröffentlicht, sondern erst im kommenden Frühjahr": the time it gives instead dates it)
                if c.category == "release" and any(t.start >= given[1] for t in self.times.find(
                        text, self.article.published, given[1], sentence.end, self.words)):
                    kept.append(c)
                    plan_negated.add(id(c))
                elif self._negated(c, cues) or c.category == "cancellation":
                    # ("will not return in 2027 as planned", "não chegará mais em dezembro": with no time instead,
                    # the season still comes)
                    renewal = Cue("renewal", c.start, c.end)
                    kept.append(renewal)
                    plan_negated.add(id(renewal))
            event_cues = [c for c in kept if not any(s <= c.start and c.end <= e for s, e in plans)]
        # "Netflix usually waits a few weeks before renewing a show", "Arte renouvelle généralement ses séries": what
        # a platform tends to do decides nothing
        # (nor when: "it usually waits until a season has finished airing before making renewal decisions")
        habitual = by_category.get("habitual", [])
        if habitual and not targets and not work_spans and habitual[0].start - sentence.start <= 45 and \
                not self.grammar_words.relative.search(text, max(sentence.start, habitual[0].start - 12), habitual[0].start):
            # ("Doramas costumam levar mais de um ano entre a aprovação, a escrita dos roteiros e as gravações": a habit
            # told of no work and no season, as the sentence's own verb, is all it says; not "The drama, which usually
            # airs on Tuesdays, returns on June 2")
            event_cues = []
        elif habitual:
            event_cues = [c for c in event_cues if not (c.category in ("renewal", "cancellation", "release") and any(
                # ("the streamer typically waits to announce renewals until a month or so after a new season airs": all
                # its clause says)
                (0 <= c.start - h.end <= 100 and self.clauses.first(h.end, c.start) is None)
                # (the whole sentence a habit opens: "In most cases, that would mean Netflix would renew it")
                or (h.start - sentence.start <= 3 and h.end <= c.start)
                # (after its object too: "Netflix verlängert erfolgreiche spanische Produktionen zudem häufig")
                or (0 <= h.start - c.end <= 50 and self.clauses.first(c.end, h.start) is None) for h in habitual))]
        # "confirmed that the series will not return": an announcing verb carries the event after it
        announcing = [c for c in event_cues if c.category == "renewal" and self.cue_finder.announce.fullmatch(text, c.start, c.end)]
        carried = [c for c in event_cues if c not in announcing]
        restated: Cue | None = None  # a release date said before, now announced ("L'information a été officialisée")
        restated_by: Source | None = None  # who said what a sentence naming no one restates (see below)
        # ("A plataforma confirmou a segunda temporada de Olhos de Vidro": what it confirms is named here)
        # ("HBO has canceled X. The mystery debuted in June. A spokesperson for HBO confirmed the decision": the
        # sentence before may say nothing new, the one before it did, when this one names no other work and denies nothing)
        recent = state.previous_claims
        if not recent and announcing and sentence.index - state.recent_index <= 2 and not self._negated(announcing[0], cues) \
                and all(any(w.title == t for t, _ in (k for _, k in state.recent_claims)) for _, _, w in work_spans):
            recent = state.recent_claims
        previous = {k for _, k in recent}
        # ("Prime Video announced that the upcoming season will be the final one": it announces its own statement)
        # (not where the sentence names a season with "a": "Disney+ hat am Donnerstag eine vierte Staffel der Serie
        # angekündigt" announces that season, whatever was said before of it)
        # the announcing verbs whose object is a statement that silences: the last before it, else the first after it
        # ("HBO Max lo anunció junto con el tráiler, y de paso confirmó que estos ocho capítulos serán los últimos":
        # "confirmó" announces the end, "lo anunció" restates the date)
        governed: set[int] = set()
        # (and a final season stated: "Sutradara X memastikan musim keempat akan menjadi musim terakhir")
        for statement in silenced + [c for c in by_category.get("final_statement", []) if c not in stated_last]:
            prior = [a for a in announcing if a.end <= statement.start]
            later = [a for a in announcing if a.start >= statement.end]
            if prior or later:
                verb = prior[-1] if prior else later[0]
                governed.add(id(verb))
                # (with the word right before it: "Netflix resmi mengumumkan bahwa ...", officially announced)
                governed.update(id(a) for a in announcing if 0 <= verb.start - a.end <= 2)
        free = [a for a in announcing if id(a) not in governed]
        # (nor one that names the season right after the verb: "SBS resmi mengumumkan season 2 drama tersebut" under
        # "Season 2 Segera Syuting" announces the season, not the shoot)
        # (nor one that names a sequel: "un año después se ha anunciado la continuación a X" is a new one, after a
        # sentence that told its end)
        if free and not carried and previous and \
                all((w.title, n) in previous for w, n, m in targets if not m.count) and \
                not any(m.sequel for _, _, m in targets) and \
                not any(m.numbers and not m.count and _INDEFINITE_BEFORE.search(text, max(0, m.start - 8), m.start)
                        for _, _, m in targets) and \
                not any(m.numbers and not m.count and 0 <= m.start - a.end <= 2 for _, _, m in targets for a in free):
            # "A Max spokesperson confirmed the decision": the event is the one just reported
            event = self._previous_event(recent)
            # ("Hulu cancels X after two seasons || The decision was announced on Monday": a sentence that names no
            # one restates the word of whoever said it)
            restated_claim = next((c for c, _ in reversed(recent) if c.event == event and c.source), None)
            if restated_claim is not None and not sources and not self._negated(free[0], cues):
                restated_by = Source(free[0].start, free[0].end, restated_claim.source, restated_claim.source_role)
            # ("... diffusée en septembre. France Télévisions n'a rien annoncé": nothing announced is no date restated)
            if event != "renewal" and not (event == "release" and self._negated(free[0], cues)):
                # (a stage restated is the stage told: "Filming has begun. || The studio confirmed it on Monday")
                stage = next((c.stage for c, _ in reversed(recent) if c.event == event and c.stage), None)
                carried = [Cue(event, free[0].start, free[0].end, stage)]
                restated = carried[0] if event == "release" else None
        event_cues = carried if carried else announcing
        if carried and announcing:
            # "A RTP confirmou também a segunda temporada de X, ..., ainda sem data de estreia": the season is what
            # it confirms, named right after the verb; the date said after it is another matter
            first = min(c.start for c in carried)
            # (not a season whose end follows it: "Netflix confirmed the third season is cancelled", "Netflix memastikan
            # musim ketiga batal" confirm no third season)
            direct = [a for a in announcing if a.end <= first and any(
                0 <= m.start - a.end <= 25 and m.end <= first and not self.grammar_words.that.search(text, a.end, m.start)
                and not any(c.category == "cancellation" and 0 <= c.start - m.end <= 30 for c in carried)
                for _, _, m in targets)]
            # ("The first season premiered on December 25, and Netflix has already confirmed the second season": or
            # one after them all whose object is a season, right after it)
            carried_end = max(c.end for c in carried)
            direct += [a for a in announcing if a.start >= carried_end and any(
                0 <= m.start - a.end <= 12 and _ARTICLE_GAP.fullmatch(text, a.end, m.start) is not None
                for _, _, m in targets if m.numbers and not m.count)]
            # ("X premiered its second season in January, and season 3 has been confirmed": or one after them all whose
            # subject is a season right before it, its auxiliaries between, in a clause of its own after them; not "No
            # release date for the fourth film has yet been announced")
            # (or a pronoun for the season named before: "Season 3 has no release date yet, but it has been confirmed")
            passive, pronoun = self.grammar_words.passive_gap, self.grammar_words.work_pronoun
            subjects = [(m.start, m.end) for _, _, m in targets if m.numbers and not m.count]
            if pronoun is not None and subjects:
                subjects += [(p.start(), p.end()) for p in pronoun.finditer(text, subjects[0][1], sentence.end)]
            direct += [a for a in announcing if a.start >= carried_end and passive is not None and not self._negated(a, cues) and any(
                carried_end <= s and 0 <= a.start - e <= 30 and passive.fullmatch(text, e, a.start) is not None
                and (self.clauses.first(carried_end, s) is not None or self.grammar_words.clause_and.search(text, carried_end, s) is not None)
                for s, e in subjects)]
            event_cues = sorted(carried + direct, key=lambda c: c.start)
            # ("drama ini dikonfirmasi bakal rilis musim kedua", "is confirmed to release a second season": a coming
            # season confirmed, no date given, is the season confirmed)
            if not direct and all(c.category == "release" and (self._future(c, cues) or _TO_BETWEEN.fullmatch(
                    text, announcing[0].end, c.start) is not None) for c in carried) \
                    and announcing[0].end <= first and not self._negated(announcing[0], cues) \
                    and not silenced and not by_category.get("final_statement") \
                    and not self._negated(carried[0], cues) \
                    and not self.times.find(text, self.article.published, sentence.start, sentence.end, self.words):
                event_cues = sorted(carried + announcing[:1], key=lambda c: c.start)
        if announcing and not carried and silenced:
            event_cues = []  # "X will end with its fifth season, Netflix announced": it announced the statement
        # (a question in bold, too: "**Has Netflix renewed 'Copper & Kin' for season 3?**")
        if by_category.get("retraction") or sentence.text.rstrip(' "”’»)*_').endswith("?"):
            event_cues = []  # the outlet withdraws what it said before; a question asserts nothing
        out: list[tuple[Claim, tuple[str, int]]] = []
        seen: dict[tuple, int] = {}
        cued: dict[tuple, Cue] = {}  # the cue behind each claim in `seen`
        times = self.times.find(text, self.article.published, sentence.start, sentence.end, self.words) if event_cues else []
        if season_before:  # (... nor the time told right after it: "penayangan musim pendahulunya pada 2021")
            times = [t for t in times if not any(0 <= t.start - p.end <= 6 for p in season_before)]
        if superseded:  # ... and neither does its window ("ursprünglich für Ende 2026 geplant")
            # (not after the "had" of a renewal: "had renewed it for a third season, due in 2027" gives up no date)
            given_up = {next((id(t) for t in times if 0 <= t.start - s.end <= 30 or s.start < t.start < s.end), 0)
                        # (the time may open on the plan's last word: "espérée pour la fin 2026")
                        for s in superseded if not self.cues.within(s.end, s.end + 12, "renewal")}
            times = [t for t in times if id(t) not in given_up]
        if plan_dates:  # ... and so is its time
            times = [t for t in times if (t.start, t.end) not in plan_dates]
        # ("anunció la cadena este lunes", "a annoncé le groupe ce lundi": a day of the week after the speech verb and
        # its subject is the day it was said)
        speaking = by_category.get("speech", [])
        if speaking and times:
            times = [t for t in times if not ((t.weekday or t.today) and any(
                0 <= t.start - c.end <= 30 and _SUBJECT_AFTER_VERB.fullmatch(text, c.end, t.start) is not None
                for c in speaking))]
        # "The streamer will announce a premiere date in the fall", "will der Streamingdienst im Herbst bekanntgeben":
        # the time of a clause that tells when the date will be given is that telling's
        date_later = by_category.get("date_later", [])
        if date_later:
            told_in = {self.clauses.start(sentence.start, c.start) for c in date_later}
            times = [t for t in times if self.clauses.start(sentence.start, t.start) not in told_in]
        delay, revised = self.grammar_words.delay, self.grammar_words.revised
        if len(times) >= 2 and (delay is not None and delay.search(text, sentence.start, sentence.end)
                                or revised is not None and revised.search(text, sentence.start, sentence.end)):
            # "moved the premiere from November 5, 2027 to June 16, 2028", "vom Herbst 2026 in das Frühjahr 2027",
            # "prevista para octubre, se retrasa a abril de 2027": a delay gives up every window but the last
            # ("había anunciado ... noviembre, pero ... llegarán finalmente en el primer semestre de 2027": so does a
            # plan replaced)
            said_on = self.article.published or date.min
            # (not the time it was said: "Netflix había anunciado en febrero que ...")
            said_at = [c.end for c in by_category.get("speech", [])] + [c.end for c in announcing]
            ahead = [t for t in times if when_module.window(t.when)[1] >= said_on
                     and not any(0 <= t.start - e <= 4 for e in said_at)]
            if len({t.when for t in ahead}) >= 2:
                latest = max(ahead, key=lambda t: when_module.window(t.when))
                times = [t for t in times if t is latest or t not in ahead]
        # "la diffusion, annoncée par Prime Video pour le printemps 2027", "une diffusion envisagée à l'automne 2027":
        # a participle right after a release noun says how that release stands; the time after it is the release's
        event_cues = _release_participles(text, event_cues)
        # "tvN confirmed in August that ...": the time right after a speech verb is when it was said
        speech_ends = [c.end for c in by_category.get("speech", [])] + [c.end for c in announcing]
        # ("Santet Laut II, sekuel film horor yang sukses besar tahun lalu, resmi diundur": a time in a sequel's aside
        # between commas, after its relative word, with no event word of its own, tells of the film before)
        time_owner = _assign_times(self.clauses, [t for t in times if not any(0 <= t.start - e <= 4 for e in speech_ends)
                                                  and not self._aside_time(t, sentence, event_cues)],
                                   event_cues, [c.start for c in by_category.get("future", [])],
                                   lambda a, b: self.grammar_words.clause_and.search(text, a, b) is not None)
        # "cuyo estreno estaba anunciado para octubre, se retrasa al primer semestre de 2027": a time after a delay verb
        # is the release's, not the word of the plan before it
        delayed = delay.search(text, sentence.start, sentence.end) if delay is not None else None
        release = next((c for c in event_cues if c.category == "release"), None)
        if delayed is not None and release is not None:
            for cue in [c for c in time_owner if c.category == "renewal"]:
                moved = [t for t in time_owner[cue] if t.start >= delayed.end()]
                if moved:
                    time_owner[cue] = [t for t in time_owner[cue] if t not in moved]
                    time_owner.setdefault(release, []).extend(moved)

        def emit(cue: Cue, event: str, polarity: str, keys: list[tuple[str, int]], *, stage: str | None = None,
                 when: str | None = None, person: str | None = None, denial: bool = False, aired: bool = False,
                 source: Source | None = None, certainty: str | None = None, defer: bool = False) -> None:
            """One claim per installment in `keys`; with none, and `defer`, one for the installment of each work the
            sentence speaks of that the rest of the article names (see `_awaited`)."""
            # (a work the sentence names, or the list item's: "NBC renews three dramas" is of no work in focus)
            # (a date of the work the article goes on with: "An der geplanten Ausstrahlung im Frühjahr 2027 ändere das
            # nichts", before the season is named)
            works = self._context_works(work_spans, state, cue, sentence) if defer and not keys and (
                work_spans or state.segment_work or event == "release" or self._answer_goes_on(sentence)) else []
            if not keys and not works:
                return
            source = source if source is not None else self._source(cue, sentence, sources, quotes, state)
            if source is None and restated_by is not None and restated_by.start == cue.start:
                source = restated_by
            if aired and source is not None and source.role == "fans":
                # ("Many fans hoped for news about X, the comedy that ended its first season in September": what aired
                # is the outlet's fact, not what the fans hope)
                source, certainty = None, certainty or "reported"
            if certainty is None and denial:
                certainty = _CLAIM_ROLES.get(source.role if source else "media", "reported")
            if certainty is None:
                certainty = self._certainty(cue, sentence, source, cues)
                # ("tvN is reportedly preparing a second season", "tvN dikabarkan tengah menyiapkan ...": the platform is
                # what the report is about; the outlet asserts it)
                # (nor what a rumour says it did: "circuló en redes sociales que Netflix habría cancelado X")
                # (or the person a report is about: "Lead actor X is reportedly set to return")
                if source is not None and source.role in _CLAIM_ROLES and (certainty == "reported" or (
                        certainty == "possible" and (self._told_by_rumour(cue, sentence, cues)
                                                     or self._hedge_reported(sentence)))):
                    source = None
            name, role = self._source_name(source)
            if works:
                claim = Claim(event=event, polarity=polarity, certainty=certainty, source=name, source_role=role,
                              sentence=sentence.text, start=sentence.start, end=sentence.end, stage=stage, when=when,
                              person=person, denial=denial, aired=aired)
                self._sentence_pending.extend((claim, work.title) for work in works)
                return
            # (a first season named with its date to come is news too: "renewed ahead of its premiere. The first
            # season drops on July 24"; in a language that tells no tense, only a date just ahead)
            published = self.article.published
            dated_first = {w.title for w, n, m in targets if n == 1 and m.kind == "season"
                           and not (m.count or m.first or m.elliptic)} if event == "release" and when and not (
                self.pack["TENSELESS"] and published is not None
                and not 0 < (when_module.window(when)[0] - published).days <= _JUST_AHEAD_DAYS) else set()
            for key in keys:
                if key[1] <= 1 and not (event == "release" and (aired or (when and when_module.window(when)[1]
                                                                           < (published or date.max)))) \
                        and not self.by_title[key[0]].spinoff and key[0] not in dated_first:
                    continue  # a first season or film is background: it can only have aired (but a spinoff's is news)
                # (one claim per person of the cast: "X and Y will reprise their roles, and Z joins the cast")
                identity = (event, polarity, stage if event != "cast" else person, key)
                claim = Claim(event=event, polarity=polarity, certainty=certainty, source=name, source_role=role,
                              sentence=sentence.text, start=sentence.start, end=sentence.end, stage=stage,
                              when=when, person=person, denial=denial, aired=aired)
                if identity in seen:
                    # one claim per event and installment in a sentence; the one that gives a date wins, and
                    # one that says it aired ("La noticia llega ... después del estreno de la segunda entrega")
                    # ... and so does a denial ('"Es falsa", ..., que añadió que aún no se ha tomado ninguna decisión')
                    earlier = out[seen[identity]][0]
                    # (both dated: the cue nearer the words naming the installment, "La serie se estrenó en 2023 y
                    # su segunda temporada llegó a Netflix en abril": April for season 2)
                    nearer = bool(when and earlier.when and when != earlier.when) and aired == earlier.aired and \
                        _distance(cue, key, targets) < _distance(cued[identity], key, targets)
                    # (of a film, a release word's date gone by, where another of its words gives one to come: "fijado
                    # para el 27 de noviembre el estreno en cines de 'X 2', la secuela de la comedia que en 2024
                    # recaudó ...": 2024 is the first film's; not a season's parts, "Part 1 aired in August")
                    published = self.article.published if any(
                        (w.title, n) == key and (m.kind == "film" or m.sequel) for w, n, m in targets) else None
                    gone = published is not None and when is not None and cue.category == "release" \
                        and when_module.window(when)[1] < published
                    to_come = published is not None and earlier.when is not None and not earlier.aired \
                        and when_module.window(earlier.when)[1] >= published
                    if gone and to_come:
                        continue
                    ahead = published is not None and when is not None and not aired and earlier.when is not None \
                        and cued[identity].category == "release" \
                        and when_module.window(earlier.when)[1] < published <= when_module.window(when)[1]
                    # (or the one that says who decided: "Renovação dupla: a HBO Max encomendou a quarta e a quinta
                    # temporadas", the platform's order over the label's word)
                    # (not what is said not to be confirmed, whose certainty is who says so)
                    surer = certainty == "official" != earlier.certainty and (when == earlier.when or not earlier.when) \
                        and polarity == "positive" and not aired and not earlier.aired and denial == earlier.denial
                    if (when and not earlier.when) or (aired and not earlier.aired) or (denial and not earlier.denial) or nearer \
                            or ahead or surer:
                        # ("The series, now in its third season, ... ranked No. 2 among broadcast dramas this fall": a
                        # time under way dates a run the sentence says is on air; it stays aired)
                        today = self.article.published
                        if earlier.aired and not aired and when and today is not None and when_module.window(when)[0] <= today:
                            claim = Claim(**{**_fields(claim), "aired": True})
                        out[seen[identity]] = (claim, key)
                        cued[identity] = cue
                    continue
                seen[identity] = len(out)
                cued[identity] = cue
                out.append((claim, key))

        # ("There were two years between seasons 1 and 2, so we'd estimate a release in late 2027": the seasons a gap is
        # told between are named for the time between them, not for what the sentence says)
        compared = self._compared(targets, sentence)
        explicit_all = [(w.title, n, m) for w, n, m in targets if not m.count and not m.final and id(m) not in compared]
        explicit = [(w, n) for w, n, m in explicit_all if not m.elliptic and not m.first]
        # the final seasons named with their number ("the fourth and final season")
        numbered_finals = [(w.title, n, m) for w, n, m in targets if m.final and not m.count and m.numbers]
        aired_named = explicit_all + numbered_finals
        joints = self._joints(sentence, [m for _, _, m in explicit_all], event_cues)
        # a season followed in its clause by a past release ("season 2 dropped", "season 2 debuted on Netflix")
        # ("Season 2 of Copper Valley premiered in May"): it aired, and a renewal in the sentence is of the next
        just_aired: dict[tuple[str, int], Cue] = {}
        # ("season 3 tayang perdana pada 5 November 2026", said in October: a past-looking verb, a date ahead)
        ahead_of = [c for c in by_category.get("released_past", []) if self._dated_ahead(c, sentence)]
        over_its, episodes_of = self.grammar_words.over_its, self.grammar_words.episodes_of
        own_release = self.grammar_words.own_release
        for w, n, said in explicit_all:
            for c in by_category.get("released_past", []):
                if c in ahead_of:
                    continue
                # ("endet mit der fünften Staffel, die im Mai lief": a relative clause on the season says it aired)
                relative = 0 <= c.start - said.end <= 40 and self.grammar_words.relative_aired.fullmatch(text, said.end, c.start) is not None
                # ("X, which premiered its second season in March", "que estrenó su segunda temporada en enero": the
                # season is what the past release verb before it released)
                # ("renewed shortly after the premiere of the third season", "logo após o lançamento da terceira
                # temporada": or what the premiere was of)
                relative = relative or 0 < said.start - c.end <= 16 and (
                    self.grammar_words.determiners.fullmatch(text, c.end, said.start) is not None
                    or _OF_THE.fullmatch(text, c.end, said.start) is not None)
                # ("..., da die dritte Staffel im Juni mit einem Cliffhanger endete.": the verb last in its clause,
                # nothing else said between)
                # ("die im Februar mit ihrer zweiten Staffel ... 5,2 Millionen Zuschauer erreichte und ...": or before
                # an "and")
                # (not the work's own premiere: "renewed X for a second season just days after its premiere, ...")
                relative = relative or 0 <= c.start - said.end <= 80 and (
                    text[c.end:c.end + 1] in ".,;:!?" or self.grammar_words.clause_and.match(text, c.end) is not None) \
                    and (own_release is None or own_release.match(text, c.start) is None) \
                    and self.clauses.first(said.end, c.start) is None \
                    and not any(said.end <= e.start < c.start for e in event_cues if e.category != "release") \
                    and not any(said.end <= m.start < c.start for _, _, m in explicit_all) \
                    and not any(e.category in ("renewal", "cancellation", "production") and e.start < said.start
                                and self.clauses.first(e.end, said.start) is None for e in event_cues)
                # ("averaged 6.4 million viewers across its third season": the season its audience was counted over)
                relative = relative or 0 < said.start - c.end <= 24 and over_its is not None \
                    and over_its.fullmatch(text, c.end, said.start) is not None
                # ("ya están disponibles los ocho episodios de la segunda temporada": or whose episodes it released)
                relative = relative or 0 < said.start - c.end <= 60 and episodes_of is not None \
                    and episodes_of.fullmatch(text, c.end, said.start) is not None
                # ("Sorti le 25 mars, « Pirouette 2 » a attiré ...", "Released in May, season 2 drew ...": a past release
                # participle that opens the sentence, its aside closed by a comma, before the subject it is said of)
                # (not one whose aside names the season it tells of: "Sukses menarik perhatian penonton pada musim
                # pertamanya, kini D.P. Season 2 akan menyuguhkan ..." is the first season's success)
                comma = text.find(",", c.end, said.start) if c.start - sentence.start <= 4 and c.end < said.start else -1
                relative = relative or 0 <= comma - c.end <= 80 and _PARTICIPLE_ASIDE.fullmatch(text, c.end, comma) is not None \
                    and (said.start - comma <= 6 or any(comma < a <= said.start <= b + 1 for a, b, _ in work_spans)) \
                    and not any(c.end <= e.start < said.start for e in event_cues if e.category != "release") \
                    and not any(c.start <= m.start < comma for _, _, m in explicit_all)
                # ("Kaum ist die zweite Staffel gelaufen, ...": the season inside the verb's two parts)
                relative = relative or c.start < said.start and said.end < c.end <= sentence.end
                # ("la segunda temporada, estrenada en Netflix en marzo, ha sido la última": a past release word that
                # opens an aside between commas right after the season, nothing else said in it)
                closing = text.find(", ", c.end, sentence.end)
                # (not one to come: "Sekolah Arwah Season 4, yang tayang mulai 11 Desember nanti, ...")
                relative = relative or text[said.end:c.start] == ", " and closing >= 0 \
                    and not any(c.end <= e.start < closing for e in event_cues if e.category != "release") \
                    and not any(c.start <= f.start < closing for f in by_category.get("future", []))
                # ("La saison 3, proposée le jeudi soir en avril et en mai, a réuni en moyenne 5,2 millions de
                # téléspectateurs": the sentence's subject, its verb after an aside, nothing else said between)
                # (not the work's own premiere: "Season 3 was not ordered until May, two months after its premiere" is
                # the second season's)
                relative = relative or said.start - sentence.start <= 4 and 0 < c.start - said.end <= 100 \
                    and not any(said.end <= e.start < c.start for e in event_cues) \
                    and not any(said.end <= m.start < c.start for _, _, m in explicit_all) \
                    and (own_release is None or own_release.match(text, c.start) is None)
                # (not past another installment named in between: "the sequel after Night Servant 2 drew ...")
                # (nor the work's own premiere right after the season renewed: "renewed X for a second season following
                # its premiere in June" is the first season's)
                if (relative or 0 <= c.start - said.end <= 12 + _named_between(said.end, c.start, work_spans)
                        and (own_release is None or own_release.match(text, c.start) is None)
                        and self.clauses.first(said.end, c.start) is None
                        and not any(said.end <= m.start < c.start and (w, n) != (w2, n2)
                                    for w2, n2, m in explicit_all)) and self._aired(c, cues) and \
                        not self._filming_of(said, c, sentence, cues) and not (
                            n > 1 and said.kind != "season" and self._sequel_of_title(c, sentence, work_spans)):
                    just_aired.setdefault((w, n), c)  # (not "sekuel dari X yang dirilis pada 2024": the first film)
        self._just_aired = set(just_aired)
        # "canceled after season 2", "renewed following season 2": the season named was the last one made
        # (not an after-word that is the renewal word's own: "returns with its third season" is the third)
        # (a numbered title's too: "greenlit the sequel after Night Servant 2 became a hit")
        # (not a season that names its own renewal right after it: "after an early Season 3 renewal" renewed the third)
        after_named = {(w, n) for w, n, said in explicit_all if (at := self.grammar.after_start(text, said, next(
            (s for s, e, _ in work_spans if 0 <= said.start - e <= 1), None))) >= 0
                       and not any(c.category == "renewal" and (c.start <= at < c.end or 0 <= c.start - said.end <= 1) for c in cues)}
        # "renewed days before the second season wraps up": the season that times it is not the one renewed
        ahead_named = {(w, n) for w, n, said in explicit_all if self.grammar.ahead(text, said)}
        # "We are reviewing the performance of the second season": the season weighed is not the one decided on
        measured = {(w, n) for w, n, said in explicit_all if self.grammar.measured(text, said)}

        def own(cue: Cue, strict: bool = False) -> list[tuple[str, int]]:
            """The named installments in the cue's own clause, else the later ones the sentence names."""
            start = self.clauses.start(sentence.start, cue.start)
            end = self.clauses.end(cue.end, sentence.end)
            # ("startet am Mittwoch, 7. Januar 2026, um 18.00 Uhr die zwölfte Staffel": the commas of a date end no
            # clause, where the clause names no season yet)
            # (a comma inside a time, before one, or before the hour: not "que Movistar Plus+ estrenó el pasado mes
            # de marzo, ha vuelto a ponerse en marcha ...")
            for _ in range(3):
                if end >= sentence.end or text[end] != "," or any(start <= m.start < end for _, _, m in explicit_all):
                    break
                following = self.clauses.end(end + 2, sentence.end)
                if not any(t.start < end < t.end or 0 <= t.start - end <= 3 for t in times) and not (
                        any(abs(t.end - end) <= 1 for t in times) and _HOUR_AFTER.match(text, end) is not None):
                    break
                end = following
            # ("neue Staffeln von «A» (Staffel 4), «B» (Staffel 2), «C» (Staffel 3) und «D» (Staffel 2) erscheinen",
            # "will premiere new seasons of A (season 3), B (season 2) and C (season 4)": the commas of a list of works,
            # each with its season and nothing said of it, end no clause)
            # (back only from a clause that opens on an item of its own: not "une suite pour X (...), dont la première
            # saison s'est achevée en septembre", which says what aired of the work named before)
            opens_item = any(0 <= s - start <= 40 for s, _, _ in work_spans)
            for _ in range(6 if opens_item else 0):
                if start - sentence.start < 4 or text[start - 2:start] != ", ":
                    break
                previous = self.clauses.start(sentence.start, start - 2)
                if not self._listed_season(previous, start - 2, work_spans, explicit_all, cues):
                    break
                start = previous
            # (forward only from a clause that ends on its first item: not "Die ARD verlängert ... erst nach der
            # Ausstrahlung, daher ist eine zweite Staffel von X noch offen")
            # (not a clause that ends on a numbered season with no work in it: "Sukses menarik perhatian penonton pada
            # musim pertamanya, kini D.P. Season 2 akan ...", the season of the work named after it, no list's item)
            first_end = _stripped_end(text, end)
            first_item = any(e == first_end for _, e, _ in work_spans) or any(
                m.end == first_end and (not m.numbers or any(start <= a < end for a, _, _ in work_spans)) for _, _, m in explicit_all)
            for _ in range(6 if first_item else 0):
                if sentence.end - end < 4 or text[end:end + 2] != ", ":
                    break
                following = self.clauses.end(end + 2, sentence.end)
                # (the last item may end the clause: "... and C (season 4) this fall")
                if not self._listed_season(end + 2, following, work_spans, explicit_all, cues,
                                           last=text[following:following + 2] != ", "):
                    break
                end = following
            # ("unveiled the series arriving in 2027, including A season 2 and B season 3": a list that an including
            # word opens right after the clause, no season named in the clause, is what the cue speaks of)
            # (not the list of what a platform shows of them: "released several trailers, including one for ...")
            promo = self.grammar_words.promo
            if cue.category in _LISTING_EVENTS and end < sentence.end and \
                    not any(start <= m.start < end for _, _, m in explicit_all) and \
                    (lead := _LIST_LEAD.match(text, end, sentence.end)) is not None and \
                    self.grammar_words.including.match(text, lead.end()) is not None and \
                    (promo is None or promo.search(text, start, end) is None):
                listed = [(w, n) for w, n, m in explicit_all if end < m.start and not (m.first or m.elliptic or m.count)]
                if listed:
                    return listed
            # ("names three series it says will return this year: the second season of A, the third of B and ...": a
            # colon that ends the clause, no season named in it yet, opens the list of what it speaks of)
            # (its final season too: "... and the fourth and final season of C")
            listed_final: list[tuple[str, int, SeasonMention]] = []
            # (a list: two seasons or more after it; not "next summer is the earliest date: the first season took ...")
            if end < sentence.end and text[end] == ":" and not any(start <= m.start < end for _, _, m in explicit_all) and \
                    len({id(m) for _, _, m in targets if end < m.start and not m.count and m.numbers}) >= 2:
                listed_final = [(w, n, m) for w, n, m in numbered_finals if end < m.start]
                end = sentence.end
            for joint_start, joint_end in joints:
                if start <= joint_start and cue.start >= joint_end:
                    start = joint_end
                elif cue.end <= joint_start < end:
                    end = joint_start
            # an ordinal alone ("the second, which premiered ...") only says what aired
            # what aired may be the final season itself ("The third and final season concluded in August")
            # ("will end with its fifth season, which arrives in early 2027": the season counted as the last is
            # the one that arrives)
            # ("Netflix ended X after three seasons; the final episodes arrive in December": so is the last of those
            # counted where the series was ended before, no name between: not "and Copper Vale premieres in December")
            ended = [c.end for c in by_category.get("cancellation", []) if c.end <= cue.start] if cue.category == "release" else []
            last_counted = [(w.title, n, m) for w, n, m in targets if m.count and ((w.title, n) in self._declared_last or (
                ended and ended[0] <= m.start and m.end <= cue.start and not _CAPITAL_WORD.search(text, m.end, cue.start)))] \
                if cue.category == "release" and (self._declared_last or ended) else []
            named = (aired_named if strict else explicit_all + listed_final) + last_counted
            # (a final season with no number, in the cue's own clause where the sentence numbers another elsewhere: "Season
            # 4 premieres in June, and the final season is expected in 2026")
            if not strict and not any(start <= m.start < end for _, _, m in named):
                named = named + [(w, n, m) for w, n, m in unnumbered_final_targets if start <= m.start < end]
            close_all = [(w, n, m) for w, n, m in named if start <= m.start < end and (not (m.elliptic or m.first) or strict)]
            # ("esta serie que se estrenó en noviembre no tendrá una segunda temporada": what aired is not the season the
            # clause denies after it with an indefinite article, one that will not come, but the one before it; not
            # "returned on February 13 for a second season", nor "startete eine Petition für eine dritte Staffel")
            if close_all and cue.category in ("release", "released_past") and any(
                    c.category == "released_past" and c.start <= cue.start < c.end for c in cues):
                # (or right after the words that deny it, an article or none: "la série diffusée sur TF1 n'aura pas de
                # saison 3", "keine dritte Staffel")
                denied = [(w, n, m) for w, n, m in close_all
                          if m.start > cue.end and any(c.category == "cancellation" and (
                              c.start <= m.start <= c.end and self.grammar_words.indefinite_before.search(text, max(0, m.start - 8), m.start)
                              or c.start < m.start and c.end <= m.start and not text[c.end:m.start].strip()) for c in cues)]
                close_all = [t for t in close_all if t not in denied]
                if not close_all and denied[0][1] > 1:
                    return [(denied[0][0], denied[0][1] - 1)]
            # ("desde o fim das gravações da segunda", "since the end of filming on the second": a making or release noun
            # "of" an ordinal alone is of that season)
            # (and a renewal "for" an ordinal alone: "and Westbrook Heights is set to return for a fourth")
            of_ordinal = [(w, n) for w, n, m in named if m.elliptic and (
                cue.category in ("release", "production") and 0 <= m.start - cue.end <= 12
                and _OF_THE.fullmatch(text, cue.end, m.start) is not None
                or cue.category == "renewal" and 0 <= m.start - cue.end <= 8
                and _FOR_A.search(text, cue.start, m.start) is not None)]
            if of_ordinal:
                return of_ordinal
            # ("weeks ahead of the premiere of the first season, scheduled for December 12", "a pocas semanas del
            # estreno de la primera, previsto para el 12 de diciembre": a release word in a clause of its own after a
            # comma, no season in it, dates the release noun "of" the season that ends the clause before)
            comma = len(text[:start].rstrip()) - 1
            if cue.category == "release" and not close_all and comma > sentence.start and text[comma] == ",":
                dated = [(w, n) for w, n, m in named if _stripped_end(text, m.end) == comma and any(
                    c.category == "release" and c is not cue and 0 <= m.start - c.end <= 12
                    and _OF_THE.fullmatch(text, c.end, m.start) is not None for c in cues)]
                if dated:
                    return dated
            if strict:
                # ("Crunchyroll streamed it ... and has confirmed it will simulcast the second season": what aired is
                # not the season named after a future word)
                close_all = [(w, n, m) for w, n, m in close_all if not any(
                    c.category == "future" and cue.end <= c.start < m.start for c in cues)]
            if strict and cue.category in ("release", "released_past") and len(close_all) > 1:
                # ("sekuel dari film pertamanya yang dirilis pada 2024", "the sequel to the first film, which was released
                # in 2024": what the relative clause after the one followed tells is its run, not the sequel's)
                followed = [m for _, _, m in close_all if m.numbers and m.end <= cue.start and any(
                    s.sequel and not s.numbers and s.end <= m.start for _, _, s in close_all)
                    and self.grammar_words.relative_word.search(text, m.end, cue.start) is not None]
                if followed:
                    close_all = [t for t in close_all if t[2] is followed[-1]]
            if close_all:
                # ("a profité de la sortie de la saison 4 pour annoncer le renouvellement de la série pour une cinquième
                # saison": a renewal is of the season it is "for")
                renewed_for = [(w, n, m) for w, n, m in close_all if cue.category == "renewal" and m.start >= cue.end
                               and _RENEWED_FOR.match(text, cue.end, m.start) is not None]
                # (and a season after it, an ordinal alone too, that says the same of another work: "renewed A for a
                # third season and B for a second", "por una quinta temporada y 'B' por una segunda")
                renewed_first = renewed_for[0][2] if renewed_for else None
                more = [(w, n) for w, n, m in named if renewed_first.end < m.start < sentence.end
                        and _FOR_A.search(text, max(sentence.start, m.start - 16), m.start) is not None
                        and not any(renewed_first.end <= c.start < m.start for c in event_cues)] if renewed_first is not None else []
                # (and the season that "and" joins to it: "renewed The Wardens for season 4 and season 5")
                joined = renewed_first
                for w, n, m in sorted(named, key=lambda t: t[2].start) if renewed_first is not None else []:
                    if joined is not None and m.start > joined.end and (
                            (after_and := self.grammar_words.clause_and.match(text, joined.end, m.start)) is not None
                            and _ARTICLE_AFTER.fullmatch(text, after_and.end(), m.start) is not None):
                        more.append((w, n))
                        joined = m
                if renewed_for and (len({id(m) for _, _, m in close_all}) > 1 or more):
                    return [(w, n) for w, n, m in renewed_for if m is renewed_first] + more
                # ("n'a pas encore officialisé de troisième saison et se contente de renvoyer à la sortie de la saison
                # 2": a release noun "of" a season is that season's)
                of_it = [(w, n, m) for w, n, m in close_all if cue.category == "release" and 0 <= m.start - cue.end <= 12
                         and _OF_THE.fullmatch(text, cue.end, m.start) is not None]
                if of_it and len({id(m) for _, _, m in close_all}) > 1:
                    return [(w, n) for w, n, m in of_it]
                return [(w, n) for w, n, m in _nearest_mentions(close_all, cue, event_cues, start, end)]
            if strict:
                # "musim ketiga, yang tayang Desember 2024": the season named just before the cue
                # (or the sentence's subject, an apposition between: "La saison 2 de X, initialement prévue pour
                # l'été 2024, n'avait été diffusée qu'en janvier 2025")
                # (not past a semicolon: "will not return for season 3; his character's fate was left open in
                # Sunday's finale")
                # (nor a season just said not to be made: "qu'il ne commanderait pas de quatrième saison, l'épisode final
                # diffusé au printemps faisant désormais office de conclusion")
                before = [(w, n, m) for w, n, m in named if m.end <= cue.start and ";" not in text[m.end:cue.start] and (
                    cue.start - m.end <= 60 or (m.start - sentence.start <= 25 and cue.start - m.end <= 180))
                    and not any(c.category == "cancellation" and c.start <= m.start and m.end <= c.end + 40 for c in cues)]
                if before:
                    last = before[-1][2]
                    # ("has not yet made a decision about a second season of X, which concluded its run on November 23": a
                    # relative clause after the work's name, the season before it undecided, tells of the work's run)
                    if any(c.category == "not_confirmed" and 0 <= last.start - c.end <= 40 for c in cues) \
                            and any(last.end <= a and b <= cue.start for a, b, _ in work_spans) \
                            and self.grammar_words.relative_word.search(text, last.end, cue.start) is not None:
                        return [(w, n - 1) for w, n, m in before if m is last and n > 1]
                    return [(w, n) for w, n, m in before if m is last]
                # "Sortie le 18 novembre, La Route du poivre : Deuxième partie a réuni...": a fronted clause
                if start == sentence.start:
                    after = [(w, n, m) for w, n, m in explicit_all if end <= m.start <= end + 80
                             and _subject_right_after(text, end, m.start, work_spans)]
                    return [(w, n) for w, n, m in after if m is after[0][2]] if after else []
                return []
            # ("A primeira temporada, que seria reexibida em julho, também foi adiada para outubro", "La première saison,
            # qui a été tournée en 2024, ...": the first one as the sentence's subject, the cue in the relative clause
            # right after it or in the clause after that)
            subject = min(((w, n, m) for w, n, m in explicit_all if m.end <= cue.start), key=lambda t: t[2].start, default=None)
            if subject is not None and subject[1] == 1 and subject[2].start - sentence.start <= 25 \
                    and text[max(0, _stripped_end(text, start) - 1):start].startswith(",") \
                    and (opening := _COMMA_OPENING.match(text, subject[2].end, start)) is not None \
                    and self.grammar_words.relative_word.match(text, opening.end()) is not None \
                    and not any(subject[2].end < m.start < cue.start for _, _, m in explicit_all):
                return [(subject[0], 1)]
            if cue.category == "release":
                # "Part 2, as the studio calls it, will be released...": the season named before, as its subject;
                # a season inside someone's quotation is not the subject of the narration around it
                # ("Antes llegará 'Operación Cóndor 3', que aterrizará en los cines el 18 de diciembre": a quoted title
                # is no quotation)
                spoken = [(a, b) for a, b in quotes if not any(a <= s and e <= b and s - a <= 2 and b - e <= 3
                                                               for s, e, _ in work_spans)]
                cue_quote = next(((a, b) for a, b in spoken if a <= cue.start < b), None)
                # ("... y la tercera y última de 'C', que llegará en marzo": a final season named with its number too)
                # (not what ran: "which ran for ..."; a present tense with its day ahead is to come: "a terceira e última
                # temporada de X chega em 12 de junho")
                numbered_final = numbered_finals if self._future(cue, cues) or self._time_ahead(cue, sentence) else []
                before = sorted([(w, n, m) for w, n, m in explicit_all + last_counted + numbered_final if m.end <= cue.start
                                 and n > 1 and next(((a, b) for a, b in spoken if a <= m.start < b), None) == cue_quote],
                                key=lambda x: x[2].start)
                if not before:
                    # ("Wer den ersten Film verpasst hat: Er ist ab dem 20. März bei Prime Video zu sehen", "Para quem
                    # perdeu o primeiro longa, ele chega ao Globoplay": the first one, taken up by a pronoun)
                    first = [(w, n, m) for w, n, m in explicit_all if m.end <= cue.start and n == 1]
                    pronoun = self.grammar_words.work_pronoun
                    if first and pronoun is not None and pronoun.search(text, first[-1][2].end, cue.start) is not None:
                        return [(first[-1][0], 1)]
                # (not "the first two seasons, which arrive on Netflix on March 15": seasons that aired elsewhere,
                # coming to a new service)
                if before and before[-1][2].first:
                    return []
                return [(w, n) for w, n, m in before if m is before[-1][2]] if before else []
            return [(w, n) for w, n in explicit if n > 1]
        # (not a last season with no number whose clause goes on to tell how it aired: "even though its final season
        # still drew 2.1 million viewers", "obwohl die letzte Staffel noch durchschnittlich 2,1 Millionen Zuschauer
        # erreichte")
        # (a past word after a word of the future is no past: "akan menjadi musim penutup dan dijadwalkan tayang pada
        # kuartal ketiga 2026")
        finals = [(w.title, n + 1) for w, n, m in targets if m.final and not m.count and (
            m.numbers or not any(not self.cues.within(m.end, p.start, "future")
                                 for p in self.cues.within(m.end, self.clauses.end(m.end, sentence.end), "released_past")))]
        named_final = [(w, n) for w, n, _ in numbered_finals]
        # ... and those with no number, the one the article made last ("HBO has cancelled X after three seasons. The
        # final season will air in the fall": the third, not the fourth in focus)
        unnumbered_final = [(w.title, n) for w, n, m in targets if m.final and not m.count and not m.numbers]
        unnumbered_final_targets = [(w.title, n, m) for w, n, m in targets if m.final and not m.count and not m.numbers]
        # ("La cuarta y última temporada ... La segunda parte de la temporada final": the one named last before)
        state.named_final.update(named_final)
        counts = [(w.title, n + 1) for w, n, m in targets if m.count]

        def counted(cue: Cue) -> list[tuple[str, int]]:
            """The seasons after those counted as made, for a cancellation cue: the ones its clause counts; those the
            sentence counts elsewhere only where its clause names no season ("Starz axed A after three seasons, while
            Peacock passed on a second season of B": B's second)."""
            start, end = self.clauses.start(sentence.start, cue.start), self.clauses.end(cue.end, sentence.end)
            inside = [(w.title, n + 1) for w, n, m in targets if m.count and start <= m.start < end]
            return inside or ([] if any(start <= m.start < end for _, _, m in explicit_all) else counts)
        context = self._context(sentence, work_spans, state)

        # "not confirmed" statements, denials and "final season" statements come first:
        # their words ("confirmed", "the last") would otherwise read as events.
        undated: list[Cue] = []
        # (a season the release words end on, said to have aired, is not what is undecided either: "X just wrapped its
        # second season, and CBS has yet to decide on its future")
        ran = {(w, n) for w, n, m in explicit_all if any(c.start < m.start and c.end == m.end and self._aired(c, cues)
                                                        for c in by_category.get("released_past", []))} \
            if by_category.get("not_confirmed") else set()
        others_after = self.grammar_words.other_works_after
        for cue in by_category.get("not_confirmed", []):
            if _overlaps(cue, by_category.get("no_comment", [])):
                continue
            # ("The network has yet to announce the renewal or cancellation of its other shows": undecided, but not of
            # this one)
            if others_after is not None and others_after.search(text, cue.end, self.clauses.end(cue.end, sentence.end)):
                continue
            # "has not revealed the release date" is about the date, not about the installment
            # ("tanggal pasti penayangannya belum diumumkan": the date named before, in the same clause)
            # ("a decision is expected by ...": the release word inside the statement dates the decision)
            # ("Ein Starttermin für die dritte Staffel steht noch nicht fest": the date's word says no release)
            # ("Belum ada kepastian soal waktu produksi maupun penayangan perdana": a little further in its clause)
            # (not a season that has aired: "is still awaiting a renewal decision after its second season ended in May")
            dates = [c for c in cues if c.category == "release" and not (cue.start <= c.start and c.end <= cue.end)
                     and not _overlaps(c, by_category.get("released_past", [])) and (
                cue.start <= c.start <= cue.end + 25 or (
                cue.end < c.start <= cue.end + 45 and self.clauses.first(cue.end, c.start) is None) or (
                0 <= cue.start - c.end <= 60 and (self.clauses.first(c.end, cue.start) is None
                                                  or self._when_clause_before(c, cue, sentence)
                                                  or self._asked_when_before(cue, sentence))))]
            undated.extend(dates)
            # "Netflix aún no ha anunciado una fecha": the date's noun right after the statement, no release cue
            date_noun = self.grammar_words.date_noun
            # (or inside the statement, at its start: "Aucune date de diffusion n'a encore été communiquée")
            about_date = bool(dates) or (date_noun is not None and (date_noun.match(
                text, cue.end + 1 if text[cue.end:cue.end + 1] == " " else cue.end) is not None
                or date_noun.search(text, cue.start, min(cue.end, cue.start + 20)) is not None))
            # (... or the subject of the statement, before the season it is of: "A date for season 5 has not been
            # announced", "jadwal season 5 belum diumumkan")
            subject_noun = date_noun.search(text, self.clauses.start(sentence.start, cue.start), cue.start) \
                if date_noun is not None and not about_date else None
            # (or the subject that opens the clause: "Ein Ausstrahlungstermin für die neuen Folgen ist noch nicht bekannt")
            about_date = about_date or subject_noun is not None and (any(
                subject_noun.end() <= m.start < cue.start for _, _, m in explicit_all)
                or subject_noun.start() - self.clauses.start(sentence.start, cue.start) <= 2)
            # (or the clause before it asks when, no release word in it: "Wann es mit Staffel 2 weitergeht, darüber gibt
            # es noch keine Informationen"; when the shoot begins is no word on the season: "Wann die Dreharbeiten
            # beginnen, ist noch nicht bekannt")
            if self._asked_when_before(cue, sentence):
                if self.cues.within(sentence.start, cue.start, "production"):
                    continue
                about_date = True
            detail_noun = self.grammar_words.detail_noun
            if not dates and detail_noun is not None and detail_noun.match(
                    text, cue.end + 1 if text[cue.end:cue.end + 1] == " " else cue.end) is not None:
                continue
            # (or the subject of the statement, right before it: "expected to return, though her contract has not been
            # announced")
            subject_detail = detail_noun.search(text, max(self.clauses.start(sentence.start, cue.start), cue.start - 40),
                                                cue.start) if detail_noun is not None and not dates else None
            # (or the first of the details it lists, past the commas: "Pemeran, waktu siaran, dan platform belum
            # dikonfirmasi")
            listed = detail_noun.search(text, max(sentence.start, cue.start - 60), cue.start) \
                if detail_noun is not None and not dates and subject_detail is None else None
            if listed is not None and _LOWER_LIST.fullmatch(text, listed.end(), cue.start):
                subject_detail = listed
            if subject_detail is not None and (_FEW_LOWER.fullmatch(text, subject_detail.end(), cue.start)
                                               or _LOWER_LIST.fullmatch(text, subject_detail.end(), cue.start)) \
                    and not any(subject_detail.end() <= m.start < cue.start for _, _, m in explicit_all):
                continue
            # (or a detail of the season named after it: "Über den Umfang der zweiten Staffel gibt es noch keine
            # Informationen", "nothing is known about the plot of season 2 yet")
            if subject_detail is not None and any(
                    _OF_THE.fullmatch(text, subject_detail.end(), m.start) and _FEW_LOWER.fullmatch(text, m.end, cue.start)
                    for _, _, m in explicit_all):
                continue
            if not dates and any(s.role == "cast" and not s.name and 0 <= cue.start - s.end <= 30
                                 and self.clauses.first(s.end, cue.start) is None for s in sources):
                continue  # "The returning cast has not been confirmed", "Pemeran belum dipastikan": the cast is not
            # ("no ha dicho nada sobre el futuro de la serie, cuya tercera temporada se estrenó en julio": the one
            # after the season that aired)
            # ('afirmou que "ainda não há nenhuma decisão sobre o futuro da série" e que avalia os resultados da segunda
            # temporada': a statement quoted says nothing of a season named after the quotation)
            quoted = next(((a, b) for a, b in quotes if a <= cue.start < b), None)
            said_of = explicit if quoted is None else \
                [(w, n) for w, n, m in explicit_all if not m.elliptic and m.start < quoted[1]]
            # ("Netflix has not made a decision yet, and the show's ratings dropped sharply in season 2": a season named
            # only in a clause of its own after the statement is not what is undecided)
            apart = {(w, n) for w, n, m in explicit_all if m.start > cue.end and self.clauses.first(cue.end, m.start) is not None}
            joined = {(w, n) for w, n, m in explicit_all if not (m.start > cue.end and self.clauses.first(cue.end, m.start) is not None)}
            said_of = [k for k in said_of if k not in apart or k in joined]
            # ("Aucune décision n'a été prise quant à l'avenir de la série après cette troisième saison": the one after it)
            # ("The second season wrapped in August, and the streamer has yet to say whether it will return": a season
            # that wrapped before a word on the show's return is not what is undecided)
            returns = self.grammar_words.return_word.search(text, cue.end, self.clauses.end(cue.end, sentence.end)) is not None
            wrapped = {(w, n) for w, n, m in explicit_all if returns and m.end <= cue.start and any(
                c.stage == "wrapped" and m.end <= c.start < cue.start for c in by_category.get("production", []))}
            unconfirmed = [(t, n + 1) if ((t, n) in just_aired or (t, n) in after_named or (t, n) in measured
                                          or (t, n) in wrapped or (t, n) in ran) and not about_date else (t, n)
                           for t, n in said_of]
            # ("The director said the third season will be the final one. Netflix said no decision has been made":
            # what is not decided is the end, the season after the final one)
            # (nor the one the sentence says just aired: "CBS has yet to decide on the future of X, which just wrapped its
            # second season")
            if not unconfirmed and not about_date:
                unconfirmed = [(t, n + 1) if (t, n) in state.final_last_said or (t, n) in just_aired or (t, n) in ran
                               else (t, n) for t, n in context]
            # ("Whether her co-star Tom Hale returns is still unclear", "Ob Moritz Brandt zurückkehrt, ist noch unklar":
            # what is open is a person's return, not the season's)
            if not about_date and not said_of and self._person_returns(cue, sentence, sources, work_spans):
                continue
            # ("Season 3 was not announced until May 2021, weeks after its premiere": announced then, at last)
            published = self.article.published
            if not about_date and published is not None and any(
                    0 <= t.start - cue.end <= 20 and self.times.after_until(text, t) and when_module.window(t.when)[1] < published
                    for t in times):
                emit(cue, "renewal", "positive", said_of or context)
                continue
            emit(cue, "release" if about_date else "renewal", "negative", unconfirmed or context,
                 certainty=self._not_confirmed_certainty(cue, sentence, sources, quotes, state), defer=not about_date)
        denied_content: list[Cue] = []
        for cue in by_category.get("denial", []):
            denied = [c for c in event_cues if c.end <= cue.start and c.category != "release"] or \
                     [c for c in event_cues if c.end <= cue.start]
            if not denied:
                # "pushed back on a report that the show had been canceled": the report follows the denial
                # ... or is what the denial's "that" says: "Netflix desmiente que 'Marea Roja' tendrá una tercera
                # temporada", "denied that Red Tide will get a third season"
                # ("JTBC Bantah Syuting Musim Kedua Sudah Dimulai", "Netflix nega cancelamento": the event named
                # right after the denial's verb)
                # ("membantah adanya jadwal syuting pada Juli", "denied the existence of a filming schedule": a few
                # words of the same clause before it)
                # (not what the denier goes on to say: "desmintió la información y aseguró que "la serie sigue en
                # evaluación"")
                # ("Contrairement à ce qu'affirmait un site, TF1 n'a pas annulé X": or, after a denial that opens the
                # sentence, the word its main clause negates)
                later = [c for c in event_cues if c.start >= cue.end and not any(
                    self.grammar_words.clause_and.search(text, cue.end, s.start) is not None
                    for s in self.cues.within(cue.end, c.start, "speech")) and (
                    c.start - cue.end <= 1 or (cue.start - sentence.start <= 3 and self._negated(c, cues)) or (c.start - cue.end <= 40 and self.clauses.first(cue.end, c.start) is None) or
                    self.cues.within(cue.end, c.start, "reported", "rumour") or (
                        c.start - cue.end <= 80 and self.grammar_words.that.search(text, cue.end, c.start) is not None
                        and self.clauses.first(cue.end, c.start) is None))]
                denied = later[:1]
            # what the denial calls untrue is the report's word, not the denier's
            denied_content.extend(denied)
            # ("A tabloid reported that Netflix had dropped it. || The third season drew 5.4 million views. || Netflix
            # said the report was untrue": the report denied is the one told a sentence or two before)
            told = state.previous_claims or (
                state.recent_claims if sentence.index - state.recent_index <= 3
                and self.cues.within(sentence.start, cue.start, "reported") else [])
            event = denied[-1].category if denied else self._previous_event(told)
            stage = denied[-1].stage if denied else None
            if event == "production" and not stage:
                stage = "filming"
            keys = explicit or counts or (context[:1] if event in ("production", "release") else context)
            if not denied and not explicit and not counts:
                # ("... sería la última. Un portavoz de Netflix lo negó": what it denies is what was just said, of the
                # installments it was said of)
                # ("... berspekulasi bahwa Jagal Malam 3 mungkin sudah disiapkan. Spekulasi itu sempat ramai dibicarakan. ||
                # ... Cahaya Timur Pictures membantah kabar tersebut": or a sentence or two before, where the one
                # just before said nothing)
                told_before = state.previous_claims or (state.recent_claims if sentence.index - state.recent_index <= 2 else [])
                keys = list(dict.fromkeys(k for c, k in told_before if c.event == event and c.polarity == "positive")) or keys
            # ("Netflix has denied a report that X will end with its third season", "... that season 3 will be its last":
            # what is called untrue is the end after that season, not its making)
            that = self.grammar_words.that
            if explicit and that is not None and any(
                    0 <= f.start - cue.end <= 120 and that.search(text, cue.end, f.start) is not None
                    and self.clauses.first(cue.end, f.start) is None for f in by_category.get("final_statement", [])):
                emit(cue, "cancellation", "negative", [(t, n + 1) for t, n in explicit], denial=True, defer=True)
                continue
            # "La chaîne a démenti : « Aucune décision n'a été prise »", "denied the report, saying no decision has
            # been made": the platform's own words decide, and they say nothing is decided (not "Prime Video
            # dementierte: „Das stimmt nicht, ... nichts entschieden“", whose own words call it untrue)
            # (not a date not set yet: "Netflix a démenti cette information et précise qu'aucune date n'a encore été
            # fixée" calls the date reported untrue)
            date_noun = self.grammar_words.date_noun
            if any(n.start >= cue.end and not _overlaps(n, [cue]) and not (
                    date_noun is not None and date_noun.search(text, n.start, min(n.end, n.start + 20)) is not None) and (
                    any(cue.end <= q0 <= n.start < q1 for q0, q1 in quotes)
                    or self.cues.within(cue.end, n.start, "speech")) for n in by_category.get("not_confirmed", [])) \
                    and not any(d.start >= cue.end for d in by_category["denial"]) \
                    and not any(q0 <= cue.start < q1 for q0, q1 in quotes) \
                    and not any(mark in text[cue.start:cue.end] for mark in _QUOTE_MARKS):  # ('"Es falsa", ..., que añadió que ...')
                # (nor one whose own words are quoted: 'told X that report was "not accurate" and that it had "nothing
                # to share"')
                emit(cue, "renewal", "negative", keys)
                continue
            # ("Contrary to what a trade site reported, CBS has not canceled X": a denial that opens the sentence is said by
            # the one who says what it calls untrue)
            said_by = next((s for s in sources if s.role == "platform" and cue.end <= s.start < denied[-1].start), None) \
                if denied and cue.start - sentence.start <= 3 and denied[-1].start > cue.end else None
            emit(cue, event, "negative", keys, stage=stage, denial=True, defer=True, source=said_by)
        declared_last: list[tuple[str, int]] = []  # "la cuarta temporada será la última": made, and the last
        for cue in by_category.get("final_statement", []):
            if any(m.final and m.start < cue.end and cue.start < m.end for _, _, m in targets):
                continue  # "the final season" is a season expression: handled with its number below
            if any(c.category == "production" and c.end <= cue.start and self.clauses.first(c.end, cue.start) is None
                   for c in cues):
                continue  # ('Filming of the third season of "X" is ending': the making ends, not the series)
            # "will end with its fifth season": the season counted inside the statement is the last one
            inside = [(w.title, n) for w, n, m in targets if m.count and cue.start <= m.start < cue.end]
            # ("The second season of A will premiere in spring, and B will return this fall with its fourth season,
            # which the company said would be the show's last": of seasons of several works, the one named last
            # before the statement)
            # ("... has passed on a third season of X, ..., which means the second season that debuted in August
            # was the last": of two seasons of one work, too)
            near = explicit
            # ("renews 'Copper Saints' through season 5 and dates 'Frostline' final season": a final season its words
            # give to another work, of no number said here, makes no season of the first the last)
            owner = next((self._link(m, work_spans, state) for m in self._by_sentence[sentence.index][0]
                          if m.final and not m.numbers and cue.start <= m.start < cue.end), None)
            pronoun = self.grammar_words.relative_opening
            if len(explicit) > 1 or any(m.elliptic and m.end <= cue.start and _relative_before(pronoun, text, m.end, cue.start)
                                        for _, _, m in explicit_all):
                # (an ordinal alone too, where the statement is its relative clause: "and the fourth, which will conclude
                # the story, arrives in 2028", "e a quarta, que encerrará a história")
                preceding = [(title, n, m) for title, n, m in explicit_all if m.end <= cue.start and (
                    not m.elliptic or _relative_before(pronoun, text, m.end, cue.start))]
                nearest = max((m.end for _, _, m in preceding), default=-1)
                near = [(title, n) for title, n, m in preceding if m.end == nearest] or explicit
            # "tire sa révérence après trois saisons": the seasons it counts, the last one made
            # ("Tamat di Season 3, Tak Ada Musim Keempat": the season the statement runs into)
            ending = [(w.title, n) for w, n, m in targets if not m.count and cue.start < m.start <= cue.end + 1]
            last = inside or ending or near or [(w.title, n) for w, n, m in targets if m.count] or context
            if not (inside or ending or near) and context:
                # ("greenlit for a third and final season ... warned that the series would be its last": said again of
                # the work, of the season declared last before)
                declared = [(title, n) for title, n in state.final_seasons | state.named_final if any(title == t for t, _ in context)]
                last = [max(declared, key=lambda k: k[1])] if declared else last
            if owner is not None:
                last = [(title, n) for title, n in last if title == owner.title]
                if not last:
                    continue
            # ("A quarta temporada estreou em agosto ... O criador anunciou que ela foi a última": told in the past, the
            # last season is the last one aired, not the one in focus)
            past_final = self.grammar_words.past_final
            if not (inside or explicit) and past_final is not None and past_final.search(text, cue.start, cue.end) is not None:
                aired_last = [(title, max(self._aired_seasons(title))) for title, _ in last if self._aired_seasons(title)]
                last = list(dict.fromkeys(aired_last)) or last
            # ("Pas de saison 3 pour X : Netflix met fin à la série": the season named is the one not made; the series
            # ends before it)
            refused = {(w.title, n) for w, n, m in targets if any(
                c.category == "cancellation" and c.start <= m.start <= c.end + 2
                and any(g.category == "negation" and g.start == c.start for g in cues) for c in cues)}
            if last and all(k in refused for k in last):
                emit(cue, "cancellation", "positive", last)
                continue
            declared_last.extend(last)
            self._declared_last = declared_last
            state.final_seasons.update(last)
            state.final_last_said.update(last)
            emit(cue, "cancellation", "positive", [(w, n + 1) for w, n in last])
            # "season 3 will be the last" also says season 3 is being made
            # (not one the article counts as made where it tells of the cancellation, done: "Canceled After Three
            # Seasons ... will end with its third season, which wraps up on December 14"; not "will end after three
            # seasons", "s'arrêtera après sa cinquième saison")
            made = {n for m in self.mentions if m.count and m.kind == "season" and not self._in_final_statement(m)
                    and any(not self.cues.within(c.start, c.end, "future")
                            for c in self.cues.within(max(0, m.start - 60), m.start, "cancellation")) for n in m.numbers}
            # (nor one told in the past, made and gone: "The second season, which wrapped in May, was its last")
            if past_final is None or past_final.search(text, cue.start, cue.end) is None:
                emit(cue, "renewal", "positive", [(w, n) for w, n in inside or near if n not in made])
        # ("HBO Max has canceled X ... she had mapped out a third and final chapter": a season the article says will
        # not be made is no last one made)
        finals = [(w, n) for w, n in finals if not self._cancelled_so_far((w, n - 1))]
        if finals:
            final_cue = next(m for w, n, m in targets if m.final)  # there is one: finals come from it
            cue = Cue("final_statement", final_cue.start, final_cue.end)
            emit(cue, "cancellation", "positive", finals)
            emit(cue, "renewal", "positive", [(w, n - 1) for w, n in finals])

        for cue in event_cues:
            if any(c.start <= cue.start < c.end for c in by_category.get("no_comment", [])) or cue in undated:
                continue
            # ("Harbor Nine season 4 renewal has not been confirmed yet": the renewal is the subject of the statement
            # that it is not confirmed, no renewal of its own)
            # (its verb right after it: not "a renewal decision on season 3 is expected", the decision undecided)
            decision = self.grammar_words.decision
            if cue.category == "renewal" and _NOMINAL_RENEWAL.search(text[cue.start:cue.end]) is not None and any(
                    0 <= c.start - cue.end <= 40 and _SUBJECT_VERB_ONLY.fullmatch(text, cue.end, c.start) is not None
                    and (decision is None or decision.match(text, c.start) is None) for c in by_category.get("not_confirmed", [])):
                continue
            if cue.category in ("renewal", "production", "cancellation") and \
                    self._conditional(max(sentence.start, cue.start - 60), cue.start):
                continue  # "If the platform gives the green light, ...": a renewal supposed, not said
            polarity = "negative" if id(cue) not in plan_negated and (self._negated(cue, cues) or self._not_begun(cue, cues)
                                                                       or self._negated_at_end(cue, cues)) else "positive"
            if polarity == "negative" and self._not_out_yet(cue, cues):
                continue  # "the second season has not premiered yet": it is to come; no date unset, no release denied
            # "will not premiere until 2027", "won't be back before 2026", "nicht vor 2026 startet": it comes
            # then, at the earliest
            # (the one after the cue first, one before it only in its clause: "Given that production is not expected to
            # begin until spring 2027, we would not expect new episodes before 2028" is of 2028)
            until = next((t for t in sorted(times, key=lambda t: t.start < cue.start)
                          if (0 <= t.start - cue.end <= 40 or 0 <= cue.start - t.end <= 15
                              and self.clauses.first(t.end, cue.start) is None)
                          and self.times.after_until(text, t)), None) \
                if polarity == "negative" or cue.category == "cancellation" else None
            # "will not arrive in October but rather in January 2027", "no llegará en octubre, sino en enero": it comes
            # at the time put for the one denied
            rather = self.grammar_words.rather.search(text, cue.end, min(sentence.end, cue.end + 80)) \
                if polarity == "negative" and cue.category in ("release", "production") \
                and self.grammar_words.rather is not None else None
            if rather is not None and until is None:
                until = next((t for t in times if 0 <= t.start - rather.end() <= 20), None)
            if until is not None:
                if cue.category == "production":  # "filming will not start until next year": the shoot's date
                    emit(cue, "production", "positive", own(cue) or context[:1], stage=cue.stage, when=until.when)
                else:
                    emit(cue, "release", "positive", own(cue) or context[:1], when=until.when)
                continue
            event = cue.category
            person = self._returning_person(cue, sentence, sources, work_spans) if event in ("renewal", "cancellation") else None
            leaving = self._leaving_cast(cue, sentence, sources, quotes, state, work_spans) \
                if person is None and event == "cancellation" else None
            if leaving is not None:
                # "La actriz Lidia Campos no regresará en la segunda temporada", "Hauptdarstellerin kehrt nicht
                # zurück": the cast member it says of is the one not returning, not the season
                emit(cue, "cast", "negative", own(cue) or context, person=leaving.name, source=leaving)
                continue
            if person == "":
                continue
            if person is not None:
                # "Marcus Trent will not return for the fourth season": the actor, not the season
                # (each one listed: "Noor Saleh and Ellis Carver are returning for season 3")
                for each in self._listed_before(cue, person, sentence, work_spans) + [person]:
                    emit(cue, "cast", "negative" if polarity == "negative" or event == "cancellation" else "positive",
                         own(cue) or context, person=each)
                continue
            if event == "renewal" and polarity == "negative" and self._negated(cue, cues, "future_negation"):
                # "season 2 will not be made": a cancellation, not a missing confirmation
                # ("no sería renovada, sino que acabaría al final de su segunda temporada": of the season after the one
                # the sentence declares the last)
                emit(cue, "cancellation", "positive", counted(cue) or [(t, n + 1) if (t, n) in declared_last else (t, n)
                                                                       for t, n in own(cue)] or context)
                continue
            if cue in denied_content:
                # what the denied report said: the report's word, not the platform's; the outlet's when it is named
                # ("denied a report from Star News that filming would start in January")
                outlet = None
                for m in self.cue_finder.report_by.finditer(text, sentence.start, cue.start):
                    outlet = m.group(1)
                # (a rumour, or a word no outlet or report is named for, is only talk: "Netflix desmiente que X tendrá
                # una tercera temporada"; "Netflix membantah kabar bahwa ...", "denied reports that ..." name reports)
                reported = outlet is not None or bool(self.cues.within(sentence.start, sentence.end, "reported")) or \
                    self.cue_finder.report_noun.search(text, sentence.start, sentence.end) is not None
                keys = explicit or counts or context
                # ("Fan accounts claimed filming would start in January. || Netflix: 'The information about the
                # filming schedule is not true'": the report it names is the talk told before, no more than talk)
                if reported and outlet is None and any(
                        c.event == event and c.polarity == "positive" and c.certainty == "possible"
                        for key in keys if key in self.findings for c in self.findings[key].claims):
                    reported = False
                # (with the time it gave: "denied a report that filming would begin in January")
                report_when = [t.when for t in time_owner.get(cue, []) if not _said_on(t.when, self.article.published)] \
                    if event in ("production", "release") and polarity == "positive" else []
                emit(cue, event, polarity, keys, stage=cue.stage, source=Source(0, 0, outlet, "media"),
                     when=report_when[0] if report_when else None,
                     certainty="possible" if not reported or self.cues.within(sentence.start, sentence.end, "rumour")
                     else "reported", defer=True)
                continue
            if event == "cancellation":
                if self._background_cancellation(cue, sentence, times) or self._relative_cancellation(cue, sentence, event_cues):
                    continue
                if polarity == "positive" and self._season_runs_out(cue, targets, event_cues):
                    continue
                # (a negated one states: "la série n'est pas annulée", "La serie no ha sido cancelada"; not one whose
                # confirmation is missing: "A Netflix ainda não confirmou o cancelamento")
                not_yet = any(c.category == "not_confirmed" and self.clauses.start(sentence.start, cue.start) <= c.start < cue.start
                              for c in cues)
                nominal = self.cue_finder.nominal_cancellation.fullmatch(text, cue.start, cue.end) is not None and (
                    polarity == "positive" or not_yet)
                # ("Netflix confirmed the cancellation of Sky Harbor", "a confirmé l'annulation de la série": the noun
                # right after a word of announcing, with its article, is stated)
                if nominal and polarity == "positive" and not not_yet and any(
                        _ARTICLE_GAP.fullmatch(text, m.end(), cue.start) is not None
                        for m in self.cue_finder.announce.finditer(text, max(sentence.start, cue.start - 40), cue.start)):
                    nominal = False
                # ("After the show's cancellation, its writer told fans what a third season would have held": a
                # cancellation named as a work's own, in a sentence that names no work, is one told before; the season
                # named there is no other work's)
                if nominal and polarity == "positive" and not work_spans and \
                        _OWNERS_BEFORE.search(text, max(sentence.start, cue.start - 24), cue.start) is not None:
                    continue
                # "llega a su fin: la cuarta temporada será la última": what ends is what comes after the last one
                # ("has not cancelled the comedy, whose second season premiered in June": the one that aired is not)
                # (nor one the sentence calls the final season: "The fourth season will be the final season, Hulu
                # announced", after a headline that said it ends: the end is the fifth's, as the final season says)
                # ("the cold reception of the second season led the streamer to cancel the series": a season whose
                # numbers are weighed is the one before the one that ends)
                # ("Zur neunten Staffel hat sie noch Ja gesagt, dann ist aber endgültig Schluss": a season named before a
                # word of what comes next is the last one, the end is of the one after it; not a renewal undone, "renewed
                # X for a second season, then canceled it")
                then_word = self.grammar_words.then_word
                then_named = {(w, n) for w, n, m in explicit_all if then_word is not None and sentence.start <= m.start
                              and m.end <= cue.start and then_word.search(text, m.end, cue.start) is not None} \
                    if polarity == "positive" and not any(sentence.start <= c.start < cue.start
                                                          for c in by_category.get("renewal", [])) else set()
                keys = counted(cue) or [(t, n + 1) if (t, n) in after_named or (t, n) in declared_last or (t, n) in just_aired
                                        or (t, n) in measured or (t, n) in then_named
                                  else (t, n) for t, n in own(cue) if (t, n) not in finals and (t, n + 1) not in finals] \
                    or ([] if nominal else [(t, n + 1) if self._premiering(t, n) or (t, n) in state.final_seasons else (t, n)
                                            for t, n in context])
                # ("Puerto Nueve se despide con su tercera y última temporada": the end its final season says, told
                # already, not the end of that season)
                if finals and keys and all((t, n + 1) in finals for t, n in keys):
                    continue
                # ("renewed A for a third season and canceled B": the work named right after the verb is the one that
                # ends, not another's season named in the clause)
                decided = self._object_work(cue, work_spans, keys, explicit_all)
                if decided is _NO_WORK:
                    continue
                if decided is not None:
                    keys = [(t, n + 1) if self._premiering(t, n) or (t, n) in state.final_seasons else (t, n)
                            for t, n in self._context(sentence, [span for span in work_spans if span[2] is decided], state)]
                if not keys and not nominal and len(self.works) == 1 and not (
                        self._late_main and not any(s < sentence.start for s, _ in self.works[0].spans)):
                    # "X has decided not to renew Ironwood. A third season will not happen.": what is cancelled
                    # is the last season the article names
                    keys = self._last_named(self.works[0])
                # ("Con la tercera temporada hemos cerrado la historia y no vamos a rodar una cuarta": the ordinal
                # the cancellation words end on is the season that will not be made)
                ordinal = self.grammar.value(text[cue.start:cue.end].rsplit(None, 1)[-1])
                if ordinal is not None and ordinal > 1 and keys:
                    keys = [(keys[0][0], ordinal)]
                # ('A Disney+ spokesperson said: "Stardrift Academy has not been cancelled."': the end denied in the
                # speaker's own words; not the article's "Netflix has not officially cancelled it", a word not yet said)
                said_so = polarity == "negative" and any(q0 <= cue.start < q1 for q0, q1 in quotes)
                emit(cue, event, polarity, keys, defer=not nominal, denial=said_so)
                continue
            if event == "release":
                # ("released Season 1 in 2021, Season 2 in 2023 and Season 3 in 2025": each season its own date)
                paired = self._dated_seasons(cue, sentence, explicit_all, times) if polarity == "positive" else []
                # ... or a later season in the same sentence, its verb left out, with its own date right after it
                # ("Season 1 premiered on April 7, 2017, and season 2 on June 1, 2018"), the cue's own season read on
                gapped = self._gapped_seasons(cue, sentence, explicit_all, times, cues) \
                    if polarity == "positive" and not paired else []
                if paired or gapped:
                    published = self.article.published
                    told_aired = self._aired(cue, cues)
                    for key, time in paired or gapped:
                        # (gone by, or begun and told in the past: "released ... Season 3 in 2025", said in December)
                        gone = published is not None and (when_module.window(time.when)[1] < published or told_aired
                                                          and when_module.window(time.when)[0] <= published)
                        emit(cue, event, polarity, [key], when=time.when, aired=gone)
                    if paired:
                        continue
                # the date the sentence before gave, now in the announcer's words (not "Tanggal pastinya akan
                # diumumkan kemudian": announced later, it is not announced yet)
                if cue is restated and not any(c.category == "future" and self.clauses.start(sentence.start, cue.start)
                                               <= c.start < cue.start for c in cues):
                    dated = [(c, k) for c, k in state.previous_claims if c.event == "release" and c.polarity == "positive"
                             and c.when]
                    if dated:
                        emit(cue, event, polarity, [dated[-1][1]], when=dated[-1][0].when)
                        continue
                aired = self._aired(cue, cues)
                cue_times = time_owner.get(cue, [])
                if cue is restated and self.article.published is not None:
                    # ("Netflix sendiri sudah mengumumkan musim kedua serial ini pada Maret lalu": a time gone by is when
                    # the announcement was made, not when the season comes)
                    cue_times = [t for t in cue_times if when_module.window(t.when)[1] >= self.article.published]
                published = self.article.published
                if not aired and published is not None and len(cue_times) > 1 and \
                        when_module.window(cue_times[0].when)[1] < published:
                    # "has set June 12 for the release of X 2, the sequel to the thriller that grossed $80 million in
                    # 2024": a word that does not say it aired takes its time to come, not one gone by
                    ahead = [t for t in cue_times if when_module.window(t.when)[1] >= published]
                    cue_times = ahead[:1] + [t for t in cue_times if t not in ahead[:1]]
                if aired and cue_times and self.times.after_until(text, cue_times[0]):
                    # "As duas primeiras temporadas continuam disponíveis ... até o fim do ano": still on the service
                    # until then, the end of its run, no premiere
                    cue_times = []
                finale = self.grammar_words.finale
                if finale is not None and (finale.fullmatch(text, cue.start, cue.end) or any(
                        m.end() == cue.start - 1 for m in finale.finditer(text, max(0, cue.start - 25), cue.start))):
                    # ("the season 2 finale, which streams Friday": the last episode's day, not the season's premiere;
                    # "whose second season finale airs May 14": nor the day of the verb right after it)
                    cue_times = []
                # ("pada Desember mendatang, tepatnya 18 Desember 2026": a time made precise right after it is the one)
                if len(cue_times) > 1 and 0 < cue_times[1].start - cue_times[0].end <= 25 and \
                        _within(cue_times[1].when, cue_times[0].when):
                    cue_times = cue_times[1:]
                owned = [t.when for t in cue_times]
                when = owned[0] if owned else None
                owned_time = cue_times[0] if owned else None
                named_year = owned_time is not None and not owned_time.weekday and self._this_named(owned_time)
                if when and aired and owned_time is not None and (
                        self.grammar_words.ahead.search(text, owned_time.start, owned_time.end)
                        or text[owned_time.end:owned_time.end + 1] == " "
                        and self.grammar_words.ahead.match(text, owned_time.end + 1) is not None
                        or named_year and when_module.window(when)[0] > (self.article.published or date.max)
                        # ("Film X tayang di bioskop pada 6 Maret" on 2 March: a language that tells no tense, a day
                        # just ahead)
                        or self.pack["TENSELESS"] and published is not None
                        and 0 < (when_module.window(when)[0] - published).days <= _JUST_AHEAD_DAYS):
                    # "dikabarkan tayang pada awal tahun depan", "tayang pada Oktober mendatang": a past-looking verb,
                    # a time ahead ("tayang pada akhir tahun ini" in September: this year's end, still ahead)
                    aired = False
                elif when and aired and owned_time is not None and not _bare_year(owned_time, text) and not named_year:
                    when = owned_time.in_past(self.article.published, seasons=True)
                elif when and not aired and self.pack["TENSELESS"] and published is not None and owned_time is not None \
                        and cue.category == "release" and not _bare_year(owned_time, text) and not owned_time.weekday \
                        and not owned_time.relative and not self._future(cue, cues) and not self._date_set(cue, sentence) \
                        and self.grammar_words.ahead.search(text, owned_time.start, min(sentence.end, owned_time.end + 12)) is None \
                        and (when_module.window(when)[0] - published).days > 270 \
                        and not any(c.category in ("renewal", "hedge", "reported", "rumour", "speech") and 0 < cue.start - c.start <= 50
                                    for c in cues):
                    # ("Kebun Sunyi merilis musim kedua pada Maret", said in May: in a language that tells no tense, a
                    # month of this year gone by, no word of the future near it, is when it came out; not a date
                    # confirmed or reported, "Netflix memastikan musim kedua tayang pada Maret", which is to come)
                    aired, when = True, owned_time.in_past(published, seasons=True)
                elif when and not aired and owned_time is not None and not _bare_year(owned_time, text) and \
                        not owned_time.weekday and (self._future(cue, cues) or self._date_set(cue, sentence) or (
                            _months_before(when, self.article.published)
                            # (not a range's first day, whose year comes with its last: "29 Agustus sampai 11 Oktober
                            # 2025")
                            and _FOUR_DIGITS.search(text, owned_time.end, owned_time.end + 30) is None)):
                    # "will premiere on January 12", said in May: the next January 12, not the nearest one
                    # (and in the present tense, a day months gone: "ist ab dem 4. September zu sehen", said in
                    # February, is the coming September's)
                    when = when_module.into_future(when, self.article.published)
                promo = self.grammar_words.promo
                promoted = promo.search(text, cue.end, min(cue.end + 30, sentence.end)) \
                    if when and cue.category == "release" and promo is not None and owned_time is not None else None
                if promoted is not None and owned_time is not None and _FEW_LOWER.fullmatch(text, cue.end, promoted.start()) \
                        and _FEW_LOWER.fullmatch(text, promoted.end(), owned_time.start):
                    when = None  # "plans to release the first trailer later this fall": the trailer's time
                if owned_time is not None and owned_time.today and cue.category == "release" and not self._future(cue, cues) \
                        and not (promo is not None and promo.search(text, sentence.start, cue.start)):
                    # "The second season premieres today": out on the article's day (not "A first-look image from
                    # season 2, released today")
                    aired = True
                elif when and not aired and _said_on(when, self.article.published) and not self._aired(cue, cues) \
                        and not self._dated_release(cue, cues, owned_time) \
                        and not (owned_time is not None and owned_time.today and owned_time.weekday):
                    when = None  # "announced on Monday (29/1)": the day it was said, not the day it comes
                elif when and not aired and owned_time is not None and cue.category == "release" and any(
                        cue.end <= a.start and a.end <= owned_time.start and self.cue_finder.announce.fullmatch(text, a.start, a.end)
                        and self.clauses.first(cue.end, a.start) is None
                        and not self.cues.within(a.end, owned_time.start, "release", "future")
                        # (not the date it is confirmed for: "The premiere was confirmed for January 30")
                        and _FOR_DATE.fullmatch(text, a.end, owned_time.start) is None
                        for a in self.cues.within(cue.end, owned_time.start, "renewal", "speech")):
                    # ("The release of the third season was confirmed by Netflix at a press conference on Thursday,
                    # November 30", "Perilisan musim ketiga ini dikonfirmasi Netflix ... pada hari Kamis, 30 November"):
                    # the day of the word that confirms it
                    when = None
                if when and self.article.published and when_module.window(when)[1] < self.article.published:
                    aired = True
                elif when and aired and owned_time is not None and _bare_year(owned_time, text) and self.article.published \
                        and when_module.window(when)[0] > self.article.published:
                    aired = False  # ("annonce une sortie en salles en 2027": a year still ahead has not come)
                # a premiere already past is said of a season by name, never of the one in focus;
                # an undated release in a sentence that names no season says nothing new
                # (a season of the year alone dates the season in focus only where it is said without a hedge: "The new
                # episodes arrive in the fall", not "La série pourrait arriver ailleurs à l'automne")
                vague = owned_time is not None and self.times.vague(text, owned_time) and bool(by_category.get("hedge"))
                # ("« X » de retour le 14 mai sur Canal+ : « La saison 3 est déjà en écriture »": a headline's clause
                # that ends on a colon, no season in it, is not of the season the words after the colon name)
                colon = self.clauses.end(cue.end, sentence.end)
                headline_colon = sentence.index in self.headline_sentences and colon < sentence.end and text[colon] == ":"
                # ("Netflix will also license the first two seasons, which arrive on March 15": seasons that aired
                # elsewhere, come to a new service, tell nothing of the next)
                of_first = any(m.first and m.end <= cue.start for _, _, m in explicit_all)
                named_keys = own(cue, strict=aired)
                keys = named_keys or ([] if aired or vague or headline_colon or of_first
                                      or not (when or self._future(cue, cues))
                                      else named_final[:1] or unnumbered_final[:1] or context[:1])
                # ("Das ZDF hat X nach drei Staffeln abgesetzt. ... Die letzten Folgen laufen im April": what is still to
                # air, where the sentence names no season, is of the last season made, not of the one said not to be)
                if keys and not named_keys:
                    keys = [(t, n - 1) if (t, n) in state.cancelled and n > 2 and not self._made((t, n)) else (t, n) for t, n in keys]
                # ("Ada yang bakal lanjut season 2? ... Drama romansa ini akan tamat pada 18 Januari", "will air its final
                # episode on January 25": a run's end still to come, no season named, is of the season on air, not of
                # one not made yet)
                if keys and not named_keys and not aired and any(
                        c.category == "released_past" and c.start == cue.start and c.end == cue.end for c in cues):
                    keys = [(t, n - 1) if n > 1 and not self._made((t, n)) else (t, n) for t, n in keys]
                # ("... kami pasti lanjut ke Hantu Kos 2," katanya di sela gala premiere. Film ini resmi tayang di bioskop
                # mulai 7 Mei": a plain dated release, where the next installment is only hoped for, is the work's own)
                if keys and not named_keys and when and not any(c.category == "hedge" for c in cues) \
                        and self.grammar_words.return_word.search(text, cue.start, cue.end) is None \
                        and all(n >= 2 and not self._made((t, n)) and self._hoped((t, n)) for t, n in keys):
                    keys = [(t, 1) for t, _ in keys]
                # ("especially since the second season, which premiered in January, ...": what aired in a relative clause
                # right after a season is that season)
                if not keys and aired:
                    relative_of = self.grammar_words.relative_opening
                    keys = [(t, n) for t, n, m in explicit_all if m.numbers and m.end <= cue.start
                            and (r := relative_of.match(text, m.end)) is not None and r.end() <= cue.start
                            and self.clauses.first(r.end(), cue.start) is None][-1:]
                # ("1. Tuan Muda Season 2 (Vidio) || Sudah bisa ditonton sejak Minggu, 1 Juni 2025.": the first line of a
                # list item whose heading names its season tells of that season, what aired too)
                # (not where the heading dates that season ahead: "1. Kartu Terakhir 2 (12 Maret) || Kartu Terakhir
                # sudah tayang di Disney+ sejak akhir tahun lalu" tells of the show, the season is still to come)
                # (or its line of a label and a date, further down: "Olivar Negro – Temporada 2 || ... || Fecha de
                # estreno: 15 de enero.")
                item_header = -1
                if not keys and aired and context and sentence.line_start:
                    if sentence.index - 1 in self.headers:
                        item_header = sentence.index - 1
                    elif self._labelled_time(sentence):
                        item_header = max((i for i in self.headers if i < sentence.index), default=-1)
                if item_header >= 0 and any(m.numbers for m in self._by_sentence[item_header][0]) \
                        and not self._dated_ahead_in(context[0]):
                    keys = context[:1]
                # ("Is X getting season 2? ... The thriller's six episodes dropped on October 30": where the season in
                # focus is the second, not made yet, what aired with no season named is the first, a series' only one)
                if not keys and aired and when and context and context[0][1] == 2 and not self._made(context[0]) \
                        and context[0] not in state.cancelled \
                        and not (headline_colon or of_first) and sentence.index not in self.headline_sentences \
                        and all(w.title == context[0][0] for a, _, w in work_spans if sentence.start <= a < sentence.end) \
                        and not any(c.start() > sentence.start and not any(a <= c.start() < b for a, b, _ in work_spans)
                                    for c in _CAPITAL_WORD.finditer(text, sentence.start, cue.start)) \
                        and all(m.kind == "season" for m in self.mentions):
                    keys = [(context[0][0], 1)]
                # ("The new season picks up after the season 2 finale": a release word right after a season's number is
                # that season's)
                compound = [(t, n) for t, n, m in explicit_all if m.numbers and not m.first and m.end <= cue.start
                            and _COMPOUND_GAP.fullmatch(text, m.end, cue.start) is not None]
                if compound:
                    keys = [k for k in keys if k in compound] or compound[-1:]
                if keys and self._aired(cue, cues):
                    # "renewed it for a second season ..., a month after the finale aired": what aired, in a clause
                    # of its own, is the season before the one just renewed
                    renewed = {k for c in event_cues if c.category == "renewal" and c.end <= cue.start
                               and not self._negated(c, cues) for k in own(c)}
                    clause_start = self.clauses.start(sentence.start, cue.start)
                    # (a time clause opens on its word, no comma before: "has passed 62,000 signatures since the finale
                    # dropped in April")
                    timed = False
                    for time_word in self.grammar_words.time_clause.finditer(text, max(clause_start, cue.start - 40), cue.start):
                        if _TIME_CLAUSE_GAP.fullmatch(text, time_word.end(), cue.start):
                            clause_start, timed = time_word.start(), True
                            break
                    clause_end = self.clauses.end(cue.end, sentence.end)
                    in_clause = {(title, n) for title, n, m in explicit_all if clause_start <= m.start < clause_end}
                    # ("one week after the finale of the show's second season, which premiered on January 16": the
                    # season the relative clause is of)
                    relative_of = self.grammar_words.relative_opening
                    in_clause |= {(title, n) for title, n, m in explicit_all if m.end <= cue.start
                                  and (r := relative_of.match(text, m.end)) is not None and r.end() <= cue.start
                                  and self.clauses.first(r.end(), cue.start) is None}
                    # ("Fans have been asking about a second season of X since the finale aired": a time clause that
                    # names no season and takes up no work, "since it premiered", tells what aired before the season
                    # the sentence awaits)
                    work_pronoun = self.grammar_words.work_pronoun
                    before = timed and not (work_pronoun is not None and work_pronoun.search(text, clause_start, cue.start)) \
                        and not self.cues.within(sentence.start, clause_start, "released_past") \
                        and not self.cues.within(sentence.start, clause_start, "release")
                    # (the season named before the clause: not "Sejak tayang di bioskop pada 12 Maret, film kedua ...",
                    # whose time clause opens the sentence of the season that aired)
                    named_before = {(title, n) for title, n, m in explicit_all if m.end <= clause_start}
                    keys = [(t, n - 1) if n > 1 and (t, n) not in in_clause
                            and ((t, n) in renewed or before and (t, n) in named_before) else (t, n) for t, n in keys]
                # (not with a future in its clause: "só depois da estreia da segunda temporada será tomada uma decisão")
                clause = (self.clauses.start(sentence.start, cue.start), self.clauses.end(cue.end, sentence.end))
                if keys and all(k in after_named for k in keys) and not self.cues.within(*clause, "future"):
                    aired = True  # "following season 2's debut": it came before
                first_film = self.grammar_words.first_film
                if keys and aired and first_film is not None and (
                        first_film.search(text, max(sentence.start, cue.start - 60), cue.start)
                        or self._sequel_of_title(cue, sentence, work_spans)):
                    keys = [(t, 1) for t, _ in keys]  # "secuela de la película estrenada el año pasado": the first one
                elif keys and aired and self._work_aside(cue, work_spans, explicit_all):
                    keys = [(t, 1) for t, _ in keys]  # "..., son thriller lancé en mars dernier": the series' first run
                elif keys and aired and not any(m.numbers for _, _, m in explicit_all) and self._title_relative(cue, work_spans):
                    # "Film horor Arisan Maut yang tayang pada Juni 2024 itu kini resmi punya sekuel": the bare title's
                    # own release, in a relative clause on it, is the first film's (the sequel is the news)
                    keys = [(t, 1) for t, _ in keys]
                elif keys and not any(m.numbers for _, _, m in explicit_all) and \
                        _MADE_ITS_DEBUT.search(text, max(sentence.start, cue.start - 24), min(sentence.end, cue.end + 12)) is not None:
                    # "Copper Ledger made its debut this year to mixed reviews": the show's debut, its first season, out
                    keys, aired = [(t, 1) for t, _ in keys], True
                elif keys and any(
                        m.end() == cue.end and not any(m.start() <= k.start < cue.end for _, _, k in explicit_all)
                        for m in _ITS_DEBUT.finditer(text, max(sentence.start, cue.start - 40), cue.end)) \
                        and all(any(c.category in ("renewal", "cancellation") and 0 <= k.start - c.end <= 30 for c in event_cues)
                                for _, _, k in explicit_all if k.numbers and k.end <= cue.start):
                    # "renewed for a second season, weeks before its March 3 debut": a show's own debut, no season
                    # named in it, is its first season's, where the seasons named before it are only the one decided
                    # on (not "The second season reached the Top 10 after its March debut", nor "Season 2, which drew
                    # 40 million hours after its April debut": that season's own)
                    keys = [(t, 1) for t, _ in keys]
                elif keys and aired and self._aired_before_renewal(cue, keys, cues, explicit_all):
                    # "The medical drama that aired on tvN last year has been renewed for season 2", "Drama medis yang
                    # tayang di tvN ini resmi mendapatkan season 2": what aired is the season before the one renewed
                    keys = [(t, n - 1) for t, n in keys if n > 1]
                    if not keys:
                        continue
                if not when and not aired and polarity == "positive" and keys and any(
                        c.category == "renewal" and c.start < cue.end and cue.start < c.end for c in cues) and \
                        self.grammar_words.return_word.search(text, cue.start, cue.end) is not None:
                    # "'Los Olvidados' volverá con una segunda temporada", "kehrt mit einer zweiten Staffel zurück": a
                    # return with no date says the season will be made
                    emit(cue, "renewal", polarity, keys)
                    continue
                # "Netflix has revealed the premiere date for X season 2. The new season will arrive on December
                # 12.": the date the platform was just said to reveal is its own, when no one else is named
                # (not one that has revealed none: "belum membeberkan jadwal tayangnya. || ..., musim ketiga
                # kemungkinan tayang akhir tahun depan", the outlet's guess)
                revealer = next((c for c, k in state.previous_claims if c.event == "release" and c.when is None
                                 and c.polarity == "positive" and c.certainty == "official" and c.source and k in keys), None) \
                    if when and not aired and not sources and polarity == "positive" \
                    and not any(c.category == "hedge" for c in cues) else None
                if revealer is not None:
                    emit(cue, event, polarity, keys, when=when, source=Source(0, 0, revealer.source, "platform"))
                    continue
                # ("'Os Guardas do Sado' regressam à RTP1 a 13 de março": a headline's date to come for a work named
                # with no season is of the installment the article shows it is about; not a work named in passing, "...
                # Lowland Kings, the unrelated crime drama that has been enjoying a streaming revival this winter")
                # (in the body, of an article's one work, named before, before any season of it is: placed only on a
                # season the article says is made; not a calendar's opening, "Diese Serien kehren im kommenden Monat
                # zurück")
                emit(cue, event, polarity, keys, when=when, aired=aired,
                     defer=bool(when) and not aired and polarity == "positive" and not keys
                     and (bool(work_spans) if sentence.index in self.headline_sentences else
                          len(self.works) == 1 and not explicit_all and not state.focus.get(self.works[0].title)
                          and any(self._by_sentence[i][1] for i in range(sentence.index))))
                continue
            if event == "production":
                times_owned = [t for t in time_owner.get(cue, []) if not _said_on(t.when, self.article.published)]
                owned = [t.when for t in times_owned]
                # "filming wrapped in August", "filming began in August": a month past, not the next August (not
                # "Maret 2026", whose year is written)
                # (a season of the year too: "Gedreht wurde bereits im Sommer", said in November, is this summer)
                if self._begun(cue, sentence, cues):
                    owned = [t.when if _bare_year(t, text) else t.in_past(self.article.published, seasons=True)
                             for t in times_owned]
                # production happens to the next installment first: a sentence that names none means that one
                # ("..., said a spokesperson on Wednesday (24/9)": the day it was said is no production date)
                owned_keys = own(cue)
                keys = owned_keys or context[:1]
                published = self.article.published
                # (a renewal told in the same sentence, of the work alone, makes it: "Apple TV+ renewed the series in
                # March, and filming began in June")
                renewed_here = {k for claim, k in out if claim.event == "renewal" and claim.polarity == "positive"}
                # (but a season whose date only is still to come is one being made: "A segunda temporada ainda não tem data
                # de estreia. As gravações foram concluídas em setembro")
                if keys and not owned_keys and owned and published and when_module.window(owned[0])[1] < published \
                        and not any(self._made(k) or k in renewed_here or self._date_awaited(k) for k in keys):
                    # ("Ein zweiter Teil ist nicht ausgeschlossen. ... Gedreht wurde im vergangenen Winter in Rostock":
                    # a shoot already past, of no season named, is not of one only talked of)
                    continue
                if owned and published and when_module.window(owned[0])[0] > published:
                    # "A série, que estreou sua segunda temporada em julho, será gravada em 2026": the season that
                    # aired is not the one still to be made
                    aired_now = {k for claim, k in out if claim.event == "release" and claim.aired}
                    if keys and all(k in aired_now for k in keys):
                        keys = [(t, n + 1) for t, n in keys]
                emit(cue, event, polarity, keys, stage=cue.stage, when=owned[0] if owned else None)
                continue
            if event == "cast":
                person = self._person(cue, sentence, work_spans, sources)
                # ("Netflix confirmó su regreso con una tercera temporada": a platform, no one of the cast, says the
                # work returns)
                platform = next((s for s in reversed(sources) if s.end <= cue.start and s.role == "platform"), None)
                if platform is not None and not any(s.role == "cast" for s in sources) and (
                        person is None or platform.name is not None and platform.name in person):
                    emit(cue, "renewal", polarity, own(cue) or context)
                    continue
                # ("Lola Vance has left Ember Parish", "X verlässt die Serie": one who leaves the cast)
                leaves = self.grammar_words.cast_leaving
                if leaves is not None and (left := leaves.match(text, cue.start)) is not None and left.end() == cue.end:
                    polarity = "positive" if polarity == "negative" else "negative"
                for each in self._listed_before(cue, person, sentence, work_spans) + [person]:
                    emit(cue, event, polarity, own(cue) or context, person=each)
                continue
            # ("renewed the show for a fifth and final season": the final season named is the one renewed, not the
            # one in focus)
            keys = own(cue) or named_final or context
            # (not one said of several works each, none named: "cada canal confirmó sus respectivas continuaciones")
            if keys is context and not work_spans and \
                    _RESPECTIVE.search(text, cue.end, self.clauses.end(cue.end, sentence.end)) is not None:
                continue
            # ("renewed A for a third season and canceled B", "y ha cancelado 'B'": the work named right after the
            # verb is the one decided on, not another's season named in the clause)
            decided = self._object_work(cue, work_spans, keys, explicit_all)
            if decided is _NO_WORK:
                continue
            if decided is not None:
                keys = self._context(sentence, [span for span in work_spans if span[2] is decided], state)
            if event == "renewal" and polarity == "positive" and any(c.category == "speech" and c.start == cue.start for c in cues) \
                    and any(c.category in ("final_statement", "cancellation") and 0 <= c.start - cue.end <= 40
                            and not any(m.final and m.start < c.end and c.start < m.end for _, _, m in targets) for c in cues):
                continue  # ('"Revenge," which ABC confirmed will end with its fourth season': the word that tells the end)
            if event == "renewal" and polarity == "positive":
                # "renewed two weeks after season 2 dropped": the season that just aired is not the one renewed
                keys = list(dict.fromkeys((t, n + 1) if (t, n) in just_aired or (t, n) in after_named or (t, n) in ahead_named
                                          or (t, n) in measured else (t, n) for t, n in keys))
                keys = self._through(cue, keys, explicit_all)
            # ("..., although HBO Max has not yet made the renewal official": a renewal said not to be made yet is a
            # statement that it is not confirmed, the platform's only where it speaks)
            emit(cue, event, polarity, keys, defer=event == "renewal",
                 certainty=self._not_confirmed_certainty(cue, sentence, sources, quotes, state)
                 if event == "renewal" and polarity == "negative" else None)
        if just_aired and not times:  # (times are found for event cues; a past release word alone needs them too)
            times = self.times.find(text, self.article.published, sentence.start, sentence.end, self.words)
        for key, cue in just_aired.items():
            # (an undated release word does not keep it out: "Tidebreaker 2 led the box office ... after opening on
            # Friday")
            if not any(claim.event == "release" and k == key and (claim.aired or claim.when) for claim, k in out):
                # "Season 2 wrapped up in March", "season 2 dropped on Netflix on August 14": the time just after
                # the word in its clause, in the past (or one inside the word's own span: "Seit dem 4. Juli läuft
                # die zweite Staffel")
                # (else one right before it: "desde ayer ya están disponibles")
                # (not a time after "until": "restent disponibles sur myCanal jusqu'à la fin de l'année", the end
                # of its stay on the service)
                after = next((t for t in times if (cue.start < t.start < cue.end or 0 <= t.start - cue.end <= 30
                              and self.clauses.first(cue.end, t.start) is None) and not self.times.after_until(text, t)),
                             None) or \
                    next((t for t in times if 0 <= cue.start - t.end <= 6 and self.clauses.first(t.end, cue.start) is None), None)
                emit(cue, "release", "positive", [key], aired=True,
                     when=after.in_past(self.article.published, seasons=True)
                     if after else None)
        # "une saison 2 au plus tôt l'été prochain": a future window beside a season, with no release verb
        owned_times = {id(t) for found in time_owner.values() for t in found
                       if any(c.category in ("release", "production") for c in time_owner if time_owner[c] is found)}
        published = self.article.published
        said_when = {id(t) for c, found in time_owner.items() if c.category not in ("release", "production") for t in found}
        for time in times:
            # (nor a time of the plan given up: "Sebelumnya, stasiun TV itu memastikan bahwa musim kedua akan syuting pada
            # akhir tahun 2025")
            if id(time) in owned_times or not event_cues or not published or time.start < given_up_until:
                continue
            when = time.when
            if (id(time) in said_when or any(0 <= time.start - e <= 4 for e in speech_ends)) and not _bare_year(time, text):
                # "renewed ... in July", "..., the network announced in August": the month it was said, before the
                # article, not a window ahead
                when = time.in_past(published)
            if when_module.window(when)[0] <= published:
                continue
            # (not the time of a decision named between: "eine zweite Staffel, doch eine Entscheidung dürfte erst im
            # Frühjahr fallen")
            decision = self.grammar_words.decision
            # ("The third and final season has been confirmed for 2021": a final season named with its number too)
            near = [(w, n) for w, n, m in aired_named if 0 <= time.start - m.end <= 40
                    and (decision is None or decision.search(text, m.end, time.start) is None)]
            if near:
                cue = min(event_cues, key=lambda c: abs(c.start - time.start))
                emit(Cue("release", cue.start, cue.end), "release", "positive", near[-1:], when=time.when)
        # ("P. ¿Cuándo podrá verla el público? || R. Si todo va como está previsto, el año que viene, en otoño.": an
        # interview's answer that gives only a time to come, right after a question about the release, dates it)
        # (anywhere in the answer of an interview: "Not next year, no. ... Siendo realista, antes de 2027 no veo la tercera
        # temporada en pantalla"; not a time denied: "Not next year")
        # (or anywhere in the paragraph that answers an explainer's question about when: "When could season 3 come
        # out? || ... The show needs around 18 months of work, so at the earliest late next year.": the outlet's guess)
        # (a shoot told before the time is no release: "we shoot in the autumn, so realistically the start of next
        # year": the time the shoot does not take)
        faq = sentence.paragraph == state.faq_answer
        shoot_only = all(c.category == "production" for c in event_cues) and all(c.event == "production" for c, _ in out)
        shot_when = {c.when for c, _ in out}
        if shoot_only and (not event_cues or state.answering and state.asked_when or faq) and published is not None \
                and context and sentence.index > 0 and (
                sentence.line_start or state.answering and state.asked_when or faq):
            question = self.sentences[sentence.index - 1]
            condition, consequence = self.cue_finder.condition, self.grammar_words.consequence
            if (state.answering and state.asked_when) or faq or question.text.rstrip().endswith("?") \
                    and self._asks_when(question.start, question.end, question.text):
                ahead = [t for t in self.times.find(text, published, sentence.start, sentence.end, self.words)
                         if when_module.window(t.when)[0] > published and t.when not in shot_when
                         and not self.cues.within(max(sentence.start, t.start - 6), t.start, "negation")
                         # (nor the time of a condition: "Si nos la dan en primavera, rodaríamos en otoño")
                         and not (condition is not None and condition.search(text, sentence.start, t.start))
                         # (after a shoot, only a time it leads to: "we shoot in the autumn, so realistically the start
                         # of next year"; not "começam em maio ... e devem terminar em setembro", the shoot's end)
                         and (not event_cues or consequence is not None
                              and consequence.search(text, event_cues[-1].end, t.start) is not None)]
                if ahead and faq and not state.answering:
                    emit(Cue("release", ahead[0].start, ahead[0].end), "release", "positive", context[:1], when=ahead[0].when,
                         certainty="possible", source=Source(0, 0, None, "media"))
                elif ahead:
                    emit(Cue("release", ahead[0].start, ahead[0].end), "release", "positive", context[:1], when=ahead[0].when)
        # "X will start filming in October. || The claim has been circulating on social media, but ...": what the
        # sentence before said is a rumour told again
        if state.previous_claims and by_category.get("rumour") and self._rumour_of_before(sentence, by_category, work_spans):
            self._hedge_previous(state.previous_claims)
        # "This news comes straight from the original author": the source of the sentence before
        # (its own claims in another clause after it: "tvN mengumumkan kabar tersebut pekan lalu, dan syuting dijadwalkan
        # dimulai pada Agustus")
        forward = by_category["forward_source"][0] if by_category.get("forward_source") else None
        # (not the forward words' own verb: "confirmed the news" is no renewal of its own)
        if forward is not None and state.previous_claims and (not out or not any(
                c.start < self.clauses.end(forward.end, sentence.end) and not _overlaps(c, [forward]) for c in event_cues)):
            # (the subject right before it: "Ezquerra lo presentó como una decisión tomada junto a sus creadores"; its
            # role word before the name: "Showrunner Tom Weller broke the news"; or its relative pronoun between: "C'est
            # la créatrice Anouk Deval qui a confirmé la nouvelle")
            relative_word = self.grammar_words.relative_word
            name_ends = {s: _end_of_name(text, s) for s in sources}
            named = [s for s in sources if s.role != "media" and (0 <= forward.start - name_ends[s] <= 2 or (
                0 <= forward.start - name_ends[s] <= 12 and relative_word.fullmatch(text[name_ends[s]:forward.start].strip()) is not None))] or \
                    [s for s in sources if s.start >= forward.start and s.role != "media"] or \
                    [s for s in sources if s.start >= forward.start]
            # (or the platform the sentence before names only as the work's owner: "Pasalnya serial Netflix tersebut akan
            # lanjut ke season 2. Hal itu dikonfirmasi langsung oleh sutradara ... Hwang Dong Hyuk")
            owners = self._owners_only(self.sentences[sentence.index - 1]) if sentence.index else set()
            unsaid = [(c, k) for c, k in state.previous_claims
                      if c.source_role == "media" or (c.source_role == "platform" and c.source in owners)]
            if unsaid:
                if named:
                    self._reattribute(unsaid, named[0])
                return out
            # ("That is according to Deadline": the outlet's name right after the words, known or not)
            if not named:
                named = [Source(outlet.start(), outlet.end(), outlet.group(), "media")
                         for at in [forward.end] + [c.end for c in self.cues.within(forward.start, sentence.end, "according_to")]
                         if text[at:at + 1] == " " and (outlet := cue_module._NAME.match(text, at + 1)) is not None
                         # (an outlet's name, not a person's: "Deadline", "The Ledger"; not "Lena Hart")
                         and (" " not in outlet.group() or outlet.group().startswith("The "))][:1]
            if named and named[0].role == "media":
                # ("Netflix hat die Serie nach zwei Staffeln eingestellt. Das berichtet das US-Branchenblatt „Deadline“":
                # the outlet reports what the platform is said to have done)
                for claim, key in state.previous_claims:
                    if claim.certainty == "official":
                        self._replace_claim(key, claim, source=named[0].name, source_role="media", certainty="reported")
            else:
                # ("Peacock has canceled Salt Road ... Showrunner Ines Daley confirmed the news on Instagram": what
                # another source said before, this one says too)
                teller = self._source(forward, sentence, sources, quotes, state)
                name = self._source_name(teller)[0]
                if teller is not None and teller.role != "media" and name is not None:
                    for claim, key in state.previous_claims:
                        if claim.source != name:
                            emit(forward, claim.event, claim.polarity, [key], stage=claim.stage, when=claim.when,
                                 person=claim.person, source=teller, certainty=_CLAIM_ROLES.get(teller.role, "reported"))
        return out

    def _past_aired_focus(self, state: _State) -> None:
        """A new paragraph after one that said the seasons in focus aired goes back to a later season said to be made
        ("[Foto: ... la segunda temporada] La segunda tanda se estrenó el 26 de septiembre. || La escritura de los
        nuevos episodios ya está en marcha": the third, renewed before; not the same paragraph's "Les dix nouveaux
        épisodes seront mis en ligne jusqu'au 18 mars", still the season on air)."""
        for title, focused in state.focus.items():
            if focused and all(self._aired_before((title, n)) for n in focused):
                # (not one the article ended the run before: "season ketiga adalah season final ... tidak akan ada
                # season 4")
                later = [m for t, m in self.findings if t == title and m > max(focused) and self._made((t, m))
                         and not self._aired_before((t, m)) and not any(
                             c.event == "cancellation" or c.polarity == "negative" for c in self.findings[(t, m)].claims)]
                if later:
                    state.focus[title] = [min(later)]

    def _hoped(self, key: tuple[str, int]) -> bool:
        """Whether the article has said of the installment only what is hoped or talked of (claims all `possible`)."""
        finding = self.findings.get(key)
        claims = finding.claims + finding.headline_claims if finding is not None else []
        return bool(claims) and all(c.certainty == "possible" for c in claims)

    def _date_awaited(self, key: tuple[str, int]) -> bool:
        """Whether the article has said that the installment's date is not set yet (its making taken as given)."""
        finding = self.findings.get(key)
        return finding is not None and any(c.event == "release" and c.polarity == "negative" and not c.denial
                                           for c in finding.claims)

    def _made(self, key: tuple[str, int]) -> bool:
        """Whether the article has said, more than in hopes, that the installment will be made."""
        finding = self.findings.get(key)
        return finding is not None and any(
            c.polarity == "positive" and c.event in ("renewal", "production", "release") and c.certainty != "possible"
            for c in finding.claims + finding.headline_claims)

    def _dated_ahead(self, cue: Cue, sentence: Sentence) -> bool:
        """Whether a time with its year, right after a release word, lies after the article's date."""
        return any(t.start - cue.end <= 15 and (_bare_year(t, self.text) or self._this_named(t))
                   for t in self._times_ahead(cue, sentence))

    def _time_ahead(self, cue: Cue, sentence: Sentence) -> bool:
        """Whether a time right after a release word lies after the article's date ("chega em 12 de junho", said in May)."""
        return any(0 <= t.start - cue.end <= 25 for t in self._times_ahead(cue, sentence))

    def _times_ahead(self, cue: Cue, sentence: Sentence) -> list[When]:
        """The times in the few words after a cue that lie after the article's date."""
        published = self.article.published
        if published is None:
            return []
        end = min(sentence.end, cue.end + 40)
        return [t for t in self.times.find(self.text, published, cue.end, end, self.words)
                if when_module.window(t.when)[0] > published]

    def _this_named(self, time: When) -> bool:
        """Whether a time says it is this year's or this one ("estrenó este lunes", "pada Desember ini": the word
        after the month)."""
        this = self.grammar_words.this
        return this is not None and (this.search(self.text, time.start, time.end) is not None or (
            self.text[time.end:time.end + 1] == " " and this.match(self.text, time.end + 1) is not None))

    def _last_named(self, work: Work) -> list[tuple[str, int]]:
        """The installment after the highest one the article names, if that one aired ("premiered in May",
        "after two seasons", "after season 2") or is the last ("Die dritte Staffel wird somit die letzte sein"), else
        the highest one itself ("a third season will not happen")."""
        best = 0
        for m in self.mentions:
            if m.title or not m.numbers:
                continue
            sentence = next((s for s in self.sentences if s.start <= m.start < s.end), None)
            aired = m.count or self.grammar.after(self.text, m) or (
                sentence is not None and bool(self.cues.within(sentence.start, sentence.end, "released_past", "final_statement")))
            best = max(best, max(m.numbers) + (1 if aired else 0))
        return [(work.title, best)] if best > 1 else []

    def _context(self, sentence: Sentence, work_spans: WorkSpans, state: _State) -> list[tuple[str, int]]:
        """The installments a sentence speaks of when it names no season itself; of each work listed with the first it
        names ("acabam de ser renovadas: ‘Farol Azul’ e ‘O Cerco’")."""
        work = self._context_work(work_spans, state)
        if not work or not work_spans and self._names_platform_title(sentence):
            return []
        listed = [work]
        for (_, end, _), (start, _, other) in zip(work_spans, work_spans[1:]):
            if not work_module._LIST_GAP.fullmatch(self.text, end, start):
                break
            if other not in listed:
                listed.append(other)
        if len(listed) > 1:
            return list(dict.fromkeys(k for w in listed for k in self._installment_in_focus(w, state)))
        return self._installment_in_focus(work, state)

    def _dated_seasons(self, cue: Cue, sentence: Sentence, explicit: list[tuple[str, int, SeasonMention]],
                       times: list[when_module.When]) -> list[tuple[tuple[str, int], when_module.When]]:
        """The seasons a release cue's clause names one after another, each with its own time right after it
        ("releasing Season 1 in 2021, Season 2 in 2023 and Season 3 in 2025"): two or more such pairs, else none."""
        start = self.clauses.start(sentence.start, cue.start)
        pairs: list[tuple[tuple[str, int], when_module.When]] = []
        for title, n, mention in explicit:
            if mention.start < start or len(mention.numbers) != 1 or mention.title is not None:
                continue
            time = next((t for t in times if _SEASON_TIME_GAP.fullmatch(self.text, mention.end, t.start) is not None), None)
            if time is not None:
                pairs.append(((title, n), time))
        if len(pairs) < 2 or len({key for key, _ in pairs}) != len(pairs) or len({t.when for _, t in pairs}) != len(pairs):
            return []
        return pairs

    def _gapped_seasons(self, cue: Cue, sentence: Sentence, explicit: list[tuple[str, int, SeasonMention]],
                        times: list[when_module.When], cues: list[Cue]) -> list[tuple[tuple[str, int], when_module.When]]:
        """The seasons named after a release cue, past a comma or an "and", each with its own time right after it and no
        verb of its own ("Season 1 premiered on April 7, 2017, and season 2 on June 1, 2018"), where the cue's own
        season is named before it; else none."""
        before = {(title, n) for title, n, m in explicit if m.start < cue.start and len(m.numbers) == 1}
        if not before:
            return []
        pairs: list[tuple[tuple[str, int], when_module.When]] = []
        for title, n, mention in explicit:
            # (not a part of the season named before: "Season 4 will release in two parts, with Part 1 on January 29
            # and Part 2 on February 26")
            if mention.start <= cue.end or len(mention.numbers) != 1 or mention.title is not None or (title, n) in before \
                    or _GAPPING_JOIN.search(self.text, max(sentence.start, mention.start - 12), mention.start) is None \
                    or any(c.category in ("release", "released_past", "future") and cue.end <= c.start < mention.start
                           for c in cues if c is not cue):
                continue
            time = next((t for t in times if _SEASON_TIME_GAP.fullmatch(self.text, mention.end, t.start) is not None), None)
            if time is not None:
                pairs.append(((title, n), time))
        return pairs

    def _made_from_first(self, item: str | None) -> int:
        """The last of the seasons the article counts from the first ("the first two seasons", "las dos primeras
        temporadas": made, so the new one comes after them), within list item `item` where not None; else 0."""
        return max((max(m.numbers) for m in self.mentions if m.first and len(m.numbers) >= 2 and not m.title
                    and (item is None or self._item_of(m.start) == item)), default=0)

    def _installment_in_focus(self, work: Work, state: _State) -> list[tuple[str, int]]:
        """The installments of a work a sentence speaks of when it names no season: the one in focus, else the next one
        to come."""
        focus = state.focus.get(work.title)
        if focus:
            return [(work.title, n) for n in focus]
        # a season read so far that aired is not the one spoken of next ("Die zweite Staffel lief im Frühjahr. ...
        # Die Serie wird fortgesetzt": the third)
        aired = {n for (title, n), f in self.findings.items() if title == work.title
                 and any(c.event == "release" and c.aired for c in f.claims + f.headline_claims)}
        future = sorted(n for (title, n) in self.findings if title == work.title and n > 1 and n not in aired)
        # (nor one of the seasons counted from the first, in an article of one work: "Series canceladas" over "las dos
        # primeras temporadas" is of the third)
        made = self._made_from_first(None) if len(self.works) == 1 else 0
        if made and not aired and all(n <= made for n in future):
            return [(work.title, made + 1)]
        if future:
            return [(work.title, future[0])]
        if aired:
            return [(work.title, max(aired) + 1)]
        if work.spinoff:  # "ZDF prüft ein Prequel mit dem Arbeitstitel „Wendelstein 1962“": the new work's first season
            return [(work.title, 1)]
        # "5 dramas getting a season 2": a list headline's season applies to each item
        return [(work.title, n) for n in self.headline_numbers]

    def _object_work(self, cue: Cue, work_spans: WorkSpans, keys: list[tuple[str, int]],
                     named: list[tuple[str, int, SeasonMention]]) -> Work | None:
        """The work named right after a cue's verb ("canceled The Harbor", "ha cancelado 'El puerto'"), where the
        installments found for the cue are only another work's, named before the verb; else None."""
        at = self._object_at(cue, work_spans)
        work = work_spans[at][2] if at is not None else None
        # (or the subject right before its auxiliary: "Copper Ridge was renewed for a third season, but Nightfall Bay was
        # cancelled"; or right before the verb: "..., while The Night Ledger will not return for a second")
        event_gap = work_module.finder(self.pack).event_gap
        subject = next((w for start, end, w in work_spans if 0 < cue.start - end <= 30 and event_gap is not None and (
            event_gap.fullmatch(self.text, end, cue.start) or _INLINE_SPACE.fullmatch(self.text, end, cue.start))),
            None) if work is None else None
        said_of_keys = min((m.end for t, _, m in named if any(t == k for k, _ in keys)), default=-1)
        # (or where the sentence names no season of the keys' work, their season from a statement before: "Unlike X,
        # which will end with its third season, Iron Orchard is poised to keep going")
        if subject is not None and (said_of_keys >= 0 and self.clauses.first(said_of_keys, cue.start) is not None
                                    or said_of_keys < 0 and all(k != subject.title for k, _ in keys)):
            work = subject
        if work is None and keys:
            # ("HBO canceled Dust Road after two seasons and renewed Iron Hill": a name after the verb that is no work
            # of the article, nor a platform or a common word, is a work of its own that names no season)
            name = _CAPITAL_OBJECT.match(self.text, cue.end)
            # (not a maker's name before the work: "canceled Mara Quint’s “Low Tide”", "the Mara Quint drama")
            kind = _KIND_WORD_AFTER.match(self.text, name.end()) if name is not None else None
            if name is not None and name.group(1) and (name.group(0).endswith(("'s", "’s")) or kind is not None
                                                       and work_module.finder(self.pack).type_noun.fullmatch(kind.group(1))):
                name = None
            group = (1 if name.group(1) else 2) if name is not None else 0
            # (a list of works after a plural article and its noun is the verb's object, a work of the article among them
            # too: "NBC renouvelle Manifest pour une saison 3 mais annule les nouveautés Indebted, Sunnyside et ...")
            if name is not None and group == 2 and not self.cue_finder.platforms.match(self.text, name.start(group)):
                return _NO_WORK
            if name is not None and name.group(group).lower() not in self.cue_finder.common \
                    and not self.cue_finder.platforms.match(self.text, name.start(group)) \
                    and not work_module.finder(self.pack).season_noun.fullmatch(name.group(group)) \
                    and not work_module.finder(self.pack).role_start.match(name.group(0).lstrip()) \
                    and not any(s <= name.start(group) < e for s, e, _ in work_spans):
                return _NO_WORK
        if work is None or not keys or any(t == work.title for t, _ in keys):
            return None
        # (not a season named after it, which the clause's verb may well govern: "ha renovado 'A' y ha confirmado la
        # segunda temporada de 'B'"; but one another verb of its kind governs is not: "Starz axed A, while Peacock
        # passed on a second season of B")
        # (a verb of saying, "ha confirmado", governs no more than the first)
        if any((title, n) in keys and m.start > cue.end and not any(
                not any(v.end > c.start for v in self.cues.within(c.start - 20, c.end, "speech"))
                for c in self.cues.within(cue.end, m.start, cue.category)) for title, n, m in named):
            return None
        return work

    def _outlet_speaks(self, start: int, cue: Cue) -> bool:
        """Whether a clause word between `start` and the cue opens a clause the outlet speaks in ("..., but we would not
        expect season 2 before late 2027")."""
        parted = self.grammar_words.clause_word.search(self.text, start, cue.start)
        return parted is not None and _OUTLET_VOICE.search(self.text, parted.end(), cue.start) is not None

    def _object_at(self, cue: Cue, work_spans: WorkSpans) -> int | None:
        """Which of the sentence's work names stands right after the cue's verb, as its object, if one does."""
        return next((i for i, (start, _, _) in enumerate(work_spans)
                     if 0 <= start - cue.end <= 12 and _OBJECT_GAP.fullmatch(self.text, cue.end, start)), None)

    def _names_platform_title(self, sentence: Sentence) -> bool:
        """Whether a sentence that names no work of the article names a platform's title of its own: "Her co-star has
        signed on to Hulu's Corner Office, which begins filming next month" speaks of that show, not of the article's
        (a person after the possessive is no title: "Netflix's Bela Ortiz said ...", "HBO's Casey Lund, who ...")."""
        text = self.text
        for m in _PLATFORM_TITLE.finditer(text, sentence.start, sentence.end):
            if self.cue_finder.platforms.fullmatch(m.group("owner")) is None or work_module._THING_AFTER.match(text, m.end()) \
                    or text[m.end():m.end() + 1] == "." and text[m.end() + 1:m.end() + 2].isalpha():
                continue
            # (not a person: a speech verb or "who" right after the name)
            if _WHO_AFTER.match(text, m.end()) or any(c.start - m.end() <= 2 for c in self.cues.within(m.end(), m.end() + 20, "speech")):
                continue
            return True
        return False

    def _item_of_none(self, sentence: Sentence) -> bool:
        """Whether a line is an item of a list of works, one to a line, that names none of them: what it says is of a
        work not found, not of the item before it ("- Marée Basse est renouvelée pour une saison 2 || - Lou, Ltd. est
        annulée à l'issue de sa saison 1"; "Marée Basse : annulée après 6 saisons || Rue des Lilas : 10 ans après :
        annulée après 4 saisons"). Two items before it name two works, each its own."""
        return self._item_line(sentence) and not self._by_sentence[sentence.index][1] \
            and self._two_items_before(sentence, self._item_line, whole_lines=True)

    def _marked_item_of_none(self, sentence: Sentence) -> bool:
        """Whether a sentence opens an item of a numbered or bulleted list and names no work, where the two items before
        it, of one sentence or more, open on two works, each its own: what it says is of a work not found ("3. A League
        of Their Own has been canceled ... || 4. Euphoria has been delayed all the way until 2025. Creator Sam Levinson
        said ..."), not of the item before it."""
        return sentence.line_start and _ITEM_MARK.match(sentence.text) is not None \
            and not self._by_sentence[sentence.index][1] \
            and self._two_items_before(sentence, lambda before: _ITEM_MARK.match(before.text) is not None, whole_lines=False)

    def _heading_of_none(self, sentence: Sentence) -> bool:
        """Whether a heading line that tells of a renewal or an end, or names a season, among the headed items of a
        list, names no work found: "1899 n'aura pas de suite", "Une saison 2 pour Mercredi" after "Le teaser de la
        saison 2 de Fondation" and "Fire Country aura une saison 2", each over its paragraph. What it and its paragraph
        say is of a work not found, not of the item before it (a heading of no decision and no season, "Date de
        sortie", goes on with its item)."""
        # (after a paragraph, not right under another heading: '"Copper Bay" || Season 3 – Hulu – March 12' is one item)
        if not self._heading_line(sentence) or self._by_sentence[sentence.index][1] \
                or sentence.index > 0 and self._heading_line(self.sentences[sentence.index - 1]) \
                or not (self.cues.within(sentence.start, sentence.end, "renewal", "cancellation", "final_statement")
                        or any(m.numbers for m in self._by_sentence[sentence.index][0])):
            return False
        # (headings of two works or more around it, lines of the same make: a list of works, not an explainer of one,
        # whose "Season 2 release date" goes on with it)
        if self._work_headings is None:
            named = [s.index for s in self.sentences if self._heading_line(s) and self._by_sentence[s.index][1]]
            works = {w.title for i in named for _, _, w in self._by_sentence[i][1]}
            self._work_headings = named if len(works) >= 2 else []
        return any(i < sentence.index for i in self._work_headings)

    def _heading_line(self, sentence: Sentence) -> bool:
        """Whether a sentence is a short line of its own with no full stop, in the body, over a paragraph (not a label
        and its value, "Status: eingestellt", a line of the item it stands in)."""
        return sentence.line_start and sentence.line_end and sentence.index not in self.headline_sentences \
            and sentence.text.rstrip()[-1:] not in ".!?…" and len(sentence.text.split()) <= 12 and ":" not in sentence.text \
            and sentence.index + 1 < len(self.sentences) and self.sentences[sentence.index + 1].line_start

    def _two_items_before(self, sentence: Sentence, is_item: Callable[[Sentence], bool], whole_lines: bool) -> bool:
        """Whether the two items of the list right before a sentence open on two works, each its own (`whole_lines`:
        items of a line each, one work to a line; else an item's later sentences are passed over, its first work
        counts)."""
        titles: list[str] = []
        for before in reversed(self.sentences[:sentence.index]):
            if not whole_lines and not before.line_start:
                continue  # (the item's later sentences)
            if not is_item(before):
                break
            spans = self._by_sentence[before.index][1]
            if spans:
                # (a line of several works, or one work named in two items: no list of one work to an item)
                if whole_lines and len({w.title for _, _, w in spans}) > 1 or spans[0][2].title in titles:
                    return False
                titles.append(spans[0][2].title)
            if len(titles) == 2:
                return True
        return False

    @staticmethod
    def _item_line(sentence: Sentence) -> bool:
        """Whether a sentence is a line of its own that opens with an item's mark ("- ", "– ", "3. ") or with a short
        name and its separator ("Marée Basse : annulée après 6 saisons")."""
        return sentence.line_start and sentence.line_end and (
            _ITEM_MARK.match(sentence.text) is not None or _NAME_AND_SEPARATOR.match(sentence.text) is not None)

    @staticmethod
    def _context_work(work_spans: WorkSpans, state: _State) -> Work | None:
        """The work a sentence speaks of: the first it names, else the list item's, else the last one named."""
        if work_spans:
            return work_spans[0][2]
        return state.segment_work or state.last_work

    def _answer_goes_on(self, sentence: Sentence) -> bool:
        """Whether a sentence that opens on a quotation goes on with what the sentence before, in its paragraph, said
        someone answered about a work it names: "Asked about the future of X, Prime Video responded. || "We are
        evaluating all options," a spokesperson said" (the answer is about X)."""
        if sentence.index == 0 or sentence.text.lstrip()[:1] not in _QUOTE_MARKS:
            return False
        before = self.sentences[sentence.index - 1]
        return before.paragraph == sentence.paragraph and bool(self.cues.within(before.start, before.end, "speech")) \
            and any(before.start <= s < before.end for work in self.works for s, _ in work.spans)

    def _context_works(self, work_spans: WorkSpans, state: _State, cue: Cue, sentence: Sentence) -> list[Work]:
        """The work a sentence speaks of, with those listed with it ("renewed A, B and C for new seasons"); or the one
        named last before the cue in its clause, when that is another ("„Hafenwache“ kehrt 2027 zurück, „Kanzlei
        Morgentau“ endet": the second ends)."""
        work = self._context_work(work_spans, state)
        if work is None or not work_spans and self._names_platform_title(sentence):
            return []
        # ("Netflix renueva 'A', 'B' y 'C', y pone fin a 'D'": the work right after the verb, with those listed with it)
        found = self._object_at(cue, work_spans)
        first = found or 0
        work = work_spans[first][2] if work_spans else work
        listed = [work]
        for (_, end, _), (start, _, other) in zip(work_spans[first:], work_spans[first + 1:]):
            if not work_module._LIST_GAP.fullmatch(self.text, end, start):
                break
            if other not in listed:
                listed.append(other)
        clause_start = self.clauses.start(sentence.start, cue.start)
        before = [w for s, e, w in work_spans if clause_start <= s and e <= cue.start]
        # (not over the work right after the verb: "HBO canceled A after two seasons and renewed B")
        if before and before[-1] not in listed and found is None:
            return [before[-1]]
        return listed

    def _windows_ahead_to_next(self) -> None:
        """A window still to come, told without naming a season, is not of a season the article says has aired but of
        the next one it speaks of ("Season 2 premiered on 14 February. ... We expect new episodes at the end of next
        year at the earliest": season 3's)."""
        published = self.article.published
        if published is None:
            return
        starts = [s.start for s in self.sentences]
        for (title, n), finding in list(self.findings.items()):
            following = self.findings.get((title, n + 1))
            # (not the rest of a run still airing, where the next season has a window of its own: "Les dix nouveaux
            # épisodes seront diffusés chaque lundi jusqu'au 18 mars. France 2 a déjà commandé une cinquième saison,
            # attendue en 2027")
            if following is None or any(c.event == "release" and c.when for c in following.claims) or not any(
                    c.event == "release" and c.aired and c.polarity == "positive"
                    and not (c.when and when_module.window(c.when)[1] >= published) for c in finding.claims):
                continue
            ahead = [c for c in finding.claims if c.event == "release" and c.polarity == "positive" and not c.aired
                     and c.when and (when_module.window(c.when)[0] - published).days > _RUN_STILL_AIRING_DAYS
                     and not any(n in m.numbers for m in self._by_sentence[bisect.bisect_right(starts, c.start) - 1][0])]
            for claim in ahead:
                finding.claims.remove(claim)
                following.claims.append(claim)
            following.claims.sort(key=lambda c: c.start)

    def _awaited(self, title: str, event: str, polarity: str) -> int | None:
        """The installment a decision said of the work alone is about, once the whole article is read: the first
        season after the last one that aired that the article names ("Netflix has renewed X. The third season will
        arrive in 2027": the third), else the one after the last that aired ("Netflix has renewed X. Its second
        season premiered in June": the third)."""
        # (not one whose date is still to come: "will return in January with its second season")
        published = self.article.published
        aired = {n for (t, n), f in self.findings.items() if t == title and any(
            c.event == "release" and c.aired and c.polarity == "positive" and not (
                c.when and published is not None and when_module.window(c.when)[1] >= published)
            for c in f.claims + f.headline_claims)}
        last = max(aired, default=0)
        ahead = sorted(n for (t, n) in self.findings if t == title and n > max(last, 1))
        # ("HBO Max renews X" over "HBO Max renewed X in May, after the second season ended": the one it renewed)
        # (not one only hoped for: "Disney+ verlängert X" over "Eine dritte Staffel wäre ein Traum")
        said = [n for n in ahead if any(c.event == event and c.polarity == polarity and c.certainty != "possible"
                                        for c in self.findings[(title, n)].claims)]
        if said or ahead:
            return (said or ahead)[0]
        return last + 1 if last else None

    def _returned(self, claim: Claim, title: str) -> int | None:
        """The season a headline's return is, where the body says only that it has just come out ("Vuelve 'X'" over
        "desde ayer ya están disponibles los episodios de la segunda temporada"): the last one aired, not a next one;
        undated, or out within the last two months (not "X returns" over "season 2 aired last year")."""
        if claim.event != "renewal" or claim.polarity != "positive" \
                or self.grammar_words.return_word.search(claim.sentence) is None:
            return None
        published = self.article.published
        aired = [(n, c) for (t, n), f in self.findings.items() if t == title
                 for c in f.claims if c.event == "release" and c.aired and c.polarity == "positive"]
        if not aired or any(t == title and n > max(n for n, _ in aired) for (t, n) in self.findings):
            return None
        last = max(n for n, _ in aired)
        recent = all(not c.when or published is not None and (published - when_module.window(c.when)[1]).days <= 60
                     for n, c in aired if n == last)
        return last if recent else None

    def _said_before_comma(self, floor: int, sentence: Sentence, outside: list[Source]) -> Source | None:
        """The one who speaks in the clause before the cue's, where it ends on its speech verb and a comma: "Ein viraler
        Post auf X behauptete, Paramount habe die Fortsetzung bestellt" (the platform is what is claimed of)."""
        text = self.text
        if not text[sentence.start:floor].rstrip().endswith(","):
            return None
        speech = [c for c in self.cues.within(sentence.start, floor, "speech") if not text[c.end:floor].strip(" ,")]
        if not speech:
            return None
        start = self.clauses.start(sentence.start, speech[-1].start)
        speakers = [s for s in outside if start <= s.start and s.end <= speech[-1].start]
        return speakers[-1] if speakers else None

    def _reporter(self, floor: int, cue: Cue, sentence: Sentence, outside: list[Source]) -> Source | None:
        """The outlet whose report the cue's clause is: "Variety reported that Netflix is in talks ...", "O jornal O Globo
        informou que a Netflix vai produzir ...", "Die Bild berichtete, dass Netflix ... bestellt hat" (the platform is
        what the report is about, not who says it)."""
        if cue.category in ("denial", "not_confirmed", "no_comment"):
            return None  # ("A newsletter report that X could return has been shot down by the show's home": who denies)
        text = self.text
        verbs = self.cues.within(sentence.start, cue.start, "speech") + self.cues.within(sentence.start, cue.start, "reported")
        # (the last verb before the cue whose that-word opens the cue's clause, or stands in it)
        verb, that = None, None
        for c in sorted(verbs, key=lambda c: c.start):
            m = self.grammar_words.that.search(text, c.end, min(sentence.end, c.end + 45))
            if m is not None and not _THAT_AFTER.fullmatch(text, c.end, m.start()):
                m = None
            if m is not None and floor <= m.start() and m.end() <= cue.start:
                verb, that = c, m
        if verb is None or that is None:
            return None
        start = self.clauses.start(sentence.start, verb.start)
        subject = [s for s in outside if start <= s.start and s.end <= verb.start]
        if not subject and self.grammar_words.relative_opening.match(text, start):
            # ("a colunista Márcia Pires, do jornal O Dia, que afirmou ... que": the one the relative clause is of)
            subject = [s for s in outside if sentence.start <= s.start and s.end <= start]
        if subject:
            last = subject[-1]
            # ("O jornal O Globo": the outlet, not the platform its name holds)
            media = [s for s in subject if s.role == "media" and s.name and last.name and s.name.endswith(last.name)]
            # (or the fans' claim: "Une publication virale sur X affirmait que Paramount avait validé la suite")
            return last if last.role in ("media", "fans") else media[-1] if media else None
        # an outlet known by its name alone, right before its reporting verb
        name = _NAME_BEFORE_VERB.search(text, start, verb.start)
        if name is None or not self.cues.within(verb.start, verb.end, "reported") or name.start() != start \
                or name.group(1).lower() in self.cue_finder.common or self.cue_finder.platforms.fullmatch(name.group(1)):
            return None
        return Source(name.start(1), name.end(1), name.group(1), "media")

    def _source(self, cue: Cue, sentence: Sentence, sources: list[Source], quotes: Spans, state: _State) -> Source | None:
        """Who asserts what the cue says: the quote's speaker, "according to X", or the subject."""
        text = self.text
        sources = [s for s in sources if not s.credit]
        quote = next(((s, e) for s, e in quotes if s <= cue.start < e), None)
        outside = [s for s in sources if not any(qs <= s.start < qe for qs, qe in quotes)]
        if not outside and cue.category in ("renewal", "cancellation") and not self.cues.within(cue.start, cue.end, "hedge"):
            # ("'Wild Years' (Netflix): renewed for a third season", "Cumbres (Prime Video) – cancelada tras dos
            # temporadas": a list item's decision right after the platform in brackets after its title is that one's; not
            # a talk, "MOSSGATE (Hulu) — IN TALKS")
            for bracketed in self.cue_finder.platforms.finditer(text, sentence.start, cue.start):
                if text[bracketed.start() - 1:bracketed.start()] == "(" and \
                        _BRACKET_TO_ITEM.fullmatch(text, bracketed.end(), cue.start):
                    return Source(bracketed.start(), bracketed.end(), bracketed.group(), "platform")
        if quote:
            addressee = self.cue_finder.addressee
            after = [s for s in outside if s.start >= quote[1] and not (
                addressee is not None and addressee.search(text, max(quote[1], s.start - 30), s.start))]
            before = [s for s in outside if s.end <= quote[0]]
            speech_before = self.cues.within(sentence.start, quote[0], "speech")
            if before and speech_before and before[0].end <= speech_before[-1].start:
                return [s for s in before if s.end <= speech_before[-1].start][-1]  # X said that "..."
            if after:
                return after[0]
            if before:  # ('Hulu denied the report: "No decision ..."': Hulu speaks, not the report it denied)
                return next((s for s in reversed(before) if s.role != "media"), before[-1])
            if quote[1] == sentence.end and text[quote[1] - 1] not in '"”»':
                # ('El portal X publicó que ... "Esa información no es correcta. No hay fechas", señalaron fuentes de
                # Netflix': a quotation that goes on into the next sentence is of the speaker named there)
                following = self._next_speaker(sentence, state)
                if following is not None:
                    return following
            if state.speaker and state.speaker_paragraph == sentence.paragraph:
                return state.speaker
            # ('La plataforma responde con cautela: "Nos encanta ... || Estamos valorando ..."': a quotation opened in
            # the sentence before, after its speaker and a colon)
            if quote[0] == sentence.start and text[sentence.start:sentence.start + 1] not in _QUOTE_MARKS:
                opener = self._quotation_opener(sentence)
                if opener is not None:
                    return opener
            # "La créatrice Léa Dumontel a pris la parole. « Il n'y aura pas de saison 3 », a-t-elle écrit."
            pronoun = self._pronoun_speaker(sentence, quote[1], state, suffix=True)
            if pronoun is not None:
                return pronoun
            # ('"...," kata perwakilan Netflix Indonesia. || Meski begitu, penggemar tak perlu khawatir. "Musim kedua
            # ... tetap tayang tahun ini," lanjutnya.': a quotation that only a pronoun attributes, in the paragraph
            # after a speaker's, goes on with that speaker)
            # (the quotation may open the paragraph: the speaker is still the one remembered last)
            went_on = (state.speaker, state.speaker_paragraph) if state.speaker is not None \
                and state.speaker_paragraph < sentence.paragraph else state.previous_speaker
            # (the pronoun may follow the quotation's end in the next sentence: '"Musim kedua ... tahun ini. Tanggal
            # resminya akan kami umumkan," lanjutnya.')
            following_sentence = self.sentences[sentence.index + 1] if sentence.index + 1 < len(self.sentences) else None
            # (or no subject at all, where the verb alone closes the sentence: '"No habrá una tercera temporada",
            # añadió.')
            attributed = self._pronoun_cue(sentence, quote[1], suffix=True) is not None or (
                quote[1] == sentence.end and following_sentence is not None
                and self._pronoun_cue(following_sentence, following_sentence.start, suffix=True) is not None) or any(
                0 <= c.start - quote[1] <= 3 and not text[c.end:sentence.end].strip(" .!\n")
                for c in self.cues.within(quote[1], sentence.end, "speech")) or (
                # (... in the next sentence, where the quotation goes on: '"Já estamos a escrever a segunda temporada.
                # A história do Rui não acaba naquela ponte", garantiu.')
                quote[1] == sentence.end and following_sentence is not None and any(
                    not text[c.end:following_sentence.end].strip(" .!\n")
                    and any(mark in text[max(following_sentence.start, c.start - 4):c.start] for mark in '"”»')
                    for c in self.cues.within(following_sentence.start, following_sentence.end, "speech")))
            # ('"We're grateful to everyone," a Hulu spokesperson said. || "While the series will not be returning for
            # a second season, we're proud ..."': a paragraph that opens on a quotation no one is named for, after a
            # paragraph that ends on a quotation, goes on with its speaker)
            # ("Prime Video sent the following statement: || "The information ... is not correct."": a paragraph that
            # ends on a colon introduces the quotation after it)
            # ('... for the Netflix series. || "I have to work on season two. Hopefully ...," he said.': a pronoun that
            # stands only for a person never speaks for a platform named by its name alone, no one of its people beside)
            if went_on is not None and self._platform_alone(went_on[0]) \
                    and self._person_speaks(sentence, quote[1], following_sentence if quote[1] == sentence.end else None):
                went_on = None
            previous = self.sentences[sentence.index - 1] if sentence.index else None
            introduced = previous is not None and went_on is not None and went_on[1] == previous.paragraph \
                and previous.text.rstrip().endswith(":")
            if went_on is not None and not after and (introduced or went_on[1] == sentence.paragraph - 1 and (
                    attributed or self._quotation_goes_on(sentence, quote))):
                return went_on[0]
            # ("Tiago Meireles, criador e argumentista da série, foi bem mais otimista numa entrevista. || "Já estamos a
            # escrever a segunda temporada", garantiu.": the person named with a role in the paragraph before, who
            # said nothing there)
            if (went_on is None or went_on[1] != sentence.paragraph - 1) and state.last_person is not None \
                    and state.last_person_paragraph == sentence.paragraph - 1 and not after and attributed:
                return Source(quote[0], quote[1], state.last_person[0], state.last_person[1])
            return self._next_speaker(sentence, state)
        # ("Die Showrunnerin Miriam Ost hat bestätigt, dass ... || Die Drehbücher seien fast fertig": a sentence in
        # the mood of reported speech that names no one and says no word of saying goes on with the last speaker)
        mood = self.grammar_words.reported_mood
        if mood is not None and not outside and state.speaker is not None and state.speaker.name \
                and state.speaker_paragraph == sentence.paragraph and state.speaker.role != "media" \
                and not self.cues.within(sentence.start, sentence.end, "speech") \
                and not self.cues.within(sentence.start, sentence.end, "reported") \
                and mood.search(text, sentence.start, sentence.end) is not None:
            return state.speaker
        # "a petition from fans", "una campaña de los fans": the fans right after the cue are its source
        fans = [s for s in outside if s.role == "fans" and 0 <= s.start - cue.end <= 15]
        if fans and cue.category == "renewal" and self.cue_finder.fans_of.fullmatch(text, cue.end, fans[0].start):
            return fans[0]
        for according in self.cues.within(sentence.start, sentence.end, "according_to"):
            # ("According to sources, Netflix is close to renewing ...": unnamed sources, not the platform named after them)
            if according.end <= cue.start and _UNNAMED_SOURCES.match(text, according.end) is not None:
                return Source(according.start, according.end, None, "media")
            if according.end <= cue.start and (text[according.start:according.end].lower().endswith("nya")
                                               or self.grammar_words.pronoun_after.match(text, according.end)):
                # "Menurutnya, ...", "According to her, ...": the person named last, with a role or speaking
                if state.speaker is not None and state.speaker.name:
                    return state.speaker
                if state.people:
                    name, role, _ = list(state.people.values())[-1]
                    return Source(according.start, according.end, name, role)
            # ("Laut einem Bericht soll „X“ eine dritte Staffel bekommen, Netflix dementierte das jedoch", "According to
            # Variety, X had been renewed, which Netflix denied": the platform right before the denial, past a comma, is
            # who denies; not "According to Variety, Netflix renewed X", the outlet's report)
            if according.end <= cue.start and cue.category == "denial" and any(s.role == "platform" and 0 <= cue.start - s.end <= 4
                                                   and "," in text[according.end:s.start] for s in outside):
                continue
            if according.start > cue.end and self.grammar_words.clause_word.search(text, cue.end, according.start):
                continue  # "Max renewed it in August, but according to producer X, filming ...": the next clause's
            if according.start > cue.end and self._platform_clause(cue, sentence, outside, according.start):
                continue
            # (not a clause word set off by commas: "According to a report from Variety, however, Netflix is in talks")
            if according.end <= cue.start and self._parting_word(according.end, cue.start) >= 0:
                continue  # "Filming wrapped, according to star X, so a premiere in 2027 seems realistic": the outlet's
            if according.end <= cue.start or according.start > cue.end:
                m = cue_module._NAME.search(text, according.end, min(sentence.end, according.end + 40))
                # ("According to Korean outlet Sports Chosun": the outlet after a common word)
                if m and m.group().lower() in self.cue_finder.common:
                    after_common = cue_module._NAME.search(text, m.end(), min(sentence.end, according.end + 40))
                    if after_common is not None and any(s.role == "media" and s.end <= after_common.start() for s in outside
                                                        if s.start >= m.end()):
                        m = after_common
                # ("menurut akun Twitter resmi Netflix", "according to the official Instagram account of Netflix": the
                # platform whose account it is, named after the network's name)
                if m is not None and m.group() in _SOCIAL_NETWORKS:
                    owner = cue_module._NAME.search(text, m.end(), min(sentence.end, m.end() + 30))
                    owned = self.cue_finder.platforms.match(text, owner.start()) if owner is not None else None
                    if owned is not None:
                        return Source(owned.start(), owned.end(), owned.group(), "platform")
                # ('Laut einem Bericht von „Bild“': the name right after the report's words, whatever word it is)
                report_words = self.cue_finder.report_from.match(text, according.end, sentence.end)
                report_name = cue_module._NAME.match(text, report_words.end(), sentence.end) if report_words is not None else None
                # ('Laut einem Bericht des Branchendienstes „DWDL“': the outlet's kind, a capitalised noun, then its name)
                kind = next((s for s in outside if report_name is not None and s.start == report_name.start() and s.role == "media"
                             and s.name and s.name != report_name.group()), None)
                if kind is not None:
                    return kind
                if report_name is not None:
                    by_platform = self.cue_finder.platforms.fullmatch(report_name.group()) is not None
                    return Source(report_name.start(), report_name.end(), report_name.group(),
                                  "platform" if by_platform else "media")
                # the one named first after it ("Según Variety, HBO Max estaría negociando": Variety, not HBO Max)
                # ("segundo informou nesta segunda-feira (20) o site Bastidor Pop": an outlet further on, in the clause)
                # (not "según confirmó este martes la plataforma a este medio": the platform, named first)
                # (or the one whose article the cue ends on: "nach Angaben des Senders")
                # ("según publicó en Instagram la protagonista, Sara Quintero": the network it was posted on is no one)
                posted_on = None
                if m is not None and m.group() in _SOCIAL_NETWORKS and \
                        _ON_NETWORK.search(text, max(according.end, m.start() - 5), m.start()) is not None:
                    posted_on = m.start()
                    m = cue_module._NAME.search(text, m.end(), min(sentence.end, m.end() + 40))
                named = [s for s in outside if (according.end <= s.start or according.start <= s.start < according.end < s.end)
                         and s.start != posted_on and (m is None or s.start <= m.start()) and (
                    s.start <= according.end + 12 or s.role == "media" and s.start <= according.end + 60
                    and self.clauses.first(according.end, s.start) is None
                    and not any(according.end <= o.start < s.start for o in outside))]
                platform = self.cue_finder.platforms.match(text, m.start()) if m and m.start() - according.end <= 12 else None
                # ("según un comunicado de Netflix", "according to an announcement made by Globoplay": the platform's own
                # word, named past a few words and their "of"; not "según fuentes cercanas a Netflix", a report)
                if platform is None and m and m.start() - according.end <= 40 \
                        and _WORD_OF_PLATFORM.fullmatch(text, according.end, m.start()) is not None \
                        and not self.cues.within(according.end, m.start(), "reported"):
                    platform = self.cue_finder.platforms.match(text, m.start())
                if platform:
                    return Source(platform.start(), platform.end(), platform.group(), "platform")  # "according to Disney+"
                if m and m.group().lower() in self.cue_finder.common:
                    m = None  # "laut Branchenkreisen": no one named
                if m and self.cue_finder.report_from.fullmatch(text, according.end, m.start()):
                    named = [s for s in outside if s.start == m.start()] or [Source(m.start(), m.end(), m.group(), "media")]
                if named:
                    return named[0]
                if m and m.start() - according.end <= 12:
                    # "Menurut Dimas": the creator named before with his role, else an outlet
                    person = state.people.get(m.group()) or state.people.get(m.group().split()[-1])
                    if person is not None:
                        return Source(m.start(), m.end(), person[0], person[1])
                    return Source(m.start(), m.end(), m.group(), "media")
                # ("..., según han asegurado a Pantalla Industria varias fuentes cercanas": after the cue, unnamed sources)
                # (or closing the clause of a sentence that names no one: "Filming began in August, according to a
                # production listing", not the platform of the sentence before)
                if according.end <= cue.start or self.cues.within(according.end, min(sentence.end, according.end + 20), "speech") \
                        and self.cues.within(according.end, sentence.end, "reported") \
                        or according.start > cue.end and text[max(cue.end, according.start - 2):according.start].strip() == "," \
                        and self.grammar_words.pronoun_after.match(text, according.end) is None \
                        and not outside:
                    return Source(according.start, according.end, None, "media")  # "according to two people familiar"
        # "..., Deadline reports", "..., Variety has learned": the outlet named in a closing attribution says it
        # (not in a headline, whose capitals name no one: "..., Korean Outlet Reports")
        closings = [] if sentence.index in self.headline_sentences else self.cues.within(cue.end, sentence.end, "reported")
        for closing in [c for c in closings if not self._platform_clause(cue, sentence, outside, c.start)]:
            m = _CLOSING_ATTRIBUTION.search(text, max(cue.end, closing.start - 60), closing.start)
            if m and m.group(1) and sentence.end - closing.end <= 25 and m.group(1).lower() not in self.cue_finder.common \
                    and not self.cue_finder.platforms.fullmatch(m.group(1)):
                return Source(m.start(1), m.end(1), m.group(1), "media")
            # the verb first: "..., berichtet das Branchenmagazin „Variety“", "..., reporta el diario Clarín"
            comma = text.rfind(",", cue.end, closing.start)
            outlet = _OUTLET_AFTER.match(text, closing.end, sentence.end) if comma >= 0 and not text[comma + 1:closing.start].strip() else None
            if outlet is not None:
                start, end = outlet.span(1) if outlet.group(1) else outlet.span(2)
                while end > start and text[end - 1] == ".":  # "..., informa el diario Clarín."
                    end -= 1
                first = work_module.finder(self.pack).media_word.match(text, start, end)  # "die Zeitung Talbote"
                if first is not None and text[first.end():first.end() + 1] == " " and first.end() + 1 < end:
                    start = first.end() + 1
                name = text[start:end]
                if name.lower() not in self.cue_finder.common and not self.cue_finder.platforms.fullmatch(name):
                    return Source(start, end, name, "media")
            # ("..., several sources close to the production told Screen Trade", "..., ont assuré à Écran Pro plusieurs
            # sources proches": unnamed sources who speak close the sentence)
            comma = text.rfind(",", cue.end, closing.start)
            told = self.cues.within(comma, sentence.end, "speech") if comma >= 0 else []
            if told and self.clauses.first(comma + 1, closing.start) is None and (
                    _FEW_WORDS_BETWEEN.fullmatch(text, comma + 1, closing.start) and text[comma + 1:closing.start].islower()
                    and told[0].start >= closing.end
                    or told[0].start - comma <= 3 and told[0].end <= closing.start):
                return Source(closing.start, closing.end, None, "media")
        # "Sky habe eine vierte Staffel bestellt, sagte Produzent Jonas Feld", "..., producer Jonas Feld said": the
        # one who speaks in a closing attribution says it, not the subject of the clause before it
        closing_speaker = self._closing_speaker(cue, sentence, outside)
        if closing_speaker is not None:
            return closing_speaker
        floor = self.clauses.start(sentence.start, cue.start)
        reporter = self._reporter(floor, cue, sentence, outside)
        if reporter is not None:
            return reporter
        speaker = self._said_before_comma(floor, sentence, outside)
        if speaker is not None:
            return speaker
        # ("The newsletter, which cited two people familiar with the plans, added that the streamer is eyeing a premiere
        # in late 2026": an outlet that speaks first in the sentence, before anyone else is named, says what follows)
        speaking = self.cues.within(sentence.start, cue.start, "speech")
        if speaking:
            opening = [s for s in outside if s.end <= speaking[0].start]
            if opening and all(s.role == "media" for s in opening):
                return opening[-1]
        # ("Sergio Vidal, creador de 'X', ha confirmado que la serie de Netflix terminará con su tercera temporada":
        # the owner of the series is no subject; the one who speaks before "que" is)
        before = [s for s in outside if s.end <= cue.start and s.start >= floor and not self._owner(s)]
        # "renewed for a fourth season by HBO": the agent of a passive, named after the season, says it; and when
        # the clause before names only a report ("A report that ... has been shot down by the show's home"), the
        # report is what was denied (the agent's word may end the cue: "was rejected by Sky")
        reports_only = bool(before) and all(s.role == "media" for s in before)
        # ("kabar tersebut dibantah oleh sang produser, Dimas Wijaya": or a person named with a role)
        passive = [s for s in outside if (s.role == "platform" or s.role in ("creator", "crew", "cast") and s.name)
                   and 0 <= s.start - cue.end <= 60
                   and self.cue_finder.passive_agent.search(text, cue.start, s.start) and self.clauses.first(cue.end, s.start) is None] \
            if reports_only or not before else []  # (a subject of another kind speaks: see below)
        if passive and reports_only:
            return passive[0]
        if reports_only and cue.category == "denial":
            # "Eine Joyn-Sprecherin sagte, der Bericht sei „schlicht falsch“": the report is what is denied; the one
            # who speaks before it denies it
            said = self.cues.within(sentence.start, floor, "speech")
            speakers = [s for s in outside if said and s.end <= said[-1].start and s.role != "media"]
            if speakers:
                return speakers[-1]
        if before:
            # ("Imogen Sallis, the creator of X, told fans on Instagram that ...": the fans right after the speech word
            # are spoken to; the one who speaks stands before it, past the aside's commas)
            told = [c for c in self.cues.within(sentence.start, before[0].start, "speech")
                    if _ADDRESSED.fullmatch(text, c.end, before[0].start) is not None]
            if told and before[0].role in ("fans", "media"):
                speakers = [s for s in outside if s.end <= told[-1].start and s.role != "fans"]
                if speakers:
                    return speakers[-1]
            # "Creator X told fans that ...": the one who speaks, not the one spoken to
            speech = self.cues.within(before[0].end, cue.start, "speech")
            # ("A fan account claimed that filming had started - a claim a Netflix spokesperson shot down": the one named
            # right before a denial, after the speech, is who denies)
            denier = next((s for s in reversed(before) if s.role != "media" and s.start >= speech[-1].end
                           and _FEW_WORDS_BETWEEN.fullmatch(text, s.end, cue.start)), None) \
                if speech and cue.category == "denial" else None
            if denier is not None:
                return denier
            if speech:
                # (not one spoken to before it: "a plataforma agradeceu ao elenco e à equipe e informou que ...")
                addressee = self.cue_finder.addressee
                speakers = [s for s in before if s.end <= speech[-1].start and not (
                    addressee is not None and addressee.search(text, max(sentence.start, s.start - 30), s.start))] \
                    or [s for s in before if s.end <= speech[-1].start]
                if speakers:
                    return speakers[-1]
            # "Fans are asking Netflix to renew it", "penonton meminta Netflix melanjutkan": the fans wish it
            wish = self.cues.within(before[0].end, cue.start, "hedge")
            # (not past a clause of time that has a subject of its own: "... asking Netflix to renew it after the
            # streamer cancelled it last week")
            timed = self.grammar_words.time_clause.search(text, wish[-1].end, cue.start) if wish else None
            if timed is not None and before[-1].start > timed.end() and before[-1].role != "fans":
                return before[-1]
            if wish:
                fans = [s for s in before if s.role == "fans" and s.end <= wish[-1].start]
                if fans:
                    return fans[-1]
            # ("Amazon hat eine zweite Staffel bei Regisseur und Hauptdarsteller Jan Ost in Auftrag gegeben": the one a
            # season is ordered from makes it, the platform that orders it says so)
            ordered_from = _ORDERED_FROM.search(text, max(sentence.start, before[-1].start - 50), before[-1].start) \
                if cue.category == "renewal" and before[-1].role in ("creator", "crew", "cast") else None
            if ordered_from is not None:
                # (the commas of the roles may part it from the clause: all the sentence before them)
                platforms = [s for s in outside if s.role == "platform" and sentence.start <= s.start
                             and s.end <= ordered_from.start()]
                if platforms:
                    return platforms[-1]
            return before[-1]  # the subject of the cue's own clause
        # ("Einen Bericht, wonach ..., wies Sky dagegen zurück": a subject put after the verb, inside the cue's words)
        # ("Im vergangenen Herbst kündigte der Sender das Comeback an": so is a platform inside an announcement's words)
        # (not "Angeblich arbeitet Prime Video an einer dritten Staffel": a verb of announcing opens the words)
        inside = [s for s in outside if cue.start < s.start and s.end < cue.end and s.role != "media"
                  and (cue.category == "denial" or s.role == "platform"
                       and any(c.start == cue.start for c in self.cues.within(cue.start, cue.end, "speech")))] \
            if cue.category in ("denial", "renewal", "cancellation") else []
        if inside:
            return inside[0]
        agent = [s for s in outside if s.role == "platform" and self._agent_after(cue, s)]
        if agent:
            return agent[0]  # "diperpanjang Canal+", "renewed by Hulu", "diumumkan stasiun televisi SBS"
        if passive:
            return passive[0]
        # "renovada por una tercera temporada en Netflix": a platform after a decision's participle and its venue word
        # (the only venue that `sources` keeps as a platform)
        agent = [s for s in outside if s.role == "platform" and 0 <= s.start - cue.end <= 80
                 and cue.category in ("renewal", "cancellation")
                 and self.cue_finder.venue.search(text, max(cue.end, s.start - 12), s.start)
                 and self.clauses.first(cue.end, s.start) is None]
        if agent:
            return agent[0]
        speech = [c for c in self.cues.within(sentence.start, cue.start, "speech")]
        # (not where unnamed sources are the ones who speak: "Although the platform has not revealed a date, production
        # sources say filming will begin in mid-2026", "fuentes de la producción apuntan a que ...")
        if speech and any((r.start <= speech[-1].start <= r.end + 24 and self.clauses.first(r.end, speech[-1].start) is None)
                          or (speech[-1].end <= r.start and self.clauses.first(speech[-1].end, r.start) is not None)
                          for r in self.cues.within(sentence.start, cue.start, "reported")):
            speech = []
        # (nor one whose words a "but" closes before the cue: "The streamer has not announced a release date, but
        # filming wrapped in October")
        if speech and self.grammar_words.clause_word.search(text, speech[-1].end, cue.start) is not None:
            speech = []
        if speech and not self._outlet_speaks(speech[-1].end, cue):
            # ("Thomas Ferrand, le créateur de la comédie de Prime Video « X », a révélé que ...": not the owner)
            subject = [s for s in outside if s.end <= speech[-1].start and not self._owner(s)]
            if subject:
                return subject[-1]
        # (not the subject of a relative clause before it: "X, which ABC canceled after two seasons, could be revived")
        # (nor one further inside such a clause, closed before the cue: "X, que Movistar Plus+ estrenó en 2024 y cuya
        # segunda temporada llegó a la plataforma en mayo, seguirá adelante")
        before = [s for s in outside if s.end <= cue.start and not self._conditional(max(sentence.start, s.start - 60), s.start)
                  and not self.grammar_words.relative.search(text, max(sentence.start, s.start - 12), s.start + 1)
                  and not self._inside_relative(s, cue, sentence) and not self._agent_of_participle(s, sentence)
                  # (nor the work's owner where someone unnamed speaks between: "O drama do Globoplay virou alvo de
                  # boato, quando um perfil de fofocas publicou que a segunda temporada tinha sido cancelada")
                  and not (self._owner(s) and self.cues.within(s.end, cue.start, "speech"))]
        # (nor, where a platform announces for the paragraph, fans named before a colon that opens what is said: "Netflix
        # machte zwei Ankündigungen. Die erste dürfte Fans wehmütig stimmen: Die vierte Staffel wird die letzte sein";
        # not "Le message des fans est clair : ils espèrent ...", their own words)
        # ("Fans will have to be patient: the second season will not arrive before 2028": nor fans named before a colon
        # that opens a clause of its own, with its own subject)
        if state.announcer is not None and state.announcer[0] in (sentence.paragraph, _EVERY_PARAGRAPH):
            before = [s for s in before if not (s.role == "fans" and ":" in text[s.end:cue.start])]
        else:
            before = [s for s in before if not (s.role == "fans" and _COLON_CLAUSE.search(text, s.end, cue.start))]
        # (nor one named after "according to" that a clause word parts from the cue: "Filming wrapped, according to
        # star X, so a premiere in mid-2027 seems realistic": the outlet's own inference)
        # (nor one a clause word parts from a cue whose clause the outlet speaks in: "Netflix has not announced a
        # date, but given that ..., we would not expect season 2 before late 2027")
        # (a clause word set off by commas only turns the sentence: "According to columnist X, however, filming should
        # start in January" is X's)
        if before and (self._outlet_speaks(before[-1].end, cue) or any(
                0 <= before[-1].start - c.end <= 12 for c in self.cues.within(sentence.start, before[-1].start, "according_to"))
                and self._parting_word(before[-1].end, cue.start) >= 0):
            before = []
        # (nor one inside the clause the sentence opens on with a clause word, the cue past its comma: "Although the
        # platform has not revealed a date, production sources say filming will begin in mid-2026")
        # (or on a clause of time or of cause: "Setelah episode final musim pertama membuat penonton kaget, awal Maret
        # nanti musim kedua akhirnya tayang", "Da der Sender jedes Jahr eine Staffel zeigt, ist es wahrscheinlich, dass ...")
        words = self.grammar_words
        if before and (words.clause_word.match(text, sentence.start) is not None
                       or words.time_clause.match(text, sentence.start) is not None
                       or words.cause_opener is not None and words.cause_opener.match(text, sentence.start) is not None):
            comma = text.find(",", sentence.start, cue.start)
            if comma >= 0:
                before = [s for s in before if s.start > comma]
        # (nor the subject of a clause that says what it has not done, a "but" parting it from the cue: "Movistar Plus+
        # todavía no ha fijado una fecha, pero la tercera temporada se estrenará en primavera")
        if before and (parting := self._parting_word(before[-1].end, cue.start)) >= 0 and \
                self.cues.within(before[-1].end, parting, "not_confirmed", "negation"):
            before = []
        if before and before[-1].role != "fans":
            return before[-1]
        after = [s for s in outside if s.start >= cue.end]
        # (not past the comma that closes a clause the sentence opens on with a clause word: "Although there has been no
        # official announcement, director X says ...", "Meski belum ada pengumuman resmi, sutradara X mengaku ...")
        opening_clause = self.grammar_words.clause_word.match(text, sentence.start) is not None
        clause_end = text.find(",", cue.end, sentence.end) \
            if opening_clause and "," not in text[sentence.start:cue.start] else -1
        # (nor past a clause word after the cue: "A third season has not been ordered yet, but showrunner X says ...")
        clause_end = min(p for p in (clause_end, self._parting_word(cue.end, sentence.end), sentence.end) if p >= 0)
        after = [s for s in after if s.start < clause_end]
        for source in after:
            between = text[cue.end:source.start]
            speech_after = self.cues.within(cue.end, source.end + 25, "speech")
            # (not a person, the subject of a clause of its own after ", and", whose verb says something else: "The second
            # season premieres on January 17, and producer X has hinted that a third season could follow"; a platform
            # there is the one that announces both: "... will premiere in November, and ITVX confirmed that ...")
            joined = self.grammar_words.clause_and.search(text, cue.end, source.start) if speech_after else None
            if joined is not None and source.role != "platform" and text[cue.end:joined.start()].rstrip().endswith(",") \
                    and len(text[speech_after[-1].end:sentence.end].split()) >= 4:
                continue
            if speech_after or re.search(r"[,\"”]\s*$", between):
                return source
        if before:
            return before[-1]
        carried = self._platform_carried_on(sentence, state, cue)
        if carried is not None:
            return carried
        if state.announcer is not None and state.announcer[0] in (sentence.paragraph, _EVERY_PARAGRAPH) and \
                cue.category in ("renewal", "cancellation", "release", "final_statement"):
            return Source(sentence.start, sentence.start, state.announcer[1], "platform")
        # "Showrunnerin Katrin Albers sprach mit der Zeitung. Sie arbeite an der dritten Staffel, verriet sie."
        pronoun = self._pronoun_speaker(sentence, sentence.start, state)
        if pronoun is not None and clause_end <= pronoun.start:
            pronoun = None  # (nor the one a pronoun stands for there: "..., director X says he is writing ...")
        # ('..., wie ein Sendersprecher mitteilte. Man werte derzeit die Quoten aus, hieß es.': a speech word after what
        # it reports, with no one named, goes on with the paragraph's speaker)
        if pronoun is None and not outside and state.speaker is not None and state.speaker_paragraph == sentence.paragraph \
                and self.cues.within(cue.end, sentence.end, "speech"):
            return state.speaker
        if pronoun is None and state.answering and state.interviewee is not None:
            # an interview's answer, where no one else is named: the one interviewed says it
            return Source(sentence.start, sentence.start, state.interviewee[0], state.interviewee[1])
        return pronoun

    def _parting_word(self, start: int, end: int) -> int:
        """Where the first clause word between `start` and `end` stands ("but", "aunque"), -1 for none; one set off by
        commas only turns the sentence ("According to columnist X, however, filming should start in January")."""
        return next((m.start() for m in self.grammar_words.clause_word.finditer(self.text, start, end)
                     if self.text[m.end():m.end() + 1] != ","), -1)

    def _platform_carried_on(self, sentence: Sentence, state: _State, cue: Cue | None = None) -> Source | None:
        """"Movistar Plus+ anunció la renovación de X. Además, fijó el 20 de noviembre como fecha de estreno de Y": a
        sentence that goes on ("Además", "Também") straight into its verb (Spanish and Portuguese leave the subject
        out), or adds with "also" what no one in it says, keeps the platform that spoke just before."""
        opener, also = self.grammar_words.dropped_subject, self.grammar_words.also
        # ("A segunda temporada de Y também foi confirmada", "Season 2 of Y was also renewed": what "also" adds, with
        # no one named, is the same platform's)
        if sentence.index == 0 or not ((opener is not None and opener.match(self.text, sentence.start)) or (
                also is not None and cue is not None and also.search(self.text, sentence.start, cue.end))):
            return None
        if self.sentences[sentence.index - 1].paragraph != sentence.paragraph:
            return None
        spoke = [c.source for c, _ in state.previous_claims if c.source_role == "platform" and c.source]
        # (or named it first: "Netflix ha decidido partir el desenlace en dos temporadas. También ha fijado ...")
        if not spoke and state.platform_first is not None and state.platform_first[0] == sentence.index - 1:
            spoke = [state.platform_first[1]]
        return Source(sentence.start, sentence.start, spoke[-1], "platform") if spoke else None

    def _quotation_goes_on(self, sentence: Sentence, quote: tuple[int, int]) -> bool:
        """Whether the quotation opens the sentence that opens its paragraph, and the paragraph before ends on one."""
        if sentence.index == 0 or self.text[sentence.start:quote[0]].strip():
            return False
        before = self.sentences[sentence.index - 1]
        return before.paragraph == sentence.paragraph - 1 and bool(cue_module.quotations(self.text, before))

    def _agent_of_participle(self, source: Source, sentence: Sentence) -> bool:
        """Whether someone of the cast or crew is named only as the agent of a participle that describes the work: "El
        concurso presentado por Chelo Barberá ... tendrá una quinta temporada", "the thriller, directed by Ana Ruiz,
        will return" (not a creator: "Kabar season 2 datang dari penulis webtoon aslinya", the news is the writer's)."""
        # (the agent word before the name, or ending the role's own words: "presentado por", "directed by")
        agent = self.cue_finder.passive_agent
        return source.role in ("cast", "crew") and (
            agent.search(self.text, max(sentence.start, source.start - 12), source.start) is not None
            or agent.search(self.text, source.start, min(sentence.end, source.end + 1)) is not None)

    def _inside_relative(self, source: Source, cue: Cue, sentence: Sentence) -> bool:
        """Whether a source stands inside a relative clause set off by commas, or by dashes, and closed before the cue
        ("The adaptation of her novels—which was gobbled up by passionate viewers—will not return for a third season":
        the viewers say nothing of it)."""
        text = self.text
        for mark in ",—–":
            opening = text.rfind(mark, sentence.start, source.start)
            if opening >= 0 and text.find(mark, source.end, cue.start) >= 0 \
                    and self.grammar_words.relative_opening.match(text, opening + (mark != ",")) is not None:
                return True
        return False

    def _owner(self, source: Source) -> bool:
        """Whether a platform is named as the work's owner before it: "la serie de Netflix", "la comédie de Prime Video"."""
        owner = self.cue_finder.owner_before
        if owner is None or source.role != "platform":
            return False
        found = owner.search(self.text, max(0, source.start - 30), source.start)
        # (not a head of the platform's department: "la directrice de la fiction de M6" speaks for M6)
        return found is not None and not any(
            role.start() < found.start() < role.end()
            for role in self.cue_finder.roles["platform"].finditer(self.text, max(0, found.start() - 40), found.end()))

    def _platform_clause(self, cue: Cue, sentence: Sentence, outside: list[Source], closing: int) -> bool:
        """Whether the cue's clause names the platform before the cue and a clause joined to it follows before
        `closing`, the attribution that ends the sentence: "A Netflix confirmou a renovação em março, e as gravações
        foram concluídas em agosto, segundo o ator X" (the platform says the first; the actor, the second)."""
        start = self.clauses.start(sentence.start, cue.start)
        # (a clause joined by "and" after a comma, not the comma that sets the attribution off, "Hulu is in talks ...,
        # according to a newsletter", nor an aside, "NBC is developing a revival of X, the sitcom that ended after three
        # seasons, sources say")
        # (or by "but": "A Max anunciou que X terá uma terceira temporada, mas a estreia não deve acontecer antes de
        # 2028, segundo o showrunner")
        joined = False
        comma = self.text.find(",", cue.end, closing)
        while 0 <= comma < closing - 1 and not joined:
            word = closing - len(self.text[comma + 1:closing].lstrip(" "))  # (the word after the comma's spaces)
            joined = self.grammar_words.clause_and.match(self.text, comma + 1) is not None or \
                self.grammar_words.clause_word.match(self.text, word) is not None
            comma = self.text.find(",", comma + 1, closing)
        return joined and any(s.role == "platform" and start <= s.start and s.end <= cue.start for s in outside)

    def _closing_speaker(self, cue: Cue, sentence: Sentence, outside: list[Source]) -> Source | None:
        """The named speaker of a speech verb after the cue's clause, past a comma: "..., said producer Jonas Feld",
        "..., producer Jonas Feld told DWDL" (not an outlet: "..., Variety reports" is the report's own rule)."""
        text = self.text
        comma = text.rfind(",", cue.end, sentence.end)
        if comma < 0 or sentence.index in self.headline_sentences or self._platform_clause(cue, sentence, outside, comma + 1):
            return None
        # (or a forward source's words: "..., das hat das ZDF am Montag mitgeteilt", "das hat der Sender bestätigt")
        for speech in self.cues.within(comma, sentence.end, "speech", "forward_source"):
            for source in outside:
                if source.start <= comma or source.role in ("media", "fans") or not source.name and source.role != "platform":
                    continue
                # ", said producer Jonas Feld": the verb right after the comma, the speaker after it
                if source.start >= speech.end and not text[comma + 1:speech.start].strip() \
                        and _FEW_WORDS_BETWEEN.fullmatch(text, speech.end, source.start):
                    return source
                # ", producer Jonas Feld told DWDL": a few words after the comma (no "but", "when ..."), then the verb
                # (not one that goes on to what it says: "..., and star Elena Cruz said this month that filming wrapped")
                if 0 <= speech.start - source.end <= 2 and _FEW_WORDS_BETWEEN.fullmatch(text, comma + 1, source.start) \
                        and self.clauses.first(comma + 1, source.start) is None and not self._says_on(speech, sentence):
                    return source
        return None

    def _work_aside(self, cue: Cue, work_spans: WorkSpans, named: list[tuple[str, int, SeasonMention]]) -> bool:
        """Whether a past release stands in an aside on the work after its title, the season named before the
        title: "tourne ici la deuxième saison des « Traboules », son thriller français lancé en mars dernier"."""
        aside = self.grammar_words.work_aside
        if aside is None:
            return False
        for start, end, _ in work_spans:
            if 0 <= cue.start - end <= 100 and aside.match(self.text, end, cue.start) and \
                    any(m.end <= start for _, _, m in named) and not any(end <= m.start < cue.start for _, _, m in named):
                return True
        return False

    def _title_relative(self, cue: Cue, work_spans: WorkSpans) -> bool:
        """Whether a release word opens a relative clause right on a title: "Arisan Maut yang tayang pada Juni 2024"."""
        return any(0 <= cue.start - end <= 16 and (m := self.grammar_words.relative_opening.match(self.text, end)) is not None
                   and 0 <= cue.start - m.end() <= 4 for _, end, _ in work_spans)

    def _aired_before_renewal(self, cue: Cue, keys: list[tuple[str, int]], cues: list[Cue],
                              named: list[tuple[str, int, SeasonMention]]) -> bool:
        """Whether a past release word comes before a renewal word, and its sentence names its installments only
        after that word, none before the release word: the work's earlier run aired, the one named is renewed."""
        renewal = next((c for c in cues if c.category == "renewal" and c.start >= cue.end), None)
        if renewal is None or any(m.start < cue.start for _, _, m in named):
            return False
        # ("schickte X an den Start und hat nun eine zweite Staffel bestellt": the verb last, after its season, in the
        # clause the "and" opens)
        joined = self.grammar_words.clause_and.search(self.text, cue.end, renewal.start)
        # (not one the release's own clause names, before the renewal's: "estrenó su segunda entrega el 23 de julio y a
        # las pocas semanas ... anunció su continuación" aired the second)
        opens = joined.start() if joined is not None else renewal.start
        if any((w, k) in keys and m.numbers and m.start < opens for w, k, m in named):
            return False
        after = joined.end() if joined is not None else renewal.end
        return all(any((t, n) == (w, k) and m.start >= after for w, k, m in named) for t, n in keys)

    def _sequel_of_title(self, cue: Cue, sentence: Sentence, work_spans: WorkSpans) -> bool:
        """"Film ini adalah sekuel dari Warisan Nenek yang dirilis pada 2024": a release told of the title a sequel
        word names, a few words before the release word, is the first film's."""
        sequel_of = self.grammar_words.sequel_of
        if sequel_of is None:
            return False
        for m in sequel_of.finditer(self.text, max(sentence.start, cue.start - 100), cue.start):
            if any(0 <= start - m.end() <= 2 and 0 <= cue.start - end <= 25 for start, end, _ in work_spans):
                return True
        return False

    def _plan_given_up(self, cue: Cue, sentence: Sentence, cues: list[Cue]) -> tuple[int, int] | None:
        """The span of the time a negated cue gives up: one beside "as planned" later in its clause, or the one
        right after it where "no longer" goes with it ("não chegará mais em dezembro", "nicht mehr im Oktober")."""
        end = self.clauses.end(cue.end, sentence.end)
        times = self.times.find(self.text, self.article.published, cue.end, end, self.words)
        planned = self.grammar_words.as_planned
        if planned is not None and (cue.category == "cancellation" or self._negated(cue, cues)):
            for m in planned.finditer(self.text, cue.end, min(end, cue.end + 80)):
                for t in times:
                    if 0 <= m.start() - t.end <= 3 or 0 <= t.start - m.end() <= 3:
                        return t.start, t.end
        no_longer = self.grammar_words.no_longer
        if no_longer is not None and no_longer.search(
                self.text, max(self.clauses.start(sentence.start, cue.start), cue.start - 25), min(end, cue.end + 12)):
            after = next((t for t in times if t.start - cue.end <= 25), None)
            if after is not None:
                return after.start, after.end
        # ("wird ... nicht mehr im Oktober, sondern erst im Januar 2027 ausgestrahlt": the verb last, the time given up
        # right after the words)
        # ("nicht wie geplant im Herbst veröffentlicht": the same with "as planned", after its negation)
        for words in (no_longer, planned if self._negated(cue, cues) else None):
            if words is None:
                continue
            for m in words.finditer(self.text, max(sentence.start, cue.start - 100), cue.start):
                before = self.times.find(self.text, self.article.published, m.end(), cue.start, self.words)
                if before and _SHORT_GAP.fullmatch(self.text, m.end(), before[0].start):
                    return before[0].start, before[0].end
        return None

    def _says_on(self, speech: Cue, sentence: Sentence) -> bool:
        """Whether what a speech verb says comes after it: "that" within a few words, with no comma, or an event
        later in the sentence ("..., and cast member Leo Tran said filming could begin next spring")."""
        end = min(sentence.end, speech.end + 25)
        that = self.grammar_words.that.search(self.text, speech.end, end)
        if that is not None and "," not in self.text[speech.end:that.start()]:
            return True
        return any(c.category in _EVENT_CATEGORIES for c in self.cues.within(speech.end, sentence.end))

    def _company_pronoun(self, sentence: Sentence, sources: list[Source]) -> list[Source]:
        """"Kabar gembira datang dari rumah produksi Sinema Nusantara. Mereka memastikan ...", "Good news comes from
        the studio Nusantara Pictures. They confirmed ...": a plural pronoun that opens the sentence stands for the
        one company the sentence before, in its paragraph, names (where it names no person)."""
        pronoun = self.grammar_words.company_pronoun
        previous = self.sentences[sentence.index - 1]
        opening = pronoun.match(self.text, sentence.start) if pronoun is not None else None
        if opening is None or previous.paragraph != sentence.paragraph:
            return sources
        named = self.cue_finder.sources(self.text, previous, None, named=self.cues.named)
        companies = {s.name for s in named if s.role == "platform" and s.name}
        if len(companies) != 1 or any(s.role in ("creator", "crew", "cast") for s in named):
            return sources
        return [Source(opening.start(), opening.end(), companies.pop(), "platform")] + sources

    def _pronoun_cue(self, sentence: Sentence, start: int, suffix: bool = False,
                     pronoun: re.Pattern[str] | None = None) -> Cue | None:
        """The speech word a pronoun speaks with from `start` on ("she wrote", "verriet sie", "a-t-elle écrit"; with
        `suffix`, also the pronoun ending of "ujarnya", "lanjutnya"); `pronoun`: those pronouns only (else any subject
        pronoun)."""
        text = self.text
        pronoun = pronoun or self.grammar_words.pronoun_subject
        for cue in self.cues.within(start, sentence.end, "speech"):
            if (suffix and text[cue.start:cue.end].lower().endswith("nya")) or \
                    pronoun.search(text, max(start, cue.start - 16), min(sentence.end, cue.end + 6)):
                return cue
        return None

    def _platform_alone(self, source: Source) -> bool:
        """Whether a platform is named by its name alone, no word for one of its people beside it ("for the Netflix
        series"; not "a Netflix spokesperson", "kata perwakilan Netflix Indonesia")."""
        text, people = self.text, self.cue_finder.roles["platform"]
        return source.role == "platform" and text[source.start:source.end] == source.name \
            and people.search(text, max(0, source.start - 24), min(len(text), source.end + 24)) is None

    def _person_speaks(self, sentence: Sentence, start: int, following: Sentence | None) -> bool:
        """Whether a speech word from `start` on (or in the `following` sentence) has for its subject a pronoun that
        stands only for a person ("he said", "katanya dia"), or the pronoun's ending of "ujarnya"."""
        pronoun = self.grammar_words.person_pronoun
        return pronoun is not None and any(
            self._pronoun_cue(within, at, suffix=True, pronoun=pronoun) is not None
            for within, at in ((sentence, start),) + (((following, following.start),) if following is not None else ()))

    def _pronoun_speaker(self, sentence: Sentence, start: int, state: _State, suffix: bool = False) -> Source | None:
        """The person named last with a role in this paragraph, when a pronoun speaks from `start` on (with `suffix`,
        also "ujarnya", "katanya", which without a quote before it is hearsay)."""
        if state.last_person is None or state.last_person_paragraph != sentence.paragraph:
            return None
        cue = self._pronoun_cue(sentence, start, suffix)
        return Source(cue.start, cue.end, state.last_person[0], state.last_person[1]) if cue is not None else None

    def _quotation_opener(self, sentence: Sentence) -> Source | None:
        """The speaker named before a colon that opens, in the sentence before in its paragraph, the quotation this
        sentence goes on with: 'La plataforma responde con cautela: "Nos encanta ...'."""
        if not sentence.index:
            return None
        previous = self.sentences[sentence.index - 1]
        if previous.paragraph != sentence.paragraph:
            return None
        text = self.text
        opening = max(text.rfind(mark, previous.start, previous.end) for mark in _OPENING_MARKS)
        if opening < 0 or not text[previous.start:opening].rstrip().endswith(":"):
            return None
        found = [s for s in self.cue_finder.sources(text, previous, None, named=self.cues.named) if s.end <= opening]
        return next((s for s in reversed(found) if s.role != "media"), found[-1]) if found else None

    def _next_speaker(self, sentence: Sentence, state: _State) -> Source | None:
        """The speaker named where a quotation that goes on past the sentence closes: later in its paragraph, or in a
        later one where each paragraph of a long quotation opens on a quotation mark and the one before it ends with
        none ('"Kami sudah masuk tahap pascaproduksi ... || "Untuk musim keempat, kami belum bicara ke sana," kata
        Ratna')."""
        text = self.text
        current = sentence
        for following in self.sentences[sentence.index + 1:sentence.index + 9]:
            if following.paragraph != current.paragraph and not (
                    following.line_start and text[following.start:following.start + 1] in _OPENING_MARKS
                    and text[max(0, current.end - 20):current.end].rstrip()[-1:] not in _CLOSING_MARKS):
                return None
            reopened = following.paragraph != current.paragraph  # (its opening mark goes on with the quotation)
            current = following
            if not self.cues.within(following.start, following.end, "speech"):
                if any(mark in following.text[1 if reopened else 0:] for mark in _QUOTE_MARKS):
                    return None  # (a quotation closed with no one named, or another one)
                continue
            found = self.cue_finder.sources(self.text, following, None, named=self.cues.named)
            # '"... bulan lalu. Kalau lancar, ...," kata Andi': a person named before, by name alone
            found = self._people(following, found, state)
            # (not those the quotation names: '"... Terima kasih kepada seluruh pemain," tulis WeTV')
            quoted = cue_module.quotations(self.text, following)
            found = [s for s in found if not any(q0 <= s.start < q1 for q0, q1 in quoted)]
            return found[0] if found else None
        return None

    def _conditional(self, start: int, end: int) -> bool:
        """Whether text[start:end] ends inside an if-clause ("If the platform gives the green light, ...")."""
        condition = self.cue_finder.condition
        return condition is not None and condition.search(self.text, start, end) is not None

    def _named_within(self, key: str, start: int, end: int) -> list[tuple[int, int]] | None:
        """Where the article names one of the cue finder's `key` ("role:cast", "platform") in text[start:end] (None:
        not known from the article's word starts)."""
        named = self.cues.named
        return cue_module.spans_within(named[key], start, end) if named is not None and key in named else None

    def _names_person(self, sentence: Sentence) -> bool:
        named = self.cues.named
        if named is None:
            return False
        for role in ("role:creator", "role:crew", "role:cast"):
            spans = cue_module.spans_within(named[role], sentence.start, sentence.end) if role in named else None
            if spans is None or spans:
                return True  # (None: the role's words are left to their regex)
        # ... or one who speaks for a platform ("HBO's head of drama, Jane Dolan, thanked the fans")
        platforms = cue_module.spans_within(named["platform"], sentence.start, sentence.end) if "platform" in named else None
        if platforms and any(_APPOSITIVE_NAME.match(self.text, e, sentence.end) for _, e in platforms):
            return True
        # ... or named right after a word for the platform's people ("hatte Programmchefin Katrin Obermeier ...")
        roles = cue_module.spans_within(named["role:platform"], sentence.start, sentence.end) \
            if "role:platform" in named else None
        return bool(roles) and any(_NAME_AFTER_ROLE.match(self.text, e, sentence.end) for _, e in roles or ())

    def _people(self, sentence: Sentence, sources: list[Source], state: _State) -> list[Source]:
        """Remember who was named with a role; a later "ujar Rizal", "Dunn said" is that person again."""
        headline = sentence.index in self.headline_sentences
        for source in sources:
            if source.name and source.role in ("creator", "crew", "cast"):
                for word in source.name.split():
                    known = state.people.get(word)
                    if len(word) >= 3 and word[0].isupper() and word.lower() not in self.cue_finder.common and \
                            (known is None or (known[2] and not headline)):
                        state.people[word] = (source.name, source.role, headline)
                if not headline:
                    state.last_person, state.last_person_paragraph = (source.name, source.role), sentence.paragraph
            elif source.name and source.role == "platform":
                # ("Asked about that report, Netflix's co-chief executive did not confirm it. || '"...," he said.': one of
                # the platform's people, named by a role word right after it, whom a pronoun then stands for)
                if not headline and self._named_within("role:platform", source.end, min(sentence.end, source.end + 25)):
                    state.last_person, state.last_person_paragraph = (source.name, "platform"), sentence.paragraph
                # ("Northlight Pictures said on Monday ... || Northlight said the sequel ...": a company named again
                # without the word that makes it one)
                head, _, suffix = source.name.rpartition(" ")
                if head and suffix in COMPANY_SUFFIXES:
                    for word in head.split():
                        if len(word) >= 4 and word[0].isupper() and word.lower() not in self.cue_finder.common \
                                and word not in state.people:
                            state.people[word] = (source.name, "platform", headline)
                # "la directora de Contenidos de Ficción de RTVE, Begoña Lasheras, agradeció ... || "...", añadió
                # Lasheras": the person set off by commas after the platform's role speaks for it
                m = _APPOSITIVE_NAME.match(self.text, source.end, sentence.end)
                if m is None and self.text[source.start:source.end] != source.name:
                    # ... and the one named right after the role's word ("hatte Programmchefin Katrin Obermeier
                    # Nachrichten im Gepäck || ..., kündigte Obermeier an")
                    m = _NAME_AFTER_ROLE.match(self.text, source.end, sentence.end)
                # (of the platform named last before it: "la directora de Contenidos de Ficción de RTVE, ...")
                name = m.group(1) if m is not None and not any(
                    o.role == "platform" and o.name and source.end <= o.start < m.start(1) for o in sources) \
                    and not self.cue_finder.platforms.fullmatch(m.group(1)) else ""  # (not "Netflix, Prime Video, ...")
                for word in name.split() if len(name.split()) >= 2 else ():
                    if len(word) >= 3 and word.lower() not in self.cue_finder.common and word not in state.people:
                        state.people[word] = (source.name, source.role, headline)
                        state.platform_people = True
        if not state.people:
            return sources
        # (a word that hands on what was said is one too: "Ezquerra lo presentó como una decisión ...")
        speech = self.cues.within(sentence.start, sentence.end, "speech", "forward_source")
        text = self.text
        added = []
        for m in cue_module._NAME.finditer(text, sentence.start, sentence.end):
            words = m.group().split()
            person = state.people.get(m.group()) or (state.people.get(words[-1]) if len(words) > 1 else None)
            if person is None and (len(words) >= 3 or len(words) == 2 and "-" in words[1]):
                # ("Sutradara Hwang mengatakan ... || '...,' kata Hwang Dong Hyuk": a Korean name, its family name first)
                person = state.people.get(words[0])
            if person is not None and person[1] == "platform" and not headline:
                # ("hat RTL-Deutschland-Chefin Kristina Albers eine gute Nachricht verkündet. || "...", sagte sie": the
                # one a pronoun after it stands for)
                state.last_person, state.last_person_paragraph = (person[0], person[1]), sentence.paragraph
            if person is None or any(s.start < m.end() and m.start() < s.end for s in sources):
                continue
            # beside a speech word: "ujar Rizal", "Dunn said", "said Dunn"; or an auxiliary or two away
            # ("Marsh has revealed", "Kearney also teased", "Rizal juga mengatakan")
            # (or inside it: "kündigte Obermeier an")
            # (... or after it: "confirmou ainda Vilaverde", "añadió además Ferrán")
            if any(0 <= m.start() - c.end <= 2 or 0 <= c.start - m.end() <= 2 or c.start < m.start() and m.end() < c.end
                   or (0 <= c.start - m.end() <= 20 and _auxiliaries(text[m.end():c.start]))
                   or (0 <= m.start() - c.end <= 20 and _auxiliaries(text[c.end:m.start()])) for c in speech):
                added.append(Source(m.start(), m.end(), person[0], person[1]))
            # ... or the sentence's subject, who goes on in quotes: 'Ferrán tampoco quiere dar plazos: "Si todo va
            # bien, ..."' (not "Dunn's co-star called it "a triumph"")
            elif m.start() - sentence.start <= 1 and not _POSSESSIVE_AFTER.match(text, m.end()) and any(
                    m.end() < q for q, _ in cue_module.quotations(text, sentence)):
                added.append(Source(m.start(), m.end(), person[0], person[1]))
        return sorted(sources + added, key=lambda s: s.start) if added else sources

    def _remember_speaker(self, sentence: Sentence, sources: list[Source], cues: list[Cue], quotes: Spans,
                          state: _State) -> None:
        speech = [c for c in cues if c.category == "speech"]
        if speech or quotes:
            outside = [s for s in sources if not any(qs <= s.start < qe for qs, qe in quotes) and s.role != "media"]
            if outside:
                # the subject of the speech word ("Asked about the author's comments, a Netflix representative sent a
                # statement": not the author), else the first named
                before = [s for s in outside if speech and s.end <= speech[0].start]
                if not before and speech and _NAME_RIGHT_BEFORE.search(self.text, sentence.start, speech[0].start):
                    # ("Kepala Dinas Pariwisata, Yohanes Lede, mengatakan pihaknya menerima surat dari tim produksi": a
                    # name right before the speech word speaks, though no role makes it a source; not the team after it)
                    state.speaker = None
                    state.speaker_paragraph = sentence.paragraph
                    return
                # ("Sutradara Park Seo-jun belum bisa memberi kepastian. Dalam sebuah acara temu penggemar, ia hanya
                # berkata ...": a pronoun right before the speech word is the person named last, not who the sentence
                # names around it)
                pronoun = self._pronoun_speaker(sentence, sentence.start, state) if speech and \
                    self.grammar_words.pronoun_subject.search(self.text, max(sentence.start, speech[0].start - 16),
                                                              speech[0].start) else None
                state.speaker = pronoun if pronoun is not None else before[-1] if before else outside[0]
                state.speaker_paragraph = sentence.paragraph
                return
        # "L'autrice Julie Gagnon ne s'avance pas. « Je ne dis pas non », a-t-elle répondu.": a person opening a sentence
        # with her role is who speaks next
        subject = next((s for s in sources if s.role in ("creator", "cast", "crew") and s.name
                        and s.start - sentence.start <= 4), None)
        if subject is not None:
            state.speaker = subject
            state.speaker_paragraph = sentence.paragraph
            return
        if sentence.paragraph != state.speaker_paragraph:
            if state.speaker is not None:
                state.previous_speaker = (state.speaker, state.speaker_paragraph)
            state.speaker = None

    def _source_name(self, source: Source | None) -> tuple[str | None, str]:
        if source is None:
            return self.article.outlet, "media"
        # ("According to Nielsen's rankings": the name without its possessive)
        name = work_module._APOSTROPHE_S_END.sub("", source.name) if source.name else source.name
        return name or (self.article.outlet if source.role == "media" else None), source.role

    def _certainty(self, cue: Cue, sentence: Sentence, source: Source | None, cues: list[Cue]) -> str:
        start = self.clauses.start(sentence.start, cue.start)
        end = self.clauses.end(cue.end, sentence.end)
        fans_before = False
        if cue.category in ("release", "released_past", "cancellation", "final_statement"):
            # "Netflix is still weighing the future of X after the first season premiered in July": a premiere told
            # (or an end: "fans are asking Netflix to renew it after the streamer cancelled it last week")
            # in a clause of time is a fact of its own; the doubt and the viewers before it are the main clause's
            after = None
            for after in self.grammar_words.time_clause.finditer(self.text, start, cue.start):
                pass
            if after is not None:
                start = after.end()
                fans_before = source is not None and source.role == "fans" and source.end <= start
            # ("The sitcom ended its second season in July and its fans are already asking for more": a wish in the
            # clause an "and" adds after the premiere is no doubt about it)
            joined = self.grammar_words.clause_and.search(self.text, cue.end, end)
            if joined is not None:
                end = joined.start()
        elif cue.category == "production":
            # ("Le tournage a débuté en mars et devrait s'achever cet été": a shoot begun is a fact; the doubt is of
            # the end the "and" adds)
            # ("Season 5 is currently filming and is expected to premiere next winter", "l'écriture est déjà bien
            # avancée et le tournage devrait débuter": so is a stage told as it stands, where the doubt opens the
            # clause the "and" adds; not "penulisan dan syuting ... biasanya memakan waktu", one subject of two steps)
            joined = self.grammar_words.clause_and.search(self.text, cue.end, end)
            if joined is not None and (any(_overlaps(c, [cue]) or 0 <= c.start - cue.end <= 3 for c in cues if c.category == "begun")
                                       or any(c.category == "hedge" and 0 <= c.start - joined.end() <= 16 for c in cues)):
                end = joined.start()
        hedged = any(c.category == "hedge" and start <= c.start < end and not (c.start <= cue.start < c.end and c.category == cue.category)
                     for c in cues)
        # "If it happens, next summer is the earliest date": an opening condition governs the whole sentence
        # (up to a colon: "If you are worried about a cliffhanger, there is good news: the BBC has recommissioned it")
        # (not a past premiere in a relative clause of its own: "If you liked X, try Y season 2, which premiered on Max
        # in July")
        pronoun = self.grammar_words.relative_word.search(self.text, max(sentence.start, cue.start - 12), cue.start)
        relative = pronoun is not None and self.text[max(sentence.start, pronoun.start() - 2):pronoun.start()].strip() == "," \
            and any(c.category == "released_past" and _overlaps(c, [cue]) for c in cues)
        hedged = hedged or any(c.category == "hedge" and c.start - sentence.start <= 3
                               and ":" not in self.text[c.end:cue.start] for c in cues) and not relative
        # "..., if it were up to her, X would get a fourth season": so does a condition that ends where the clause opens
        # (a condition, not any doubt: "Depois de meses de especulação, a Globoplay confirmou ...")
        # ("..., y si todo va bien, no la veríamos antes del otoño de 2026": a short if-clause right before it, too)
        hedged = hedged or any(c.category == "hedge" and (
            (0 <= start - c.end <= 3 and self.text[c.end:start].strip() == "," and self._conditional(c.start, c.end))
            or (_SHORT_CONDITION.fullmatch(self.text, c.end, start) is not None
                and self._conditional(c.start, self.text.rindex(",", c.end, start)))) for c in cues)
        # ("liegt es nahe, dass die zweite Staffel im Dezember starten soll": a hedge that "that" completes, the comma
        # between them)
        hedged = hedged or any(c.category == "hedge" and 0 <= start - c.end <= 3 and self.text[c.end:start].strip() == ","
                               and self.grammar_words.that.match(self.text, start) is not None for c in cues)
        # ('"There will not be a season 3, I think," he said', "« ..., je crois »"): a belief put after its clause,
        # on its own up to the sentence's or the quotation's end
        hedged = hedged or any(c.category == "hedge" and 0 <= c.start - end <= 3 and self.text[end:c.start].strip() == ","
                               and _AFTERTHOUGHT_END.match(self.text, c.end) is not None for c in cues)
        rumour = any(c.category == "rumour" and start <= c.start < cue.start for c in cues)
        # ("Según rumores en redes sociales, Netflix estaría preparando ...": a rumour named as the source of the
        # sentence, right after its according-to word, before the cue)
        rumour = rumour or any(c.category == "rumour" and sentence.start <= c.start < cue.start and any(
            a.category == "according_to" and 0 <= c.start - a.end <= 4 for a in cues) for c in cues)
        # ("Kabar mengenai batalnya X beredar di media sosial", "News of X's cancellation is circulating online": the news
        # noun before the cue, its verb of a rumour after it in the same clause)
        rumour = rumour or any(c.category == "rumour" and cue.end <= c.start <= cue.end + 80
                               and self.clauses.first(cue.end, c.start) is None
                               and any(r.category == "reported" and start <= r.start < cue.start for r in cues) for c in cues)
        # ("one rumour has refused to go away: that the mystery has already been renewed": the rumour's words, a colon,
        # then what it says)
        rumour = rumour or any(c.category == "rumour" and sentence.start <= c.end <= start <= c.end + 40
                               and ":" in self.text[c.end:start]
                               and not any(c.end <= e.start < start and e.category in _EVENT_CATEGORIES for e in cues)
                               for c in cues)
        # "Posts circulating on social media claim that Netflix has renewed X", "kursiert das Gerücht, Netflix habe X
        # verlängert": what a rumour says, whoever it names as the one who decided
        # (not "After months of speculation, Netflix has renewed X": the talk before the fact)
        told_by_rumour = self._told_by_rumour(cue, sentence, cues)
        role = source.role if source else "media"
        # what the platform is said to say ("Arte a confirmé qu'il n'y aurait pas de saison 3"): a conditional in
        # its own reported speech is the grammar of the report, not a rumour
        said = min((c.start for c in cues if c.category == "speech" and source is not None and role == "platform"
                    and source.end <= c.start), default=end)
        # ("Le créateur a annoncé que la troisième saison, dont Canal+ a fixé la diffusion au 2 mars, serait la
        # dernière": whoever says it, a conditional after a verb of saying and its "that" is the tense of reported
        # speech, no report's mark)
        that = self.grammar_words.that
        governed = [c for c in cues if c.category == "reported" and _CONDITIONAL.search(self.text, c.start, c.end)
                    and any((s.category == "speech" or s.category == "renewal"
                             and self.cue_finder.announce.fullmatch(self.text, s.start, s.end) is not None)
                            and sentence.start <= s.end <= c.start
                            and that.search(self.text, s.end, c.start) is not None for s in cues)]
        reported = any(c.category == "reported" and start <= c.start < min(end, said) and c not in governed for c in cues)
        # "Die „Bild“ hatte berichtet, Sky habe die Serie abgesetzt": a report verb that closes the clause before
        # governs this one
        # (not one clause joined to the next: "Prime Video never confirmed that report, and no writers' room ...")
        # ("Der Branchendienst „Quotenblick“ meldete vergangene Woche, Joyn habe ...": a few words may close it)
        reported = reported or any(c.category == "reported" and c not in governed and sentence.start <= c.end <= start
                                   and _REPORT_TAIL.fullmatch(self.text, c.end, start) is not None
                                   and self.cue_finder.platforms.search(self.text, c.end, start) is None
                                   and not (source is not None and c.end <= source.start < start)
                                   and not any(c.end <= e.start < start and e.category in _EVENT_CATEGORIES for e in cues)
                                   and not self.grammar_words.clause_and.match(self.text, start) for c in cues)
        counted_closing = self.grammar_words.counted_closing
        # "..., sources say", "..., according to sources": a closing attribution speaks for the whole sentence
        # (not one that names the speaker: "..., according to Prime Video" is Prime Video's word)
        # ("..., Deadline reports", "..., Deadline has learned": the outlet named after the comma reports it)
        # ("..., two people familiar with the plans said": unnamed people, counted)
        # (not past the clause of a platform that speaks: "Netflix confirmed the renewal in March, and filming wrapped in
        # August, according to star X")
        own = [source] if source is not None else []
        reported = reported or any(c.category == "reported" and c not in governed and c.start > cue.end and sentence.end - c.end <= 25
                                   and (_CLOSING_ATTRIBUTION.search(self.text, max(sentence.start, c.start - 60), c.start)
                                        or counted_closing.search(self.text, max(sentence.start, c.start - 30), c.start))
                                   and not (source is not None and source.start >= c.start)
                                   and not self._platform_clause(cue, sentence, own, c.start) for c in cues)
        # "..., according to sources close to the production": unnamed sources after the cue, however long the phrase
        reported = reported or any(a.category == "according_to" and a.start > cue.end and any(
            c.category == "reported" and 0 <= c.start - a.end <= 12 for c in cues)
            and not self._platform_clause(cue, sentence, own, a.start) for a in cues)
        if hedged or (role == "fans" and not fans_before) or (rumour and role != "platform") or told_by_rumour:
            return "possible"
        # ("..., Joyn habe eine vierte Staffel bestellt, gedreht werde ab Oktober": the subjunctive of a report, with no
        # word of saying in the sentence)
        mood = self.grammar_words.reported_mood
        reported = reported or (role == "platform" and mood is not None and mood.search(self.text, start, end) is not None
                                and any(c.category == "reported" for c in cues)
                                and not any(c.category == "speech" for c in cues))
        # ("X tiene confirmada una temporada 3, aunque no fue de forma oficial sino gracias a un desliz de su
        # protagonista", "Netflix renewed X, though not officially yet": told, not made official, whoever told it)
        unofficial = any(c.category == "unofficially" and start <= c.start < sentence.end for c in cues)
        if role == "platform":
            return "reported" if reported or unofficial else "official"
        # ("Lead actor X is reportedly set to return", "Aktor X dikabarkan akan kembali": a report about a person who
        # says nothing in the clause)
        # (nor the cast named by its role alone, the subject of its return: "Para pemain utama seperti X dan Y kembali
        # memerankan karakter mereka", "The main cast returns")
        if (reported and role in ("cast", "crew", "creator") or role == "cast" and source is not None and not source.name) \
                and not any(c.category == "speech" for c in cues):
            return "reported"
        # "C'est officiel : « Double Vie » aura droit à une saison 2": the outlet tells what the platform made official
        if role == "media" and not reported and not unofficial and any(c.category == "officially" and sentence.start <= c.start <= cue.start
                                                    for c in cues):
            return "official"
        return _CLAIM_ROLES.get(role, "reported")

    def _told_by_rumour(self, cue: Cue, sentence: Sentence, cues: list[Cue]) -> bool:
        """Whether the cue's clause is what a rumour before it says: the rumour's words, then "that" ("claim that",
        "la información de que", "bahwa"), or a comma and the mood of reported speech ("das Gerücht, Netflix habe")."""
        text = self.text
        mood = self.grammar_words.reported_mood
        for c in cues:
            if c.category != "rumour" or not sentence.start <= c.start or c.end > cue.start or cue.start - c.end > 120:
                continue
            # (a few plain words between: not a name or a title, "en el pódcast 'Café y Chisme', la showrunner Paulina
            # Ríos contó que ...", whose speaker tells it)
            that = self.grammar_words.that.search(text, c.end, min(cue.start, c.end + 50))
            if that is not None and not any(ch.isupper() or ch in _QUOTE_MARKS for ch in text[c.end:that.start()]) \
                    and not any(c.end <= e.start < that.start() for e in cues if e.category in _EVENT_CATEGORIES):
                return True
            if mood is not None and text[c.end:c.end + 2] == ", " and mood.search(text, c.end, cue.end) is not None:
                return True
        return False

    def _not_confirmed_certainty(self, cue: Cue, sentence: Sentence, sources: list[Source], quotes: Spans,
                                 state: _State) -> str:
        source = self._source(cue, sentence, sources, quotes, state)
        if source is None or source.role != "platform":
            return "reported"
        # the platform's own answer: quoted, told by a verb of saying, said before the sentence, or that it has not
        # decided ("Netflix said nothing is confirmed", "According to Hulu, ...", "Netflix has made no decision yet")
        # ("Netflix has not commented on the show", "Netflix no ha hecho ninguna declaración", "has not confirmed the
        # cancellation": the article tells what the platform has not said; that is no answer from it)
        decision = self.grammar_words.decision
        if any(s <= cue.start < e for s, e in quotes) or not sentence.start <= source.start < sentence.end or \
                (decision is not None and decision.search(self.text, cue.start, cue.end)) or \
                any(not (cue.start <= c.start < cue.end) and (c.category != "speech" or c.start >= source.start)
                    and (c.category != "forward_source" or 0 <= source.start - c.end <= 30
                         and self.clauses.first(c.end, source.start) is None)
                    for c in self.cues.within(sentence.start, sentence.end, "speech", "according_to", "forward_source")):
            # (a verb of saying before the platform is named is another's: "Creator X revealed that ..., although
            # HBO Max has not yet made the renewal official")
            return "official"
        return "reported"

    def _season_runs_out(self, cue: Cue, targets: Targets, event_cues: list[Cue]) -> bool:
        """Whether a word of ending has a season of its own for subject: "Chega ao fim a segunda temporada", "La segunda
        temporada de Casa del Río llega a su fin esta noche", "Season 2 of Harbor Lane ends tonight" (its last episode
        airs; the show is not cancelled)."""
        end_word = self.grammar_words.end_word
        if end_word is None or end_word.search(self.text, cue.start, cue.end) is None:
            return False
        text = self.text
        for _, _, m in targets:
            if not m.numbers or m.count or m.final:
                continue
            if 0 <= m.start - cue.end <= 14 and self.grammar_words.article_gap.fullmatch(text, cue.end, m.start) \
                    and _AFTER_ENDING.search(text, cue.start, cue.end) is None:
                return True  # (the subject after its verb; not "will end after season 5", the last one)
            if 0 <= cue.start - m.end <= 60 and self.clauses.first(m.end, cue.start) is None and \
                    _SENTENCE_END.search(text, m.end, cue.start) is None and ":" not in text[m.end:cue.start] and \
                    not any(m.end <= c.start < cue.start for c in event_cues if c is not cue):
                return True
        return False

    def _negated(self, cue: Cue, cues: list[Cue], category: str = "negation") -> bool:
        window = max(0, cue.start - 40)
        start = self.clauses.start(window, cue.start)
        # (a future's negation may open further back in the clause, its "not" within reach: "Die Serie wird letztlich
        # nicht für eine dritte Staffel zurückkehren")
        opening = self.clauses.start(max(0, cue.start - 60), cue.start) if category == "future_negation" else start
        # (or one elided onto the verb itself: "la saison 2 n'arrivera pas en juin")
        return any(c.category == category and (start <= c.start or opening <= c.start and start < c.end)
                   and (c.end <= cue.start or c.start < cue.start < c.end) for c in cues)

    def _credit_brackets(self, sentence: Sentence, work_spans: WorkSpans) -> list[tuple[int, int]]:
        """The brackets of the sentence opened right after a capitalised name that ends no work's title: "Álex Pina
        ('Vis a vis', 'La casa de papel'...)", "la atriz Fernanda Torres ("Tapas & Beijos")"."""
        text, out = self.text, []
        opening = text.find("(", sentence.start, sentence.end)
        while opening >= 0:
            closing = text.find(")", opening, sentence.end)
            if closing < 0:
                break
            name = _NAME_BEFORE_BRACKET.search(text, max(sentence.start, opening - 40), opening)
            if name is not None and not any(e == name.end(1) for _, e, _ in work_spans):
                out.append((opening, closing))
            opening = text.find("(", closing, sentence.end)
        return out

    def _not_out_yet(self, cue: Cue, cues: list[Cue]) -> bool:
        """Whether a release word is negated only as not come yet: "The second season has not premiered yet", "n'est
        pas encore sortie", "aún no se ha estrenado", "belum tayang di Indonesia" (its clause ending after it, or a place
        following). The season is still to come; no date is said to be unset, no release denied."""
        words = self.grammar_words
        if words.not_yet_word is None or words.out_yet_after is None or cue.category not in ("release", "released_past") \
                or words.date_noun is not None and words.date_noun.match(self.text, cue.start) is not None \
                or words.out_yet_after.match(self.text, cue.end) is None:
            return False
        start = self.clauses.start(max(0, cue.start - 40), cue.start)
        negation = next((c for c in cues if c.category == "negation" and start <= c.start and c.end <= cue.start), None)
        return negation is not None and (words.not_yet_word.search(self.text, negation.start, cue.start) is not None
                                         or words.not_yet_word.match(self.text, cue.end + 1) is not None)

    def _not_begun(self, cue: Cue, cues: list[Cue]) -> bool:
        """Whether the making a cue names is negated after it, in its clause: "Filming on season 2 has not begun",
        "syuting season 2 belum dimulai", "le tournage de la saison 2 n'a pas encore commencé"; or the date a release
        noun names: "a release date hasn't been announced yet", "tanggal tayangnya belum diumumkan"."""
        date_noun = self.grammar_words.date_noun
        if cue.category != "production" and not (cue.category == "release" and date_noun is not None
                                                 and date_noun.match(self.text, cue.start) is not None):
            return False
        # ("Kabar jadwal syuting itu tidak benar": a denial's negation, read with the denial)
        stated = [c for c in cues if c.category == "denial"]
        # (not past the season it makes and "and": "Ya estamos escribiendo la tercera temporada y la historia de Irene
        # no ha terminado", "... rodando la tercera temporada y todavía no sabemos cuándo se estrenará"; but
        # "Filming and production have not begun")
        return any(not _overlaps(c, stated) and c.category == "negation" and 0 <= c.start - cue.end <= 70 and self.grammar_words.verb_negation.fullmatch(self.text, c.start, c.end)
                   and self.clauses.first(cue.end, c.start) is None and not self._object_then_and(cue.end, c.start)
                   and not any(o.category in _EVENT_CATEGORIES and cue.end <= o.start < c.start for o in cues) for c in cues)

    def _negated_at_end(self, cue: Cue, cues: list[Cue]) -> bool:
        """Whether a renewal word fronted in its clause is negated at the clause's end: "Offiziell verlängert hat
        Netflix die Serie bislang nicht." (a German verb-second sentence), or right after it: "kehrt nicht ... zurück"."""
        if cue.category != "renewal":
            return False
        text = self.text
        # ("„Hafenkönige“ kehrt nicht für eine zweite Staffel zurück", "RTL+ verlängert die Serie vorerst nicht um eine
        # zweite Staffel": the negation after the finite verb in its clause, only words between)
        if self.pack["NEGATION_AFTER_VERB"] and any(
                c.category == "negation" and 0 < c.start - cue.end <= 40
                and _WORDS_BEFORE_NEGATION.fullmatch(text, cue.end, c.start) is not None
                and self.grammar_words.verb_negation.fullmatch(text, c.start, c.end)
                and self.grammar_words.clause_and.search(text, cue.end, c.start) is None
                and not any(o.category in _EVENT_CATEGORIES and cue.end <= o.start < c.start for o in cues) for c in cues):
            return True
        return any(c.category == "negation" and 0 < c.start - cue.end <= 60
                   and self.grammar_words.verb_negation.fullmatch(text, c.start, c.end)
                   and _CLAUSE_CLOSE.match(text, c.end) is not None and self.clauses.first(cue.end, c.start) is None
                   and not any(o.category in _EVENT_CATEGORIES and cue.end <= o.start < c.start for o in cues) for c in cues)

    def _object_then_and(self, start: int, end: int) -> bool:
        """Whether text[start:end] names a season and then "and" (the pack's CLAUSE_AND): a second clause follows."""
        joined = self.grammar_words.clause_and.search(self.text, start, end)
        return joined is not None and any(start <= m.start < joined.start() for m in self.mentions)

    def _through(self, cue: Cue, keys: list[tuple[str, int]],
                 named: list[tuple[str, int, SeasonMention]]) -> list[tuple[str, int]]:
        """"akan berlanjut hingga musim ketiga", "renewed through season 5": the seasons before the one named
        too, from the one after the last the article says aired (else from the second)."""
        through = self.cue_finder.through
        if through is None:
            return keys
        for title, n, mention in named:
            if len(mention.numbers) != 1 or not 0 <= mention.start - cue.end <= 30 or \
                    not through.fullmatch(self.text, cue.end, mention.start):
                continue
            aired = self._aired_seasons(title)
            # (with none said to have aired, from the first before it the article names: "renewed through season 5"
            # over "Copper Saints (seasons 4 and 5)")
            # (not in another list item's sentences: "Renewed: Paper Moons ... will return for season three" is that one's)
            before = [k for s, item in self._items() if item in (None, title)
                      and not any(w.title != title for _, _, w in self._by_sentence[s.index][1])
                      for m in self._by_sentence[s.index][0] if not m.count for k in m.numbers if 1 < k < n]
            # (a list item's alone, nothing else known: that season only, "Renewed: Kettle Hill ... through season six"
            # in a round-up says nothing of the seasons before it)
            first = max(aired) + 1 if aired else min(before, default=n if self._item_of(mention.start) else 2)
            # (no order runs over four seasons or more: "renewed through season 17" after "a season four" names
            # the seventeenth alone)
            if n - first >= 4:
                first = n
            # (a number of seasons ordered in the sentence counts back from it: "renewed X through season 5, giving
            # it a two-season order": the fourth and the fifth)
            ordered = [m.more for m in self._sentence_mentions if m.more and m.fresh]
            if len(ordered) == 1 and 1 < ordered[0] < n:
                first = max(first, n - ordered[0] + 1)
            self._through_keys = [(title, k) for k in range(first, n)]
            return self._through_keys + keys
        return keys

    def _in_final_statement(self, mention: SeasonMention) -> bool:
        """Whether a season expression stands inside a "final season" statement ("will end with its third season")."""
        return any(c.start <= mention.start < c.end for c in self.cues.within(max(0, mention.start - 80), mention.end,
                                                                               "final_statement"))

    def _item_of(self, at: int) -> str | None:
        """The title of the list item whose sentences hold offset `at` (None outside a list's items)."""
        index = bisect.bisect_right(self._sentence_starts, at) - 1
        return self._items()[index][1] if index >= 0 else None

    def _items(self) -> list[tuple[Sentence, str | None]]:
        """Each sentence with the title of the list item it stands in (None before the first item's header), worked
        out once: the headers are known before the first sentence is read."""
        if self._sentence_items is None:
            item: str | None = None
            self._sentence_items = []
            for s in self.sentences:
                item = self.headers.get(s.index, item)
                self._sentence_items.append((s, item))
        return self._sentence_items

    def _aired_seasons(self, title: str) -> list[int]:
        """The seasons of a work the article says aired: those read so far, and, since a headline comes before
        the body that says it, those named alone in a sentence in the past tense."""
        aired = [k for (t, k), f in self.findings.items() if t == title and
                 any(c.event == "release" and c.aired for c in f.claims + f.headline_claims)]
        item: str | None = None
        for s in self.sentences:
            item = self.headers.get(s.index, item)
            if item not in (None, title) or any(w.title != title for _, _, w in self._by_sentence[s.index][1]):
                continue  # another list item's, or another work's, season
            said = [m for m in self.mentions if s.start <= m.start < s.end and m.numbers and not m.title]
            # (in the season's clause: not "une deuxième saison de « Basse-Ville », la série ... dont les huit premiers
            # épisodes ont été lancés le 2 mars", the first season's)
            # (nor one named after a future word: "Crunchyroll streamed it ... and will simulcast the second season";
            # nor one a future word stands after: "La deuxième saison sera diffusée à l'automne 2026")
            # (or an aside of a past participle right after it: "La deuxième saison, diffusée en février, a ...")
            # (or a relative clause right after it: "Die dritte Staffel, die im Sommer lief, bleibt die letzte")
            if len(said) == 1 and len(said[0].numbers) == 1 and any(
                    (self.clauses.first(min(said[0].end, c.start), max(said[0].end, c.start)) is None
                     or self.text[said[0].end:c.start].strip() == "," and self._aside_past(c, s)
                     or self._relative_aside(said[0].end, c) and self._aside_past(c, s))
                    and not self.cues.within(c.end, said[0].start, "future")
                    and not self.cues.within(said[0].end, c.start, "future")
                    # (nor a past-looking word with a date ahead: "season 2 dipastikan tayang pada 25 Oktober 2026",
                    # said on 1 October)
                    and not self._dated_ahead(c, s)
                    # (nor a past-looking word in a clause on the work, the season's own verb future after it:
                    # "Musim kedua drama yang tayang di Netflix ini dikatakan akan dirilis pada 2023")
                    and not any(self.clauses.first(c.end, f.start) is None for f in self.cues.within(c.end, s.end, "future"))
                    for c in self.cues.within(s.start, s.end, "released_past")):
                aired.append(said[0].numbers[0])
        return aired

    def _hedge_reported(self, sentence: Sentence) -> bool:
        """Whether a sentence reports what is only being weighed, no one speaking in it but the report ("Hulu is
        closing in on a deal to renew Dry Creek, sources say", "Netflix is reportedly in talks to renew it"): the
        platform is what the report is about, not who says it."""
        # (not "according to the station", nor words quoted: "reste prudente : « On aimerait beaucoup ... »")
        according = self.cues.within(sentence.start, sentence.end, "according_to")
        reported = [c for c in self.cues.within(sentence.start, sentence.end, "reported") if not _overlaps(c, according)]
        return bool(reported) and not any(mark in sentence.text for mark in _QUOTE_MARKS) and not any(
            not _overlaps(c, reported) for c in self.cues.within(sentence.start, sentence.end, "speech"))

    def _relative_aside(self, end: int, cue: Cue) -> bool:
        """Whether the cue closes a relative clause opened by a comma at `end`, with no other break inside (", die im
        Sommer lief", ", which aired in May")."""
        opening = _COMMA_OPENING.match(self.text, end, cue.start)
        return opening is not None and self.grammar_words.relative_word.match(self.text, opening.end()) is not None \
            and not any(mark in self.text[opening.end():cue.start] for mark in ",;:.!?")

    def _aside_past(self, cue: Cue, sentence: Sentence) -> bool:
        """Whether a past release word that opens an aside tells a time gone by, if it gives one ("diffusée en février",
        not "yang tayang awal tahun depan")."""
        published = self.article.published
        end = self.text.find(",", cue.end, sentence.end)
        times = self.times.find(self.text, published, cue.start, end if end >= 0 else sentence.end, self.words)
        return published is not None and not any(self.times.said_ahead(self.text, t, published) for t in times)

    def _joints(self, sentence: Sentence, mentions: list[SeasonMention], event_cues: list[Cue]) -> list[tuple[int, int]]:
        """Where "and" joins two clauses that each name a season and say something of it: "Season 1 aired in
        2023 and season 3 is being written". A shared verb ("season 2 and season 3 were renewed") joins none."""
        joint = self.cue_finder.joint
        if joint is None or len(mentions) < 2 or len(event_cues) < 2:
            return []
        out: list[tuple[int, int]] = []
        text = self.text
        for first, second in zip(mentions, mentions[1:]):
            found = joint.search(text, max(first.end, second.start - 40), second.start)
            if found is None:
                continue
            start = self.clauses.start(sentence.start, found.start())
            end = self.clauses.end(second.end, sentence.end)
            if first.start >= start and \
                    any(first.end <= c.start and c.end <= found.start() for c in event_cues) and \
                    any(second.end <= c.start < end for c in event_cues):
                out.append((found.start(), second.start))
        return out

    def _aired(self, cue: Cue, cues: list[Cue]) -> bool:
        """A release cue in the past tense, with no future marker in its clause (not one negated as not come yet)."""
        past = any(c.category == "released_past" and c.start <= cue.start < c.end + 2 for c in cues) or \
            any(c.category == "released_past" and cue.start <= c.start < cue.end for c in cues) or \
            self._told_aired_after(cue, cues) or self._after_aired_run(cue, cues)
        if not past or self._not_out_yet(cue, cues):
            return False
        start = self.clauses.start(max(0, cue.start - 40), cue.start)
        # ("só depois da estreia da segunda temporada será tomada uma decisão": a past word that holds the release word
        # after it, "after the premiere", times the clause's verb, which is to come)
        after = self.grammar_words.after_word
        held = [c for c in cues if c.category == "released_past" and c.start <= cue.start < c.end and any(
            r.category == "release" and c.start < r.start and r.end == c.end for r in cues)
            and after is not None and after.match(self.text, c.start) is not None]
        # (not past an "and": "La Parte 1 se estrenó en agosto y la Parte 2 llegará en diciembre")
        if held and not self._told_aired_after(cue, cues) and any(
                c.category == "future" and held[0].end <= c.start < self.clauses.end(cue.end, len(self.text))
                and self.grammar_words.clause_and.search(self.text, held[0].end, c.start) is None for c in cues):
            return False
        # (nor one an "even before" times the news by: "Even before season 2 of X has premiered, Netflix has ordered
        # two more seasons", "noch bevor die zweite Staffel zu sehen war")
        even_before = self.grammar_words.even_before
        if even_before is not None and any(self.clauses.first(m.end(), cue.start) is None
                                           for m in even_before.finditer(self.text, max(0, cue.start - 70), cue.start)):
            return False
        # (nor a hedge right before it: "musim kedua bisa tayang pada 2027", "could premiere in 2027")
        return not any(c.category == "future" and start <= c.start < cue.start
                       or c.category == "hedge" and start <= c.start and 0 <= cue.start - c.end <= 12 for c in cues)

    def _after_aired_run(self, cue: Cue, cues: list[Cue]) -> bool:
        """"Its freshman run drew 30 million views after premiering in March": a release word right after "after", in
        the clause of a run told in the past before it (no word of the future between), is past too."""
        after = self.grammar_words.after_word
        if after is None or not any(m.end() == cue.start - 1 for m in after.finditer(self.text, max(0, cue.start - 12), cue.start)):
            return False
        return any(c.category == "released_past" and c.end <= cue.start and self.clauses.first(c.end, cue.start) is None
                   and not any(f.category == "future" and c.end <= f.start < cue.start for f in cues) for c in cues)

    def _told_aired_after(self, cue: Cue, cues: list[Cue]) -> bool:
        """"die lineare Ausstrahlung bei RTL im Dezember kam im Schnitt auf 2,1 Millionen Zuschauer": a release word,
        then in its clause a few words on, its run told in the past (no word of the future between)."""
        return any(c.category == "released_past" and 0 < c.start - cue.end <= 40
                   and self.clauses.first(cue.end, c.start) is None
                   and not any(f.category in ("future", "release") and cue.end <= f.start < c.start for f in cues)
                   for c in cues)

    def _begun(self, cue: Cue, sentence: Sentence, cues: list[Cue]) -> bool:
        """Whether the cue's clause says the work began or ended in the past ("Filming on season 2 began in
        August", "Season 2 wrapped up filming in March")."""
        start = self.clauses.start(sentence.start, cue.start)
        end = self.clauses.end(cue.end, sentence.end)
        # ("El rodaje de la nueva tanda terminó en septiembre": an ended run after what the shoot is of)
        # (a past word of another making named nearer to it is that one's: "the writers' room opened last month and she
        # hopes to begin filming by April")
        making = [c for c in cues if c.category == "production" and c.stage != "wrapped" and start <= c.start < end]

        def nearest_is_cue(past: Cue) -> bool:
            if len(making) < 2:
                return True
            near = min(making, key=lambda c: past.start - c.end if c.end <= past.start else max(0, c.start - past.end))
            return _overlaps(near, [cue]) or near.stage == cue.stage

        # (nor one a plan follows before the cue: "has started pre-production and plans to begin filming in the fall")
        def planned_after(past: Cue) -> bool:
            return past.end <= cue.start and any(f.category == "future" and past.end <= f.start < cue.start for f in cues)

        return any((c.category == "begun" or c.stage == "wrapped") and start <= c.start < end and nearest_is_cue(c)
                   and not planned_after(c) or (
            c.category == "released_past" and c.start > cue.end and _OF_WHAT.fullmatch(self.text, cue.end, c.start) is not None)
            for c in cues)

    def _filming_of(self, mention: SeasonMention, past: Cue, sentence: Sentence, cues: list[Cue]) -> bool:
        """Whether a past word after a season is said of its making: "Filming on season 2 wrapped up in March",
        "Season 2 wrapped up filming"."""
        start = self.clauses.start(sentence.start, mention.start)
        end = self.clauses.end(past.end, sentence.end)
        return any(c.category == "production" and c.stage != "wrapped" and start <= c.start < end for c in cues)

    def _background_cancellation(self, cue: Cue, sentence: Sentence, times: list[When]) -> bool:
        """"which HBO Max canceled in 2025": a cancellation dated before the article is its background."""
        published = self.article.published
        if not published:
            return False
        start = self.clauses.start(sentence.start, cue.start)
        end = self.clauses.end(cue.end, sentence.end)
        # (not the time of the words that tell it: "Canal+ a annoncé en octobre dernier que la série s'arrêtait après
        # deux saisons" is the end, told then)
        told = [c.end for c in self.cues.within(start, cue.start, "speech")]
        # (the sentence's own news may be a month old: "HBO cancelled X after two seasons last week", on May 2; in a
        # relative clause, any time before the article's month is the background's)
        month = published.replace(day=1)
        relative = self.grammar_words.relative.search(self.text, max(sentence.start, cue.start - 30), cue.start)
        # (a past end told as the news of its paragraph still stands: "Ridge Valley was canceled in 2019 after three
        # seasons"; it is background in a relative clause, or beside a return its paragraph or the headline tells)
        if relative is None:
            paragraph = [x for x in self.sentences if x.paragraph == sentence.paragraph]
            # (not the renewal word inside the end's own: "no tendrá una segunda temporada")
            if not [c for c in self.cues.within(paragraph[0].start, paragraph[-1].end, "renewal")
                    if not (cue.start <= c.start < cue.end)] and not (
                    self.headline_end and self.cues.within(0, self.headline_end, "renewal")):
                return False
        before = month if relative is not None else (month - timedelta(days=1)).replace(day=1)
        # (nor the date of a release the relative clause tells before the end: "esta serie que se estrenó en 2022 no
        # tendrá una segunda temporada" ends now)
        # (nor one after the end, in a clause of its own: "no pasó de la primera temporada que Netflix estrenó en
        # septiembre de 2020")
        released = [c.end for c in self.cues.within(start, end, "release")]
        return any(start <= t.start < end and when_module.window(t.when)[1] < before
                   and not any(0 <= t.start - e <= 4 for e in told)
                   and not any(e <= t.start and t.start - e <= 30 and (t.start < cue.start or e > cue.end) for e in released)
                   for t in times)

    def _relative_cancellation(self, cue: Cue, sentence: Sentence, event_cues: list[Cue]) -> bool:
        """"Sunday People, which ABC canceled after two seasons, could be revived": a cancellation told in a
        relative clause, in a sentence whose own news is a return, is its background."""
        opener = self.grammar_words.relative.search(self.text, max(sentence.start, cue.start - 30), cue.start)
        if opener is None:
            return False
        end = self.clauses.end(cue.end, sentence.end)
        return any(c.category == "renewal" and c.start >= end for c in event_cues)

    def _date_set(self, cue: Cue, sentence: Sentence) -> bool:
        """Whether the cue's clause names the date it sets ("Warner Bros. has set 18 December as the release date"): a
        date set is one to come."""
        date_noun = self.grammar_words.date_noun
        return date_noun is not None and date_noun.search(
            self.text, self.clauses.start(sentence.start, cue.start), min(sentence.end, cue.end + 60)) is not None

    def _future(self, cue: Cue, cues: list[Cue]) -> bool:
        start = self.clauses.start(max(0, cue.start - 40), cue.start)
        return any(c.category == "future" and start <= c.start < cue.end + 20 for c in cues)

    def _previous_event(self, previous: list[tuple[Claim, tuple[str, int]]]) -> str:
        """The main event of the sentence before: what "denied it" or "confirmed the decision" refers to."""
        events = [claim.event for claim, _ in previous if claim.polarity == "positive"]
        for event in ("cancellation", "production", "renewal", "release", "cast"):
            if event in events:
                return event
        return "renewal"

    def _person(self, cue: Cue, sentence: Sentence, work_spans: WorkSpans, sources: list[Source]) -> str | None:
        names = list(cue_module._NAME.finditer(self.text, sentence.start, cue.start))
        role = self.grammar_words.role_clause
        for m in reversed(names):
            # (not the part the person plays: "Marcus Hale, who plays Detective Ruiz on X, said that he would return")
            if role is not None and any(r.end() >= m.start() - 1 for r in role.finditer(
                    self.text, max(sentence.start, m.start() - 40), m.start())):
                continue
            if not any(s <= m.start() < e for s, e, _ in work_spans) and len(m.group().split()) >= 2:
                # ("Hauptdarstellerin Lea Marchand bestätigte ihre Rückkehr": the name without the role word before it;
                # "Creator Paul Adeyemi will return as showrunner" too)
                return next((s.name for s in sources if s.name and s.role in ("cast", "crew", "creator") and m.start() <= s.start < m.end()
                             and s.name in m.group()), m.group())
        # ("Además, se incorpora al reparto el actor argentino Bruno Paz", "Joining the cast is Bruno Paz": none before,
        # the one named after the cue in lower-case words, not the part played: "will return as Detective Ruiz")
        after = _LOWER_THEN_NAME.match(self.text, cue.end, sentence.end)
        if after is not None and len(after.group(1).split()) >= 2 \
                and not work_module._ROLE_BEFORE_RUN.search(self.text, cue.start, after.start(1)) \
                and not any(s < after.end(1) and after.start(1) < e for s, e, _ in work_spans) \
                and self.cue_finder.platforms.search(after.group(1)) is None:
            return after.group(1)
        return None

    def _listed_before(self, cue: Cue, person: str | None, sentence: Sentence, work_spans: WorkSpans) -> list[str | None]:
        """The people listed before the one a cast word speaks of ("Irene Solís y Marcos Peña repetirán"): names of
        two words or more joined to it by commas and "and" alone."""
        if person is None:
            return []
        names = [m for m in cue_module._NAME.finditer(self.text, sentence.start, cue.start)
                 if not any(s <= m.start() < e for s, e, _ in work_spans)]
        if not names or person not in names[-1].group():
            return []
        listed: list[str | None] = []
        while len(names) >= 2:
            last, before = names[-1], names[-2]
            if len(before.group().split()) < 2 or work_module._LIST_GAP.fullmatch(self.text, before.end(), last.start()) is None:
                break
            # (not its role word, where the name left after it still has two words: "Stars Dana Kerr, Omar Wells and
            # Jude Park are all set to return")
            first, _, rest = before.group().partition(" ")
            role = " " in rest and any(self.cue_finder.roles[r].fullmatch(word) for r in ("cast", "crew", "creator")
                                       for word in (first.lower(), first.lower().removesuffix("s")))
            listed.insert(0, rest if role else before.group())
            names.pop()
        return listed

    def _leaving_cast(self, cue: Cue, sentence: Sentence, sources: list[Source], quotes: Spans, state: _State,
                      work_spans: WorkSpans) -> Source | None:
        """The cast member who is the subject of a negated return ("L'actrice Sophie Arnaud, qui incarnait Margot, ne
        reviendra pas"): named before the cue in its sentence, no speech verb nor work between them."""
        if self.grammar_words.return_word.search(self.text, cue.start, cue.end) is None:
            return None
        source = self._source(cue, sentence, sources, quotes, state)
        if source is None or source.role != "cast" or source.end > cue.start or source.start < sentence.start:
            return None
        if self.cues.within(source.end, cue.start, "speech") or any(source.end <= s < cue.start for s, _, _ in work_spans):
            return None
        return source

    def _listed_season(self, start: int, end: int, work_spans: WorkSpans, named: list[tuple[str, int, SeasonMention]],
                   cues: list[Cue], last: bool = False) -> bool:
        """Whether text[start:end], between commas, is an item of a list of works with their seasons: a work and a
        season in it, ending on one of them ("«Brackenfold» (Staffel 4)") unless it is the `last`, no cue but a future
        or report word, few other words (not "X 2 Tembus 3,1 Juta Penonton", a clause of its own)."""
        text = self.text
        works = [(s, e) for s, e, _ in work_spans if start <= s and e <= end]
        seasons = [m for _, _, m in named if start <= m.start and m.end <= end and m.numbers]
        item_end = _stripped_end(text, end)
        return bool(works) and bool(seasons) and (last or any(e == item_end for _, e in works) or any(m.end == item_end for m in seasons)) \
            and not any(start <= c.start < end and c.category not in ("future", "reported") for c in cues) \
            and end - start - sum(e - s for s, e in works) - sum(m.end - m.start for m in seasons) <= 90

    def _person_returns(self, cue: Cue, sentence: Sentence, sources: list[Source], work_spans: WorkSpans) -> bool:
        """Whether a return word in the cue's clause has a person for its subject ("Whether her co-star Tom Hale returns
        is still unclear"): the word whole, as a cue of its own, and the person `_returning_person` finds before it."""
        text = self.text
        for m in self.grammar_words.return_word.finditer(text, sentence.start, sentence.end):
            start, end = m.start(), m.end()
            while start > sentence.start and text[start - 1].isalpha():
                start -= 1
            while end < sentence.end and text[end].isalpha():
                end += 1
            # (or the clause before it, a comma between: "Ob Moritz Brandt zurückkehrt, ist noch unklar")
            joined = self.clauses.first(min(end, cue.end), max(start, cue.start)) is None or (
                end <= cue.start and text.count(",", end, cue.start) == 1
                and self.grammar_words.clause_word.search(text, end, cue.start) is None)
            if joined and self._returning_person(Cue("renewal", start, end), sentence, sources, work_spans):
                return True
        return False

    def _returning_person(self, cue: Cue, sentence: Sentence, sources: list[Source], work_spans: WorkSpans) -> str | None:
        """The person a return word speaks of, named right before it ("Marcus Trent will not return", "Aktor Lee
        Joon-ho dipastikan tidak akan kembali"): no work, platform or outlet, a few words in lower case between.
        Empty when a person pronoun opens the sentence and names no one ("Who will not be back"): no claim at all."""
        if self.grammar_words.return_word.search(self.text, cue.start, cue.end) is None:
            return None
        text = self.text
        pronoun = self.grammar_words.person_pronoun
        said = pronoun.search(text, max(sentence.start, cue.start - 24), cue.start) if pronoun is not None else None
        if said is not None and _FEW_LOWER.fullmatch(text, said.end(), cue.start) and \
                not text[sentence.start:said.start()].strip(" -–—*\"'“‘«"):
            return ""  # ("Who will not be back", "Quem não volta": a heading over the cast who leave, no one named)
        if said is not None and _FEW_LOWER.fullmatch(text, said.end(), cue.start):
            # "Tess Marlowe, who plays Ada, confirmed last week that she will not be back for season 3": the person
            # the pronoun stands for, named before it in the sentence
            named = [m for m in cue_module._NAME.finditer(text, sentence.start, said.start())
                     if len(m.group().split()) >= 2 and not any(s < m.end() and m.start() < e for s, e, _ in work_spans)
                     and self.cue_finder.platforms.search(m.group()) is None]
            if named:
                return named[-1].group()
            # ... or by a cast word alone: "The star said she would not return for a third season"
            cast = self._named_within("role:cast", sentence.start, said.start())
            if cast:
                return text[cast[-1][0]:cast[-1][1]]
        for source in sources:  # "Aktor Lee Joon-ho dipastikan ...": the role word, and the name after it
            at = text.find(source.name, source.start, cue.start) if source.role == "cast" and source.name else -1
            if at < 0:
                continue
            # (the work may stand between: "Actor Sefton Achebe of Harbor Lane will not return")
            gap = text[at + len(source.name or ""):cue.start]
            for start, end, _ in work_spans:
                if at < start and end <= cue.start:
                    gap = gap.replace(text[start:end], "", 1)
            # (not the one who says it of the work: "Actress Megan Fox said that Night Rider will return")
            if _FEW_LOWER.fullmatch(gap) and not self.cues.within(at + len(source.name or ""), cue.start, "speech"):
                return source.name
            # ("La actriz Lucía Ferrer ha confirmado que no regresará", "Aktris X memastikan tidak akan kembali": her
            # own word that she does not return, the subject left out; nothing but the speech verb between)
            speech = self.cues.within(at + len(source.name or ""), cue.start, "speech")
            if len(speech) == 1 and text[at + len(source.name or ""):speech[0].start].strip() == "" \
                    and not any(at < start and end <= cue.start for start, end, _ in work_spans):
                that = self.grammar_words.that.match(text, speech[0].end + 1)
                if text[speech[0].end:cue.start].strip(" ,") == "" or that is not None and text[that.end():cue.start] == " ":
                    return source.name
        role = self.grammar_words.role_clause
        if role is not None:
            # "Rina Safitri yang memerankan dokter Maya di X dipastikan tidak kembali": the name a role clause
            # follows, with no speech verb between it and the cue, is the one who does not return
            for m in cue_module._NAME.finditer(text, sentence.start, cue.start):
                if len(m.group().split()) >= 2 and role.match(text, m.end()) is not None \
                        and not self.cues.within(m.end(), cue.start, "speech") \
                        and not any(s < m.end() and m.start() < e for s, e, _ in work_spans) \
                        and self.cue_finder.platforms.search(m.group()) is None:
                    return m.group()
        names = list(cue_module._NAME.finditer(text, max(sentence.start, cue.start - 60), cue.start))
        # ("Sefton Achebe, whose character was killed off in episode 5, will not be back": the name that opens the
        # sentence, an aside between commas, then the return word)
        subject = cue_module._NAME.match(text, sentence.start)
        aside = _ASIDE.match(text, subject.end()) if subject is not None else None
        before = aside.end() if aside is not None else -1
        if subject is not None and aside is not None and _FEW_LOWER.fullmatch(text, before, cue.start):
            names = [subject]
        if not names:
            return None
        m = names[-1]
        # (not a place the subject is of: "a comédia sobre um time de várzea da Zona Leste paulistana não volta")
        if _OF_BEFORE_NAME.search(text, max(0, m.start() - 5), m.start()) is not None and m is not subject:
            return None
        # (not whom it was said to: "A spokesperson confirmed to TV Tally that the series will not return")
        if m is not subject and self.grammar_words.that.match(text, m.end() + 1) is not None:
            return None
        # (nor the agent of a participle: "la comedia rural protagonizada por Ginés Tapia no continuará", "Serial yang
        # dibintangi Park Ji-hoon itu dipastikan kembali", "the drama starring Kit Harlan will return")
        # (... the first of several named together: "drama yang dibintangi Park Seo-jun dan Lee Soo-ah itu akan kembali")
        first = m.start()
        for other in reversed(names[:-1]):
            if _NAMES_JOINED.fullmatch(text, other.end(), first) is None:
                break
            first = other.start()
        if m is not subject and self.cue_finder.passive_agent.search(text, max(0, first - 14), first) is not None:
            return None
        # ("Fenn will not return": a surname alone, of someone the article named in full before)
        name = m.group() if len(m.group().split()) >= 2 else self._surname(m.group(), sentence.start)
        # (or a leaving of the cast said first, joined by "and": "Maya Holt has exited the series and will not return")
        gap_start = before if m is subject else m.end()
        left_and = "," not in text[gap_start:cue.start] and cue.start - gap_start <= 50 \
            and self.cues.within(gap_start, cue.start, "cast") \
            and self.grammar_words.clause_and.search(text, gap_start, cue.start) is not None
        if name is None or not (_FEW_LOWER.fullmatch(text, gap_start, cue.start) or left_and) \
                or any(s < m.end() and m.start() < e for s, e, _ in work_spans) \
                or any(s.start < m.end() and m.start() < s.end for s in sources) \
                or self.cue_finder.platforms.search(m.group()) is not None \
                or self.cues.within(m.start(), m.end()) \
                or (kind := self.grammar_words.kind_right_after) is not None and kind.match(text, m.end()) is not None:
            # (nor a Title Case headline's cue word: "Confirmed To Return"; nor a name before the kind of work it
            # describes: "the Jeremy Renner show comes back for more")
            return None
        return name

    def _surname(self, word: str, before: int) -> str | None:
        """The full name, told before `before`, that `word` ends ("Tobias Fenn ... Fenn will not return"): a name of
        two words or more, in no work's title."""
        for m in cue_module._NAME.finditer(self.text, 0, before):
            name = m.group()
            if name.endswith(" " + word) and not any(s < m.end() and m.start() < e for w in self.works for s, e in w.spans):
                return name
        return None

    def _compared(self, targets: Targets, sentence: Sentence) -> set[int]:
        """The mentions (by id) of seasons a time is told between: "between the first and the second season", "zwischen
        der ersten und der zweiten Staffel"."""
        between_word = self.grammar_words.between
        return {id(m) for _, _, m in targets if len(m.numbers) > 1 and between_word is not None
                and between_word.search(self.text, max(sentence.start, m.start - 20), m.start) is not None}

    def _rumour_of_before(self, sentence: Sentence, by_category: dict[str, list[Cue]], work_spans: WorkSpans) -> bool:
        """Whether a sentence opens on what was just said and calls it talk that goes around ("Informasi tersebut
        beredar di media sosial", "The claim has been circulating online"): a rumour word in its first clause, no work,
        season or word of an event before it."""
        told = self.grammar_words.told_before
        rumour = by_category["rumour"][0]
        # (the words after it read too: "el rumor de que ..." opens what the rumour says, no word on what was said)
        said = told.search(self.text, sentence.start, sentence.end) if told is not None else None
        return said is not None and said.start() < rumour.end and rumour.start - sentence.start <= 60 \
            and self.clauses.first(sentence.start, rumour.start) is None \
            and not any(s < rumour.start for s, _, _ in work_spans) \
            and not any(sentence.start <= m.start < rumour.start for m in self.mentions) \
            and not any(c.start < rumour.start for category in _EVENT_CATEGORIES for c in by_category.get(category, []))

    def _hedge_previous(self, previous: list[tuple[Claim, tuple[str, int]]]) -> None:
        """The outlet's claims of the sentence before, now told as a rumour: only talk (`possible`)."""
        for claim, key in previous:
            if claim.source_role != "media" or claim.polarity != "positive" or claim.certainty == "possible":
                continue
            self._replace_claim(key, claim, certainty="possible")

    def _owners_only(self, sentence: Sentence) -> set[str]:
        """The platforms a sentence names only as the owner of a work, saying nothing themselves."""
        found = self.cue_finder.sources(self.text, sentence, None, named=self.cues.named)
        return {s.name for s in found if s.owner and s.name} - {s.name for s in found if not s.owner}

    def _reattribute(self, previous: list[tuple[Claim, tuple[str, int]]], source: Source) -> None:
        """The claims of the sentence before, said by `source` (a sentence that names who told them)."""
        # (fans who told it first make it talk: "Kabar itu pertama kali diungkap akun penggemar di X")
        certainty = "possible" if source.role == "fans" else _CLAIM_ROLES.get(source.role, "reported")
        for claim, key in previous:
            # (a hedged claim keeps its doubt: "... will not arrive before 2028 at the earliest. That was confirmed by
            # showrunner X")
            self._replace_claim(key, claim, source=source.name, source_role=source.role,
                                certainty="possible" if claim.certainty == "possible" else certainty)

    def _replace_claim(self, key: tuple[str, int], claim: Claim, **changes: str | None) -> None:
        """The installment's claim, made again with some of its fields changed, in its place."""
        finding = self.findings[key]
        for bucket in (finding.claims, finding.headline_claims):
            if claim in bucket:
                bucket[bucket.index(claim)] = Claim(**{**_fields(claim), **changes})


def _relative_before(relative: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a relative pronoun and its comma, no more: ", which ", ", que "."""
    opening = relative.match(text, start, end)
    return opening is not None and not text[opening.end():end].strip()


def _stripped_end(text: str, end: int) -> int:
    """Where text[:end] ends once the spaces, closing brackets and quotation marks at its end are left out."""
    while end > 0 and text[end - 1] in " )»\"'”’":
        end -= 1
    return end


def _nearest_mentions(close: list[tuple[str, int, SeasonMention]], cue: Cue, event_cues: list[Cue], start: int,
                      end: int) -> list[tuple[str, int, SeasonMention]]:
    """Where one clause names two seasons and says two kinds of thing, each is said of the season nearest its
    word: "renewed Copper Bay for a third season ahead of its season 2 finale" renews the third, and the finale
    is the second's."""
    mentions = list(dict.fromkeys(m for _, _, m in close))
    if len(mentions) < 2 or not any(c.category != cue.category and start <= c.start < end for c in event_cues):
        return close
    nearest = min(mentions, key=lambda m: m.start - cue.end if m.start >= cue.end else cue.start - m.end)
    return [(w, n, m) for w, n, m in close if m is nearest]


_WEEKDAY_GAP = re.compile(r"[^\S\n]+(?:[^\W\d_]+[^\S\n]*)?\(?")  # "sejak [Jumat (]9/8/2019)"
_YEAR_DIGITS_END = re.compile(r"/(?:19|20)\d\d$")  # "9/8/2019": a date in numbers with its year
# A window this many days or fewer after the article may be the end of a run still airing.
_RUN_STILL_AIRING_DAYS = 90


def _named_between(start: int, end: int, work_spans: WorkSpans) -> int:
    """How many characters of text[start:end] name a work ("Season 2 of Copper Valley premiered")."""
    return sum(e - s for s, e, _ in work_spans if start <= s and e <= end)


def _by_sentence(sentences: list[Sentence], mentions: list[SeasonMention],
                 works: list[Work]) -> list[tuple[list[SeasonMention], WorkSpans]]:
    """For each sentence, the season expressions and the works' names that start in it, in order."""
    starts = [s.start for s in sentences]
    out: list[tuple[list[SeasonMention], WorkSpans]] = [([], []) for _ in sentences]
    for mention in mentions:
        i = bisect.bisect_right(starts, mention.start) - 1
        if i >= 0 and mention.start < sentences[i].end:
            out[i][0].append(mention)
    spans = sorted(((s, e, w) for w in works for s, e in w.spans), key=lambda x: x[0])
    for s, e, w in spans:
        i = bisect.bisect_right(starts, s) - 1
        if i >= 0 and s < sentences[i].end:
            out[i][1].append((s, e, w))
    return out


def _unsaid_by_denier(claims: list[Claim], outlet: str | None, spoken: Callable[[Claim], bool]) -> None:
    """"Apple TV+ is developing season 3 ... Apple TV+ has not confirmed it": the first is the outlet's report."""
    # (not a shoot left unscheduled: "tvN has confirmed a second season. 'The filming schedule has not been decided,'
    # a tvN representative said")
    unscheduled = {c.sentence for c in claims if c.event == "production" and c.polarity == "negative"}
    # (only what comes before its last such word: "Globoplay disse que nenhuma decisão foi tomada ... Atualização: o
    # Globoplay confirmou que 'Delegacia 13' terá quarta temporada", an update that decides)
    unconfirming: dict[str, int] = {}
    for c in claims:
        if c.event == "renewal" and c.polarity == "negative" and not c.denial and c.source_role == "platform" \
                and c.source and c.sentence not in unscheduled:
            unconfirming[c.source] = max(unconfirming.get(c.source, -1), c.start)
    for i, claim in enumerate(claims):
        # (one after it stands only where the platform speaks in its sentence, `spoken`: not '"Já estamos escrevendo
        # ...", afirmou', a creator's words the platform is only carried to)
        later = claim.start > unconfirming.get(claim.source or "", -1) and spoken(claim)
        if claim.source in unconfirming and not later and claim.polarity == "positive" \
                and claim.certainty == "official" and claim.event in ("renewal", "production"):
            claims[i] = Claim(**{**_fields(claim), "certainty": "reported", "source_role": "media", "source": outlet})


# an article between a verb and its noun: "confirmed the cancellation", "a confirmé l'annulation"
_ARTICLE_GAP = re.compile(r"[^\S\n]+(?:(?:the|its|their|la|le|les|el|los|o|a|os|as|die|den|das|der|des|du|de la|del|do|da)"
                          r"[^\S\n]+|l['’])?")
# a comma opening an aside right after a name: ", die im Sommer lief"
_COMMA_OPENING = re.compile(r"[^\S\n]*,[^\S\n]*")
# the end of a bracket and what opens a list item's predicate after it: "(Netflix): ", "(Hulu) – "
# (or a verb's helpers, inside a sentence: "The Last Harbor (HBO) has been renewed", "(HBO) est renouvelée")
_BRACKET_TO_ITEM = re.compile(r"\)[^\S\n]*[:–—-]?[^\S\n]*(?:(?:has|have|been|was|is|officially|est|a|été|officiellement|"
                              r"ha|sido|fue|es|foi|é|oficialmente|wurde|ist|hat|telah|sudah|resmi|bien|[a-zà-ÿ]+(?:ment|mente|ly))[^\S\n]+){0,3}")


def _end_of_name(text: str, source: Source) -> int:
    """Where a source ends, with the name right after its role word ("Showrunner Tom Weller")."""
    at = text.find(source.name, source.end, source.end + 3 + len(source.name)) if source.name else -1
    return at + len(source.name or "") if at >= 0 else source.end


def _quoted_words_decide(claims: list[Claim], starts: list[int], speaking: set[int], denying: set[int]) -> None:
    """"Netflix buru-buru meluruskan. ... "Belum ada yang diputuskan," kata perwakilan Netflix Korea": the article calls
    it a denial, the platform's own words quoted in the next four sentences say only that nothing is decided, and those
    decide (as they do over a headline that says "denies"). Not where the denial reports what the platform said
    ("Netflix Korea menyatakan kabar tersebut tidak benar"), nor where a sentence between calls the report untrue.
    (`starts`: every sentence's start, where each claim's sentence starts too.)"""
    for i, claim in enumerate(claims):
        platform = claim.source
        if not (claim.denial and claim.source_role == "platform" and platform) or claim.start in speaking \
                or any(q in claim.sentence for q in _QUOTE_MARKS):
            continue
        said = bisect.bisect_right(starts, claim.start)
        quoted = [c for c in claims if c.source_role == "platform" and c.source and c.start > claim.end
                  and (c.source.startswith(platform) or platform.startswith(c.source))
                  and bisect.bisect_right(starts, c.start) - said <= 4 and any(q in c.sentence for q in _QUOTE_MARKS)]
        if quoted and not any(c.denial for c in quoted) and not any(claim.end < d <= quoted[-1].start for d in denying) \
                and any(c.event == "renewal" and c.polarity == "negative" for c in quoted):
            claims[i] = Claim(**{**_fields(claim), "event": "renewal", "stage": None, "when": None, "denial": False})


def _months_before(when: str, published: date | None) -> bool:
    """Whether the day `when` lies two months or more before the publication date."""
    return published is not None and len(when) == 10 and (published - date.fromisoformat(when)).days >= 60


def _within(inner: str, outer: str) -> bool:
    """Whether one `when` lies inside another and is narrower ("2026-12-18" in "2026-12")."""
    a, b = when_module.window(inner), when_module.window(outer)
    return b[0] <= a[0] and a[1] <= b[1] and a != b


def _bare_year(time: When, text: str) -> bool:
    """Whether the expression names its year ("2026", "January 28, 2026"): then no year is guessed."""
    return bool(_FOUR_DIGITS.search(text, time.start, time.end))


@cache
def _ordinal_before(pack: Pack) -> re.Pattern[str] | None:
    """An indefinite article and an ordinal right before a position: "a second ", "un deuxième ", "eine dritte "."""
    if not pack["ORDINALS"]:
        return None
    ordinals = work_module.alternation([re.escape(o) for o in pack["ORDINALS"]])
    return re.compile(r"(?<![\w])(?:a|an|un|une|um|uma|uno|una|ein|eine|einen|einem|einer|sebuah)[^\S\n]+(" + ordinals
                      + r")[^\S\n]+$", re.IGNORECASE)


def _sentence_start_before(text: str, position: int, reach: int) -> int:
    """Where the sentence holding `position` starts: after the last sentence end in the `reach` characters before it."""
    start = max(0, position - reach)
    stop = _SENTENCE_END.search(text, start, position)
    while stop is not None:
        start = stop.end()
        stop = _SENTENCE_END.search(text, start, position)
    return start


def _sentence_end_after(text: str, position: int) -> int:
    """Where the sentence holding `position` ends: at its first sentence end after it, or its line's end (a headline
    ends on none), or the text's end."""
    stop = _SENTENCE_END.search(text, position)
    line_end = text.find("\n", position)
    return min(stop.start() if stop is not None else len(text), line_end if line_end >= 0 else len(text))


# the words between a release word and a weekday's date in brackets: " perdana pada Jumat (" (see `_dated_release`)
# (its platform maybe between, and "mulai", from: " di Netflix mulai Jumat (")
_RELEASE_ON_WEEKDAY = re.compile(r"(?:[^\S\n]+perdana)?(?:[^\S\n]+(?:di|lewat|melalui)[^\S\n]+[\w+]+(?:[^\S\n]+[\w+]+)?)?"
                                 r"[^\S\n]+(?:(?:pada|mulai)[^\S\n]+)?(?:hari[^\S\n]+)?[^\W\d_]+[^\S\n]*\(")


def _said_on(when: str, published: date | None) -> bool:
    """A single day in the week before publication: the day something was said."""
    if not published or len(when) != 10:
        return False
    day = when_module.window(when)[0]
    return 0 <= (published - day).days <= 7


def _subject_right_after(text: str, clause_end: int, mention_start: int, work_spans: WorkSpans) -> bool:
    """Whether what follows a fronted clause is the work's name and its season, nothing else."""
    gap = text[clause_end:mention_start]
    for start, end, _ in work_spans:
        if clause_end <= start and end <= mention_start:
            gap = text[clause_end:start] + text[end:mention_start]
    # ("Lancée le 22 janvier, la saison 3 ...", "Released in March, the second season ...": its article too)
    return all(word.lower() in _SUBJECT_ARTICLES for word in _WORDS.findall(gap))


def _distance(cue: Cue, key: tuple[str, int], targets: Targets) -> int:
    """How far the cue stands from the nearest words that name the installment (`key`) in its sentence."""
    return min((abs(cue.start - m.start) for w, n, m in targets if (w.title, n) == key), default=1 << 30)


def _fields(claim: Claim) -> dict:
    return {f: getattr(claim, f) for f in claim.__dataclass_fields__}


# "are getting", "will all return for", "will not get a", "n'auront pas de" (a word elided before a vowel too)
_FEW_WORDS = re.compile(r"(?:[^\S\n]+(?:[^\W\d_]{1,2}['’])?[^\W\d_]+){1,4}[^\S\n]+")
# a number right after a word: "den 1. Oktober" (a date, not a relative clause's "den")
_DIGIT_AFTER = re.compile(r"[^\S\n]+\d")
# the dash, bar or dot that parts a schedule line's fields ("2.ª Temporada - HBO Max - 8 de janeiro")
_SCHEDULE_DASH = re.compile(r"[^\S\n][-–—|·][^\S\n]")


# between a title and the season its verb gives it, in a headline: "'Saltgrass' Gets Season 3", "X Lands a Second Season"
_VERB_TO_SEASON = re.compile(r"[\"”»'’]?(?:[^\S\n]+[^\W\d_]+){1,3}[^\S\n]+")


def _next_to(text: str, mention: SeasonMention, start: int, end: int) -> bool:
    """Whether a season expression stands right after a title ("X Season 2"), a verb or two after it ("'Saltgrass'
    Gets Season 3"), or names it after it ("season 2 of X")."""
    return (0 <= mention.start - end <= 30 and (work_module._BEFORE_MENTION.fullmatch(text, end, mention.start) is not None
                                                or _VERB_TO_SEASON.fullmatch(text, end, mention.start) is not None)) \
        or (0 <= start - mention.end <= 40 and _SEASON_OF.fullmatch(text, mention.end, start) is not None)


def _auxiliaries(gap: str) -> bool:
    """Whether the words between a name and its speech verb are one or two short words in lower case ("has", "also"),
    or one set off by commas ("Harlow, however, said")."""
    if gap.startswith(", ") and gap.endswith(", ") and gap.count(",") == 2:
        gap = gap[1:-2] + " "
    words = gap.split()
    return gap[:1].isspace() and gap[-1:].isspace() and 0 < len(words) <= 2 and \
        all(len(w) <= 8 and w.isalpha() and w.islower() for w in words)


# a definite article between a verb and its subject right after it ("starten die Dreharbeiten", "comienza el rodaje"; not
# the "a" of "volverá a escribir", a preposition)
_SUBJECT_ARTICLE_GAP = re.compile(r"[^\S\n]+(?:(?:die|der|das|the|les|la|le|las|los|el|os|as)[^\S\n]+|l['’])?")


def _overlaps(cue: Cue, others: list[Cue]) -> bool:
    return any(o.start < cue.end and cue.start < o.end for o in others)


def _verb_within(cue: Cue, cues: list[Cue]) -> bool:
    """Whether a release cue holds a release word of its own after its first ("will air", not "prévu pour"), or
    is only an auxiliary (a future word, no more) with a release word soon after it ("soll ab März 2027 im Ersten
    zu sehen sein")."""
    auxiliary = any(c.category == "future" and c.start == cue.start and c.end == cue.end for c in cues)
    return any(c.category == cue.category and cue.start < c.start and (
        c.end <= cue.end or (auxiliary and c.start - cue.end <= 60)) for c in cues)


def _drop_nested(cues: list[Cue]) -> list[Cue]:
    """Of cues that overlap, keep the longest ("filming wrapped" over "filming")."""
    kept: list[Cue] = []
    for cue in sorted(cues, key=lambda c: (-(c.end - c.start), c.start)):
        if not _overlaps(cue, kept):
            kept.append(cue)
    return sorted(kept, key=lambda c: c.start)


# what stands between a closing comma and its attribution word: nothing (", sources say"), or the outlet that reports
# it, maybe with an auxiliary (", Deadline has learned"): group 1
# the outlet after a closing report verb: a quoted name a few words on, else the first capitalised run after lower-case words
_OUTLET_AFTER = re.compile(r"(?:[^\S\n]+[\w-]+){0,2}?[^\S\n]+(?:[„“\"«‘][^\S\n]*([^„“”\"«»‘’\n]{2,40}?)[^\S\n]*[“”\"»’]"
                           r"|(?:[a-zà-ÿß]+[^\S\n]+){0,2}([A-Z][\w'’.&+-]*(?:[^\S\n]+(?:(?:de|do|da|del|der|von|du|des|of|the)[^\S\n]+)?"
                           r"[A-Z][\w'’.&+-]*){0,3}))[^\S\n]*[.!]?$")
# spaces and at most one short word: "nicht mehr [im] Oktober"
_SHORT_GAP = re.compile(r"[^\S\n]*(?:[^\W\d_]{1,4}[^\S\n]+)?")
# between a release noun and the participle after it: a comma, or up to two short words in lower case ("est", "was",
# "a été"; not a clause's subject: "Ahead of its season one finale, Hulu has renewed ...")
_PARTICIPLE_GAP = re.compile(r"[^\S\n]*,?[^\S\n]*(?:(?-i:[a-zß-öø-ÿ]{1,5})[^\S\n]+){0,2}")
_REPORT_TAIL = re.compile(r"(?:[^\S\n]+[^\s,.;:!?]+){0,2}[^\S\n]*[,:][^\S\n]*")  # "meldete [vergangene Woche], "
_WORDS = re.compile(r"\w+")
# a person's name of two or three words in the possessive, then a title: "Dana Whitlock's Ironside Creek"
_MAKER_POSSESSIVE = re.compile(r"([A-Z][\w.-]+(?:[^\S\n]+(?:de|del|da|van|von|di|la|le)?[^\S\n]*[A-Z][\w.-]+){1,2})['’]s[^\S\n]+([A-Z0-9][^\n]*)")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w])[A-Z][\w&'’-]*[^\S\n]$")  # a capitalised word right before
_BRACKETED_NAME = re.compile(r"[\"”’»“]?[^\S\n]*\(([^()\n]{1,60})\)")  # a title's other name right after it
_EVERY_PARAGRAPH = -1  # an announcer for the whole article (see _read_sentence)
_SUBJECT_ARTICLES = frozenset("the its la le les l sa son ses el los las su sus a o os as sua suas die der das seine ihre".split())
# a live blog's time of update opening a line: "11h00 - ", "10:37 a.m. ET: ", "14.20 WIB - ", "17:00 Uhr: "
# (or alone on its line, the update's text below it: "17:48 GMT", "17h45")
_TIMESTAMP = re.compile(r"\d{1,2}[h:.]\d{2}(?:[^\S\n]*(?:[ap]\.?m\.?|Uhr|WIB|WITA|WIT|ET|EST|PT|CET|CEST|GMT|BST|UTC|h))*"
                        r"[^\S\n]*(?:[-–—:|]|$)")
_ASIDE = re.compile(r",[^,.;:!?\n]{1,80},")  # ", whose character was killed off in episode 5,"
# between two names given together: "Park Seo-jun dan Lee Soo-ah", "Ana Ruiz, Leo Mora y Eva Sanz"
_NAMES_JOINED = re.compile(r"[^\S\n]*(?:,|,?[^\S\n]+(?:and|dan|serta|y|e|et|und|&))[^\S\n]+")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?\n])[^\w.!?\n]*$")  # nothing but marks since the sentence began
# spaces and an opening quotation mark at most, between a phrase and the name right after it
_QUOTE_GAP = re.compile(r"[^\S\n]*[\"“«„‘']?[^\S\n]*")
# the word "new" in a season's words ("the new season", "la nueva temporada", "musim baru"): that one again, not another
_NEW_WORD = re.compile(r"(?<![\w])(?:new|nueva|nuevo|nouvelle|nouveau|nova|novo|neue|neuen|neuer|baru|terbaru)(?![\w])", re.IGNORECASE)
_FEW_LOWER = re.compile(r"(?:[^\S\n]+[a-zà-ÿ'’]+){0,3}[^\S\n]+")  # "Marcus Trent [will not] return"
# the word before the maker a season is ordered from, and the roles named before the name ("bei Regisseur und
# Hauptdarsteller")
_ORDERED_FROM = re.compile(r"(?<![\w])bei(?:[^\S\n]+(?:[\w-]+,?|und)){0,4}[^\S\n]+$", re.IGNORECASE)
# a word of letters inside a date, its month's name ("1 Juli 2026", not "1/7/2026")
_MONTH_NAME_WORD = re.compile(r"[^\W\d_]{3,}")
# a word, looked at as a relative pronoun ("the sequel to the film that drew ...")
_RELATIVE_WORD = re.compile(r"(?<![\w])[^\W\d_]+(?![\w])")
# a promo word's complement up to its verb: "[trailer] for the Cornish mining thriller was", "[Trailer] zur dritten
# Staffel von Schieferstadt wurde", "[trailer] da terceira temporada de X foi", "[Trailer] musim ketiga X"
_PROMO_COMPLEMENT = re.compile(r"[^\S\n]+(?:" + work_module.OF_WORDS + r"|for|für|untuk|pour|para)(?:[^\S\n]+[\w'’-]+){1,8}[^\S\n]+"
                               r"|(?:[^\S\n]+[\w'’-]+){1,4}[^\S\n]+", re.IGNORECASE)
_NAME_OPENING = re.compile(r"[\"“„«']?(?:[A-ZÀ-Ý][\w'’-]+[^\S\n]+){0,2}([A-ZÀ-Ý][\w'’-]+)(?=[^\S\n]*[,:]|[^\S\n]+[a-zß-ÿ])")  # "Cienfuegos, que ..."
_TIME_CLAUSE_GAP = re.compile(r"(?:[^\S\n]+[\w'’-]+){1,5}[^\S\n]+")  # "since [the finale] dropped"
_FEW_WORDS_BETWEEN = re.compile(r"(?:[^\S\n]+[\w'’-]+){0,3}[^\S\n]+")  # "said [the show's producer] Jonas Feld"
# between a reporting verb and its that-word: nothing, a comma, or when it was said ("reported on Tuesday that",
# "afirmou nesta quarta-feira (2) que")
_THAT_AFTER = re.compile(r"[^\S\n]*,?(?:[^\S\n]+[^\s.;:!?\"“”„«»]+){0,4}[^\S\n]*,?[^\S\n]*")
# an outlet's name opening its clause, right before its verb: "Variety reported", "Deadline has reported"
# the words between a renewal and the season it is for: "the renewal of the series for a fifth season"
_RENEWED_FOR = re.compile(r"(?:[^\S\n]+[\w'’-]+){0,4}[^\S\n]+(?:for|pour|para|por|für|untuk)[^\S\n]+"
                          r"(?:(?:a|an|une|un|una|uma|um|eine|einer|its|sa|su|sua)[^\S\n]+)?$", re.IGNORECASE)
_SHORT_CONDITION = re.compile(r"[^\S\n]+[^,.;:!?\n]{1,30},[^\S\n]*")  # "si [todo va bien, ]"
# "[renewed A for a third season and B ]for a [second]", "[... and B ]for season [3]"
_FOR_A = re.compile(r"(?<![\w])(?:for|pour|para|por|für|untuk)[^\S\n]+(?:(?:a|an|une|un|una|uma|um|eine|einer)[^\S\n]+)?$",
                    re.IGNORECASE)
_INDEFINITE_BEFORE = re.compile(r"(?<![\w])" + work_module.INDEFINITE + r"[^\S\n]+$", re.IGNORECASE)  # "eine [vierte Staffel]"
_NAME_RIGHT_BEFORE = re.compile(r",[^\S\n]*[A-Z][\w'’.-]+(?:[^\S\n]+[A-Z][\w'’.-]+){1,2}[^\S\n]*,?[^\S\n]+$")  # ", Yohanes Lede, "
_NAME_BEFORE_VERB = re.compile(r"([A-Z][\w'’.&+-]*(?:[^\S\n]+[A-Z][\w'’.&+-]*){0,2})[^\S\n]+(?:(?:has|had|have)[^\S\n]+)?$")
_NO_WORK = Work("")  # a name of no work the article tracks (see `_object_work`)
# the outlet speaking of itself ("we would not expect ...", "kami memperkirakan ...", "nous pensons ...")
_OUTLET_VOICE = re.compile(r"(?<![\w])(?:[Ww]e|I|[Kk]ami|[Kk]ita|[Nn]ous|[Ww]ir|[Nn]osotros|[Nn]ós)(?![\w])")
# "is confirmed to release": the verb's infinitive after the confirmation
_TO_BETWEEN = re.compile(r"[^\S\n]+to[^\S\n]+")
# two works joined, maybe the second's kind before it ("Stone Harbor and the coming-of-age dramedy Paper Moons"), then a
# word that says both: "have both been", "ont toutes deux été", "wurden beide", "keduanya"
# (quoted, a German kind in capitals between: '„X“ und die Fantasy-Serie „Y“ bekommen beide keine neue Staffel')
_BOTH_GAP = re.compile(r"[\"”“’»]?[^\S\n]+" + work_module._AND + r"[^\S\n]+(?:[a-zà-ÿ][\w'’-]*[^\S\n]+|[A-ZÄÖÜ][\w-]*-[\w-]+[^\S\n]+){0,8}[\"“„«‘]?")
_BOTH_AFTER = re.compile(r"[\"”“’»]?(?:[^\S\n]+[a-zà-ÿ]+){0,2}[^\S\n]+(?:both|toutes?[^\S\n]+(?:les[^\S\n]+)?deux|tous[^\S\n]+(?:les[^\S\n]+)?deux|"
                         r"ambas|ambos|beide|keduanya|sama-sama)(?![\w])", re.IGNORECASE)
# the word a date is confirmed for: " for ", " para el ", " untuk tanggal "
_FOR_DATE = re.compile(r"[^\S\n]+(?:for|para|pour|für|auf|untuk|pada)(?:[^\S\n]+(?:the|el|le|la|o|den|tanggal|dia))?[^\S\n]+")
# a colon and the subject of a clause of its own after it: "Fans will have to be patient: the second season ...",
# "Fans müssen sich gedulden: Die zweite Staffel ..."
_COLON_CLAUSE = re.compile(r":[^\S\n]+(?:the|la|le|el|o|a|die|der|das|les|los|las|os|as|its|their|season|musim|\w+ (?:season|saison|temporada|Staffel))(?![\w])", re.IGNORECASE)
# a capitalised name right after a verb, maybe after its article ("renewed Iron Hill", "ha cancelado 'El puerto'")
# (two capitalised words at least: a German noun alone is capitalised too, "bekommt die Familienserie ...")
# (or a list of names after a plural article and a noun: "mais annule les nouveautés Indebted, Sunnyside et Bluff City Law")
# (not a person's name that describes the work after it: "bringing back the Steve Carell-starring series Space Force",
# "renewed the Kit Harlan starrer Ridge Valley")
_CAPITAL_OBJECT = re.compile(r"[^\S\n]+(?:(?:the|la|le|el|o|a|den|die|das)[^\S\n]+)?[\"'“‘«„]?[^\S\n]?([A-Z][\w'’-]+)"
                             r"[^\S\n]+(?![A-Z][\w'’]*-(?:starring|led|fronted|helmed|created|backed|produced)(?![\w]))[A-Z][\w'’-]+"
                             r"(?![\w'’-])(?![^\S\n]+starrer(?![\w]))"
                             r"|[^\S\n]+(?:the|les|los|las|os|as|die)[^\S\n]+(?:[a-zà-ÿ][\w'’-]+[^\S\n]+)?[\"'“‘«„]?([A-Z][\w'’-]+),[^\S\n]+[A-Z]")
# the word right after a name ("the Baz Luhrmann drama": its kind)
_KIND_WORD_AFTER = re.compile(r"[^\S\n]+([\w-]+)")
# a platform's name in the possessive and the capitalised name after it: "Hulu's Corner Office"
_PLATFORM_TITLE = re.compile(r"(?<![\w])(?P<owner>[A-Z][\w+&.-]*(?:[^\S\n]+[A-Z][\w+&.-]*){0,2})['’]s[^\S\n]+"
                             r"[A-Z][\w'’-]*(?:[^\S\n]+(?:[A-Z][\w'’-]*|of|the|and|in|on|a)(?![\w]))*")
# a capitalised word right before a bracket (group 1: its end)
_NAME_BEFORE_BRACKET = re.compile(r"[A-ZÀ-Ý][\w'’-]+()[^\S\n]*$")
# details as the subject that opens a clause: "details about the cast and release windows would depend on ...",
# "los detalles sobre el reparto", "les détails sur", "Details zur Besetzung", "os detalhes sobre", "detail soal"
_DETAILS_SUBJECT = re.compile(r"(?:^|(?<=[,;:.!?]\s)|(?<=\n))(?i:(?:the |further |more |other |los |les |os |as |die |weitere |más |mais |plus de )?"
                              r"(?:details?|detalles|détails|detalhes|einzelheiten|rincian)[^\S\n]+"
                              r"(?:about|on|regarding|of|sobre|de|sur|zu[rm]?|über|tentang|soal|mengenai))(?![\w])", re.MULTILINE)
# the words that say nothing points to what follows: "there's no indication that", "nada indica que", "rien n'indique
# que", "nichts deutet darauf hin, dass", "tidak ada indikasi bahwa" (a few words of the clause between)
_NOTHING_POINTS_TO = re.compile(r"(?<![\w])(?:no (?:indication|sign|suggestion|evidence|reason to (?:think|believe))s? (?:yet |so far )?that"
                                r"|nothing (?:suggests|indicates|points to the fact) that|nada (?:indica|sugiere|apunta a) que"
                                r"|rien n['’](?:indique|laisse penser|laisse entendre) que|nada (?:indica|sugere) que"
                                r"|nichts deutet darauf hin,? dass|kein (?:Hinweis|Anzeichen) darauf,? dass"
                                r"|tidak ada (?:indikasi|tanda-tanda|tanda) bahwa)[^.;:!?\n]{0,50}$", re.IGNORECASE)
# a short name and a separator opening a line: "Marée Basse : annulée après 6 saisons", "Copper Ledger – cancelled"
_NAME_AND_SEPARATOR = re.compile(r"[^\S\n]*[^\n.!?:;]{2,60}?[^\S\n](?::|–|—|-)[^\S\n]")
# the mark that opens an item of a list on its line: "- ", "– ", "• ", "3. " (the works finder's _LIST_NUMBER with the
# en dash, which there would cut titles short: "– Lou, Ltd. est annulée" is no work "Lou")
_ITEM_MARK = re.compile(r"[^\S\n]*(?:\d{1,2}[.)]|#\d{1,2}[.):]?|[-–•*])[^\S\n]+")
# the noun of a renewal, which may be the subject of a statement that it is not confirmed
_NOMINAL_RENEWAL = re.compile(r"(?:renewal|pickup|pick-up|renovación|renovação|renouvellement|verlängerung|perpanjangan)$",
                              re.IGNORECASE)
# the auxiliaries and adverbs between a subject and its statement: "renewal has technically not been confirmed"
_SUBJECT_VERB_ONLY = re.compile(r"[^\S\n]*(?:(?:has|have|had|is|are|was|were|still|technically|officially|yet|so far|"
                                r"ha|han|a|ont|est|hat|ist|wurde|foi|está|belum|masih)[^\S\n]+){0,3}")
# the after-word that ends a word of ending: "will end after", "terminará após", "endet nach" (the season after it is the
# last one, not the subject)
_AFTER_ENDING = re.compile(r"(?<![\w])(?:after|após|depois de|tras|después de|après|nach|setelah|usai)$", re.IGNORECASE)
# the "or" between two ways a show may go: "renewed or cancelled", "verlängert oder abgesetzt", "renovada ou cancelada"
# (a short word after it: "son renouvellement ou son annulation", "renewed or be cancelled")
_EITHER_OR = re.compile(r"[^\S\n]+(?:or|oder|atau|ou|o|u)[^\S\n]+(?:(?:[a-zà-ÿ]{1,4}|will be)[^\S\n]+)?")
# the words before one of the reasons a season may not come, the other after "or": "ya sea por", "be it through"
_EITHER_BEFORE = re.compile(r"(?<![\w])(?:ya sea|be it|whether|seja|soit|que ce soit|sei es|baik)[^\S\n]+"
                            r"(?:(?:por|through|by|due to|because of|from|para|par|durch|wegen|karena|a causa de)[^\S\n]+)?"
                            r"(?:(?:a|an|the|la|el|le|une?|o|uma?|eine[nr]?)[^\S\n]+)?$", re.IGNORECASE)
# seasons "of" works named in lower case: "Segundas temporadas de produções que ..."
_OF_WORKS_IN_GENERAL = re.compile(r"[^\S\n]+(?:de|of|des|da|das|dos|von)[^\S\n]+[a-zà-ÿ]")
# a work's own debut told in the past: "made its debut", "made their series debut"
_MADE_ITS_DEBUT = re.compile(r"(?<![\w])made[^\S\n]+(?:its|their)[^\S\n]+(?:(?:series|streaming|network|tv)[^\S\n]+)?debut(?![\w])",
                             re.IGNORECASE)
# a work's own debut, a few words maybe between: "its March 3 debut", "its series debut", "the show's Netflix debut"
_ITS_DEBUT = re.compile(r"(?<![\w])(?:its|their|(?:the|this)[^\S\n]+(?:show|series|drama|comedy)['’]s?)[^\S\n]+"
                        r"(?:[\w.+-]+[^\S\n]+){0,3}?debut", re.IGNORECASE)
# a work's possessive right before a noun: "the show's", "the series'", "its", "their"
_OWNERS_BEFORE = re.compile(r"(?<![\w])(?:(?:the|this|that)[^\S\n]+(?:show|series|drama|comedy|sitcom)['’]s?|its|their)[^\S\n]+$",
                            re.IGNORECASE)
# the word of what each of several has: "their respective", "sus respectivas", "leurs respectives", "ihre jeweiligen"
_RESPECTIVE = re.compile(r"(?<![\w])(?:respective|respectiv[oa]s|respetiv[oa]s|respectives|jeweilige[nr]?|masing-masing)(?![\w])",
                         re.IGNORECASE)
# a possessive of several, right before what it has: "their", "sus", "leurs", "seus", "suas", "ihre"
_THEIR_BEFORE = re.compile(r"(?<![\w])(?:their|sus|leurs|seus|suas|ihre|ihren)[^\S\n]+$", re.IGNORECASE)
# seasons in the plural, an ordinal before them: "second seasons", "segundas temporadas", "deuxièmes saisons", "zweiten Staffeln"
_PLURAL_SEASONS = re.compile(r"(?i:[^\W\d_]+[^\S\n]+(?:seasons|temporadas|saisons|staffeln))$")
# an ordinal and the season's noun in the plural: "Segundas temporadas", "deuxièmes saisons"
_PLURAL_ORDINAL_SEASONS = re.compile(r"(?i:[^\W\d_]+s[^\S\n]+(?:temporadas|saisons))")
# a work's possessive or article before the two ways it may go: "its renewal or cancellation", "son renouvellement"
_ITS_BEFORE = re.compile(r"(?<![\w])(?:its|their|the|his|her|sua|seu|son|sa|leur|su|sus|ihre|seine|die|der|la|le|el|o)[^\S\n]+$",
                         re.IGNORECASE)
# the sources "according to" names without naming them: "According to sources, ...", "Según fuentes cercanas, ..."
_UNNAMED_SOURCES = re.compile(r"[^\S\n]+(?:(?:several|multiple|unnamed|anonymous|two|three|various|varias|diversas|mehreren|beberapa)[^\S\n]+)?"
                              r"(?:sources|insiders|people familiar|people close|fuentes|fontes|Quellen|Insidern|sumber)(?![\w])",
                              re.IGNORECASE)
_WHO_AFTER = re.compile(r"[^\S\n]*,[^\S\n]*who(?![\w])")
# (", as Deadline reports": "as" may open it)
_CLOSING_ATTRIBUTION = re.compile(r",[\"”’]?[^\S\n]*(?:as[^\S\n]+)?(?:([A-Z][\w'’.&+-]*(?:[^\S\n]+[A-Z][\w'’.&+-]*){0,2})[^\S\n]+(?:[a-z]+[^\S\n]+)?)?$")


def _release_participles(text: str, cues: list[Cue]) -> list[Cue]:
    """Each renewal word right after a release word ("diffusion, annoncée", "premiere was confirmed") joined to it."""
    out = list(cues)
    for release in cues:
        if release.category != "release":
            continue
        joined = next((c for c in cues if c.category == "renewal" and 0 <= c.start - release.end <= 12
                       and _PARTICIPLE_GAP.fullmatch(text, release.end, c.start)), None)
        if joined is not None:
            out = [Cue("release", release.start, joined.end) if c is release else c for c in out if c is not joined]
    return out


# the rest of a list of nouns in lower case, commas between ("Pemeran, waktu siaran, dan platform ")
_LOWER_LIST = re.compile(r"(?:[^\S\n]*,[^\S\n]*(?:[a-zà-ÿ][\w'’-]*[^\S\n]+){0,3}[a-zà-ÿ][\w'’-]*){1,4}[^\S\n]*")
# spaces within a line ("The Night Ledger will not return": the subject right before its verb)
_INLINE_SPACE = re.compile(r"[^\S\n]+")
# a name after a cue, a few words in lower case between ("se incorpora al reparto el actor argentino Bruno Paz")
_LOWER_THEN_NAME = re.compile(r"(?:[^\S\n]+[a-zà-ÿ][\w'’-]*){0,6}[^\S\n]+((?:[A-ZÀ-Ý][\w'’-]+)(?:[^\S\n]+[A-ZÀ-Ý][\w'’-]+){1,2})(?![\w])")


def _assign_times(clauses: cue_module.Clauses, times: list[When], cues: list[Cue],
                  future: list[int] | None = None, joined: Callable[[int, int], bool] | None = None) -> dict[Cue, list[When]]:
    """Give each time expression to the event cue it belongs to: the nearest, preferring the one before it.

    A cue's own times are listed with those after it first ("tayang ... akhir tahun depan"). `future`: where the
    future words stand; one between a cue and the time after it opens another verb's phrase ("werden gedreht und
    sollen im ersten Halbjahr 2027 ausgestrahlt werden": of a tie, the verb after the time takes it). `joined`:
    whether an "and" stands between two places; a cue after the time and past an "and" is another clause's ("El
    rodaje comenzará en octubre y su estreno está previsto para ...": October is the shoot's).
    """
    owned: dict[Cue, list] = {}
    for time in times:
        if not cues:
            break
        def distance(c: Cue) -> int:
            gap = (time.start - c.end) if c.end <= time.start else (c.start - time.end) * 2 + 10
            between = (c.end, time.start) if c.end <= time.start else (time.end, c.start)
            # a date belongs to its own clause's verb first
            gap += 100 if clauses.first(*between) is not None else 0
            gap += 30 if joined is not None and c.start > time.end and joined(time.end, c.start) else 0
            # (and a cue before the time past an "and" is the clause before's, where a verb after the time closes the
            # time's own clause: "wird im Frühjahr gedreht und soll Ende nächsten Jahres bei RTL+ starten")
            gap += 60 if joined is not None and c.end <= time.start and joined(c.end, time.start) and any(
                o.category in ("release", "production") and o.start >= time.end and clauses.first(time.end, o.start) is None
                and not joined(time.end, o.start) for o in cues) else 0
            # (nor is an event after the time the time's, where another event of the kind before it opens its clause: "le
            # tournage commencera en mai pour une diffusion prévue à l'automne 2026", May is the shoot's)
            gap += 40 if c.start >= time.end and c.category in ("release", "production") and any(
                o.category in ("release", "production") and o.category != c.category and o.end <= time.start
                and clauses.first(o.end, time.start) is None and not (joined is not None and joined(o.end, time.start))
                for o in cues) else 0
            return gap + (1 if future and c.end <= time.start and any(c.end <= f < time.start for f in future) else 0)

        best = min(cues, key=distance)
        if best.category not in ("release", "production"):
            # "bestellt, die im zweiten Halbjahr 2026 starten soll": the verb after the date carries the window
            following = [c for c in cues if c.category in ("release", "production") and 0 <= c.start - time.end <= 30
                         and clauses.first(time.end, c.start) is None]
            if following:
                best = following[0]
        owned.setdefault(best, []).append(time)
    for cue, found in owned.items():
        # (of those before it, its own clause's first: "Käme die Verlängerung in diesem Sommer, wären neue Folgen
        # frühestens Ende nächsten Jahres zu sehen"; not past an "and", which goes on with the same subject: "new
        # episodes are unlikely before the end of next year, and a 2027 debut would not be a shock")
        found.sort(key=lambda t: (t.start < cue.start, t.start < cue.start and clauses.first(t.end, cue.start) is not None
                                  and not (joined is not None and joined(t.end, cue.start)), t.start))
    return owned

"""Time expressions resolved against the publication date, in the `when` forms of STATUS.md.

Forms: a date (2026-12-04), a month (2026-10), a quarter (2026-Q4), a half
(2026-H2) or a year (2026). "next summer" in an article of 2025-09-23 is 2026-Q3.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from .gate import WordPattern, WordStarts
from .pack import Pack, alternation

_YEAR = r"(?:19|20)\d{2}"


@dataclass(frozen=True)
class When:
    """One resolved time expression and where it stands in the text."""

    start: int
    end: int
    when: str
    weekday: bool = False  # a weekday named alone ("este lunes", "am Montag"): the day nearest the article
    today: bool = False  # the article's own day named ("premieres today", "ab heute")
    past: bool = False  # a weekday just gone ("opened last Friday"), or the day before the article ("dirilis kemarin")
    relative: bool = False  # counted from the article's date ("next month", "tahun depan"): its year is never guessed
    anchored: bool = False  # a season of the year alone that took its year from the time before it in the sentence

    def in_past(self, published: date | None, seasons: bool = False) -> str:
        """`into_past` of this time: told in the past tense, it lies before the article (one counted from the
        article's date already lies where it says: "dijadwalkan rampung bulan depan")."""
        return self.when if self.relative else into_past(self.when, published, seasons=seasons, weekday=self.weekday)
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# the groups of times counted from the article's date: this, next and last month, week and year; today, tomorrow,
# yesterday
_RELATIVE = ("nm", "tm", "lm", "nw", "lw", "tny", "ny", "ty", "ly", "ya", "td", "tmw", "yd")
_MONTH_OR_DAY = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")
_PERIOD = re.compile(r"\d{4}-(?:\d{2}(?:-\d{2})?|Q[1-4]|H[12])")
_LEAP_DAY = re.compile(r"\d{4}-02-29")
_DIGITS = re.compile(r"\d+")
# "nesta quinta-feira (8)", "Jumat (12/6)"; or its day after a comma or a space: "na terça-feira, 23", "el martes 23",
# "na terça-feira, dia 23" (where no month's name follows: that makes a full date, read as one; see `month_after`)
_DAY_NUMBER_AFTER = r",?[^\S\n]+(?:(?:dia|día|den|the)[^\S\n]+)?(\d{1,2})(?:st|nd|rd|th)?(?!\d|[.:/]\d)"
_DAY_AFTER_WEEKDAY = re.compile(r"[^\S\n]*\((\d{1,2})(?:/\d{1,2})?\)|" + _DAY_NUMBER_AFTER)
_YEAR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")
# a date whose first number can only be its month ("02/26/2026"), or only its day ("26/02/2026")
_MONTH_FIRST = re.compile(r"(?<![\d/])(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/\d{2,4}(?![\d/])")
_DAY_FIRST = re.compile(r"(?<![\d/])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/\d{2,4}(?![\d/])")
# between the two days of a range, in every pack's words: "to", "sampai", "au", "al", "bis", "até", a dash
_RANGE = re.compile(r"[^\S\n]*(?:[-–—]|(?:to|until|through|till|hingga|sampai|s/d|au|jusqu'au|jusqu’au|al|hasta el|bis|bis zum|até)"
                    r"(?![\w]))[^\S\n]*", re.IGNORECASE)

# between the two months of a range or a pair, in every pack's words: those of "to" and of "and" ("Januari hingga
# Februari", "entre abril y septiembre"), or a dash
_MONTH_JOINER = r"(?:hingga|sampai|dan|atau|to|until|through|till|and|or|a|à|al|y|e|o|et|ou|bis|und|oder|até)"
# (a preposition and an article may open the second: "au printemps ou à l'été 2027", "in the spring or in the summer")
_MONTH_RANGE = re.compile(rf"[^\S\n]*(?:[-–]|{_MONTH_JOINER}(?![\w]))[^\S\n]*"
                          r"(?:(?:in|en|à|au|no|na|em|im|di|pada)(?:[^\S\n]+(?:the|el|la|le|o|a))?[^\S\n]+|à[^\S\n]+l['’])?", re.IGNORECASE)

_FOLLOWING = re.compile(r"(?<![\w])(?:following|suivante?s?|siguientes?|seguintes?|darauffolgenden?|folgenden?|berikutnya)(?![\w])",
                        re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s")


class TimeGrammar:
    """The time expressions of one (merged) pack, compiled once."""

    def __init__(self, pack: Pack):
        self.months = {k.lower(): v for k, v in pack["MONTHS"].items()}
        self.year_seasons = {k.lower(): v for k, v in pack["YEAR_SEASONS"].items()}
        self.parts = pack["YEAR_PARTS"]
        self.holidays = pack["HOLIDAYS"]
        self.halves = [(re.compile(key, re.IGNORECASE), value) for key, value in pack["HALVES"].items()]
        self.part_keys = [(re.compile(key, re.IGNORECASE), value) for key, value in self.parts.items()]
        self.holiday_keys = [(re.compile(key, re.IGNORECASE), value) for key, value in self.holidays.items()]
        # feasts of a lunar calendar ("Lebaran 2026"): their month or quarter, by year
        self.moving_keys: list[tuple[re.Pattern[str], dict[int, str]]] = [
            (re.compile(key, re.IGNORECASE), value) for key, value in pack["MOVING_HOLIDAYS"].items()]
        month = alternation(re.escape(m) for m in self.months)
        # a month's name right after a day's number: "martes 23 de abril", "Tuesday the 23rd of April", "Dienstag, 23. April"
        self.month_after = re.compile(rf"\.?[^\S\n]*(?:(?:de|of)[^\S\n]+)?{month}(?![\w])", re.IGNORECASE)
        # A bare month name that is also a common word ("may", "mar") needs a day or a year beside it.
        safe_month = alternation(re.escape(m) for m in self.months if len(m) > 3 and m not in ("may", "mars"))
        # ... or a preposition before it: "premiered in May", "sortie en mars", "mise en ligne en mai" (not "mar",
        # the sea in Spanish and Portuguese)
        risky_month = alternation(re.escape(m) for m in self.months if (len(m) <= 3 or m in ("may", "mars")) and m != "mar")
        season = alternation(re.escape(s) for s in self.year_seasons)
        part = alternation(self.parts)
        nxt = alternation(pack["NEXT"])
        this = alternation(pack["THIS"])
        last = alternation(pack["LAST"]) if pack["LAST"] else "(?!)"
        season_prefix = alternation(pack["SEASON_PREFIXES"]) if pack["SEASON_PREFIXES"] else "(?!)"
        next_year = alternation(pack["NEXT_YEAR"])
        this_year = alternation(pack["THIS_YEAR"])
        last_year = alternation(pack["LAST_YEAR"])
        # "tayang tiga tahun lalu", "premiered two years ago": so many years before the article's (YEARS_AGO, "{n}" the
        # count in figures or in words, up to ten)
        self.year_counts = {k.lower(): v for k, v in pack["NUMBER_WORDS"].items() if 1 < v <= 10}
        count = alternation([r"\d{1,2}"] + [re.escape(k) for k in self.year_counts])
        years_ago = alternation(f.replace("{n}", count) for f in pack["YEARS_AGO"]) if pack["YEARS_AGO"] else "(?!)"
        next_month = alternation(pack["NEXT_MONTH"]) if pack["NEXT_MONTH"] else "(?!)"
        # "around this time next year": the article's month, a year on
        year_on = alternation(pack["THIS_TIME_NEXT_YEAR"]) if pack["THIS_TIME_NEXT_YEAR"] else "(?!)"
        next_week = alternation(pack["NEXT_WEEK"]) if pack["NEXT_WEEK"] else "(?!)"
        today = alternation(pack["TODAY"]) if pack["TODAY"] else "(?!)"
        tomorrow = alternation(pack["TOMORROW"]) if pack["TOMORROW"] else "(?!)"
        yesterday = alternation(pack["YESTERDAY"]) if pack["YESTERDAY"] else "(?!)"
        last_week = alternation(pack["LAST_WEEK"]) if pack["LAST_WEEK"] else "(?!)"
        this_month = alternation(pack["THIS_MONTH"]) if pack["THIS_MONTH"] else "(?!)"
        last_month = alternation(pack["LAST_MONTH"]) if pack["LAST_MONTH"] else "(?!)"
        same_year = alternation(pack["SAME_YEAR"]) if pack["SAME_YEAR"] else "(?!)"
        de = r"(?:[^\S\n]+(?:de|of|del|do)[^\S\n]+|[^\S\n]*,?[^\S\n]*)"  # ("março do ano passado")
        # ("à la fin de l'année 2027", "no fim do ano de 2027", "Ende des Jahres 2027": the year word, then the year)
        year_noun = "|" + alternation(pack["YEAR_NOUNS"]) if pack["YEAR_NOUNS"] else ""
        # ("en marzo del año pasado", "im März letzten Jahres", "March last year": the year before the article's)
        year_ref = rf"(?:{{noun}}(?P<{{g}}y>{_YEAR})|(?P<{{g}}ny>{next_year})|(?P<{{g}}same>{same_year})|(?P<{{g}}ty>{this_year})" \
                   rf"|(?P<{{g}}ly>{last_year}))"
        prefix = alternation(pack["YEAR_PREFIXES"])
        holiday = alternation(list(self.holidays) + list(pack["MOVING_HOLIDAYS"]))
        # a holiday on a fixed date may stand without its year ("in time for Christmas"): the next one
        # (a moving one too, by its date in the year of the article or the next: "menjelang Lebaran")
        fixed_holiday = alternation([key for key, value in self.holidays.items() if value] + list(pack["MOVING_HOLIDAYS"]))
        day = r"\d{1,2}(?:st|nd|rd|th|er|º|\.)?"

        # (DELAY_TO: plain words, each looked behind at)
        # (each looked behind at: a fixed width, and the match still opens on the year, a word start)
        after_verb = "|".join(rf"(?<=(?<![\w]){verb}[^\S\n])" for verb in pack["YEAR_AFTER_VERBS"]) or "(?!)"
        delay_to = "|".join(rf"(?<=(?<![\w]){word}[^\S\n])" for word in pack["DELAY_TO"]) \
            if pack["DELAY_TO"] and pack["DELAY_VERBS"] else "(?!)"
        # the verb of a delay earlier in the same sentence
        self.delayed = re.compile(rf"(?<![\w]){alternation(pack['DELAY_VERBS'])}(?![\w])[^.;!?\n]*$", re.IGNORECASE) \
            if pack["DELAY_VERBS"] else None

        def yr(g: str, noun: bool = False) -> str:
            # `noun`: the year noun may come before the year; only after a part of the year, where it is needed
            # (each such branch makes the grammar's openings harder to list, so that it is tried at more word starts)
            if not noun:
                return year_ref.replace("{g}", g).replace("{noun}", "")
            # ... or the year noun alone, this year's: "la segunda mitad del año", "la fin de l'année"
            alone = rf"|(?P<{g}yn>{alternation(pack['YEAR_NOUNS'])})(?![^\S\n]*(?:de[^\S\n]+)?\d)" if pack["YEAR_NOUNS"] else ""
            return year_ref.replace("{g}", g).replace("{noun}", rf"(?:(?:{this_year}{year_noun}){de})?")[:-1] + alone + ")"

        # "this Friday", "el próximo viernes", "nesta sexta-feira", "Jumat ini": the next such day (only these
        # forward forms: a bare "on Monday" is as often the day something was said)
        self.weekdays = {k.lower(): v for k, v in pack["WEEKDAYS"].items()}
        weekday = alternation(re.escape(d) for d in self.weekdays)
        # a short name that is an ordinal too ("na sexta", "nesta segunda temporada"): a day only where its phrase
        # ends, or the day of the month follows it ("estreia na sexta (12)")
        if pack["WEEKDAY_SHORT"]:
            weekday = rf"(?:{weekday}|{alternation(re.escape(d) for d in pack['WEEKDAY_SHORT'])}" \
                      rf"(?=[^\S\n]*(?:\(\d|[,.;:!?\n]|$)))"
            self.weekdays.update({k.lower(): v for k, v in pack["WEEKDAY_SHORT"].items()})
        coming = "|".join(t.replace("{d}", weekday) for t in pack["COMING_WEEKDAY"]) if self.weekdays else ""
        # "opened last Friday", "estrenada el pasado viernes", "sorti vendredi dernier": the one just gone
        gone = "|".join(t.replace("{d}", weekday) for t in pack["PAST_WEEKDAY"]) if self.weekdays and pack["PAST_WEEKDAY"] else ""
        self.weekday_name = re.compile(rf"(?<![\w]){weekday}(?![\w])", re.IGNORECASE)
        # a weekday and its day of the month, no month named: "na terça-feira, 23", "el martes 23", "Selasa, 23" (the
        # date near the article that falls on that weekday; see `_weekday_days`)
        self.weekday_day = re.compile(rf"(?<![\w])(?P<wd>{weekday})" + _DAY_NUMBER_AFTER,
                                      re.IGNORECASE) if self.weekdays else None
        # (each looked behind at, as YEAR_AFTER_VERBS: a word that opens a day, or a weekday's name)
        # ("tayang perdana Jumat (6/3)": or a weekday, its day and month in brackets after it, as Indonesian news writes)
        day_opened = "|".join(rf"(?<=(?<![\w]){re.escape(word) if word in self.weekdays else word}[^\S\n])"
                              for word in [*pack["DAY_OPENERS"], *self.weekdays]) or "(?!)"
        if self.weekdays:
            day_opened += "|" + "|".join(rf"(?<=(?<![\w]){re.escape(word)}[^\S\n]\()" for word in self.weekdays)
            # (or its comma: "am Donnerstag, 15.8.")
            day_opened += "|" + "|".join(rf"(?<=(?<![\w]){re.escape(word)},[^\S\n])" for word in self.weekdays)

        # a broadcast season, autumn to spring: "the 2025-26 TV season", "la saison 2026-2027", "Saison 2026/27"
        tv_season = alternation(pack["TV_SEASONS"]) if pack["TV_SEASONS"] else "(?!)"
        tv_years = rf"(?P<{{g}}>{_YEAR})[^\S\n]*[-/–][^\S\n]*(?P<{{g}}2>\d{{2}}(?:\d{{2}})?)(?![\w/–-])"
        # ... and its middle, where a show held back from the autumn starts: "midseason of the 2025-26 season"
        self.midseason = re.compile(rf"(?<![\w])(?:{alternation(pack['MIDSEASON'])})(?![\w])[^.;!?\n]{{0,30}}$", re.IGNORECASE) \
            if pack["MIDSEASON"] else None
        alternatives = [
            rf"(?:{tv_season})[^\S\n]+{tv_years.replace('{g}', 'tv')}",
            rf"{tv_years.replace('{g}', 'tva')}[^\S\n]+(?:{tv_season})",
            rf"(?P<num>\d{{1,2}})[/.-](?P<num_m>\d{{1,2}})[/.-](?P<num_y>{_YEAR})",
            # a calendar's day and month without the year ("chega em 06/03", "Start am 17.04."): the next such day
            # (the month in two digits, so that "1/2" or "24/7" is no date; in one after a word that opens a day,
            # DAY_OPENERS or a weekday: "el 23/4", "Miércoles 9/4", "am 23.4.")
            r"(?P<dmn>0?[1-9]|[12]\d|3[01])(?:/(?P<dmn_m>0[1-9]|1[0-2])(?![/\d])|\.(?P<dmn_m2>0[1-9]|1[0-2])\.(?!\d))",
            rf"(?:{day_opened})(?P<dmo>0?[1-9]|[12]\d|3[01])(?:/(?P<dmo_m>[1-9])(?![/\d])|\.(?P<dmo_m2>[1-9])\.(?!\d))",
            # "le 18 juin prochain", "el próximo 18 de junio", "no próximo dia 18", "le 3 mars dernier"
            rf"(?:(?P<dm_pn>{nxt})[^\S\n]+(?:d[ií]a[^\S\n]+)?)?(?P<dm_d>{day})(?:[^\S\n]+de)?[^\S\n]+(?P<dm_m>{month})\.?"
            rf"(?:{de}(?P<dm_y>{_YEAR})|[^\S\n]+(?:del?[^\S\n]+)?(?P<dm_ny>{next_year})|[^\S\n]+(?!{next_year})(?:(?P<dm_n>{nxt})|(?P<dm_l>{last}))(?![\w]))?",
            rf"(?P<md_m>{month})\.?[^\S\n]+(?P<md_d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?[^\S\n]+(?P<md_y>{_YEAR}))?",
            # "Januari hingga Februari 2025", "from May to July 2026": the year belongs to both months
            # ("entre abril y septiembre de 2024", "between April and June 2025": the range's joiner is "and" too)
            rf"(?P<r_m1>{month})(?:[^\S\n]+{_MONTH_JOINER}[^\S\n]+"
            rf"|[^\S\n]*[-–][^\S\n]*){month}(?:[^\S\n]+(?:de|del|do|of)[^\S\n]+|[^\S\n]+)(?P<r_y>{_YEAR})",
            rf"(?P<part>{part})[ \t\u00a0-]*(?:{yr('p', noun=True)})",
            # a half of the year named without its year ("no segundo semestre", "im zweiten Halbjahr"): the next one
            # not yet over (not "el segundo semestre de la temporada", of something else)
            rf"(?P<half>{alternation(pack['HALVES']) if pack['HALVES'] else '(?!)'})(?![\w])"
            rf"(?![^\S\n]+(?:de|del|do|da|des|du|of|tahun|der)(?![\w])|[^\S\n]+d['’]|[^\S\n]*,?[^\S\n]*\d)",
            rf"(?:(?P<s_pre_n>{nxt})|(?P<s_pre_t>{this})|(?P<s_pre_l>{last}))[^\S\n]+(?P<s1>{season})",
            # ("im Frühjahr kommenden Jahres": the year after it first, the next one's word being the year's)
            rf"(?P<s2>{season})(?:{de}{yr('s')}|[^\S\n]+(?:(?P<s_post_n>{nxt})|(?P<s_post_t>{this})|(?P<s_post_l>{last}))(?![\w]))",
            # a season alone after its preposition, unless a year or "next" follows it ("im Herbst 2026")
            rf"(?:{season_prefix})[^\S\n]*(?P<s_alone>{season})(?![\w])"
            rf"(?!{de}(?:{_YEAR}|{next_year}|{this_year}|{same_year})|[^\S\n]+(?:{nxt}|{this}|{last})(?![\w]))",
            rf"(?P<hol>{holiday})[^\S\n]+{yr('h')}",
            # (not "pada Halloween tahun ini": the holiday with its year is read at the holiday)
            rf"(?:{prefix})[^\S\n]+(?:time[^\S\n]+for[^\S\n]+)?(?P<hol_alone>{fixed_holiday})(?![\w])(?![^\S\n]*(?:[^\W\d_]+[^\S\n]*)?,?[^\S\n]*\d{{4}})"
            rf"(?!{de}(?:{next_year}|{this_year}|{last_year}|{same_year})(?![\w]))",  # (nor "para o Natal do ano que vem")
            rf"(?P<mo>{month})(?:{de}|[^\S\n]+){yr('m')}",
            # "last May", "el pasado mayo", "im vergangenen Mai", "mai dernier", "Mei lalu": the one before
            rf"(?:(?P<ml_pre>{last})[^\S\n]+(?P<ml1>{month})|(?P<ml2>{month})[^\S\n]+(?P<ml_post>{last}))(?![\w])",
            rf"(?P<mo_alone>{safe_month})(?![^\S\n]+(?:{last})(?![\w]))",
            # (not "pada Mei 2025": the month with its year is read at the month)
            # (nor "for Dec. 22, 2027": the month with its day is read at the month)
            rf"(?:{prefix})[^\S\n]+(?P<mo_prep>{risky_month})(?![\w])(?![^\S\n]+(?:{last})(?![\w]))"
            rf"(?!{de}{_YEAR}(?!\d))(?!\.?[^\S\n]+\d{{1,2}}(?:st|nd|rd|th)?(?!\d))",
            # ... or the word for the next one after it: "dimulai Mei mendatang"
            rf"(?P<mo_next>{risky_month})[^\S\n]+(?:{nxt})(?![\w])",
            rf"(?P<tny>{year_on})",
            rf"(?P<ny>{next_year})",
            # (not before its date: "ab Freitag, 12. Februar", "this Friday, January 8" is that date's weekday)
            # (nor one a full date in brackets follows: "sejak Senin (31/3/2025)")
            rf"(?P<pwd>{gone or '(?!)'})",
            # (but a day's number alone after it is that day: "Nesta quinta-feira, 15, será lançada", "this Thursday, the
            # 15th")
            rf"(?P<cw>{coming or '(?!)'})(?![^\S\n]*,?[^\S\n]*(?:(?:den|dem|the|le|el|o)[^\S\n]+)?(?:{month}|\d{{1,2}}(?!\d)(?:st|nd|rd|th|er|º)?\.?"
            rf"[^\S\n]*(?:(?:de|of)[^\S\n]+)?(?:{month}|[./-]?\d)|\d{{3}})"
            r"|[^\S\n]*\(\d{1,2}/\d{1,2}/\d{2,4}\))",
            rf"(?P<ty>{this_year})",
            rf"(?P<ya>{years_ago})",
            rf"(?P<ly>{last_year})",
            rf"(?P<nm>{next_month})",
            rf"(?P<nw>{next_week})",
            rf"(?P<td>{today})",
            rf"(?P<tmw>{tomorrow})",
            rf"(?P<yd>{yesterday})",
            rf"(?P<lw>{last_week})",
            rf"(?P<tm>{this_month})",
            rf"(?P<lm>{last_month})",
            rf"(?:{prefix})[^\S\n]+(?P<bare_y>{_YEAR})",
            rf"(?P<year_before>{_YEAR})(?=[^\S\n]+(?:{alternation(pack['YEAR_BEFORE'])})(?![\w]))",
            # "pushed the second season to 2027": the year a delay moves a release to (see `find`); the word
            # before it is looked behind at, so that a year this rejects is still tried by the alternatives above
            rf"(?:{delay_to})(?P<delay_y>{_YEAR})",
            rf"(?:{after_verb})(?P<verb_y>{_YEAR})",  # "Die erste Staffel lief 2019"
        ]
        # tried only at words that can begin it (see gate.py)
        # (`_resolve` reads its groups in any case: it may run on the text in lower case)
        self.regex = WordPattern(re.compile(r"(?<![\w])(?:" + "|".join(alternatives) + r")(?![\w])", re.IGNORECASE), lower=True)
        until = alternation(pack["UNTIL"]) if pack["UNTIL"] else "(?!)"
        # ("no llegará hasta la primavera de 2027", "pas avant le printemps", "nicht vor dem Herbst": with its article)
        # (the article elided too: "avant l'été 2027")
        # (and one whose vowel is elided before the time: "jusqu'à la fin de l'année")
        self.until = re.compile(rf"(?<![\w])(?:{until})(?:[^\S\n]+(?:(?:at[^\S\n]+least|the|la|el|le|o|a|dem|den|der)[^\S\n]+|l['’])?"
                                r"|(?<=['’]))$", re.IGNORECASE)
        self.until_inside = re.compile(rf"(?:{until})(?![\w])", re.IGNORECASE)  # "until 2027" is one time expression
        # "airing since September", "diffusée depuis septembre": a time after "since" lies before the article
        self.since = re.compile(rf"(?<![\w]){alternation(pack['SINCE'])}[^\S\n]+(?:(?:the|le|dem|den)[^\S\n]+)?$",
                                re.IGNORECASE) if pack["SINCE"] else None
        # ... and a weekday after it (COMING_WEEKDAY holds "seit {d}"): the one just past
        # "next Friday", "vendredi prochain", "am kommenden Freitag": a week ahead even on that day
        self.next_word = re.compile(rf"(?<![\w])(?:{nxt})(?![\w])", re.IGNORECASE)
        # a time said to be ahead in its own words: a year, or "next year", "next month" ("awal tahun depan")
        self.ahead_words = re.compile(rf"{_YEAR}|(?<![\w])(?:{nxt}|{next_year}|{next_month}|{next_week})(?![\w])", re.IGNORECASE)
        self.since_open = re.compile(rf"{alternation(pack['SINCE'])}(?![\w])", re.IGNORECASE) if pack["SINCE"] else None
        self.season_alone = re.compile(rf"(?:{season_prefix})[^\S\n]*(?:{season})", re.IGNORECASE)
        # "last year's surprise hit": a time that owns another noun dates that, unless it is the release
        # ("next year's premiere")
        self.owner = re.compile(rf"['’]s[^\S\n]+(?!(?:{alternation(pack['YEAR_BEFORE'])})(?![\w]))", re.IGNORECASE)

    def said_ahead(self, text: str, time: When, published: date) -> bool:
        """Whether a time lies after the article's day by its own words (a year or "next ..."), not only because a bare
        month or season resolves to the next one ("en février")."""
        return window(time.when)[0] > published and self.ahead_words.search(text, time.start, time.end) is not None

    def vague(self, text: str, time: When) -> bool:
        """A season of the year with no year ("à l'automne"): a window only for a season the sentence names."""
        return not time.anchored and self.season_alone.fullmatch(text, time.start, time.end) is not None

    def after_until(self, text: str, time: When) -> bool:
        """Whether the time follows "until" or "before": "will not premiere until 2027"."""
        return self.until_inside.match(text, time.start) is not None or \
            self.until.search(text, max(0, time.start - 30), time.start) is not None

    def find(self, text: str, published: date | None, start: int = 0, end: int | None = None,
             words: WordStarts | None = None) -> list[When]:
        """Every time expression in `text[start:end]`, resolved (`words`: the text's word starts, if found already)."""
        found: list[When] = []
        for m in self.regex.finditer(text, start, len(text) if end is None else end, words):
            if text[m.start()].isupper() and _PLACE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue  # "Rio de Janeiro", "Plaza de Mayo": a place named after a month
            if self.owner.match(text, m.end()):
                continue
            if m.group("delay_y") and not (self.delayed is not None and
                                           self.delayed.search(text, max(0, m.start() - 80), m.start())):
                continue  # "from 2024 to 2026", "the road to 2027": no delay names it
            # "the same year" is the year named just before it in the text read
            # ("opened in June 2024 ... and then became the most-watched film the following winter": "the following"
            # counts from the time named before it in the sentence, not from the article's date)
            reference = published
            if found and _FOLLOWING.search(text, m.start(), m.end()) and not _SENTENCE_END.search(text, found[-1].end, m.start()):
                reference = window(found[-1].when)[1]
            when = self._resolve(m, reference, int(found[-1].when[:4]) if found else None)
            # ("Filming begins in spring 2027, with a premiere planned for the fall", "La première saison a été
            # diffusée au printemps 2025, la deuxième à l'automne": a season of the year alone is of the year just
            # named in its sentence, or of the year after where it comes before that time)
            anchored = bool(when and m.group("s_alone") and found and not _SENTENCE_END.search(text, found[-1].end, m.start())
                            and (found[-1].relative or _YEAR_DIGITS.search(text, found[-1].start, found[-1].end)))
            if anchored and when:
                year = int(found[-1].when[:4])
                if window(f"{year}{when[4:]}")[1] < window(found[-1].when)[0]:
                    year += 1
                when = f"{year}{when[4:]}"
            # (or a preposition the match opens on: "Gedreht wird seit Mai")
            if when and published and self.since is not None and (self.since.search(text, max(0, m.start() - 12), m.start())
                                                                   or m.group("mo_prep") and self.since_open is not None
                                                                   and self.since_open.match(text, m.start())):
                when = into_past(when, published, seasons=True)
            elif when and published and m.group("cw") and self.since_open is not None and self.since_open.match(m.group("cw")):
                when = into_past(when, published, weekday=True)  # "Seit Freitag ist die zweite Staffel zu sehen"
            if when:
                # ("premieres this Friday" in an article of a Friday: today)
                today = bool(m.group("td")) or bool(m.group("cw")) and published is not None and when == published.isoformat()
                # ("Jumat (6/3)": a day its weekday pins down counts as a weekday's, its year already chosen)
                pinned = bool(m.group("dmo")) and self._bracketed_weekday(text, m.start()) is not None
                found.append(When(m.start(), m.end(), when, weekday=bool(m.group("cw")) or pinned, today=today,
                                  past=bool(m.group("pwd") or m.group("yd")), relative=any(m.group(g) for g in _RELATIVE), anchored=anchored))
        if self.weekday_day is not None and published is not None:
            found = self._weekday_days(text, published, start, len(text) if end is None else end, found)
        # "29 Agustus sampai 11 Oktober 2025", "from March 3 to April 29, 2027": the first day of a range takes its
        # year from the last one's
        for i in range(len(found) - 1):
            first, last = found[i], found[i + 1]
            if len(first.when) == 10 and len(last.when) == 10 and _RANGE.fullmatch(text, first.end, last.start) \
                    and not _YEAR_DIGITS.search(text, first.start, first.end) \
                    and _YEAR_DIGITS.search(text, last.start, last.end):
                year = int(last.when[:4]) - (1 if first.when[5:] > last.when[5:] else 0)
                when = _iso(year, int(first.when[5:7]), int(first.when[8:]))
                if when:
                    found[i] = When(first.start, first.end, when, weekday=first.weekday, today=first.today, past=first.past)
            # "between September and December last year", "de mars à mai de l'année prochaine": the first month of a
            # range takes its year from the last one's, written in words too
            elif len(first.when) == 7 and len(last.when) == 7 and _MONTH_RANGE.fullmatch(text, first.end, last.start) \
                    and not _YEAR_DIGITS.search(text, first.start, first.end):
                year = int(last.when[:4]) - (1 if first.when[5:] > last.when[5:] else 0)
                found[i] = When(first.start, first.end, f"{year}-{first.when[5:]}", weekday=first.weekday,
                                today=first.today, past=first.past)
        return found

    def _weekday_days(self, text: str, published: date, start: int, end: int, found: list[When]) -> list[When]:
        """Each weekday named with its day of the month and no month ("na terça-feira, 23, começa a ser exibida",
        "se estrena el martes 23") that no other time covers: the date within ten days of the article that falls on
        both, gone by or to come."""
        assert self.weekday_day is not None
        added = []
        for m in self.weekday_day.finditer(text, start, end):
            if any(w.start < m.end() and m.start() < w.end for w in found) or self.month_after.match(text, m.end()):
                continue
            weekday = self.weekdays.get(m.group("wd").lower())
            day = int(m.group(2))
            near = [d for d in (published.toordinal() + k for k in range(-10, 11))
                    if date.fromordinal(d).day == day and date.fromordinal(d).weekday() == weekday]
            if near:
                when = date.fromordinal(min(near, key=lambda d: abs(d - published.toordinal()))).isoformat()
                added.append(When(m.start(), m.end(), when, today=when == published.isoformat()))
        return sorted(found + added, key=lambda w: w.start) if added else found

    def _bracketed_weekday(self, text: str, start: int) -> int | None:
        """The weekday named right before a day in brackets ("Jumat (6/3)"), else None."""
        named = _WEEKDAY_BEFORE_BRACKET.search(text, max(0, start - 12), start)
        return self.weekdays.get(named.group(1).lower()) if named is not None else None

    def _resolve(self, m: re.Match, published: date | None, previous: int | None = None) -> str | None:
        g = m.groupdict()
        for prefix in ("p", "s", "h", "m"):
            if g.get(prefix + "same") and previous is None:
                return None  # "that year" with no year before it says nothing
        ref = published or date.today()
        if g["tv"] or g["tva"]:
            first, second = (g["tv"], g["tv2"]) if g["tv"] else (g["tva"], g["tva2"])
            year = int(first)
            if int(second) != (year + 1 if len(second) == 4 else (year + 1) % 100):
                return None  # "2024-2026": two years, no broadcast season
            middle = self.midseason is not None and self.midseason.search(m.string, max(0, m.start() - 40), m.start())
            return f"{year + 1}-Q1" if middle else f"{year}-H2"
        if g["dmn"] or g["dmo"]:
            month = int(g["dmn_m"] or g["dmn_m2"] or g["dmo_m"] or g["dmo_m2"])
            day = int(g["dmn"] or g["dmo"])
            # (a day a month or more gone by is next year's: a calendar speaks of days to come)
            year = ref.year + 1 if (month, day) < ((ref.month - 1, ref.day) if ref.month > 1 else (0, 0)) else ref.year
            # ("tayang perdana Jumat (6/3)": the weekday in front of the brackets says which year, the nearest)
            weekday = self._bracketed_weekday(m.string, m.start()) if g["dmo"] else None
            if weekday is not None:
                fitting = [y for y in (ref.year - 1, ref.year, ref.year + 1) if _weekday_of(y, month, day) == weekday]
                if fitting:
                    year = min(fitting, key=lambda y: abs(_days_between(ref, y, month, day)))
            return _iso(year, month, day)
        if g["num"]:
            day, month, year = int(g["num"]), int(g["num_m"]), int(g["num_y"])
            if month > 12 and day <= 12:  # 3/31/2025: the month came first
                day, month = month, day
            elif month <= 12 and m.string[m.end("num"):m.end("num") + 1] == "/" and _month_first(m.string):
                day, month = month, day  # "03/05/2026" in an article dated "02/26/2026": March 5
            return _iso(year, month, day)
        if g["dm_m"]:
            month = self.months[g["dm_m"].lower()]
            day = int(_DIGITS.match(g["dm_d"]).group())  # type: ignore[union-attr]  # the group opens with digits
            if g["dm_y"]:
                year = int(g["dm_y"])
            elif g["dm_ny"]:  # "el 17 de julio del próximo año"
                year = ref.year + 1
            elif g["dm_n"] or g["dm_pn"]:
                year = ref.year if (month, day) > (ref.month, ref.day) else ref.year + 1
            elif g["dm_l"]:
                year = ref.year if (month, day) < (ref.month, ref.day) else ref.year - 1
            else:
                year = _nearest_year(ref, month, day)
            return _iso(year, month, day)
        if g["md_m"]:
            month = self.months[g["md_m"].lower()]
            return _iso(int(g["md_y"]) if g["md_y"] else _nearest_year(ref, month, int(g["md_d"])), month, int(g["md_d"]))
        if g["r_m1"]:
            return f"{int(g['r_y'])}-{self.months[g['r_m1'].lower()]:02d}"
        if g["part"]:
            year = _year(g, "p", ref, previous)
            suffix = _lookup(self.part_keys, g["part"])
            return f"{year}-{suffix}" if suffix else str(year)
        if g["half"]:
            # this year's, unless less than a quarter of it is left (said in December, the second half is next year's);
            # a quarter: this year's while it lasts
            half = _lookup(self.halves, g["half"])
            last = window(f"{ref.year}-{half}")[1]
            return f"{ref.year if (last - ref).days >= (92 if half.startswith('H') else 0) else ref.year + 1}-{half}"
        if g["s1"] or g["s2"] or g["s_alone"]:
            name = (g["s1"] or g["s2"] or g["s_alone"]).lower()
            quarter = self.year_seasons[name]
            if g["s_pre_n"] or g["s_post_n"]:
                year = _next_period_year(ref, quarter)
            elif g["s_pre_l"] or g["s_post_l"]:
                year = ref.year if window(f"{ref.year}-{quarter}")[0] <= ref else ref.year - 1
            elif g["s_alone"]:
                year = ref.year if window(f"{ref.year}-{quarter}")[1] >= ref else ref.year + 1
            elif g["sy"] or g["sny"] or g["sty"] or g["ssame"]:
                year = _year(g, "s", ref, previous)
            elif quarter == "Q1" and ref.month >= 9:
                year = ref.year + 1  # "cet hiver", "this winter" in the autumn: the winter to come
            else:
                year = ref.year
            return f"{year}-{quarter}"
        if g["hol_alone"]:
            quarter = _lookup(self.holiday_keys, g["hol_alone"])
            if not quarter:
                by_year = next((v for key, v in self.moving_keys if key.fullmatch(g["hol_alone"].lower())), {})
                return next((f"{y}-{by_year[y]}" for y in (ref.year, ref.year + 1)
                             if y in by_year and window(f"{y}-{by_year[y]}")[1] >= ref), None)
            return f"{ref.year if window(f'{ref.year}-{quarter}')[1] >= ref else ref.year + 1}-{quarter}"
        if g["hol"]:
            year = _year(g, "h", ref, previous)
            suffix = _lookup(self.holiday_keys, g["hol"]) or next(
                (by_year.get(year, "") for key, by_year in self.moving_keys if key.fullmatch(g["hol"].lower())), "")
            return f"{year}-{suffix}" if suffix else str(year)
        if g["mo"]:
            return f"{_year(g, 'm', ref, previous)}-{self.months[g['mo'].lower()]:02d}"
        if g["ml1"] or g["ml2"]:
            month = self.months[(g["ml1"] or g["ml2"]).lower()]
            return f"{ref.year if month < ref.month else ref.year - 1}-{month:02d}"
        if g["mo_alone"] or g["mo_prep"] or g["mo_next"]:
            month = self.months[(g["mo_alone"] or g["mo_prep"] or g["mo_next"]).lower()]
            year = ref.year if month >= ref.month else ref.year + 1
            return f"{year}-{month:02d}"
        if g["pwd"]:
            name = self.weekday_name.search(g["pwd"])
            if name is None:
                return None
            back = (ref.weekday() - self.weekdays[name.group().lower()]) % 7 or 7
            return date.fromordinal(ref.toordinal() - back).isoformat()
        if g["cw"]:
            name = self.weekday_name.search(g["cw"])
            if name is None:
                return None
            news_day = _DAY_AFTER_WEEKDAY.match(m.string, m.end())
            if news_day and news_day.group(2) and self.month_after.match(m.string, news_day.end()):
                news_day = None  # ("el martes 23 de abril": a full date, read as one)
            if news_day:
                # "nesta quinta-feira (8)": the Brazilian news day, the 8th nearest the article's date; a day
                # already past is when the news broke, no window of what it tells
                near = [d for d in (ref.toordinal() + k for k in range(-7, 8))
                        if date.fromordinal(d).day == int(news_day.group(1) or news_day.group(2))]
                return date.fromordinal(near[0]).isoformat() if near and near[0] > ref.toordinal() else None
            # ("M6 a ouvert ce mercredi les candidatures" in an article of a Wednesday: that day; "next Wednesday" a
            # week on)
            ahead = (self.weekdays[name.group().lower()] - ref.weekday()) % 7 or (
                7 if self.next_word.search(g["cw"]) else 0)
            return date.fromordinal(ref.toordinal() + ahead).isoformat()
        if g["ny"]:
            return str(ref.year + 1)
        if g["ty"]:
            return str(ref.year)
        if g["ly"]:
            return str(ref.year - 1)
        if g["ya"]:
            words = g["ya"].lower().split()
            years = next((int(w) if w.isdigit() else self.year_counts[w] for w in words if w.isdigit() or w in self.year_counts), 0)
            return str(ref.year - years) if 1 < years <= 99 else None
        if g["nw"] or g["lw"]:
            # "next week", "la semana pasada": the month that week falls in (a week is no `when` form)
            in_week = date.fromordinal(ref.toordinal() + (7 if g["nw"] else -7))
            return f"{in_week.year}-{in_week.month:02d}"
        if g["td"]:
            return ref.isoformat()
        if g["tmw"]:
            return date.fromordinal(ref.toordinal() + 1).isoformat()
        if g["yd"]:
            return date.fromordinal(ref.toordinal() - 1).isoformat()
        if g["nm"]:
            return f"{ref.year + ref.month // 12}-{ref.month % 12 + 1:02d}"
        if g["tny"]:
            return f"{ref.year + 1}-{ref.month:02d}"
        if g["tm"]:
            return f"{ref.year}-{ref.month:02d}"
        if g["lm"]:
            return f"{ref.year - (ref.month == 1)}-{(ref.month - 2) % 12 + 1:02d}"
        if g["bare_y"]:
            return g["bare_y"]
        if g["delay_y"]:
            return g["delay_y"]
        if g["verb_y"]:
            return g["verb_y"]
        if g["year_before"]:
            return g["year_before"]
        return None


# a capitalised word and "de" before a capitalised month: the month is part of a place's name
_PLACE_BEFORE = re.compile(r"(?<![\w])[A-ZÀ-Ý][\w'’-]*[^\S\n]+(?:de|do|da|del|di)[^\S\n]+$")


@lru_cache(maxsize=2)
def _month_first(text: str) -> bool:
    """Whether the text writes its dates month first, as American pages do: one of them can only be read so
    ("Updated: 02/26/2026"), and none only the other way."""
    return _MONTH_FIRST.search(text) is not None and _DAY_FIRST.search(text) is None


def into_past(when: str, published: date | None, seasons: bool = False, weekday: bool = False) -> str:
    """A premiere told in the past tense without its year ("premiered in October", and with `seasons` "lief im
    Frühjahr") lies before the article; and a weekday told so ("estrenó este lunes") is the one of the week before."""
    if not published or not (_PERIOD if seasons else _MONTH_OR_DAY).fullmatch(when):
        return when
    if weekday and _DAY.fullmatch(when) and date.fromisoformat(when) > published:
        return date.fromordinal(date.fromisoformat(when).toordinal() - 7).isoformat()
    if window(when)[0] > published:
        year = int(when[:4]) - 1
        shifted = f"{year}{when[4:]}"
        if _LEAP_DAY.fullmatch(shifted):
            return f"{year}-02"
        return shifted
    return when


def into_future(when: str, published: date | None) -> str:
    """A day told in the future tense without its year ("will premiere on January 12") lies after the article:
    more than a week before it, it is the next year's (within the week, it is the day something was said)."""
    if not published or not _DAY.fullmatch(when) or (published - date.fromisoformat(when)).days <= 7:
        return when
    shifted = f"{int(when[:4]) + 1}{when[4:]}"
    return shifted if _iso(int(shifted[:4]), int(when[5:7]), int(when[8:10])) else f"{shifted[:7]}"


def _lookup(table: list[tuple[re.Pattern[str], str]], phrase: str) -> str:
    """The value of the table entry (a compiled regex fragment) that matches the phrase."""
    phrase = phrase.lower()
    for key, value in table:
        if key.fullmatch(phrase):
            return value
    return ""


def _year(g: dict, prefix: str, ref: date, previous: int | None = None) -> int:
    if g.get(prefix + "y"):
        return int(g[prefix + "y"])
    if g.get(prefix + "same") and previous is not None:
        return previous
    if g.get(prefix + "ny"):
        return ref.year + 1
    if g.get(prefix + "ly"):
        return ref.year - 1
    return ref.year


def _next_period_year(ref: date, quarter: str) -> int:
    """The year of the next such season after the publication date ("next summer")."""
    # said well ahead, three months or more before it begins ("next summer" in April, "le printemps prochain" in
    # January), it is this year's; said closer, the year after
    first_month = {"Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10}.get(quarter, 1)
    return ref.year if ref.month <= first_month - 3 else ref.year + 1


def _nearest_year(ref: date, month: int, day: int = 15) -> int:
    """A date given without a year is the nearest such day to the publication date ("5 de março" in September
    is next March's)."""
    def distance(year: int) -> int:
        return abs((date(year, month, min(day, 28)) - ref).days)
    return min((ref.year - 1, ref.year, ref.year + 1), key=distance)


# a weekday's name, a space and an opening bracket, right before a day: "Jumat (6/3)"
_WEEKDAY_BEFORE_BRACKET = re.compile(r"([^\W\d_]+['’]?[^\W\d_]*)[^\S\n]\($")


def _weekday_of(year: int, month: int, day: int) -> int | None:
    """The weekday (Monday 0) of a day, None where there is no such day."""
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None


def _days_between(ref: date, year: int, month: int, day: int) -> int:
    return (date(year, month, day) - ref).days


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


@cache
def grammar(pack: Pack) -> TimeGrammar:
    return TimeGrammar(pack)


def window(when: str) -> tuple[date, date]:
    """The first and last day a `when` value covers."""
    if _DAY.fullmatch(when):
        d = date.fromisoformat(when)
        return d, d
    year = int(when[:4])
    rest = when[5:]
    if not rest:
        return date(year, 1, 1), date(year, 12, 31)
    if rest.startswith("Q"):
        q = int(rest[1])
        first = date(year, 3 * q - 2, 1)
        return first, _month_end(year, 3 * q)
    if rest.startswith("H"):
        h = int(rest[1])
        return date(year, 6 * h - 5, 1), _month_end(year, 6 * h)
    month = int(rest)
    return date(year, month, 1), _month_end(year, month)


def _month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1).fromordinal(date(year, month + 1, 1).toordinal() - 1)

"""Sentences with their offsets in the article's clean text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

# Abbreviations after which a full stop does not end a sentence (dotted ones, "U.S.", "e.g.": _DOTTED_ACRONYM).
ABBREVIATIONS = frozenset(
    "dr mr mrs ms st no nr vs jr sr prof gen sen rep inc ltd co corp dkk sdr bpk ny tn hal jl "
    "sra sr dra av pág p pp art cap vol ed eds est approx etc mt ft "
    "jan feb mar apr jun jul aug sep sept oct nov dec bros".split()
)
# "Jakarta -", "KOMPAS.com -", "Liputan6.com, Jakarta -": a dateline before a paragraph's first sentence
_DATELINE = re.compile(r"(?:(?<=\n)|^)[A-Z][\w.]*(?:,?[^\S\n]+[A-Z][\w.]*){0,2}[^\S\n]+[-–—][^\S\n]+(?=[A-Z\"“])")
# A break is one of: end punctuation and the space after it; a newline; the space after a dateline's dash; end
# punctuation a page glued to the next sentence, between a word in lower case and a capitalised one ("Das Ende der
# zweiten Staffel deutete es an.Als Starttermin wurde 2027 genannt").
# Every break begins with one of [.!?…\s], stated first so the regex engine skips other characters fast.
# (German quotations close on “ and ‘: „Das stimmt nicht.“ Die dritte Staffel ...)
# (French ones close on a spaced »: « Rien n'est signé. » France 2 ...)
_BREAK = re.compile(r"[.!?…\s](?:(?<=[.!?…])[.!?…]*(?:[\"'”’“‘»)\]]|[^\S\n]+»)*\s+|(?<=\n)|(?<=[^\S\n][-–—][^\S\n])[^\S\n]*(?=[A-Z\"“])"
                    r"|(?<=[a-zß-öø-ÿ]{2}[.!?])(?=[A-ZÄÖÜ][a-zß-öø-ÿ]{2,}[^\S\n]))")
# "No. 2", "Nr. 5", "cap. 3", "vol. 2": before a number only ("... des Veilleurs du Cap. Selon ...": a name's word)
_NUMBER_ABBREVIATIONS = frozenset({"no", "nr", "cap", "vol", "art", "pág"})
_END_MARKS = ".!?…"
_CLOSING = "\"'”’“‘»)]"
# (not a name written so: "... pada Maret 2026. tvN telah mengonfirmasi", "iQIYI")
# (nor an accented one: « Oui ! » à la presse)
_STARTS_LOWER = re.compile(r"\s*[a-zß-öø-ÿ](?![a-z]*[A-Z])")
# "D.P.", "S.W.A.T.": single letters with dots, an acronym (a title's, a country's) that does not end a sentence
_DOTTED_ACRONYM = re.compile(r"(?:\w\.)+\w")
# "wrote in a post on X. FX, which airs ...": the network named X after a word in lower case ends its sentence (an
# initial follows a name: "Michael J. Fox")
_ON_X = re.compile(r"(?<![\w.])[a-zß-öø-ÿ]+[^\S\n]+X\.$")
_NEXT_WORD = re.compile(r"\s*(\w+)")
_NEXT_WORD_BEFORE = re.compile(r"(\w+)\W*$")  # the word before a number, searched up to the number
# the German articles and contractions an ordinal number follows: "geht in die 3. Runde", "zum 2. Mal"
_ORDINAL_ARTICLE = re.compile(r"(?<![\w])(?:die|der|den|dem|des|zur|zum|im|am|ins|vom|beim|seine|seiner|seinem|ihre|ihrer|ihrem)[^\S\n]+$")


@cache
def _month_names() -> frozenset[str]:
    from .pack import packs  # late: the packs are found on first use, not at import

    return frozenset(name.lower() for pack in packs().values() for name in pack["MONTHS"])


@cache
def _installment_nouns() -> re.Pattern[str]:
    from .pack import alternation, packs

    return re.compile(alternation([noun for pack in packs().values() for noun in pack["SEASON_NOUNS"] + pack["FILM_NOUNS"]]),
                      re.IGNORECASE)


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text, where it stands, and which paragraph (line) holds it."""

    start: int
    end: int
    text: str
    paragraph: int
    index: int
    line_start: bool  # the sentence starts its line (list headers, captions)
    line_end: bool  # the sentence ends its line


@cache
def _item_installment() -> re.Pattern[str]:
    """The rest of a line that is an installment's noun and its numbers alone ("Saison 3", "Saisons 4 et 5"), the
    numbers joined by any pack's joiners."""
    from .pack import alternation, packs

    joiners = alternation(re.escape(j) if j in ("&", ",", "+") else j
                          for pack in packs().values() for j in pack["NUMBER_JOINERS"])
    return re.compile(rf"([^\W\d_]+)[^\S\n]+\d{{1,2}}(?:[^\S\n]*(?:{joiners})[^\S\n]*\d{{1,2}})*[^\S\n]*\.?[^\S\n]*(?:\n|$)")


def split_sentences(text: str) -> list[Sentence]:
    """Split clean text into sentences; every line is at least one sentence."""
    sentences: list[Sentence] = []
    paragraph = 0
    pos = 0
    line_start = True
    length = len(text)
    for match in _BREAK.finditer(text):
        cut = match.end()
        newline = "\n" in match.group()
        if not newline and not match.group().strip() and not _at_dateline(text, pos, match.start()):
            continue  # a dash inside a sentence, not after a dateline
        if not newline:
            token = _word_before(text, pos, match.start() + 1).lower().rstrip(".")
            # "Dr. Baek", "No. 2", "U.S." and "Jan. 5" do not end a sentence; nor does a lower-case start
            # (but "Unfortunately, no. Netflix has cancelled ...": a "no" with no number after it is the word)
            if (token in ABBREVIATIONS and not (token in _NUMBER_ABBREVIATIONS and not text[cut:cut + 1].isdigit())) \
                    or (len(token) == 1 and token.isalpha() and not _ON_X.search(text, pos, match.start() + 1)) \
                    or _STARTS_LOWER.match(text, cut) \
                    or _DOTTED_ACRONYM.fullmatch(token):
                continue
            # "1. Moonlit Cobbler": a list number at the start of a line
            if token.isdigit() and len(token) <= 2 and text[pos:match.start()].strip() == token:
                continue
            # "Les Marées hautes. Saison 3", "Les Veilleurs. Saisons 4 et 5": a list item's title, then the rest of its
            # line only the installment it names
            item = _item_installment().match(text, cut) if line_start else None
            if item is not None and _installment_nouns().fullmatch(item.group(1)):
                continue
            # "am 3. Oktober": a German ordinal day before its month; "der 2. Staffel", "im 3. Teil": an ordinal
            # before an installment noun (not "after season 2. Season 3 ...", where the noun stands before it)
            if token.isdigit() and len(token) <= 2:
                following = _NEXT_WORD.match(text, cut)
                if following and following.group(1).lower() in _month_names():
                    continue
                if following and _installment_nouns().fullmatch(following.group(1)) \
                        and not text[following.end():following.end() + 2].lstrip()[:1].isdigit():  # ("Staffel 3 kommt")
                    before = _NEXT_WORD_BEFORE.search(text, pos, match.start() - len(token))
                    # (nor after a capitalised word inside the sentence: "spent three weeks in the Top 10. Series creator
                    # Lena Hart ..."; "Die 2. Staffel" opens its sentence)
                    if before is None or not (_installment_nouns().fullmatch(before.group(1))
                                              or before.group(1)[:1].isupper() and text[pos:before.start()].strip()):
                        continue
                # ("Die Serie geht in die 3. Runde": a German article, the ordinal and its noun in capitals)
                if following and following.group(1)[:1].isupper() and \
                        _ORDINAL_ARTICLE.search(text, max(pos, match.start() - len(token) - 8), match.start() - len(token)):
                    continue
        _add(sentences, text, pos, match.start() + len(match.group().rstrip()), paragraph, line_start, newline)
        pos = cut
        if newline:
            paragraph += 1
            line_start = True
        else:
            line_start = False
    if pos < length:
        _add(sentences, text, pos, length, paragraph, line_start, True)
    return sentences


def _word_before(text: str, start: int, end: int) -> str:
    """The last word in text[start:end] with the dots in it, before the end marks, closing quotes and spaces that
    follow it ("U.S." in 'the U.S."'; "" when there is none), read backwards from the break instead of trying a
    pattern anchored at the end at every position before it."""
    i = end
    while i > start and text[i - 1].isspace():
        i -= 1
    while i > start and (text[i - 1] in _CLOSING or text[i - 1] in " \u00a0\u202f"):
        i -= 1
    while i > start and text[i - 1] in _END_MARKS:
        i -= 1
    j = i
    while j > start and (text[j - 1].isalnum() or text[j - 1] in "_."):
        j -= 1
    return text[j:i]


def _at_dateline(text: str, start: int, dash_end: int) -> bool:
    m = _DATELINE.match(text, start)
    if not (m and m.end() - 1 <= dash_end + 1 <= m.end() + 1):
        return False
    # A dateline leads a paragraph; "Harbor Lights - Renewed for Season 5" alone on its line is a list header.
    line_end = text.find("\n", dash_end)
    rest = text[dash_end:line_end if line_end >= 0 else len(text)].rstrip()
    return rest.endswith((".", "!", "?", "\"", "”", "»")) or len(rest.split()) >= 8


def _add(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int, line_start: bool, line_end: bool) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(start, end, text[start:end], paragraph, len(sentences), line_start, line_end))

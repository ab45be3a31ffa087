"""A test on raw bytes that drops pages that cannot be about an installment, without parsing.

A page passes on a phrase that alone may name an installment ("sequel", "part 2"), or on
a bare season noun ("season", "musim") that stands beside a number or an ordinal once the
markup around it is read as text: the engine's own gate (nlp InstallmentWords), so that
sports pages full of "this season" are skipped. A quoted title that ends in a number
("'Night Drivers 2'") is read the same way, from the number and its closing quote mark,
and so is a title a film noun introduces ("film Kutukan Desa 2"), from the noun, and a season
written with its letter ("Iron Valley S2"), from the letter and its number.

Where Hyperscan is installed (x86-64), every term's pattern is compiled into one
Hyperscan database that reads a page once, at hundreds of megabytes a second; elsewhere
each term's literal anchor is searched for and only then its pattern (about 12 MB/s on
the benchmark pages). Both give the same answer, which the tests check.
"""

from __future__ import annotations

import html.entities
import re
import threading
from typing import Callable, Iterable

try:
    import hyperscan
except ImportError:  # no wheel for this platform: the pure-Python scan below serves
    hyperscan = None

# Between the words of a phrase a page may put any run of spaces, no-break
# spaces (raw in UTF-8 or latin-1, or as entities), hyphens or line breaks.
GAP = rb"(?:\s|-|\xc2\xa0|\xa0|&nbsp;|&#160;|&#xa0;)+"


def _char_forms(ch: str) -> set[bytes]:
    """Every byte form (ASCII lower-cased) a page may use for one non-ASCII character."""
    forms = set()
    for variant in {ch, ch.lower(), ch.upper()}:
        if len(variant) != 1:
            continue
        forms.add(variant.encode("utf-8"))
        # latin-1 and cp1252 pages; cp1252 puts a few letters (œ, š) where latin-1 has controls.
        for charset in ("latin-1", "cp1252"):
            try:
                forms.add(variant.encode(charset))
            except UnicodeEncodeError:
                pass
        code = ord(variant)
        forms.add(b"&#%d;" % code)
        forms.add(b"&#x%x;" % code)
        name = html.entities.codepoint2name.get(code)
        if name:
            forms.add(f"&{name};".encode("ascii").lower())
    return forms


def term_pattern(term: str) -> bytes:
    """The pattern of one vocabulary term, to search in ASCII-lower-cased bytes."""
    words = []
    for word in term.lower().split():
        pieces = []
        for ch in word:
            if ch.isascii():
                pieces.append(re.escape(ch.encode("ascii")))
            else:
                forms = sorted(_char_forms(ch), key=len, reverse=True)
                pieces.append(b"(?:" + b"|".join(re.escape(f) for f in forms) + b")")
        words.append(b"".join(pieces))
    return GAP.join(words)


def term_anchors(term: str) -> set[bytes]:
    """Literals of which every match of `term` contains at least one."""
    best: set[bytes] | None = None
    for word in term.lower().split():
        runs = re.findall(r"[\x00-\x7f]+", word)
        longest = max(runs, key=len, default="")
        non_ascii = [ch for ch in word if not ch.isascii()]
        if len(longest) >= 3 or not non_ascii:
            anchors = {longest.encode("ascii")}
        else:
            anchors = _char_forms(non_ascii[0])
        # One long literal beats several short ones: fewer scans, fewer false hits.
        if best is None or (len(anchors), -min(map(len, anchors))) < (len(best), -min(map(len, best))):
            best = anchors
    return best or set()


# The end of a quoted title that ends in a number ("'Night Drivers 2'"), in the page's bytes: a space, a digit
# from 2 to 9, a closing quote mark, raw or as an entity (InstallmentWords.numbered_title reads the text around it)
NUMBER_BEFORE_QUOTE = (rb"(?:\s|\xc2\xa0|&nbsp;|&#160;)[2-9](?:\s|\xc2\xa0|&nbsp;|&#160;)?"
                       rb"(?:[\"'\x92\x94\xbb]|\xe2\x80[\x99\x9c\x9d]|\xc2\xbb|&quot;|&#3[49];|&#x27;|&rdquo;|&rsquo;|&ldquo;|"
                       rb"&raquo;|&#8221;|&#8217;|&#8220;|&#187;)")
# A film noun: an unquoted sequel's title may follow it, in capitals and ended by its number ("film Kutukan Desa 2",
# "la película Tormenta de Acero 3"; InstallmentWords.introduced_title reads the text around it)
FILM_BEFORE_NUMBER = rb"\b(?:film|movie|pel\S{1,8}cula|kinofilm|jilid|volet|opus|entrega|cinta)s?(?:\s|&nbsp;)"
TAG = re.compile(r"<[^>]*>")
# How much markup around a season noun is read again as text to find the number beside it.
WINDOW_BEFORE, WINDOW_AFTER = 400, 200


def _starts(pattern: re.Pattern, lowered: bytes):
    """Where `pattern` matches: by substring search when it is a plain word (several times faster)."""
    literal = pattern.pattern
    if literal.isalpha():
        position = lowered.find(literal)
        while position >= 0:
            yield position
            position = lowered.find(literal, position + 1)
    else:
        yield from (match.start() for match in pattern.finditer(lowered))


class Prefilter:
    """Says whether a page may speak of a season, sequel or installment.

    A page passes when it holds one of the `vocabulary` phrases. With `near` given, a page
    holding none of them but one of the `nouns` ("season") passes when `near(text)` is true
    of the text around one of them, markup taken out (a season noun beside a number).
    """

    def __init__(self, vocabulary: Iterable[str], near: Callable[[str], bool] | None = None,
                 nouns: Iterable[str] = (), marks: Iterable[bytes] = ()):
        terms = sorted({" ".join(t.split()) for t in vocabulary if t and t.strip()}, key=len, reverse=True)
        if not terms:
            raise ValueError("the pre-filter needs at least one vocabulary term")
        self.terms = tuple(terms)
        self.near = near
        self.nouns = tuple(sorted({" ".join(n.split()) for n in nouns if n and n.strip()})) if near else ()
        # byte patterns (on the page in lower case) of other places where `near` is asked, as it is around a noun
        self.marks = tuple(marks) if near else ()
        self._noun_checks = tuple(re.compile(term_pattern(noun)) for noun in self.nouns) + \
            tuple(re.compile(mark) for mark in self.marks)
        # Case is folded by bytes.lower() (ASCII letters) before the search, and
        # other letters carry their case forms in the pattern (see _char_forms).
        self.pattern = re.compile(b"|".join(term_pattern(t) for t in terms))
        # One alternation of all terms makes sre try every branch wherever a
        # byte starts one of them (7 MB/s on news pages). A substring scan for
        # each term's anchor runs at memory speed, and a term's own pattern
        # starts with a literal that sre skips to; together they give the same
        # answer as self.pattern, several times faster.
        self._checks = tuple(
            (tuple(sorted(term_anchors(t), key=len, reverse=True)), re.compile(term_pattern(t))) for t in terms
        )
        self._database = None
        self._lock = threading.Lock()

    def may_be_relevant(self, data: bytes | str) -> bool:
        """False only when no vocabulary term occurs anywhere in `data`."""
        if isinstance(data, str):
            data = data.encode("utf-8", "surrogatepass")
        if hyperscan is not None:
            return self._scan(data)
        return self.scan_in_python(data)

    def scan_in_python(self, data: bytes) -> bool:
        """The answer of `may_be_relevant` without Hyperscan."""
        lowered = data.lower()
        for anchors, pattern in self._checks:
            if any(anchor in lowered for anchor in anchors) and pattern.search(lowered):
                return True
        starts = sorted(start for pattern in self._noun_checks for start in _starts(pattern, lowered))
        return self._near_in_markup(data, starts)

    def _near_in_markup(self, data: bytes, starts: list[int]) -> bool:
        """Whether `near` holds around a season noun (starting at `starts`), the markup read as text."""
        if not starts:
            return False
        try:
            data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            encoding = "cp1252"
        checked_to = 0
        for start in starts:
            if start < checked_to:
                continue  # read with the window before
            first, last = max(0, start - WINDOW_BEFORE), start + WINDOW_AFTER
            # A window may cut a character in two at its edges; those bytes are left out.
            window = data[first:last].decode(encoding, errors="ignore")
            if self.near(html.unescape(TAG.sub(" ", window))):
                return True
            checked_to = last - WINDOW_AFTER // 2
        return False

    def _scan(self, data: bytes) -> bool:
        term_count = len(self.terms)
        found = {"term": False}
        starts: list[int] = []

        def on_match(pattern_id: int, start: int, *_) -> bool:
            if pattern_id < term_count:
                found["term"] = True
                return True  # one term is enough: stop the scan
            starts.append(start)  # a season noun: where the near test looks later
            return False

        # A database's scratch space serves one scan at a time.
        with self._lock:
            if self._database is None:
                self._database = _compile([term_pattern(term) for term in self.terms],
                                          [term_pattern(noun) for noun in self.nouns] + list(self.marks))
            try:
                self._database.scan(data, match_event_handler=on_match)
            except hyperscan.ScanTerminated:
                pass
        if found["term"]:
            return True
        return self._near_in_markup(data, sorted(starts))

    def __getstate__(self) -> dict:
        # A compiled database and a lock do not travel to another process; each compiles its own.
        return {**self.__dict__, "_database": None, "_lock": None}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state, _lock=threading.Lock())


def installment_prefilter() -> Prefilter:
    """The pre-filter of every installed language pack: the engine's gate (InstallmentWords) over raw pages."""
    from nextseason.nlp import installment_words

    words = installment_words()

    def near(text: str) -> bool:
        return words.beside_number(text) or words.letter_form(text) or words.numbered_title(text)

    marks = [NUMBER_BEFORE_QUOTE, FILM_BEFORE_NUMBER]
    if words.letters:  # "Iron Valley S2": the letter and its number, in any case here (`near` reads its capital)
        letters = "".join(sorted(letter.lower() for letter in words.letters)).encode("ascii")
        marks.append(rb"\b[" + letters + rb"]0?[1-9]\d?(?:e\d{1,3})?\b")
    return Prefilter(words.terms, near=near, nouns=words.nouns, marks=marks)


def _compile(terms: list[bytes], nouns: list[bytes]):
    """One Hyperscan database: the terms (the first match is enough), then the nouns (every match, with its start).

    ASCII case is ignored, as `bytes.lower()` ignores it.
    """
    database = hyperscan.Database()
    patterns = terms + nouns
    database.compile(expressions=patterns, ids=list(range(len(patterns))), elements=len(patterns),
                     flags=[hyperscan.HS_FLAG_CASELESS | hyperscan.HS_FLAG_SINGLEMATCH] * len(terms)
                     + [hyperscan.HS_FLAG_CASELESS | hyperscan.HS_FLAG_SOM_LEFTMOST] * len(nouns))
    return database

"""Word-start gating: try a pattern only where a word could begin it.

Scanning a long alternation over every position of a text is the slow part of a
regex engine. Each fragment's possible first letters are worked out once (by
parsing the fragment); at run time the text is split into words once per article
(`WordStarts`), and every gated pattern (cues, roles, platforms, seasons, dates)
is tried only at the words whose first letters can start it.

Digits count as one letter, written "0": "\\d{1,2}/" begins "0/" or "00/".

Case-insensitive patterns run on the text in lower case, made case-sensitive (`lower_case`): the
regex engine folds case letter by letter, and the same match in lower case is several times faster.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterator
from re import _constants as sre  # type: ignore[attr-defined]  # the parsed form of a pattern: stable since CPython 3.11
from re import _parser  # type: ignore[attr-defined]

PREFIX = 3
LONG = 8  # the second, finer look (see `openings`)
_LIMIT = 1000  # more possible prefixes than this and the fragment is tried everywhere
WORD = re.compile(r"\w+")
# Digits fold to "0" and every space but the line break to " ": a class such as \\d or [^\\S\\n]
# is then one letter, and gated patterns can look past it.
_SPACES = "".join(chr(c) for c in range(0x3001) if chr(c).isspace() and chr(c) not in " \n")
_DIGITS = str.maketrans("123456789" + _SPACES, "0" * 9 + " " * len(_SPACES))
_NONZERO_DIGIT = re.compile(r"[1-9]")
_OTHER_SPACE = re.compile(f"[{_SPACES}]")
_WORDS_BETWEEN = re.compile(r"(\w+)")
_END = "\x00"  # fills up a prefix that can be taken no further (see `_walk`)


def _fold(lowered: str) -> str:
    """Digits as "0" and every space but the line break as " " (what `_DIGITS` does, faster on non-ASCII text)."""
    folded = _NONZERO_DIGIT.sub("0", lowered)
    return _OTHER_SPACE.sub(" ", folded) if _OTHER_SPACE.search(folded) else folded


class WordStarts:
    """Every word start of one text, with the keys gated patterns are looked up by.

    `keys[i]` is the text's first PREFIX characters from `positions[i]`, in lower case
    with digits as "0"; `shorts[i]` is the word itself when it is shorter than PREFIX
    (a fragment such as "tv" must then match the whole word), else "".
    """

    __slots__ = ("text", "lowered", "folded", "positions", "keys", "shorts", "_by_key", "_gated")

    def __init__(self, text: str):
        self.text = text
        # the word starts by key and by whole short word, and what `gated` found for each pattern (see there)
        self._by_key: dict[str, list[int]] | None = None
        self._gated: dict[tuple[int, int], tuple[object, object, list[int]]] = {}
        lowered = text.lower()
        # the text in lower case, offsets kept: case-insensitive patterns run on it as case-sensitive ones
        # (see `lower_case`), several times faster; None where lower() changes the length ("İ")
        self.lowered: str | None = None
        if len(lowered) == len(text):
            self.lowered = lowered
            self.folded = folded = _fold(lowered)
            # the words and what lies between them, in turn: "", "the", " ", "2", "nd ..."
            parts = _WORDS_BETWEEN.split(folded)
            positions: list[int] = []
            keys: list[str] = []
            shorts: list[str] = []
            at = len(parts[0])
            for i in range(1, len(parts), 2):
                word = parts[i]
                positions.append(at)
                if len(word) < PREFIX:
                    keys.append(folded[at:at + PREFIX])
                    shorts.append(word)
                else:
                    keys.append(word[:PREFIX])
                    shorts.append("")
                at += len(word) + len(parts[i + 1])
            self.positions, self.keys, self.shorts = positions, keys, shorts
        else:  # lower() changed the length ("İ"): each word is folded on its own, offsets kept
            self.folded = "".join(c if len(c.lower()) != 1 else c.lower() for c in text).translate(_DIGITS)
            self.positions = [m.start() for m in WORD.finditer(text)]
            self.keys = [text[p:p + PREFIX].lower().translate(_DIGITS)[:PREFIX] for p in self.positions]
            self.shorts = [w.lower().translate(_DIGITS) if len(w) < PREFIX else "" for w in WORD.findall(text)]

    def at(self, starts: frozenset[str] | set[str] | dict, start: int = 0, end: int | None = None) -> list[int]:
        """The word starts in text[start:end] whose key (or whole short word) is in `starts`."""
        positions = self.positions
        lo = bisect.bisect_left(positions, start) if start else 0
        hi = bisect.bisect_left(positions, end) if end is not None else len(positions)
        keys, shorts = self.keys, self.shorts
        return [positions[i] for i in range(lo, hi) if keys[i] in starts or (shorts[i] and shorts[i] in starts)]

    def gated(self, starts: frozenset[str], found: tuple | None) -> list[int]:
        """The word starts of the whole text that `at` takes for `starts` and that have one of the `found` openings
        (see `opens`): worked out once per pattern, each later look is a bisection of them."""
        entry = self._gated.get((id(starts), id(found)))
        if entry is not None:
            return entry[2]
        by_key = self._by_key
        if by_key is None:
            by_key = {}
            for position, key, short in zip(self.positions, self.keys, self.shorts):
                by_key.setdefault(key, []).append(position)
                if short and short != key:
                    by_key.setdefault(short, []).append(position)
            self._by_key = by_key
        found_at: set[int] = set()
        for key in starts:
            held = by_key.get(key)
            if held is not None:
                found_at.update(held)
        folded = self.folded
        positions = [p for p in sorted(found_at) if opens(folded, p, found)]
        # (the pattern and its openings are kept with their list: their ids stay theirs while the article is read)
        self._gated[(id(starts), id(found))] = (starts, found, positions)
        return positions


def lower_case(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """The same case-insensitive pattern made case-sensitive, for text already in lower case.

    The regex engine matches case-insensitive alternations letter by letter through case folding;
    in lower case, on lower-case text, they match the same spans several times faster. None for a
    pattern that is not case-insensitive or has a case-sensitive part: it must run on the text itself.
    """
    source = regex.pattern
    if not regex.flags & re.IGNORECASE or "(?-i" in source or "\\N" in source:
        return None
    out = []
    i = 0
    while i < len(source):
        if source[i] == "\\":  # an escape keeps its letter: "\\S" is not "\\s"
            out.append(source[i:i + 2])
            i += 2
            continue
        if source.startswith("(?P", i):  # a group's name keeps its case: "(?P<Year>", "(?P=Year)"
            close = source.find(">" if source.startswith("(?P<", i) else ")", i)
            out.append(source[i:close + 1])
            i = close + 1
            continue
        out.append(source[i].lower())
        i += 1
    try:
        return re.compile("".join(out), regex.flags & ~re.IGNORECASE)
    except re.error:
        return None


def _in_lower_case(regex: re.Pattern[str], case_sensitive: bool) -> tuple[re.Pattern[str], bool]:
    """The pattern to run on the text in lower case, and whether it does (see GatedPatterns.lowered)."""
    low = None if case_sensitive else lower_case(regex)
    return (low, True) if low is not None else (regex, False)


def word_keys(fragment: str) -> set[str]:
    """The keys (see WordStarts) a fragment can begin with; raises Ungated when it can begin anywhere."""
    starts = prefixes(fragment)
    if any(not (key[:1].isalnum() or key[:1] == "_") for key in starts):
        raise Ungated("begins with a character that does not start a word")
    return starts


class Ungated(Exception):
    """The fragment's beginnings cannot be listed."""


def prefixes(fragment: str, size: int = PREFIX) -> set[str]:
    """Every lower-case string of `size` characters (or a whole shorter match) the fragment can begin with."""
    parsed = _parser.parse(fragment, re.IGNORECASE)
    found = _walk(list(parsed), [""], size)
    return {p.lower().translate(_DIGITS) for p in found}


def openings(fragments: list[str], size: int = LONG) -> tuple[tuple[int, frozenset[str]], ...] | None:
    """Strings one of which every match of a fragment begins with, grouped by length (None: cannot be listed).

    Up to `size` characters, shorter where the fragment goes on with something that cannot be
    listed ("\\w+", "[^\\S\\n]+"): a word start that begins with none of them cannot begin a match.
    """
    found: set[str] = set()
    try:
        for fragment in fragments:
            parsed = _parser.parse(fragment, re.IGNORECASE)
            found |= {p.rstrip(_END).lower().translate(_DIGITS) for p in _walk(list(parsed), [""], size, loose=True)}
    except Ungated:
        # too many to list this far: a shorter look may still be listed
        return openings(fragments, size - 2) if size - 2 > PREFIX else None
    except re.error:
        return None
    if "" in found:
        return None
    by_length: dict[int, set[str]] = {}
    for opening in found:
        by_length.setdefault(len(opening), set()).add(opening)
    return tuple((length, frozenset(group)) for length, group in sorted(by_length.items(), reverse=True))


def _walk(items: list, starts: list[str], size: int, loose: bool = False) -> list[str]:
    """Extend each partial prefix by the items that follow, until each reaches `size`.

    `loose`: where an item cannot be listed, the prefixes so far are kept as they are (something
    unknown follows them) instead of giving up.
    """
    done = [s for s in starts if len(s) >= size]
    open_ = [s for s in starts if len(s) < size]
    for index, (op, value) in enumerate(items):
        if not open_:
            break
        try:
            open_ = _step(op, value, open_, size, loose, items)
        except Ungated:
            if not loose:
                raise
            # nothing more can be said of these: filled up with an end mark, so nothing is added to them
            return done + [s + _END * (size - len(s)) for s in open_]
        done += [s for s in open_ if len(s) >= size]
        open_ = [s for s in open_ if len(s) < size]
        if len(done) + len(open_) > _LIMIT:
            if not loose or len(done) > _LIMIT * 10:
                raise Ungated("too many prefixes")
            # too many ways on: the prefixes so far are kept as they are
            return done + [s + _END * (size - len(s)) for s in open_]
    return done + open_


def _step(op, value, open_: list[str], size: int, loose: bool, items) -> list[str]:
    """The prefixes after one parsed item."""
    if op == sre.LITERAL:
        return [s + chr(value) for s in open_]
    if op == sre.NOT_LITERAL or op == sre.ANY:
        raise Ungated(fragment_text(items))
    if op == sre.IN:
        chars = _chars(value)
        return [s + c for s in open_ for c in chars]
    if op == sre.SUBPATTERN:
        return _walk(list(value[-1]), open_, size, loose)
    if op == sre.BRANCH:
        branched = []
        for branch in value[1]:
            branched += _walk(list(branch), open_, size, loose)
        return branched
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, body = value
        body = list(body)
        for _ in range(min(low, size)):  # the repetitions that must be there
            open_ = _walk(body, open_, size, loose)
        # then none, one, two... more, as far as they can lengthen a prefix
        more = size if high == sre.MAXREPEAT else min(high - low, size)
        collected = list(open_)
        for _ in range(more):
            open_ = [s for s in open_ if len(s) < size]
            if not open_:
                break
            open_ = _walk(body, open_, size, loose)
            collected += open_
        return list(dict.fromkeys(collected))
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return open_  # zero-width: contributes no character
    raise Ungated(str(op))


def fragment_text(items) -> str:
    return repr(items)[:40]


def _chars(value) -> list[str]:
    """The folded letters a class can match: its literals, small ranges, digits and spaces."""
    if value and value[0][0] == sre.NEGATE:
        # [^\S\n]: a space, but not a line break
        rest = value[1:]
        if rest and rest[0] == (sre.CATEGORY, sre.CATEGORY_NOT_SPACE) and all(op == sre.LITERAL for op, _ in rest[1:]):
            return [" "] if " " not in {chr(arg) for _, arg in rest[1:]} else []
        raise Ungated("character class")
    chars = []
    for op, arg in value:
        if op == sre.LITERAL:
            chars.append(chr(arg).translate(_DIGITS))
        elif op == sre.RANGE and arg[1] - arg[0] < 40:
            chars += [chr(c).translate(_DIGITS) for c in range(arg[0], arg[1] + 1)]
        elif op == sre.CATEGORY and arg == sre.CATEGORY_DIGIT:
            chars.append("0")
        elif op == sre.CATEGORY and arg == sre.CATEGORY_SPACE:
            chars += [" ", "\n"]
        else:
            raise Ungated("character class")
    return sorted(set(chars))


def finditer_at_word_starts(regex: re.Pattern, starts: frozenset[str], found: tuple | None, text: str, start: int,
                            end: int, words: WordStarts) -> Iterator[re.Match[str]]:
    """What regex.finditer(text, start, end) yields, trying the regex only at the word starts whose key is in
    `starts` and that have one of the `found` openings. The regex must match only at word starts."""
    after = start
    gated = words.gated(starts, found)
    for index in range(bisect.bisect_left(gated, start) if start else 0, bisect.bisect_left(gated, end)):
        position = gated[index]
        if position < after:
            continue
        m = regex.match(text, position, end)
        if m:
            after = m.end()
            yield m


class WordPattern:
    """A pattern that matches only at word starts, tried only at the words that can begin it.

    Where its beginnings cannot be listed, or no word starts are at hand, it is tried everywhere.
    """

    __slots__ = ("regex", "starts", "found", "lower")

    def __init__(self, regex: re.Pattern[str], lower: bool = False):
        """`lower`: its matches may be found in the text in lower case (their groups then read in lower case)."""
        self.regex = regex
        self.lower = lower_case(regex) if lower else None
        self.starts: frozenset[str] | None
        try:
            self.starts = frozenset(word_keys(regex.pattern))
        except (Ungated, re.error):
            self.starts = None
        self.found = openings([regex.pattern]) if self.starts is not None else None

    def finditer(self, text: str, start: int = 0, end: int | None = None,
                 words: WordStarts | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if end is None else end
        if self.starts is None or words is None:
            return self.regex.finditer(text, start, end)
        if self.lower is not None and words.lowered is not None:
            return finditer_at_word_starts(self.lower, self.starts, self.found, words.lowered, start, end, words)
        return finditer_at_word_starts(self.regex, self.starts, self.found, text, start, end, words)


def opens(folded: str, start: int, found: tuple | None) -> bool:
    """Whether the folded text (see WordStarts) has one of the `openings` at `start`."""
    if found is None:
        return True
    for length, group in found:
        if folded[start:start + length] in group:
            return True
    return False


class GatedPatterns:
    """Named fragment lists, each compiled to a pattern tried only at the words that can begin it.

    A match must start a word: not after a letter or digit, and (unless `after_hyphen`) not after a
    hyphen. `case_sensitive` patterns (platform names) keep their case; their keys are still lower case.
    """

    def __init__(self, named: dict[str, list[str]], *, case_sensitive: bool = False, after_hyphen: bool = False,
                 tail: str = r"(?![\w])"):
        self.patterns: dict[str, re.Pattern] = {}
        # for the text in lower case: each name's pattern made case-sensitive, and whether it runs on that text
        # (a pattern that cannot be converted runs on the text itself)
        self.lowered: dict[str, tuple[re.Pattern, bool]] = {}
        self.index: dict[str, list[str]] = {}
        self.openings: dict[str, tuple | None] = {}
        self.everywhere: list[str] = []
        self.after_hyphen = after_hyphen
        flags = 0 if case_sensitive else re.IGNORECASE
        from .pack import alternation  # late: pack imports nothing of this module, keep it that way

        for name, fragments in named.items():
            fragments = [f for f in fragments if f]
            if not fragments:
                continue
            self.patterns[name] = re.compile(alternation(fragments) + tail, flags)
            self.lowered[name] = _in_lower_case(self.patterns[name], case_sensitive)
            try:
                starts = set()
                for fragment in fragments:
                    starts |= prefixes(fragment)
            except (Ungated, re.error):
                self.everywhere.append(name)
                continue
            for start in starts:
                self.index.setdefault(start, []).append(name)
            self.openings[name] = openings(fragments)
        head = r"(?<![\w])" if after_hyphen else r"(?<![\w-])"
        self.whole = {name: re.compile(head + p.pattern, flags) for name, p in self.patterns.items()
                      if name in self.everywhere}
        self.whole_lowered = {name: _in_lower_case(p, case_sensitive) for name, p in self.whole.items()}
        self.by_key = {key: self._by_opening(key, names) for key, names in self.index.items() if len(key) == PREFIX}

    def _by_opening(self, key: str, names: list[str]) -> tuple[list[str], tuple]:
        """For a word start with this key: the names to try always, and by length the openings that name the rest."""
        always = [name for name in names if self.openings[name] is None]
        by_length: dict[int, dict[str, list[str]]] = {}
        for name in names:
            for length, group in self.openings[name] or ():
                for opening in group:
                    if opening.startswith(key) or (length < PREFIX and key.startswith(opening)):
                        by_length.setdefault(length, {}).setdefault(opening, []).append(name)
        return always, tuple(sorted(by_length.items(), reverse=True))

    def scan(self, text: str, words: WordStarts | None = None) -> list[tuple[str, int, int]]:
        """(name, start, end) of every match, found only at word starts (overlapping matches included)."""
        words = words if words is not None else WordStarts(text)
        found = []
        index = self.index
        patterns = self.patterns
        # (where lower() changed the length, every pattern runs on the text itself)
        lowered = self.lowered if words.lowered is not None else {name: (p, False) for name, p in patterns.items()}
        lowered_text = words.lowered if words.lowered is not None else text
        after_hyphen = self.after_hyphen
        folded = words.folded
        by_key = self.by_key
        for start, key, short in zip(words.positions, words.keys, words.shorts):
            if short:
                # a fragment such as "n't" or "d'" begins inside a word-start that is followed by punctuation
                groups = (index.get(short), index.get(key) if key != short else None)
                names = [name for group in groups if group for name in group
                         if opens(folded, start, self.openings[name])]
            else:
                entry = by_key.get(key)
                if entry is None:
                    continue
                names, by_length = entry
                for length, table in by_length:
                    more = table.get(folded[start:start + length])
                    if more:
                        names = names + more
                if not names:
                    continue
            if start and not after_hyphen and text[start - 1] == "-":
                continue
            for name in dict.fromkeys(names):
                pattern, in_lower_case = lowered[name]
                m = pattern.match(lowered_text if in_lower_case else text, start)
                if m:
                    found.append((name, start, m.end()))
        for name, original in self.whole.items():
            pattern, in_lower_case = self.whole_lowered[name] if words.lowered is not None else (original, False)
            found += [(name, m.start(), m.end()) for m in pattern.finditer(lowered_text if in_lower_case else text)]
        # the name breaks ties: two categories on one span come out in the same order on every run
        return sorted(set(found), key=lambda f: (f[1], -f[2], f[0]))

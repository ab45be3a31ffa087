"""Word-start gating for cue patterns: try a pattern only where a word could begin it.

Scanning a long alternation over every position of a text is the slow part of a
regex engine. Each fragment's possible first letters are worked out once (by
parsing the fragment); at run time the text is split into words once, and a
pattern is tried only at the words whose first letters can start it.
"""

from __future__ import annotations

import re
from re import _constants as sre  # the parsed form of a pattern: stable across CPython 3.11+
from re import _parser

PREFIX = 3
_LIMIT = 400  # more possible prefixes than this and the fragment is tried everywhere
WORD = re.compile(r"\w+")


class Ungated(Exception):
    """The fragment's beginnings cannot be listed."""


def prefixes(fragment: str, size: int = PREFIX) -> set[str]:
    """Every lower-case string of `size` characters (or a whole shorter match) the fragment can begin with."""
    parsed = _parser.parse(fragment, re.IGNORECASE)
    found = _walk(list(parsed), [""], size)
    return {p.lower() for p in found}


def _walk(items: list, starts: list[str], size: int) -> list[str]:
    """Extend each partial prefix by the items that follow, until each reaches `size`."""
    done = [s for s in starts if len(s) >= size]
    open_ = [s for s in starts if len(s) < size]
    for index, (op, value) in enumerate(items):
        if not open_:
            break
        rest = items[index + 1:]
        if op == sre.LITERAL:
            open_ = [s + chr(value) for s in open_]
        elif op == sre.NOT_LITERAL or op == sre.ANY:
            raise Ungated(fragment_text(items))
        elif op == sre.IN:
            chars = _chars(value)
            open_ = [s + c for s in open_ for c in chars]
        elif op == sre.SUBPATTERN:
            open_ = _walk(list(value[-1]), open_, size)
        elif op == sre.BRANCH:
            branched = []
            for branch in value[1]:
                branched += _walk(list(branch), open_, size)
            open_ = branched
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, _high, body = value
            if low == 0:
                # the repeated part may be absent: both ways on
                with_body = _walk(list(body), open_, size)
                open_ = open_ + with_body
            else:
                open_ = _walk(list(body), open_, size)
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: contributes no character
        else:
            raise Ungated(str(op))
        done += [s for s in open_ if len(s) >= size]
        open_ = [s for s in open_ if len(s) < size]
        if len(done) + len(open_) > _LIMIT:
            raise Ungated("too many prefixes")
    return done + open_


def fragment_text(items) -> str:
    return repr(items)[:40]


def _chars(value) -> list[str]:
    chars = []
    for op, arg in value:
        if op == sre.LITERAL:
            chars.append(chr(arg))
        elif op == sre.RANGE and arg[1] - arg[0] < 40:
            chars += [chr(c) for c in range(arg[0], arg[1] + 1)]
        elif op == sre.CATEGORY and arg == sre.CATEGORY_DIGIT:
            chars += list("0123456789")
        else:
            raise Ungated("character class")
    return chars


class GatedPatterns:
    """Named fragment lists, each compiled to a pattern tried only at the words that can begin it."""

    def __init__(self, named: dict[str, list[str]]):
        self.patterns: dict[str, re.Pattern] = {}
        self.index: dict[str, list[str]] = {}
        self.everywhere: list[str] = []
        from .pack import alternation  # late: pack imports nothing of this module, keep it that way

        for name, fragments in named.items():
            fragments = [f for f in fragments if f]
            if not fragments:
                continue
            self.patterns[name] = re.compile(alternation(fragments) + r"(?![\w])", re.IGNORECASE)
            try:
                starts = set()
                for fragment in fragments:
                    starts |= prefixes(fragment)
            except (Ungated, re.error):
                self.everywhere.append(name)
                continue
            for start in starts:
                self.index.setdefault(start, []).append(name)
        self.whole = {name: re.compile(r"(?<![\w-])" + p.pattern, re.IGNORECASE) for name, p in self.patterns.items()
                      if name in self.everywhere}

    def scan(self, text: str) -> list[tuple[str, int, int]]:
        """(name, start, end) of every match, found only at word starts."""
        lowered = text.lower()
        if len(lowered) != len(text):
            lowered = text  # lower() changed the length: fall back to the text itself
        found = []
        index = self.index
        patterns = self.patterns
        for word in WORD.finditer(lowered):
            start = word.start()
            if start and text[start - 1] == "-":
                continue
            token = word.group()
            names = index.get(token[:PREFIX]) if len(token) >= PREFIX else None
            short = index.get(token) if len(token) < PREFIX else None
            # a fragment such as "n't" or "d'" begins inside a word-start that is followed by punctuation
            longer = index.get(lowered[start:start + PREFIX]) if len(token) < PREFIX else None
            for group in (names, short, longer):
                if group:
                    for name in group:
                        m = patterns[name].match(text, start)
                        if m:
                            found.append((name, start, m.end()))
        for name, pattern in self.whole.items():
            found += [(name, m.start(), m.end()) for m in pattern.finditer(text)]
        # the name breaks ties: two categories on one span come out in the same order on every run
        return sorted(set(found), key=lambda f: (f[1], -f[2], f[0]))

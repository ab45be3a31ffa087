"""Word-start gating (nlp/gate.py): a gated scan finds exactly what a plain regex scan finds."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from nextseason.nlp.gate import GatedPatterns, WordStarts, openings, prefixes

FRAGMENTS = {
    "renewal": [r"renew(?:ed|s)?", r"picked[^\S\n]+up", r"gets?[^\S\n]+(?:a|another)[^\S\n]+season"],
    "dates": [r"\d{1,2}/\d{1,2}", r"q[1-4]", r"mid-\w+"],
    "short": [r"tv", r"n't", r"aa+b"],
}


def test_prefixes_count_repeats_in_full():
    """"aa+b" can begin "aab" and "aaa"; "\\d{1,2}/" begins "0/" or "00/" (digits are all "0")."""
    assert {"aab", "aaa"} <= prefixes(r"aa+b")
    assert prefixes(r"\d{1,2}/\d") == {"0/0", "00/"}
    assert prefixes(r"x?y") == {"xy", "y"}


def test_openings_stop_where_the_fragment_cannot_be_listed():
    found = dict(openings([r"renew(?:ed|s)?", r"is[^\S\n]+set", "tv"]))
    assert found[7] == {"renewed"} and found[5] == {"renew"} and found[2] == {"is", "tv"}
    assert openings([r"\w+ing"]) is None  # could begin anywhere


def test_word_starts_fold_case_and_digits():
    words = WordStarts("Season 12 of TV-Show")
    assert words.positions == [0, 7, 10, 13, 16]
    assert words.keys[:3] == ["sea", "00 ", "of "]
    assert words.shorts[2:4] == ["of", "tv"]
    assert words.at({"sea", "tv"}) == [0, 13]


def _plain(text: str) -> set[tuple[str, int, int]]:
    found = set()
    for name, fragments in FRAGMENTS.items():
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(fragments) + r")(?![\w])", re.IGNORECASE)
        for start in range(len(text)):
            m = pattern.match(text, start)
            if m:
                found.add((name, start, m.end()))
    return found


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["renewed", "Renews", "picked up", "gets a season", "12/3", "1/12", "Q3", "mid-2026",
                                 "TV", "tv-show", "isn't", "aab", "aaab", "x", " ", "-", "\n", "İ", "7", "renewal"]),
                max_size=12))
def test_gated_scan_finds_what_a_plain_scan_finds(parts):
    text = " ".join(parts)
    gated = GatedPatterns(FRAGMENTS)
    assert set(gated.scan(text)) == _plain(text)

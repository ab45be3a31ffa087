"""Word-start gating (nlp/gate.py): a gated scan finds exactly what a plain regex scan finds."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from nextseason.nlp.gate import GatedPatterns, WordStarts, lower_case, openings, prefixes

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
    found = dict(openings([r"renew(?:ed|s)?", r"is\w+set", "tv", r"a[^\S\n]+b"]))
    assert "renewed" in found[7] and "renew" in found[5] and found[2] == {"is", "tv"}
    assert {"a b", "a  b"} <= found[3] | found[4]  # any space but a line break is folded to " "
    assert openings([r"\w+ing"]) is None  # could begin anywhere


def test_word_starts_fold_case_and_digits():
    words = WordStarts("Season 12 of TV-Show")
    assert words.positions == [0, 7, 10, 13, 16]
    assert words.keys[:3] == ["sea", "00 ", "of "]
    assert words.shorts[2:4] == ["of", "tv"]
    assert words.at({"sea", "tv"}) == [0, 13]


def test_lower_case_keeps_escapes_and_group_names():
    pattern = lower_case(re.compile(r"(?P<Year>\d{4})\S*[^\S\n]+(?:Season|Staffel)\b(?P=Year)?", re.IGNORECASE))
    m = pattern.search("in 2026s staffel".lower())
    assert m and m.group("Year") == "2026" and not pattern.flags & re.IGNORECASE
    assert pattern.search("2026\nseason") is None  # [^\S\n] kept its capital S
    assert lower_case(re.compile("Netflix")) is None  # case-sensitive: it runs on the text itself
    assert lower_case(re.compile("(?-i:PH)|rumah produksi", re.IGNORECASE)) is None


def test_the_engine_patterns_all_run_in_lower_case():
    """The case-insensitive scans the engine runs on the lower-case text convert in every pack (a pattern
    that no longer converts would silently run the slow way)."""
    from nextseason.nlp import claims, seasons, when, works
    from nextseason.nlp.engine import pack_for
    from nextseason.nlp.pack import packs

    for language in [*packs(), None]:
        pack = pack_for(language)
        assert seasons.grammar(pack).regex.lower is not None and when.grammar(pack).regex.lower is not None
        finder = claims.finder(pack)
        assert finder.clause_break_lower is not None
        assert all(in_lower_case for _, in_lower_case in finder.gated.lowered.values())
        assert all(p is not None for p in works.finder(pack).lower.values())


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Season 2", "SEASON", "Staffel", "İ", "ß", "2026", "the Third", "Ünd", "K", " ", "\n"]),
                max_size=12))
def test_a_lower_case_pattern_finds_the_spans_of_the_original(parts):
    text = " ".join(parts)
    original = re.compile(r"(?<![\w])(?:season|staffel|third|ünd|k)(?:[^\S\n]+\d{1,4})?(?![\w])", re.IGNORECASE)
    lowered = text.lower()
    if len(lowered) == len(text):  # (where lower() changes the length the engine runs the original on the text)
        assert [m.span() for m in lower_case(original).finditer(lowered)] == [m.span() for m in original.finditer(text)]


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


def _pack_words() -> list[str]:
    import json

    from nextseason.nlp.pack import LANG_DIR

    words = set()
    for path in LANG_DIR.glob("*/sentences.jsonl"):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                words.update(re.findall(r"\S+", json.loads(line)["text"]))
    return sorted(words)


_WORDS = _pack_words()
# phrases in which one match can hide another ("5 June 2026" holds "June 2026")
_PHRASES = ["5 June 2026", "3 de marzo de 2026", "14. März 2026", "12 juin", "next summer 2026", "akhir tahun depan",
            "season 2 and 3", "the third and final season", "Netflix", "A24", "executive producer", "Disney+ Hotstar",
            "the fourth Iron Tide film", "two more seasons", "dua musim lagi", "another season", "the second,", "S2",
            "S03E04", "la segunda)"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_WORDS), st.sampled_from(_PHRASES)), min_size=1, max_size=40),
       st.lists(st.sampled_from([" ", " ", " ", "\n", ", ", ". ", " - ", "\u00a0", " 12/3/2026 ", " 5 ", "-"]), min_size=1),
       st.sampled_from(["en", "id", "es", "fr", "pt", "de", None]))
def test_gated_grammars_find_what_their_regexes_find(words, gaps, language):
    """Seasons, dates and named sources, looked for at word starts, are what a scan of every position finds."""
    from datetime import date

    from nextseason.nlp import claims, seasons, when
    from nextseason.nlp.engine import pack_for
    from nextseason.nlp.text import split_sentences

    text = "".join(word + gaps[i % len(gaps)] for i, word in enumerate(words))
    pack = pack_for(language)
    found = WordStarts(text)
    season_grammar = seasons.grammar(pack)
    gated = [season_grammar.regex, season_grammar.titled, season_grammar.abbreviation, season_grammar.elliptic,
             *season_grammar.more] + ([season_grammar.fresh] if season_grammar.fresh else [])
    for pattern in gated:
        assert [m.span() for m in pattern.finditer(text, 0, len(text), found)] == \
               [m.span() for m in pattern.regex.finditer(text)]
    time_grammar = when.grammar(pack)
    assert time_grammar.find(text, date(2025, 6, 1), words=found) == time_grammar.find(text, date(2025, 6, 1))
    cue_finder = claims.finder(pack)
    named = cue_finder.find(text, found).named
    for sentence in split_sentences(text):
        assert cue_finder.sources(text, sentence, None, named=named) == cue_finder.sources(text, sentence, None)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["a", "word", ",", ", ", " but ", "but", ";", ":", " — ", "\n", " ", "However", "tapi ", "x,y"]),
                max_size=20))
def test_clause_breaks_found_once_answer_as_a_scan_does(parts):
    from nextseason.nlp.claims import Clauses, clause_end, clause_start, finder
    from nextseason.nlp.pack import merged

    text = "".join(parts)
    breaks = finder(merged(("id", "en"))).clause_break
    clauses = Clauses(text, breaks)
    in_lower_case = Clauses(text.lower(), lower_case(breaks))  # as the engine finds them
    for start in range(len(text) + 1):
        for position in range(start, len(text) + 1, 3):
            assert clauses.start(start, position) == clause_start(text, start, position, breaks)
            assert clauses.end(start, position) == clause_end(text, start, position, breaks)
            assert in_lower_case.start(start, position) == clauses.start(start, position)
            assert in_lower_case.end(start, position) == clauses.end(start, position)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_WORDS), st.sampled_from(["sequel", "film kedua", "deuxième partie", "part 2",
                                                                   "zweiter teil", "\ud800", "ü"])), max_size=30))
def test_the_term_scan_agrees_with_a_search_for_each_term(words):
    import pickle

    from nextseason.nlp.pack import installment_words

    gate = installment_words()
    lowered = " ".join(words).lower()
    assert gate.has_term(lowered) == gate.has_term_in_python(lowered)
    assert pickle.loads(pickle.dumps(gate)).has_term(lowered) == gate.has_term(lowered)  # travels to batch workers

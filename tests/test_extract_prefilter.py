"""The relevance pre-filter: one regex over raw bytes that never drops a relevant page."""

import gzip
import pickle
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
import trafilatura

from nextseason.extract import Prefilter, installment_prefilter
from nextseason.models import Document, SourceError
from nextseason.pipeline import process

BENCHMARK = Path(__file__).parents[1].parent / "shared" / "data" / "article-extraction-benchmark" / "html"

# The season vocabulary as language packs would pass it (written for these tests).
VOCABULARY = [
    "season", "musim", "temporada", "saison", "staffel", "시즌", "sequel", "sekuel", "prequel",
    "part two", "film kedua", "deuxième film", "segunda parte", "zweiter teil", "fortsetzung", "renewed",
]


@pytest.fixture(scope="module")
def prefilter():
    return Prefilter(VOCABULARY)


@pytest.mark.parametrize("page", [
    b"<p>The SEASON finale</p>",
    "<p>la deuxième saison</p>".encode("utf-8"),
    "<p>Le DEUXIÈME FILM sort</p>".encode("utf-8"),
    "<p>le deuxi\u00e8me film</p>".encode("latin-1"),
    b"<p>le deuxi&egrave;me film</p>",
    b"<p>le DEUXI&#200;ME film</p>",
    b"<p>PART&nbsp;TWO arrives</p>",
    b"<p>part\n   two</p>",
    "<p>드라마 시즌2 확정</p>".encode("utf-8"),
    "Die Fortsetzung kommt",
])
def test_vocabulary_is_found_in_any_encoding_and_case(prefilter, page):
    assert prefilter.may_be_relevant(page)


@pytest.mark.parametrize("page", [b"<p>Weather for the weekend</p>", "<p>Résultats du match</p>".encode("latin-1"), ""])
def test_pages_without_vocabulary_are_dropped(prefilter, page):
    assert not prefilter.may_be_relevant(page)


def test_an_empty_vocabulary_is_refused():
    with pytest.raises(ValueError):
        Prefilter([" ", ""])


@pytest.mark.skipif(not BENCHMARK.is_dir(), reason="../shared/data/article-extraction-benchmark is not checked out")
def test_no_relevant_benchmark_page_is_dropped(prefilter):
    terms = [" ".join(t.casefold().split()) for t in VOCABULARY]
    relevant = dropped = 0
    for path in sorted(BENCHMARK.glob("*.html.gz")):
        raw = gzip.decompress(path.read_bytes())
        text = trafilatura.extract(raw.decode("utf-8"), fast=True) or ""
        normalised = " ".join(text.casefold().split())
        passes = prefilter.may_be_relevant(raw)
        # The Hyperscan database and the anchored Python scan answer exactly as the one combined pattern.
        assert passes == (prefilter.pattern.search(raw.lower()) is not None), path.name
        assert passes == prefilter.scan_in_python(raw), path.name
        if any(term in normalised for term in terms):
            relevant += 1
            assert passes, f"{path.name} speaks of a season but was dropped"
        dropped += not passes
    # Both sides must be exercised, or the test proves nothing.
    assert relevant >= 5 and dropped >= 5, (relevant, dropped)


@settings(max_examples=150)
@given(
    before=st.text(max_size=40),
    after=st.text(max_size=40),
    term=st.sampled_from(VOCABULARY),
    case=st.sampled_from([str.lower, str.upper, str.title]),
    charset=st.sampled_from(["utf-8", "latin-1", "cp1252"]),
)
def test_a_term_is_never_missed_whatever_surrounds_it(before, after, term, case, charset):
    page = before + case(term) + after
    try:
        data = page.encode(charset)
    except UnicodeEncodeError:
        data = page.encode("utf-8")
    assert Prefilter(VOCABULARY).may_be_relevant(data)


@settings(max_examples=300)
@given(data=st.one_of(st.binary(max_size=200), st.lists(st.sampled_from(
    [b"sea", b"son", b" ", b"&nbsp;", b"\xc2\xa0", b"-", b"SEQ", b"uel", b"deuxi", b"\xe8", b"&egrave;", b"me film",
     b"part", b"\n", b"two", b"\xec\x8b\x9c\xec\xa6\x8c", b"<b>"]), max_size=12).map(b"".join)))
def test_both_scans_give_the_same_answer(prefilter, data):
    assert prefilter.may_be_relevant(data) == prefilter.scan_in_python(data) == (
        prefilter.pattern.search(data.lower()) is not None)


def test_a_prefilter_travels_to_another_process(prefilter):
    copy = pickle.loads(pickle.dumps(prefilter))
    assert copy.may_be_relevant(b"<p>the second season</p>") and not copy.may_be_relevant(b"<p>nothing here</p>")


def _documents():
    """Every development and sample article, and every benchmark page, as documents."""
    from conftest import DEVSET, SAMPLE, need, read_jsonl

    for path in (need(DEVSET) / "articles.jsonl", SAMPLE / "articles.jsonl"):
        for row in read_jsonl(path):
            yield Document(source=row["id"], id=row["id"], text=row.get("text"), html=row.get("html"),
                           published=row.get("published"), url=row.get("url"))
    for path in sorted(need(BENCHMARK).glob("*.html.gz")):
        yield Document(source=path.name, id=path.name, html=gzip.decompress(path.read_bytes()).decode("utf-8"))


def test_the_installment_prefilter_never_drops_a_page_the_engine_reads_an_installment_from():
    prefilter = installment_prefilter()
    read = dropped = 0
    for document in _documents():
        raw = document.html if document.html is not None else document.text
        try:
            result = process(document)
        except SourceError:
            continue
        if result.installments:
            read += 1
            assert prefilter.may_be_relevant(raw), f"{document.source}: the engine reads an installment from it"
        dropped += not prefilter.may_be_relevant(raw)
    assert read >= 50 and dropped >= 100, (read, dropped)


@pytest.mark.parametrize(("text", "passes"), [
    ("Netflix renewed it for season <b>2</b>.", True),
    ("La deuxi&egrave;me saison arrive.", True),
    ("Musim ke-2 sedang ditulis.", True),
    ("The show ends with its fourth and final season.", True),
    ("Canceled after two seasons.", True),
    ("Die 3. Staffel kommt.", True),
    ("Netflix renewed it for another season.", True),
    ("La série aura droit à une nouvelle saison.", True),
    ("Sony dated the film &ldquo;Night Drivers 2&rdquo; for December.", True),
    ("Warner dates the movie 'Rogue Signal 3' for 2027.", True),
    ("« Mission Carnaval 3 » sortira en juin dans les salles.", True),
    ("Warner Bros. dates 'Rogue Signal 3' for 2027.", True),  # a studio names it
    ("He rates 'Rogue Signal 3' highly.", False),  # a number-titled thing, and no word for films nor a studio
    ("MD Pictures mengumumkan film Kutukan Desa 2 akan tayang pada Agustus.", True),  # a film noun introduces it
    ("La película Tormenta de Acero 3 llega.", True),
    ("Netflix says Iron Valley S2 is happening.", True),  # a season written with its letter, a platform named
    ("La T3 de La Casa del Río llega en marzo a Netflix.", True),
    ("The Galaxy GS2 and model s2 ship.", False),
    ("The Apple Watch S3 has GPS and a heart sensor.", True),  # (the engine's gate then finds nothing of television)
    ("The film Top 20 list.", False),
    ("A film about 3 friends.", False),
    ('<img alt="Photo 2" src="a.jpg"> A gallery.', False),
    ("He scored 'just 2' points.", False),
    ("He averaged 25 points this season.", False),
    ("The 2024-25 season starts in August.", False),
    ("A season-high 30 points.", False),
])
def test_a_season_noun_counts_only_beside_a_number(text, passes):
    page = f"<html><body><p>{text}</p></body></html>".encode("utf-8")
    prefilter = installment_prefilter()
    assert prefilter.may_be_relevant(page) is passes
    assert prefilter.scan_in_python(page) is passes


@pytest.mark.parametrize(("text", "passes"), [
    ("Netflix says Iron Valley S2 is happening.", True),
    ("Iron Valley S2: the second season arrives in May.", True),
    ("La T3 de La Casa del Río llega en marzo a Prime Video.", True),
    ("The Apple Watch S3 has GPS and a heart sensor.", False),  # a chip, nothing of television on the page
    ("S3 with dual-core processor. Available from Amazon.", False),
])
def test_the_engine_gate_reads_a_season_letter_only_beside_television(text, passes):
    from nextseason.nlp import speaks_of_installments

    assert speaks_of_installments(text) is passes

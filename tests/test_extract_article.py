"""Documents to articles: headline, clean text, date, language and outlet."""

import json
from datetime import date
from pathlib import Path

import pytest

from nextseason.extract import article_from_document, detect_language
from nextseason.models import Document, SourceError

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def text_article(text, **fields):
    return article_from_document(Document(source="t", id="t", text=text, **fields))


def test_plain_text_portal_article():
    path = FIXTURES / "musim-kedua.txt"
    article = article_from_document(Document(source=str(path), id="id-x", text=path.read_text("utf-8")))
    assert article.headline == "Kampung Senja Season 2 Dipastikan Tayang, Syuting Dimulai Bulan Depan"
    assert article.text.startswith(article.headline + "\n\nSerial Indonesia\n\n6 Januari 2025")
    assert article.published == date(2025, 1, 6)
    assert article.language == "id"
    assert article.outlet == "Kabarfilm.id"
    for debris in ("rb-1", "Baca Juga", "FotoPemain", "Foto Pemain Kampung Senja", "Tag Kampung", "Terkini"):
        assert debris not in article.text
    assert "\n\nProduser Hendra Wijaya" in article.text
    assert article.id == "id-x" and article.source == str(path)


def test_input_published_wins_over_the_date_in_the_text():
    article = text_article("Headline\n6 Januari 2025\n\nBody.", published="2025-02-01")
    assert article.published == date(2025, 2, 1)


@pytest.mark.parametrize("line, expected", [
    ("24 September 2025 | 10:10:32", date(2025, 9, 24)),
    ("Published May 16, 2025", date(2025, 5, 16)),
    ("Publié le 25 novembre 2026 à 10h00", date(2026, 11, 25)),
    ("Selasa, 6 Januari 2025 14:00 WIB", date(2025, 1, 6)),
    ("Publicado em 3 de março de 2024", date(2024, 3, 3)),
    ("Publicado el 16 de mayo de 2025", date(2025, 5, 16)),
    ("Veröffentlicht am 16. Mai 2025", date(2025, 5, 16)),
    ("Updated: 2025-09-24T08:00", date(2025, 9, 24)),
])
def test_header_date_in_any_language(line, expected):
    article = text_article(f"A headline about season 2\nBy Staff\n{line}\n\nThe story starts here.")
    assert article.published == expected


@pytest.mark.parametrize("text, expected", [
    ("Netflix desmente boato sobre a terceira temporada\nTelinha\n08/05/2025 às 14h32\n\nA plataforma negou as gravações da série.", date(2025, 5, 8)),
    ("Streamer renews the western drama\nScreen Desk\n08/05/2025 10:00 AM\n\nThe network ordered more episodes of the show.", date(2025, 8, 5)),
    ("Streamer renews the western drama\nScreen Desk\n24.09.2025\n\nThe network ordered more episodes of the show.", date(2025, 9, 24)),
])
def test_numeric_dates_follow_the_language(text, expected):
    assert text_article(text).published == expected


def test_dates_in_the_story_are_not_taken_for_the_publication_date():
    body = "The first season premiered on 14 February 2025 and the second is expected later. " * 2
    article = text_article(f"A headline\n\n{body}")
    assert article.published is None


def test_a_date_in_the_headline_is_not_the_publication_date():
    assert text_article("Season 3 premieres 3 October 2026\n\nBody text here.").published is None


@pytest.mark.parametrize("text, language", [
    ("Serial ini akan kembali dengan musim kedua tahun depan, kata produsernya kepada wartawan.", "id"),
    ("The series will come back for a second season next year, its producer told reporters.", "en"),
    ("La serie volverá con una segunda temporada el próximo año, dijo su productor a los periodistas.", "es"),
    ("La série reviendra pour une deuxième saison l'an prochain, a déclaré son producteur aux journalistes.", "fr"),
    ("A série voltará com uma segunda temporada no próximo ano, disse o produtor aos jornalistas.", "pt"),
    ("Die Serie kehrt im nächsten Jahr mit einer zweiten Staffel zurück, sagte der Produzent den Journalisten.", "de"),
    ("드라마가 내년에 시즌2로 돌아온다고 제작사가 밝혔다. 촬영은 가을에 시작된다.", "ko"),
])
def test_language(text, language):
    assert detect_language(text) == language


def test_the_article_languages_model_picks_as_the_full_ranking_does():
    """For Latin text the six-language copy of the model answers; it must agree with the full ranking."""
    from nextseason.extract.language import ARTICLE_LANGUAGES, _models

    full, ours = _models()
    for text in ["Netflix belum memberikan konfirmasi soal kelanjutan serial tersebut.", "Season two is coming.",
                 "Die zweite Staffel kommt.", "Une saison 2 ? Oui.", "Temporada 2 confirmada", "Segunda temporada já",
                 "OK", "Lorem ipsum dolor sit amet"]:
        best = next(language for language, _ in full.rank(text) if language in ARTICLE_LANGUAGES)
        assert ours.classify(text)[0] == best


def test_indonesian_is_not_taken_for_malay():
    assert detect_language("Netflix belum memberikan konfirmasi soal kelanjutan serial tersebut.") == "id"


def test_outlet_from_source_line_or_url_host():
    assert text_article("Headline\n\nBody.\n\nSumber: Warta Sinema").outlet == "Warta Sinema"
    assert text_article("Headline\n\nBody.", url="https://www.reelcourier.example/tv/x").outlet == "reelcourier.example"
    assert text_article("Headline\n\nBody.").outlet is None


def test_outlet_from_a_dateline_with_or_without_its_city():
    assert text_article("Headline\n\nLayarkita.id - Drama ini tayang.").outlet == "Layarkita.id"
    assert text_article("Headline\n\nJAKARTA, Beritaku.com — Drama ini tayang.").outlet == "Beritaku.com"
    assert text_article("Headline\n\nBioskopia.id, Jakarta - Film ini tayang.").outlet == "Bioskopia.id"
    assert text_article("Headline\n\nNetflix, the streamer - said it.").outlet is None


def test_html_article():
    page = (FIXTURES / "sequel-news.html").read_text("utf-8")
    article = article_from_document(Document(source="p", id="p", url="https://framedispatch.example/paper-moons", html=page))
    assert article.headline == "Paper Moons sequel greenlit by Arcadia Pictures"
    assert article.text.startswith(article.headline + "\n\nArcadia Pictures has given the green light")
    assert "\n\nDirector Lena Okoro will return" in article.text
    assert "Read also" not in article.text and "Share this article" not in article.text
    assert article.published == date(2025, 11, 4)
    assert article.outlet == "Frame Dispatch"
    assert article.language == "en"
    assert article.url == "https://framedispatch.example/paper-moons"


BENCHMARK = Path(__file__).parents[1].parent / "shared" / "data" / "article-extraction-benchmark" / "html"


def test_elements_dropped_before_extraction_are_ones_trafilatura_deletes_anyway():
    from trafilatura.settings import MANUALLY_CLEANED

    from nextseason.extract.article import DROPPED_BEFORE_EXTRACTION

    assert set(DROPPED_BEFORE_EXTRACTION) <= set(MANUALLY_CLEANED)


@pytest.mark.skipif(not BENCHMARK.is_dir(), reason="../shared/data is not checked out beside the repository")
def test_dropping_them_early_leaves_the_main_text_of_real_pages_unchanged():
    import gzip

    import trafilatura
    from lxml import etree
    from trafilatura.utils import load_html

    from nextseason.extract.article import DROPPED_BEFORE_EXTRACTION

    def main_text(html, drop):
        tree = load_html(html)
        if drop:
            etree.strip_elements(tree, *DROPPED_BEFORE_EXTRACTION, with_tail=False)
        extracted = trafilatura.bare_extraction(tree, fast=True, with_metadata=False, include_comments=False)
        return extracted.text if extracted else None

    pages = sorted(BENCHMARK.glob("*.html.gz"))[:40]
    for path in pages:
        html = gzip.decompress(path.read_bytes()).decode("utf-8")
        assert main_text(html, drop=True) == main_text(html, drop=False), path.name


@pytest.mark.parametrize("document", [
    Document(source="empty.html", id="e", html="<html><body><nav><a href='/'>Home</a></nav></body></html>"),
    Document(source="blank.txt", id="b", text="\n rb-1 \n\nAdvertisement\n"),
])
def test_no_article_is_a_source_error(document):
    with pytest.raises(SourceError) as caught:
        article_from_document(document)
    assert caught.value.source == document.source


DEVSET = Path(__file__).parents[1].parent / "shared" / "devset"


@pytest.mark.skipif(not (DEVSET / "gold.jsonl").is_file(), reason="../shared/devset is not checked out beside the repository")
def test_devset_language_and_date_are_found_in_the_text_alone():
    gold = {g["id"]: g for g in map(json.loads, (DEVSET / "gold.jsonl").read_text("utf-8").splitlines())}
    for line in (DEVSET / "articles.jsonl").read_text("utf-8").splitlines():
        record = json.loads(line)
        article = text_article(record["text"])  # without the input date, to test the search
        assert article.language == gold[record["id"]]["lang"], record["id"]
        assert str(article.published) == gold[record["id"]]["published"], record["id"]

"""Cleaning plain text of portal debris while keeping the article and its paragraphs."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nextseason.extract.clean import clean_text, is_doubled

DEVSET = Path(__file__).parents[1].parent / "shared" / "devset" / "articles"

PORTAL_PAGE = """Serial Laut Biru Lanjut ke Musim Kedua

12 Februari 2026 | 08:00:00

Beritaseru.id - Serial Laut Biru resmi berlanjut ke musim kedua.

rb-1

Sutradara Maya Putri mengatakan syuting dimulai pada Mei.

Baca Juga: Tips Hemat Belanja Bulanan
Lihat Juga: Jadwal Kereta Lebaran

Foto Poster Laut BiruFoto Poster Laut Biru

Para pemeran utama dipastikan kembali.
ADVERTISEMENT

Tag Laut Biru Serial Indonesia Maya Putri

Terkini
Share this article
"""

EXPECTED = """Serial Laut Biru Lanjut ke Musim Kedua

12 Februari 2026 | 08:00:00

Beritaseru.id - Serial Laut Biru resmi berlanjut ke musim kedua.

Sutradara Maya Putri mengatakan syuting dimulai pada Mei.

Para pemeran utama dipastikan kembali."""


def test_portal_debris_is_removed_and_paragraphs_kept():
    assert clean_text(PORTAL_PAGE) == EXPECTED


@pytest.mark.parametrize("line", [
    "Read also: Five shows to binge this weekend",
    "Leia também: Novelas da semana",
    "Lire aussi : Les sorties de la semaine",
    "À lire aussi : Le box-office du week-end",
    "Lea también: Estrenos de marzo",
    "Leer más: Los k-dramas que llegan en diciembre",
    "À voir aussi : Les séries de la rentrée",
    "Siehe auch: Die Serienstarts im Mai",
    "Das könnte Sie auch interessieren: Neue Staffeln im Herbst",
    "Auch interessant: Die Serien des Monats",
    "Auch lesenswert: Die 12 besten Krimiserien des Jahres",
    "Lesen Sie auch: Kinostarts im April",
    "RELATED: Every sequel coming next year",
    "Te recomendamos: Todo lo que llega en diciembre",
    "Saiba mais: As estreias da semana",
    "Sur le même sujet : Les séries de l'automne",
    "Lesetipp: Die besten Serien des Jahres",
    "Leé también: Los estrenos de octubre, día por día",
    "Mirá también: Las series argentinas del año",
    "Read next: The best dramas of the fall",
    "LEE TAMBIÉN | Los estrenos de noviembre: series y películas",
    "LEIA TAMBÉM — As novelas mais vistas do ano",
    "RELATEDEvery sequel coming next year",
    "BACA JUGAJadwal Tayang Drama Korea Pekan Ini",
    "LEIA TAMBÉMNovelas que ganharam continuação em 2025",
    "rb-3",
    "Advertisement",
    "Iklan - Lanjutkan Membaca",
    "ADVERTISEMENT – Continue reading below",
    "Story continues below",
    "Anzeige | Weiterlesen nach der Anzeige",
    "PUBLICIDADE - Continue lendo",
    "PUB",
    "Anúncio",
    "Anuncio",
    "Partilhe este artigo: Facebook | X | LinkedIn | E-mail",
    "¡Compártelo! Twitter · Facebook · Telegram",
    "Artikel ini telah tayang di KabarLayar.com dengan judul Tanggal Tayang Api di Ujung Dermaga: Bagian Kedua Diumumkan",
    "This article originally appeared on Reel Courier.",
])
def test_each_debris_line_goes(line):
    assert clean_text(f"Headline\n\nFirst paragraph.\n\n{line}\n\nLast paragraph.") == "Headline\n\nFirst paragraph.\n\nLast paragraph."


@pytest.mark.parametrize("ending", ["Tags: sequel, horror, box office", "Tag Film Horor Layar Merah", "Share this article", "Bagikan", "© 2026 Reel Courier"])
def test_trailing_tag_and_footer_lines_go(ending):
    assert clean_text(f"Headline\n\nBody text.\n\n{ending}\n") == "Headline\n\nBody text."


@pytest.mark.parametrize("share", ["Artikel teilen: Facebook | X | WhatsApp", "Partager : Facebook | X | E-mail",
                                   "Share: Facebook, X, Email", "Compartir: Facebook | WhatsApp",
                                   "Partilhe este artigo: Facebook | X | LinkedIn"])
def test_a_share_line_after_the_tags_goes_and_the_tags_with_it(share):
    assert clean_text(f"Headline\n\nBody text.\n\nThemen: Serien, Comeback\n{share}\n") == "Headline\n\nBody text."


@pytest.mark.parametrize("text", [
    "Die Staffel endet offen.\n\nTag für Tag wächst die Spannung.",
    "The finale aired.\n\nAdvertisement revenue from the show doubled.",
    "The show is back.\n\nRead also the interview with the director below.",
    "La serie vuelve.\n\nTe recomendamos ver la primera temporada antes del estreno.",
    "Staffel zwei.\n\nTags later, the cast met again.",
    "The finale aired.\n\nRELATED shows never do that well.",
    "The finale aired.\n\nRELATEDNESS is what the writers aimed for.",
    "Filmnya tayang pekan depan.\n\nArtikel ini menjelaskan mengapa musim kedua ditunda.",
])
def test_article_lines_that_look_like_debris_stay(text):
    assert clean_text(text) == text


@pytest.mark.parametrize("label", ["Baca juga:", "Read also:", "Lire aussi :", "Leia também:", "LEIA MAIS", "À lire aussi",
                                   "Lesen Sie auch", "Mais lidas", "Most read", "Meistgelesen", "Les plus lus",
                                   "Lo más leído", "Paling Banyak Dibaca", "Related Stories", "More stories"])
def test_a_bare_cross_link_label_goes_with_the_headlines_under_it(label):
    text = (f"Headline\n\nFirst paragraph.\n\n{label}\nSinopsis Ombak Biru Season 2, Tayang Bulan Depan\n"
            "5 Drama Korea yang Dikabarkan Lanjut Season 2\n\nLast paragraph.")
    assert clean_text(text) == "Headline\n\nFirst paragraph.\n\nLast paragraph."
    # a sentence under the label is article text: only headlines are taken
    kept = f"Headline\n\n{label}\n\nThe second season starts in May.\n\nLast paragraph."
    assert clean_text(kept) == "Headline\n\nThe second season starts in May.\n\nLast paragraph."


@pytest.mark.parametrize("label", ["Baca juga:", "BACA JUGA:", "Read also:", "Lire aussi :", "Leia também:", "Lesen Sie auch:"])
def test_a_cross_link_run_into_a_paragraph_goes(label):
    text = f"Headline\n\nNetflix renewed the drama. {label} Netflix Drops Lantern Road Season 3, Here's Why\n\nLast paragraph."
    assert clean_text(text) == "Headline\n\nNetflix renewed the drama.\n\nLast paragraph."
    # what follows the label and ends like a sentence is the article's own
    kept = f"Headline\n\nNetflix renewed the drama. {label} the first season is streaming now."
    assert clean_text(kept) == kept


@pytest.mark.parametrize("label", ["Baca juga:", "Read also:", "Lire aussi :", "Leia também:"])
def test_a_cross_link_between_two_sentences_goes(label):
    text = f"Headline\n\nNetflix renewed the drama. {label} Daftar Drakor Tayang Desember. The first season aired in May."
    assert clean_text(text) == "Headline\n\nNetflix renewed the drama. The first season aired in May."
    # a sentence of the article's own after the label, not a headline, stays
    kept = f"Headline\n\nNetflix renewed the drama. {label} the first season aired in May. It was a hit."
    assert clean_text(kept) == kept


def test_a_linked_interview_headline_ending_on_its_quotation_goes_with_the_list():
    # the quotation closes a headline, not a sentence: no stop inside it
    text = ("Headline\n\nFirst paragraph.\n\nYou might also like\nDana Obi: \"I never wanted the role to be easy\"\n"
            "Harbour Lights season 2 ending explained\n\nLast paragraph.")
    assert clean_text(text) == "Headline\n\nFirst paragraph.\n\nLast paragraph."
    # a quoted sentence under the label ends on its stop: article text
    kept = "Headline\n\nYou might also like\nThe director put it simply: \"We are back.\"\n\nLast paragraph."
    assert clean_text(kept) == "Headline\n\nThe director put it simply: \"We are back.\"\n\nLast paragraph."


def test_doubled_caption_detection():
    assert is_doubled("Foto Pemeran UtamaFoto Pemeran Utama")
    assert is_doubled("Poster of the sequel Poster of the sequel")
    assert not is_doubled("ha ha")
    assert not is_doubled("Season two of the show is confirmed")


def test_a_list_number_run_into_its_item_gets_its_space_back():
    text = "Shows delayed by the strike\n1.Orchard Lane has been pushed to 2027.\n2.Season 4 of Tidewater slips to spring."
    assert clean_text(text).split("\n")[1:] == ["1. Orchard Lane has been pushed to 2027.", "2. Season 4 of Tidewater slips to spring."]
    # (not a number with its decimals, nor one inside a line)
    assert clean_text("2.5 million viewers watched.\nIt drew 3.Millions more.") == "2.5 million viewers watched.\nIt drew 3.Millions more."


def test_line_endings_and_blank_runs_are_normalised():
    assert clean_text("Title\r\n\r\n\r\n\r\nBody one.  \r\nBody two.\n\n\n") == "Title\n\nBody one.\nBody two."


@pytest.mark.skipif(not DEVSET.is_dir(), reason="../shared/devset is not checked out beside the repository")
def test_devset_articles_lose_their_debris_and_keep_their_text():
    for path in sorted(DEVSET.glob("*.txt")):
        raw = path.read_text("utf-8")
        cleaned = clean_text(raw)
        lines = cleaned.split("\n")
        assert lines[0] == raw.split("\n", 1)[0].strip()
        assert not any(line.startswith(("Baca Juga:", "rb-", "Tag ", "Read also:", "Leia também:")) for line in lines), path
        assert not any(is_doubled(line) for line in lines), path
        # Every remaining line is a line of the scraped text, in order.
        raw_lines = iter(line.strip() for line in raw.split("\n"))
        assert all(any(line == r for r in raw_lines) for line in lines if line), path


@given(st.lists(st.sampled_from([
    "", "rb-1", "Baca Juga: Resep sambal", "Foto AktorFoto Aktor", "Musim kedua dipastikan tayang.",
    "Tag Serial Drama", "Terkini", "The second season starts in May.", "Advertisement", "  spaced line  ",
]), max_size=25))
def test_cleaning_keeps_lines_in_order_and_is_stable(lines):
    text = "\n".join(lines)
    cleaned = clean_text(text)
    remaining = iter(line.strip() for line in lines)
    assert all(any(line == r for r in remaining) for line in cleaned.split("\n") if line)
    assert clean_text(cleaned) == cleaned
    assert "\n\n\n" not in cleaned


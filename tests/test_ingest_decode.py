"""Bytes to text: byte-order marks, declared and detected charsets, and junk refused."""

import codecs
import random

import pytest

from nextseason.ingest.decode import NotText, charset_from_content_type, decode_bytes, sniff_declared_charset

FRENCH = "La deuxième saison arrive à l'été : le tournage a commencé près de la forêt, déjà sous la neige. "
GERMAN = "Die zweite Staffel kommt im Frühjahr; die Dreharbeiten in München sind größtenteils abgeschlossen. "


@pytest.mark.parametrize("data, expected", [
    (codecs.BOM_UTF8 + FRENCH.encode("utf-8"), FRENCH),
    (codecs.BOM_UTF16_LE + FRENCH.encode("utf-16-le"), FRENCH),
    (codecs.BOM_UTF16_BE + GERMAN.encode("utf-16-be"), GERMAN),
    (FRENCH.encode("utf-8"), FRENCH),
])
def test_byte_order_marks_and_utf8(data, expected):
    assert decode_bytes(data) == expected


def test_declared_charset_in_header_and_in_meta():
    assert decode_bytes(GERMAN.encode("cp1252"), "windows-1252") == GERMAN
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body>' + FRENCH
    assert decode_bytes(page.encode("latin-1")).endswith(FRENCH)


def test_utf8_page_mislabelled_as_latin1_is_read_as_utf8():
    assert decode_bytes(FRENCH.encode("utf-8"), "iso-8859-1") == FRENCH


def test_page_mislabelled_as_utf8_falls_back_to_detection():
    assert decode_bytes((FRENCH * 3).encode("latin-1"), "utf-8") == FRENCH * 3


@pytest.mark.parametrize("text", [FRENCH * 3, GERMAN * 3])
def test_undeclared_latin1_is_detected(text):
    assert decode_bytes(text.encode("latin-1")) == text


def test_unknown_declared_charset_is_ignored():
    assert decode_bytes(FRENCH.encode("utf-8"), "x-no-such-charset") == FRENCH


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b" \n\t\n", "empty"),
    (b"season 2\x00\x00\x00", "binary content (NUL bytes)"),
])
def test_empty_and_nul_bytes_are_refused(data, reason):
    with pytest.raises(NotText, match=reason.replace("(", r"\(").replace(")", r"\)")):
        decode_bytes(data)


@pytest.mark.parametrize("seed", range(5))
def test_random_bytes_are_refused_not_turned_into_mojibake(seed):
    rng = random.Random(seed)
    junk = bytes(rng.randrange(1, 256) for _ in range(4000))
    with pytest.raises(NotText):
        decode_bytes(junk)


def test_control_characters_in_valid_utf8_are_refused():
    with pytest.raises(NotText, match="control characters|mostly non-text"):
        decode_bytes(bytes(range(1, 32)) * 50 + b"season")


def test_charset_helpers():
    assert charset_from_content_type("text/html; charset=\"ISO-8859-1\"") == "ISO-8859-1"
    assert charset_from_content_type("text/html") is None
    assert sniff_declared_charset(b'<?xml version="1.0" encoding="windows-1252"?><rss>') == "windows-1252"
    assert sniff_declared_charset(b"<html><meta charset=utf-8>") == "utf-8"


@pytest.mark.parametrize("low", [32, 128])
def test_random_bytes_without_control_characters_are_refused(low):
    rng = random.Random(low)
    junk = bytes(rng.randrange(low, 256) for _ in range(4000))
    with pytest.raises(NotText):
        decode_bytes(junk)


def test_short_undeclared_latin1_is_still_read():
    assert decode_bytes("Saison 2 confirmée.".encode("latin-1")) == "Saison 2 confirmée."


@pytest.mark.parametrize("text, charset", [
    ("日本語のニュースです。続編の制作が決定しました。" * 4, "shift_jis"),
    ("Второй сезон сериала выйдет осенью, сообщил канал. " * 3, "cp1251"),
])
def test_other_undeclared_charsets_are_detected(text, charset):
    assert decode_bytes(text.encode(charset)) == text

"""Bytes to text: BOM, declared charset, UTF-8, then detection; junk is refused."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# <meta charset="x">, <meta http-equiv content="text/html; charset=x"> and
# <?xml encoding="x"?> all name the charset within the first bytes of a page.
DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]{2,40})"""
    rb"""|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_:.\-]{2,40})""",
    re.IGNORECASE,
)
SNIFF_BYTES = 4096

# Single-byte Western charsets decode any byte string, so a page that declares
# one of them but is valid UTF-8 with non-ASCII letters was mislabelled.
ANY_BYTES_CHARSETS = {"iso8859-1", "cp1252", "iso8859-15", "ascii"}

# Letters and punctuation make up nearly all of real text; control characters
# and replacement characters beyond this share mean the bytes were not text.
MAX_JUNK_SHARE = 0.02

# Detection cannot tell the Latin single-byte charsets apart on short text
# (French in latin-1 comes back as Baltic cp1257). Unlabelled Western pages are
# windows-1252 by the WHATWG rules, and the languages we read are all Western,
# so a detected Latin single-byte charset is read as cp1252 when that decodes.
LATIN_SINGLE_BYTE = {
    "cp1250", "cp1252", "cp1254", "cp1257", "cp1258", "latin_1", "mac_latin2", "mac_roman",
    "iso8859_1", "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_9", "iso8859_10",
    "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16",
}
MAX_DETECTION_CHAOS = 0.2
# C0 control bytes other than tab, line feed, form feed and carriage return
# never occur in text of any ASCII-compatible charset; binary data is full of them.
CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"
MAX_CONTROL_BYTE_SHARE = 0.01
# Charset detection answers even for random bytes (with zero coherence); text
# it cannot recognise as any language must be mostly ASCII to be trusted.
MAX_UNRECOGNISED_HIGH_SHARE = 0.3
HIGH_BYTES = bytes(range(128, 256))


class NotText(ValueError):
    """The bytes are not text in any charset we can trust; `str()` is the reason."""


def charset_from_content_type(content_type: str | None) -> str | None:
    """The `charset=` parameter of a Content-Type header, if any."""
    if not content_type:
        return None
    match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_:.\-]+)", content_type, re.IGNORECASE)
    return match.group(1) if match else None


def sniff_declared_charset(data: bytes) -> str | None:
    """The charset a page or feed declares about itself in its first bytes."""
    match = DECLARED_CHARSET.search(data[:SNIFF_BYTES])
    if not match:
        return None
    return (match.group(1) or match.group(2)).decode("ascii")


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode `data` to text or raise NotText with a short reason."""
    if not data.strip():
        raise NotText("empty")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _checked(_strict(data, encoding), "bytes after the byte-order mark are not valid")
    if b"\x00" in data:
        raise NotText("binary content (NUL bytes)")
    if len(data) - len(data.translate(None, CONTROL_BYTES)) > MAX_CONTROL_BYTE_SHARE * len(data):
        raise NotText("binary content (mostly non-text)")
    declared = _known_codec(declared) or _known_codec(sniff_declared_charset(data))
    if declared:
        text = _strict(data, declared)
        if text is not None and declared in ANY_BYTES_CHARSETS and not data.isascii():
            as_utf8 = _strict(data, "utf-8")
            if as_utf8 is not None:
                text = as_utf8
        if text is not None:
            return _checked(text, f"not text in its declared charset {declared}")
    text = _strict(data, "utf-8")
    if text is not None:
        return _checked(text, "not text (control characters)")
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.chaos > MAX_DETECTION_CHAOS:
        raise NotText("bytes not decodable as UTF-8 nor in a detected charset")
    high_share = (len(data) - len(data.translate(None, HIGH_BYTES))) / len(data)
    if best.coherence == 0 and high_share > MAX_UNRECOGNISED_HIGH_SHARE:
        raise NotText("bytes not decodable as UTF-8 nor in a detected charset")
    if best.encoding in LATIN_SINGLE_BYTE:
        text = _strict(data, "cp1252")
        if text is not None:
            return _checked(text, "binary content (mostly non-text)")
    return _checked(str(best), "binary content (mostly non-text)")


def _known_codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _checked(text: str | None, reason: str) -> str:
    if text is None:
        raise NotText(reason)
    junk = sum(1 for ch in text if (ch < " " and ch not in "\t\n\r\f") or ch == "\ufffd" or "\x7f" <= ch < "\xa0")
    if junk > MAX_JUNK_SHARE * len(text):
        raise NotText("binary content (mostly non-text)")
    if not text.strip():
        raise NotText("empty")
    return text

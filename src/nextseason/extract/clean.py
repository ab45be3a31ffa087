"""Plain text cleaned of portal debris; the result is the text all offsets point into."""

from __future__ import annotations

import re

# Ad-slot markers that scrapers leave on their own line ("rb-1", "ad-3").
AD_SLOT = re.compile(r"^(?:rb|ad|ads|adv|iklan)[-_ ]?\d{1,3}$", re.IGNORECASE)

# Advertisement labels: a line that is only this word, or the prompt to read on past the ad, or both
# ("Iklan - Lanjutkan Membaca", "Advertisement – Continue reading below"), is never article text.
_AD_WORD = r"(?:advertisement|advertisements|advert|sponsored|iklan|publicidad|publicidade|pub|anúncio|anuncio|publicité|anzeige|werbung)"
_READ_ON = (r"(?:scroll to continue(?: with content| reading)?|continue reading(?: below)?|story continues below|"
            r"lanjutkan membaca(?: artikel)?(?: di bawah(?: ini)?)?|gulir untuk melanjutkan|"
            r"continúa leyendo|sigue leyendo|continue lendo|la suite après (?:cette|la) publicité|"
            r"weiterlesen(?: nach der anzeige)?|lesen sie nach der anzeige weiter)")
AD_LABEL = re.compile(rf"^(?:{_AD_WORD}(?:\s*[-–—|:]\s*{_READ_ON})?|{_READ_ON})$", re.IGNORECASE)

# Cross-links to other articles of the portal: a label, a colon, a headline; or the label alone on its line
# ("LEIA MAIS", "À lire aussi"), the headlines on the lines under it.
READ_ALSO = re.compile(
    r"^(?:baca juga|baca lagi|lihat juga|simak juga|cek juga|"
    r"read also|also read|read more|read next|see also|related|related (?:articles?|stories|posts|news|coverage|reading)|"
    r"you (?:may|might) also like|more stories|"
    r"more from [\w .&'-]{1,40}|"
    r"leia também|leia mais|veja também|"
    r"à lire aussi|a lire aussi|lire aussi|voir aussi|à voir aussi|"
    r"lea también|lee también|leé también|mirá también|ver también|(?:también )?te puede interesar|quizás te interese|te recomendamos|"
    r"leer más|lee más|lea más|saiba mais|à lire également|lire également|sur le même sujet|"
    r"auch interessant|auch lesenswert|ebenfalls lesenswert|lesen sie auch|lesetipp|passend (?:dazu|zum thema)|mehr zum thema|siehe auch|"
    r"das könnte sie (?:auch )?interessieren|"
    # a box of the portal's most read stories ("Mais lidas || 1. Os 10 filmes mais vistos da semana")
    r"most read|most popular|mais lidas|mais lidos|lo más leído|lo más visto|más leídas|les plus lus|"
    r"meistgelesen|am meisten gelesen|paling banyak dibaca)\s*(?::|[|»›]|[–—](?=\s)|$)",  # ("LEE TAMBIÉN | ...", "LEIA TAMBÉM — ...")
    re.IGNORECASE,
)

# ... or the label in capitals run into its headline, the space lost with the page's markup
# ("RELATEDEvery sequel coming next year", "BACA JUGAJadwal Tayang ...")
GLUED_LABEL = re.compile(
    r"^(?:RELATED STORIES|RELATED|READ MORE|READ ALSO|ALSO READ|READ NEXT|SEE ALSO|BACA JUGA|LIHAT JUGA|SIMAK JUGA|"
    r"LEIA TAMBÉM|LEIA MAIS|VEJA TAMBÉM|À LIRE AUSSI|LIRE AUSSI|LEA TAMBIÉN|LEE TAMBIÉN|LEER MÁS|"
    r"LESEN SIE AUCH|MEHR ZUM THEMA|AUCH INTERESSANT)(?=[A-ZÀ-Ý][a-zß-ÿ])")

# A list's number run into its item, the space lost with the page's markup ("1.Agatha: ...", "3.A League of Their Own
# has been canceled"): the number gets its space back, so that the item reads as one
GLUED_ITEM_NUMBER = re.compile(r"^(\d{1,2}\.)(?=[A-ZÀ-Ý])")

# A tag list closing the page: "Tag A B C", "Tags: A, B", "Topik: ...".
TAG_LINE = re.compile(
    r"^(?:tags?|tagged|topik|topics?|etiquetas|temas|schlagwörter|themen|mots-clés)\b\s*:?\s+\S",
    re.IGNORECASE,
)

# A sentence ending a German article may begin "Tag für Tag"; tag lists never
# end like a sentence, so a final line that does is kept.
SENTENCE_END = (".", "!", "?", '"', "»", "”", "'")

# A syndication note that names the article's first outlet and repeats its headline as a "title" ("Artikel ini telah
# tayang di X.com dengan judul ...", "This article originally appeared on X"): debris wherever it stands
SYNDICATION_LINE = re.compile(
    r"^(?:artikel ini (?:telah |sudah )?(?:tayang|terbit|dimuat|diterbitkan|tayang lebih dulu) (?:di|pada)\b|"
    r"this (?:article|story) (?:was )?(?:originally |first )(?:appeared|published|ran) (?:on|in)\b)",
    re.IGNORECASE,
)

# Footer lines that trail the article on news portals.
FOOTER_LINE = re.compile(
    r"^(?:terkini|terpopuler|berita terkait|share|share this( article| story)?|"
    r"bagikan( artikel ini)?|compartilhe|compartir|partager( cet article)?|teilen|"
    # (a share line that lists its networks: "Artikel teilen: Facebook | X | WhatsApp", "Partager : Facebook | X")
    # (European Portuguese "Partilhe este artigo: Facebook | X")
    r"(?:share|bagikan|compartilhe|compartilhar|partilhe|partilhar|compartir|partager|artikel teilen|teilen)(?:[^\S\n]+(?:este|o) artigo)?[^\S\n]?:[^\n]*|"
    r"comments?|komentar|comentários|comentarios|commentaires|kommentare|"
    r"advertisement|(?:©|\(c\)|copyright\b).*)$",
    re.IGNORECASE,
)

# A share line that lists its networks is debris wherever it stands ("Partilhe este artigo: Facebook | X | LinkedIn",
# a newsletter box after it)
SHARE_LINE = re.compile(
    r"^¡?(?:share|bagikan|compartilhe|compartilhar|partilhe|partilhar|compartir|compártelo|partager|artikel teilen|teilen)"
    r"(?:[^\S\n]+[^\W\d_]+){0,3}[^\S\n]?[:!]?[^\S\n]*(?:facebook|twitter|x|whatsapp|linkedin|e-?mail|telegram|pinterest)"
    r"(?:[^\S\n]*[|,·/][^\S\n]*[^\W\d_-]+(?:-[^\W\d_]+)?)+$",
    re.IGNORECASE,
)

# Shortest half of a doubled caption: shorter repeats ("ha ha") are real text.
DOUBLED_MIN_HALF = 8
BLANK_RUN = re.compile(r"\n{3,}")


def is_doubled(line: str) -> bool:
    """True for a line that is one phrase written twice ("Foto XFoto X")."""
    length = len(line)
    for gap in (0, 1):
        half = (length - gap) // 2
        if half < DOUBLED_MIN_HALF or 2 * half + gap != length:
            continue
        first, second = line[:half], line[half + gap:]
        if first == second and (gap == 0 or line[half].isspace()):
            return True
    return False


def is_debris(line: str) -> bool:
    """True for a line anywhere in the text that is portal debris."""
    return bool(AD_SLOT.match(line) or AD_LABEL.match(line) or READ_ALSO.match(line) or GLUED_LABEL.match(line)
                or SHARE_LINE.match(line) or SYNDICATION_LINE.match(line) or is_doubled(line))


def _is_tag_line(line: str) -> bool:
    return bool(TAG_LINE.match(line)) and not line.endswith(SENTENCE_END)


def _ends_sentence(line: str) -> bool:
    """Whether a line ends like a sentence; a quotation closing a headline ends none unless its own words end on a
    stop ('Megan Lowry: "I never wanted Kerrow to be likeable"' is a linked interview's headline)."""
    if line.endswith(SENTENCE_END[:3]):
        return True
    return line.endswith(SENTENCE_END[3:]) and line[:-1].rstrip().endswith((".", "!", "?", ","))


# A bare cross-link label ("Baca juga:") heads a list of headlines, one a line, up to the next paragraph.
LINK_LIST_MAX = 8
HEADLINE_MAX = 140


def _without_link_lists(lines: list[str]) -> list[str]:
    """The lines without each bare "Baca juga:" label and the linked headlines under it (lines that end in no
    full stop; a sentence under the label is article text again)."""
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        label = READ_ALSO.match(line)
        if not (label and not line[label.end():].strip()):
            kept.append(line)
            i += 1
            continue
        i += 1
        while i < len(lines) and not lines[i]:
            i += 1
        taken = 0
        while i < len(lines) and lines[i] and taken < LINK_LIST_MAX and len(lines[i]) <= HEADLINE_MAX \
                and not _ends_sentence(lines[i]):
            i += 1
            taken += 1
    return kept


# ... or run into the paragraph after a sentence, the linked headline closing the line ("... Kota Hujan. Baca juga:
# Netflix Batalkan Season 3 Lorong Waktu, Ini Alasannya")
INLINE_READ_ALSO = re.compile(
    r"(?<=[.!?…\"”»])\s+(?:baca juga|simak juga|lihat juga|read also|also read|read more|see also|leia também|leia mais|"
    r"veja também|à lire aussi|lire aussi|lea también|lee también|lesen sie auch|mehr zum thema)\s*:\s+(?P<headline>.{3,160})$",
    re.IGNORECASE,
)


# ... or set between two sentences, its headline in Title Case with a full stop of its own ("... musim kedua. Baca juga:
# Daftar Drakor Tayang Desember. Musim pertama ...")
MID_READ_ALSO = re.compile(INLINE_READ_ALSO.pattern.replace(r"(?P<headline>.{3,160})$", r"(?P<headline>[^.!?\n]{3,160}[.!?])(?=\s)"),
                           re.IGNORECASE)


def _title_case(words: list[str]) -> bool:
    """Whether most of the longer words are capitalised, as a headline's are."""
    long = [w for w in words if len(w) >= 4 and w[:1].isalpha()]
    return len(long) >= 2 and sum(1 for w in long if w[:1].isupper()) * 4 >= len(long) * 3


def _without_inline_link(line: str) -> str:
    """The line without a cross-link run into it after its last sentence (the headline ends in no full stop), or set
    between two sentences (a Title Case headline)."""
    for link in list(MID_READ_ALSO.finditer(line))[::-1]:
        if _title_case(link.group("headline").split()):
            line = line[:link.start()] + line[link.end():]
    link = INLINE_READ_ALSO.search(line)
    if link is None or _ends_sentence(link.group("headline")):
        return line
    return line[:link.start()]


def clean_text(text: str) -> str:
    """Remove portal debris and keep paragraphs as blank-line separated blocks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    lines = [GLUED_ITEM_NUMBER.sub(r"\1 ", _without_inline_link(line.strip())) for line in text.split("\n")]
    kept = [line for line in _without_link_lists(lines) if not (line and is_debris(line))]
    # Footers and the closing tag list sit at the very end; strip them from there only.
    while kept and (not kept[-1] or FOOTER_LINE.match(kept[-1]) or _is_tag_line(kept[-1])):
        kept.pop()
    # every line is stripped already: no line ends in spaces
    return BLANK_RUN.sub("\n\n", "\n".join(kept)).strip()

"""Small batch inputs written in tmp folders (a WARC.gz of news pages, a JSONL, a folder of .txt), and a check of them."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

from fastwarc.warc import ArchiveIterator

from nextseason.extract import installment_prefilter

# Season news about invented shows, as a small entertainment site would print it.
SEASON_PAGES = {
    "https://screenlog.example/2025/05/harbour-lights-season-3": (
        "Harbour Lights renewed for season 3 at Netflix", "2025-05-12",
        "Netflix has officially renewed Harbour Lights for a third season, the streamer announced on Monday. "
        "The coastal drama about a family of lighthouse keepers became one of the most watched series of the "
        "spring. Showrunner Mara Ellison said the writers room opens in June and that Harbour Lights season 3 "
        "will film in Cornwall next year."),
    "https://screenlog.example/2025/06/glass-orchard-cancelled": (
        "The Glass Orchard cancelled after two seasons", "2025-06-03",
        "Hulu has cancelled The Glass Orchard after two seasons, ending the botanical thriller on a cliffhanger. "
        "A spokesperson for the platform confirmed that there will be no season 3 of The Glass Orchard. "
        "Creator Tobias Wren thanked viewers and said he hoped another network might pick the story up."),
    "https://screenlog.example/2025/07/copper-crown-season-2-report": (
        "Copper Crown season 2 reportedly in the works", "2025-07-21",
        "A second season of Copper Crown is reportedly in development, according to sources close to the "
        "production. Amazon has not confirmed the news and declined to comment. Copper Crown season 2 could "
        "arrive in late 2026 if the scripts are finished on time, the report said."),
    "https://screenlog.example/2025/08/night-ferry-film-sequel": (
        "Night Ferry 2 confirmed by the studio", "2025-08-02",
        "The studio has confirmed a sequel to the hit thriller Night Ferry. Night Ferry 2 will start filming in "
        "the spring with director Ines Alvarado returning, and the studio plans a release in summer 2026. "
        "The first film earned more than three hundred million dollars worldwide."),
}

# Pages with none of the season vocabulary anywhere, markup included: the pre-filter drops them.
QUIET_PAGES = {
    "https://kitchen.example/rye-bread": (
        "How to bake rye bread at home",
        "Rye flour needs more water than wheat flour and a longer rest. Mix the dough, cover the bowl and "
        "leave it somewhere warm overnight. Bake at two hundred degrees for forty minutes until the crust is dark."),
    "https://garden.example/tomatoes": (
        "Growing tomatoes on a balcony",
        "Tomatoes like sun and steady watering. Choose a deep pot, add compost, and tie the stems to a cane as "
        "they grow. Pick the fruit when it turns red and feels a little soft."),
}

# Relevant words but no article: trafilatura finds no main text, so process() refuses it.
MENU_PAGE = ("https://screenlog.example/menu", "<html><body><nav><a href='/s'>Season 2</a></nav></body></html>")

JSONL_ARTICLES = [
    {"id": "wire-1", "published": "2025-03-04", "text":
        "Reedmoor Diaries season 4 confirmed\n\nBBC One has confirmed that Reedmoor Diaries will return for a "
        "fourth season. The channel said filming on season 4 begins in the autumn, with the whole cast returning."},
    {"id": "wire-2", "published": "2025-04-10", "text":
        "Is there a season 2 of Blue Meridian?\n\nFans are asking whether Blue Meridian will get a second season. "
        "Star Leona Park said in an interview that she would love to come back, but Apple TV+ has not "
        "announced anything about Blue Meridian season 2."},
    {"id": "wire-3", "published": "2025-05-20", "text":
        "Iron Valley ends with season 5\n\nIron Valley will end with its fifth season, the network announced. "
        "The final season premieres in January and there will be no season 6, producers said."},
    {"id": "wire-4", "published": "2025-02-14", "text":
        "Weekend weather\n\nRain is expected on Saturday across the north, with clearer skies by Sunday afternoon."},
]
BAD_JSONL_LINE = "{not json"

TXT_FILES = {
    "a-lantern-row.txt":
        "Lantern Row season 2 is happening\n\nLantern Row has been renewed for a second season by HBO, the "
        "network confirmed on Tuesday. Production on Lantern Row season 2 starts next spring in Dublin.",
    "b-starfall.txt":
        "Stardrift Academy season 3 rumours\n\nRumours say Stardrift Academy could return for a third season, "
        "though Disney+ has not confirmed it. Writer Sam Adeyemo said only that more stories are possible.",
    "c-market.txt":
        "Farmers market opens\n\nThe farmers market on the square opens on Saturday with bread, cheese and "
        "honey stalls.",
}


def html_page(title: str, published: str | None, body: str) -> str:
    """A minimal news page: title, date meta, one article element of paragraphs."""
    date_meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    paragraphs = "".join(f"<p>{sentence.strip()}.</p>" for sentence in body.split(". ") if sentence.strip())
    return (f"<!DOCTYPE html><html><head><title>{title}</title>{date_meta}</head>"
            f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>")


def warc_record(uri: str, payload: bytes, content_type: str = "text/html; charset=utf-8", status: str = "200 OK") -> bytes:
    """One WARC response record (an HTTP response with its headers) as its own gzip member."""
    http = (f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(payload)}\r\n\r\n").encode("ascii") + payload
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Date: 2025-09-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:{hashlib.md5(uri.encode()).hexdigest()}>\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n")
    # Each record its own gzip member, as crawlers write them, so a reader can seek to any record.
    return gzip.compress(head.encode("ascii") + http + b"\r\n\r\n", mtime=0)


# Each season page is printed by several desks (a different URL and byline), so the
# WARC shard runs long enough for a worker to be killed in the middle of it.
DESKS = ("north", "south", "east", "west", "night")


def write_inputs(folder: Path) -> list[str]:
    """Write the three inputs into `folder`; returns their paths (WARC, JSONL, folder of .txt)."""
    folder.mkdir(parents=True, exist_ok=True)
    warc = folder / "crawl.warc.gz"
    with open(warc, "wb") as stream:
        for desk in DESKS:
            for uri, (title, published, body) in SEASON_PAGES.items():
                page = html_page(title, published, f"{body} Filed by the {desk} desk")
                stream.write(warc_record(f"{uri}?desk={desk}", page.encode("utf-8")))
        for uri, (title, body) in QUIET_PAGES.items():
            stream.write(warc_record(uri, html_page(title, None, body).encode("utf-8")))
        stream.write(warc_record(MENU_PAGE[0], MENU_PAGE[1].encode("utf-8")))
        # Records a crawl holds but ingest passes over: an image and a missing page.
        stream.write(warc_record("https://screenlog.example/logo.png", b"\x89PNG\r\n", "image/png"))
        stream.write(warc_record("https://screenlog.example/gone", b"<html>gone</html>", status="404 Not Found"))
    jsonl = folder / "wire.jsonl"
    lines = [json.dumps(article) for article in JSONL_ARTICLES[:2]] + [BAD_JSONL_LINE]
    lines += [json.dumps(article) for article in JSONL_ARTICLES[2:]]
    jsonl.write_text("\n".join(lines) + "\n", "utf-8")
    notes = folder / "notes"
    notes.mkdir(exist_ok=True)
    for name, text in TXT_FILES.items():
        (notes / name).write_text(text, "utf-8")
    return [str(warc), str(jsonl), str(notes)]


def test_inputs_hold_what_the_batch_tests_count(tmp_path):
    prefilter = installment_prefilter()
    warc, jsonl, notes = write_inputs(tmp_path)
    with open(warc, "rb") as stream:
        uris = [record.headers.get("WARC-Target-URI") for record in ArchiveIterator(stream)]
    assert len(uris) == len(DESKS) * len(SEASON_PAGES) + len(QUIET_PAGES) + 3
    assert not any(prefilter.may_be_relevant(html_page(title, None, body)) for title, body in QUIET_PAGES.values())
    assert not prefilter.may_be_relevant(JSONL_ARTICLES[-1]["text"]) and not prefilter.may_be_relevant(TXT_FILES["c-market.txt"])
    assert len(Path(jsonl).read_text("utf-8").splitlines()) == len(JSONL_ARTICLES) + 1

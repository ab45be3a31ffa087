"""Sources to documents: files, folders, feeds, WARC, JSON lines, URLs and unreadable inputs."""

import gzip
import io
import json
import shutil
import uuid
from pathlib import Path

import pytest

from fixtures.ingest.pageserver import PageServer
from nextseason.ingest import FetchConfig, documents, jsonl_documents
from nextseason.models import Document, SourceError

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
OFFLINE = FetchConfig(fetch_feed_links=False)
LOCAL = FetchConfig(allow_hosts={"127.0.0.1"}, connect_timeout=2, read_timeout=2)


def run(sources, jsonl=None, config=OFFLINE):
    return list(documents([str(s) for s in sources], jsonl=jsonl, config=config))


def only_error(results):
    assert len(results) == 1 and isinstance(results[0], SourceError), results
    assert "\n" not in str(results[0])
    return results[0]


def test_text_and_html_files_become_documents_with_their_path_as_id():
    text_path, html_path = FIXTURES / "musim-kedua.txt", FIXTURES / "sequel-news.html"
    text_doc, html_doc = run([text_path, html_path])
    assert text_doc.id == str(text_path) and text_doc.text.startswith("Kampung Senja Season 2")
    assert text_doc.html is None
    assert html_doc.id == str(html_path) and "<article>" in html_doc.html and html_doc.text is None


def test_feed_file_entries_use_their_own_content_when_links_are_not_fetched():
    first, second = run([FIXTURES / "headlines.rss"])
    assert first.id == "https://framedispatch.example/glass-orchard-final-season"
    assert first.published == "2025-11-12"
    assert first.text.startswith("Glass Orchard will end with its fourth season\n\n")
    assert "will be its last.\n\nProduction begins" in first.text
    assert second.id == "fd-2207" and second.url is None


def test_atom_file_entry():
    (entry,) = run([FIXTURES / "films.atom"])
    assert entry.id == "urn:frame-dispatch:night-ferry-3"
    assert entry.text == "Night Ferry 3 moves to autumn\n\nThe third Night Ferry film now opens in the autumn."


def test_malformed_feed_is_one_error():
    error = only_error(run([FIXTURES / "broken.rss"]))
    assert error.source.endswith("broken.rss") and error.reason.startswith("malformed feed")


def test_folder_is_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    shutil.copy(FIXTURES / "sequel-news.html", tmp_path / "b" / "z.html")
    shutil.copy(FIXTURES / "musim-kedua.txt", tmp_path / "a.txt")
    (tmp_path / "notes.md").write_text("ignored")
    (tmp_path / ".hidden.txt").write_text("ignored too")
    results = run([tmp_path])
    assert [d.id for d in results] == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "z.html")]


def test_unreadable_sources_give_errors_and_the_run_goes_on(tmp_path):
    empty_folder = tmp_path / "empty"
    empty_folder.mkdir()
    (tmp_path / "blank.txt").write_bytes(b"  \n\n")
    (tmp_path / "nul.txt").write_bytes(b"season 2 \x00\x01\x02 news" * 20)
    (tmp_path / "junk.html").write_bytes(bytes(range(1, 256)) * 30)
    (tmp_path / "huge.txt").write_bytes(b"season two " * 2000)
    (tmp_path / "clip.mp4").write_bytes(b"....")
    sources = [tmp_path / "missing.txt", empty_folder, tmp_path / "blank.txt", tmp_path / "nul.txt",
               tmp_path / "junk.html", tmp_path / "huge.txt", tmp_path / "clip.mp4", FIXTURES / "musim-kedua.txt"]
    config = FetchConfig(max_bytes=10_000, fetch_feed_links=False)
    results = run(sources, config=config)
    reasons = [r.reason for r in results[:-1]]
    assert all(isinstance(r, SourceError) for r in results[:-1])
    assert reasons == [
        "no such file or folder",
        "folder holds no .txt, .html, feed or WARC files",
        "empty",
        "binary content (NUL bytes)",
        reasons[4],
        "file is larger than the 0.01 MB cap",
        reasons[6],
    ]
    assert reasons[4] in ("binary content (mostly non-text)", "bytes not decodable as UTF-8 nor in a detected charset")
    assert reasons[6].startswith("unknown file kind")
    assert [r.source for r in results[:-1]] == [str(s) for s in sources[:-1]]
    assert isinstance(results[-1], Document)


def test_latin1_file_is_decoded_not_turned_into_mojibake(tmp_path):
    path = tmp_path / "fr.txt"
    path.write_bytes("Une saison 2 déjà prévue ? La série à succès revient l'été prochain, a confirmé la chaîne.".encode("latin-1"))
    (doc,) = run([path])
    assert "déjà prévue" in doc.text and "chaîne" in doc.text


def test_declared_meta_charset_is_used(tmp_path):
    path = tmp_path / "de.html"
    page = '<html><head><meta charset="windows-1252"></head><body><p>Die zweite Staffel – größer als gedacht.</p></body></html>'
    path.write_bytes(page.encode("cp1252"))
    (doc,) = run([path])
    assert "zweite Staffel – größer" in doc.html


def warc_record(uri: str, http: bytes, kind: str = "response") -> bytes:
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n"
        f"WARC-Date: 2026-01-05T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
        f"Content-Type: application/http; msgtype={kind}\r\nContent-Length: {len(http)}\r\n\r\n"
    )
    return head.encode() + http + b"\r\n\r\n"


def http_response(body: bytes, content_type: str, status: str = "200 OK") -> bytes:
    return f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body


WARC_RECORDS = [
    warc_record("https://a.example/one", b"GET /one HTTP/1.1\r\nHost: a.example\r\n\r\n", "request"),
    warc_record("https://a.example/one", http_response("<html><body><p>Première saison.</p></body></html>".encode("latin-1"), "text/html; charset=iso-8859-1")),
    warc_record("https://a.example/logo.png", http_response(b"\x89PNG....", "image/png")),
    warc_record("https://a.example/gone", http_response(b"<html>gone</html>", "text/html", "404 Not Found")),
    warc_record("https://a.example/two", http_response(b"<html><body><p>Second season.</p></body></html>", "text/html")),
]


@pytest.mark.parametrize("name, pack", [
    ("crawl.warc", lambda records: b"".join(records)),
    ("crawl.warc.gz", lambda records: b"".join(gzip.compress(r) for r in records)),
])
def test_warc_gives_only_html_responses(tmp_path, name, pack):
    path = tmp_path / name
    path.write_bytes(pack(WARC_RECORDS))
    results = run([path])
    assert [d.id for d in results] == ["https://a.example/one", "https://a.example/two"]
    assert "Première saison." in results[0].html
    assert results[0].url == "https://a.example/one" and results[0].source.startswith(str(path) + "@")


def test_warc_without_html_is_an_error(tmp_path):
    path = tmp_path / "none.warc"
    path.write_bytes(WARC_RECORDS[2])
    assert only_error(run([path])).reason == "no HTML response records in WARC"


def test_jsonl_lines_and_bad_lines(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a-1", "published": "2025-09-24", "text": "Season 2 news\n\nBody."}),
        "{not json",
        "",
        json.dumps({"url": "https://news.example/x", "html": "<p>Saison 2</p>"}),
        json.dumps({"id": "a-4"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": 7, "text": "x"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = run([], jsonl=str(path))
    assert results[0] == Document(source=f"{path}:1", id="a-1", published="2025-09-24", text="Season 2 news\n\nBody.")
    assert isinstance(results[1], SourceError) and results[1].source == f"{path}:2"
    assert results[1].reason.startswith("not valid JSON")
    assert results[2].id == "https://news.example/x" and results[2].html == "<p>Saison 2</p>"
    assert str(results[3]) == f'{path}:5: needs a non-empty "text" or "html"'
    assert str(results[4]) == f"{path}:6: not a JSON object"
    assert str(results[5]) == f'{path}:7: "id" must be a string'
    assert len(results) == 6


def test_jsonl_from_standard_input():
    stream = io.StringIO(json.dumps({"id": "s-1", "text": "Temporada 2 confirmada"}) + "\n")
    (doc,) = list(jsonl_documents("-", 1_000_000, stream=stream))
    assert doc.id == "s-1" and doc.source == "<stdin>:1"


def test_sources_come_before_jsonl_in_input_order(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "j", "text": "Staffel 3"}) + "\n")
    results = run([FIXTURES / "films.atom", FIXTURES / "musim-kedua.txt"], jsonl=str(path))
    assert [d.id for d in results] == ["urn:frame-dispatch:night-ferry-3", str(FIXTURES / "musim-kedua.txt"), "j"]


@pytest.fixture(scope="module")
def server():
    with PageServer() as running:
        yield running


def test_url_page_document(server):
    (doc,) = run([server.base + "/page.html"], config=LOCAL)
    assert doc.id == server.base + "/page.html" and doc.url == doc.id and "Lantern Bay" in doc.html


def test_url_feed_fetches_each_entry_link(server):
    first, second = run([server.base + "/feed.rss"], config=LOCAL)
    assert first.id == server.base + "/page.html" and "Lantern Bay" in first.html
    assert first.published == "2026-03-02"
    assert second.id == server.base + "/second.html" and "Copper Hollow" in second.html


def test_feed_served_as_plain_text_is_still_a_feed(server):
    results = run([server.base + "/feed-as-text"], config=LOCAL)
    assert [d.id for d in results] == [server.base + "/page.html", server.base + "/second.html"]


def test_atom_entry_whose_link_robots_forbid_falls_back_to_its_content(server):
    (doc,) = run([server.base + "/feed.atom"], config=LOCAL)
    assert doc.html is None
    assert doc.text == "Harbour Lights sequel set for summer\n\nThe studio dated the sequel for next summer.\n\nIts director returns."


def test_broken_feed_url_is_one_error(server):
    error = only_error(run([server.base + "/broken-feed"], config=LOCAL))
    assert error.reason.startswith("malformed feed")


@pytest.mark.parametrize("path", ["/latin1-declared", "/latin1-undeclared"])
def test_latin1_pages_are_decoded(server, path):
    (doc,) = run([server.base + path], config=LOCAL)
    assert "déjà préparé, à l'été, the façade and crème brûlée" in doc.html


def test_image_and_junk_urls_are_errors(server):
    image, junk = run([server.base + "/image.png", server.base + "/junk"], config=LOCAL)
    assert str(image) == f"{server.base}/image.png: not a text page (content type image/png)"
    assert junk.reason in ("binary content (mostly non-text)", "bytes not decodable as UTF-8 nor in a detected charset")


def test_missing_page_is_an_error(server):
    error = only_error(run([server.base + "/nothing-here"], config=LOCAL))
    assert str(error) == f"{server.base}/nothing-here: HTTP 404"


def test_warc_record_over_the_cap_is_an_error_and_the_rest_is_read(tmp_path):
    path = tmp_path / "big.warc.gz"
    big = warc_record("https://a.example/big", http_response(b"<html><body>" + b"<p>season</p>" * 200 + b"</body></html>", "text/html"))
    path.write_bytes(b"".join(gzip.compress(r) for r in [big, WARC_RECORDS[4]]))
    error, doc = run([path], config=FetchConfig(max_bytes=1000, fetch_feed_links=False))
    assert str(error) == "https://a.example/big: WARC record larger than the 0.001 MB cap"
    assert doc.id == "https://a.example/two"


def test_feed_entry_whose_page_is_unchanged_gives_no_document(server, tmp_path):
    config = FetchConfig(allow_hosts={"127.0.0.1"}, cache_path=str(tmp_path / "cache.json"))
    assert len(run([server.base + "/feed.rss"], config=config)) == 2
    assert run([server.base + "/feed.rss"], config=config) == []


def test_gzipped_saved_pages_are_read(tmp_path):
    import gzip

    from nextseason.ingest import documents

    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(b"<html><body><article><p>Season 2 was renewed.</p></article></body></html>"))
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a" * 12_000_000))
    found = list(documents([str(page), str(bomb)]))
    assert found[0].html.startswith("<html>")
    assert found[1].source == str(bomb) and "cap" in found[1].reason

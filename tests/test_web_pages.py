"""Pages for people over the sample store: content, languages, the timeline picture, escaping, headers."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from test_web_sample import (  # noqa: F401
    DRIFT, DWELLER, HARBOR, SOON, TRAUMA, TRAUMA_ID, client, client_for, sample_url,
)


@pytest.mark.parametrize(("path", "expected"), [
    ("/", [TRAUMA, HARBOR, DRIFT, DWELLER, "Latest status changes", "Calendar", 'class="badge status-reported"',
           'class="badge status-official"', 'class="badge status-cancelled"', "Platform denied"]),
    (f"/works/{TRAUMA_ID}", [TRAUMA, "Installment 2", "Installment 3", "Platform denied", "Expected Q4 2026",
                             "Lee Nak-jun", "Layar Kita", "Timeline of claims",
                             'href="https://layarkita.example/trauma-code-musim-2"']),
    ("/works/harbor-lights", [HARBOR, "Platform confirmed", "Prime Video", "record 1/1/0"]),
    ("/sources/The%20Backlot%20Wire", ["The Backlot Wire", "Contradicted later", DRIFT, HARBOR]),
    ("/search?q=Trauma+Code", [TRAUMA, f'href="/works/{TRAUMA_ID}"']),
    ("/search?q=musim", ["Naskah musim kedua", "Claims"]),
    ("/signin", ["API token", 'name="csrf_token"']),
])
def test_pages_show_works_and_statuses(client, path, expected):
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    for text in expected:
        assert text in response.text, text


@pytest.mark.parametrize("path", ["/works/no-such-show", "/sources/Nobody%20At%20All",
                                  "/works/no-such-show/2/timeline.svg", "/nothing-here"])
def test_unknown_things_are_404_pages(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "text/html" in response.headers["content-type"]


def test_home_lists_upcoming_windows_in_the_calendar(client):
    page = client.get("/").text
    calendar = page.split('class="calendar"')[1].split("</ol>")[0]
    month_name = SOON.strftime("%B")
    cell = next(part for part in calendar.split('<li class="month') if month_name in part.split("</h4>")[0])
    assert f"{HARBOR} 2" in cell
    # The film expected next year sits in January of that year, or the first month when the year has begun.
    assert f"{DWELLER} 2" in calendar


def test_home_shows_the_evidence_sentence_of_latest_changes(client):
    changes = client.get("/").text.split('id="changes-title"')[1].split("</section>")[0]
    assert "Prime Video will not make a second season of Signal Drift." in changes
    assert "Produser masih membicarakan kemungkinan film kedua." in changes


def test_accept_language_id_gives_indonesian_labels(client):
    page = client.get("/", headers={"Accept-Language": "id-ID,id;q=0.9,en;q=0.5"})
    assert page.headers["content-language"] == "id"
    assert '<html lang="id">' in page.text
    for label in ("Perubahan status terbaru", "Dilaporkan", "Resmi", "Dibatalkan", "Platform membantah", "Kalender"):
        assert label in page.text
    assert "Latest status changes" not in page.text
    work = client.get(f"/works/{TRAUMA_ID}", headers={"Accept-Language": "id"}).text
    assert "Diperkirakan Kuartal 4 2026" in work
    assert "Bagian 2" in work


def test_language_switch_sets_a_cookie_that_later_pages_follow(sample_url):
    with client_for(sample_url) as fresh:
        assert "Latest status changes" in fresh.get("/", headers={"Accept-Language": "fr"}).text
        switched = fresh.get("/?lang=id")
        assert "lang=id" in switched.headers["set-cookie"]
        assert "Perubahan status terbaru" in switched.text
        assert "Cari judul dan klaim" in fresh.get("/search").text
        assert "Search works and claims" in fresh.get("/search?lang=en").text


def test_dates_follow_the_reader_language(client):
    english = client.get(f"/works/{TRAUMA_ID}").text
    indonesian = client.get(f"/works/{TRAUMA_ID}?lang=id").text
    assert "Sep 24, 2025" in english
    assert "24 Sep 2025" in indonesian


def test_timeline_svg_of_an_installment_with_three_claims_has_three_markers(client):
    response = client.get(f"/works/{TRAUMA_ID}/2/timeline.svg")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("image/svg+xml")
    svg = response.text
    markers = re.findall(r'<(circle|polygon) class="claim ', svg)
    assert len(markers) == 3
    # Netflix's own word is drawn as a diamond, hollow because it denies.
    platform = re.findall(r'<polygon class="claim certainty-official platform"[^>]*fill="none"', svg)
    assert len(platform) == 1
    assert 'class="band band-reported"' in svg


def test_work_page_embeds_one_timeline_per_installment(client):
    page = client.get(f"/works/{TRAUMA_ID}").text
    assert page.count('<svg xmlns="http://www.w3.org/2000/svg" class="timeline"') == 3
    assert len(re.findall(r'<(?:circle|polygon) class="claim ', page)) == 5


def test_security_headers_on_every_answer(client):
    for path in ("/", f"/works/{TRAUMA_ID}", "/api/v1/works", "/feeds/changes.atom", "/static/style.css"):
        headers = client.get(path).headers
        policy = headers["content-security-policy"]
        assert "default-src 'self'" in policy
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        assert headers["x-content-type-options"] == "nosniff"


def test_markup_from_articles_is_escaped_and_inert(client):
    evil_source = "/sources/" + quote('Evil" onmouseover="alert(3)', safe="")
    for path in ("/", "/works/sneaky-i-show-i", "/search?q=returns", evil_source):
        page = client.get(path)
        assert page.status_code == 200, path
        html = page.text
        # The pages carry no script of their own, so any <script> would have come from an article.
        assert "<script" not in html.lower(), path
        assert 'href="javascript:' not in html.lower(), path
        assert "<img src=x" not in html and "<a href=" + '"javascript' not in html, path
        assert ' onclick="' not in html and ' onmouseover="' not in html, path
    work = client.get("/works/sneaky-i-show-i").text
    assert "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in work
    assert "Sneaky &lt;i&gt;Show&lt;/i&gt;" in work
    assert "&lt;b&gt;Bold Outlet&lt;/b&gt;" in work
    svg = client.get("/works/sneaky-i-show-i/2/timeline.svg").text
    assert "<script" not in svg and "&lt;script&gt;" in svg


def test_stylesheet_has_light_and_dark_schemes(client):
    css = client.get("/static/style.css")
    assert css.status_code == 200
    assert "prefers-color-scheme: dark" in css.text
    assert "max-width: 30rem" in css.text


def test_bad_page_number_is_a_400_page(client):
    response = client.get("/?page=0")
    assert response.status_code == 400
    assert "text/html" in response.headers["content-type"]


def test_home_pages_through_many_works(tmp_path):
    from nextseason.store import open_store
    from nextseason.tracker import attach
    from test_web_sample import article, claim, installment

    store = attach(open_store(f"sqlite:///{tmp_path / 'many.db'}"))
    store.save_many([article(f"many-{number}", "2025-04-01", installment(f"Series {number:02d}", 2, "reported", [
        claim("renewal", "reported", "Wire", f"Series {number:02d} returns, a report says.", "media")]))
        for number in range(35)])
    store.close()
    with client_for(f"sqlite:///{tmp_path / 'many.db'}") as many:
        first = many.get("/")
        assert first.status_code == 200
        listed = first.text.split('id="works-title"')[1]
        assert "Series 29" in listed and "Series 30" not in listed
        assert 'rel="next" href="/?page=2"' in first.text
        second = many.get("/?page=2&lang=id")
        listed = second.text.split('id="works-title"')[1]
        assert "Series 34" in listed and "Series 00" not in listed
        assert 'rel="prev" href="/?page=1&amp;lang=id"' in second.text
        assert "Halaman 2 dari 2" in second.text

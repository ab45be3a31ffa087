"""Answers kept per store revision: the same bytes for every reader, new ones after any process writes."""

from __future__ import annotations

import shutil
import time

import pytest

from nextseason.store import open_store
from nextseason.tracker import attach
from nextseason.web.auth import SESSION_COOKIE
from nextseason.web.cache import Kept
from store_fixtures import article, say, speaks_of
from test_web_sample import TOKEN, client_for, sample_url  # noqa: F401


@pytest.fixture()
def own_store(sample_url, tmp_path) -> str:
    """A copy of the sample store this test may write to."""
    path = tmp_path / "copy.db"
    shutil.copy(sample_url.removeprefix("sqlite:///"), path)
    return f"sqlite:///{path}"


def another_process_saves(url: str, work: str) -> None:
    """What `nextseason ingest` in another process does: save an article to the same store."""
    store = attach(open_store(url))
    assert store.save(article(f"{work}-1", "2026-05-05", speaks_of(work, 2, "reported", [
        say("renewal", "reported", "Studio Gazette", f"{work} returns for a second season, the studio says.",
            role="media")]), outlet="Studio Gazette"))
    store.close()


@pytest.mark.parametrize("path", ["/", "/works/harbor-lights", "/api/v1/installments", "/feeds/changes.atom",
                                  "/works/harbor-lights/2/timeline.svg"])
def test_a_readers_answer_is_kept_and_revalidated_by_its_etag(own_store, path):
    with client_for(own_store) as client:
        first = client.get(path)
        second = client.get(path)
        assert first.status_code == second.status_code == 200
        assert first.content == second.content
        assert first.headers["etag"] == second.headers["etag"]
        assert "set-cookie" not in first.headers
        unchanged = client.get(path, headers={"If-None-Match": first.headers["etag"]})
        assert unchanged.status_code == 304 and unchanged.content == b""
        assert unchanged.headers["etag"] == first.headers["etag"]
        assert "content-security-policy" in unchanged.headers


def test_an_article_saved_by_another_process_shows_once_the_revision_is_read_again(own_store):
    with client_for(own_store, revision_seconds=0.0) as client:
        before = client.get("/")
        assert "Lantern Keepers" not in before.text
        another_process_saves(own_store, "Lantern Keepers")
        after = client.get("/", headers={"If-None-Match": before.headers["etag"]})
        assert after.status_code == 200
        assert "Lantern Keepers" in after.text
        assert client.get("/works/lantern-keepers").status_code == 200
        # Lists of every installment come from a copy of all statuses, taken again in the background.
        deadline = time.monotonic() + 20
        while not any(item["work"] == "Lantern Keepers"
                      for item in client.get("/api/v1/installments?limit=500").json()["items"]):
            assert time.monotonic() < deadline, "the list never showed the new work"
            time.sleep(0.05)


def test_a_kept_answer_stands_until_the_revision_is_read_again(own_store):
    with client_for(own_store, revision_seconds=3600.0) as client:
        client.get("/")  # the first copy of all statuses has been taken
        assert "Quiet Orchard" not in client.get("/search?q=Quiet").text
        another_process_saves(own_store, "Quiet Orchard")
        # Within the interval the kept page is served; a new URL is made from the store as it is.
        assert "Quiet Orchard" not in client.get("/search?q=Quiet").text
        assert "Quiet Orchard" in client.get("/search?q=Quiet+Orchard").text


def test_languages_are_kept_apart(own_store):
    with client_for(own_store) as client:
        english = client.get("/", headers={"Accept-Language": "en"})
        indonesian = client.get("/", headers={"Accept-Language": "id"})
        assert english.headers["content-language"] == "en" and indonesian.headers["content-language"] == "id"
        assert english.content != indonesian.content
        assert client.get("/", headers={"Accept-Language": "en"}).content == english.content


def test_an_answer_kept_for_one_host_is_not_given_to_another(own_store):
    with client_for(own_store) as client:
        first = client.get("/api/v1/installments?limit=1", headers={"Host": "tracker.example"})
        second = client.get("/api/v1/installments?limit=1", headers={"Host": "other.example"})
        assert first.json()["next"].startswith("http://tracker.example/")
        assert second.json()["next"].startswith("http://other.example/")


def test_a_signed_in_editor_gets_pages_of_their_own(own_store):
    with client_for(own_store) as client:
        reader = client.get("/")
        signin = client.get("/signin")
        assert "set-cookie" in signin.headers
        token = signin.text.split('name="csrf_token" value="')[1].split('"')[0]
        client.post("/signin", data={"token": TOKEN, "csrf_token": token, "next": "/"}, follow_redirects=False)
        assert SESSION_COOKIE in client.cookies
        editor = client.get("/")
        assert "Sign out" in editor.text and "Sign out" not in reader.text
        assert "etag" not in editor.headers


def test_kept_values_are_bounded_by_count_and_bytes():
    kept = Kept(size=3, max_bytes=100)
    for number in range(5):
        kept.put(("k", number), (1,), number, weight=10)
    assert [kept.get(("k", number), (1,)) for number in range(5)] == [None, None, 2, 3, 4]
    assert kept.get(("k", 4), (2,)) is None
    kept.put(("big",), (1,), "big", weight=95)
    assert kept.get(("k", 4), (1,)) is None and kept.get(("big",), (1,)) == "big"

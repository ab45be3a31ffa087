"""Writing needs an API token: sign-in with CSRF, bearer tokens, the rate limit, and adding articles."""

from __future__ import annotations

import re
import shutil

import pytest

from nextseason.web.auth import Editors, RateLimiter, hash_token
from test_web_sample import TOKEN, TRAUMA_ID, client_for, sample_url  # noqa: F401

SEED = """Harbor Lights Season 3 Confirmed by Prime Video

Screen Ledger

12 October 2026

Prime Video has renewed Harbor Lights for a third season, the streamer announced on Monday.
The third season will premiere in 2027, Prime Video said.
"""


@pytest.fixture
def writable(sample_url, tmp_path):
    """A client over a private copy of the sample store, so writes do not leak into other tests."""
    source = sample_url.removeprefix("sqlite:///")
    copy = tmp_path / "copy.db"
    shutil.copy(source, copy)
    with client_for(f"sqlite:///{copy}", writes_per_minute=600, write_burst=50) as opened:
        yield opened


def csrf_of(page_html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', page_html).group(1)


def sign_in(client) -> None:
    form = client.get("/signin").text
    answer = client.post("/signin", data={"token": TOKEN, "csrf_token": csrf_of(form), "next": "/add"},
                         follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/add"
    cookie = answer.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    # The cookie names the token's hash, never the token.
    assert TOKEN not in cookie


def test_tokens_are_kept_hashed_and_checked():
    editors = Editors(frozenset({hash_token("right")}), b"s" * 32)
    assert editors.token_allowed("right") == hash_token("right")
    assert editors.token_allowed("wrong") is None and editors.token_allowed("") is None
    assert hash_token("right").startswith("sha256:") and "right" not in hash_token("right")
    cookie = editors.session_cookie(hash_token("right"), now=1000.0)
    assert editors.session_editor(cookie, now=1001.0) == hash_token("right")
    assert editors.session_editor(cookie, now=10_000_000.0) is None
    assert editors.session_editor(cookie.replace("|", "|1", 1), now=1001.0) is None
    revoked = Editors(frozenset(), b"s" * 32)
    assert revoked.session_editor(cookie, now=1001.0) is None


def test_rate_limiter_refills_over_time():
    limiter = RateLimiter(per_minute=60, burst=2)
    assert limiter.allow("a", now=0.0) == 0 and limiter.allow("a", now=0.0) == 0
    assert limiter.allow("a", now=0.0) > 0
    assert limiter.allow("b", now=0.0) == 0
    assert limiter.allow("a", now=1.5) == 0


def test_add_form_requires_sign_in(writable):
    answer = writable.get("/add", follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/signin?next=/add"
    posted = writable.post("/add", data={"text": SEED}, follow_redirects=False)
    assert posted.status_code == 303


def test_sign_in_rejects_a_wrong_token_and_a_missing_csrf_token(writable):
    form = writable.get("/signin").text
    wrong = writable.post("/signin", data={"token": "not-it", "csrf_token": csrf_of(form)})
    assert wrong.status_code == 401 and "This token is not known." in wrong.text
    forged = writable.post("/signin", data={"token": TOKEN, "csrf_token": "forged"})
    assert forged.status_code == 403
    elsewhere = writable.post("/signin", data={"token": TOKEN, "csrf_token": csrf_of(form), "next": "//evil.example/"},
                              follow_redirects=False)
    assert elsewhere.headers["location"] == "/"


def test_signed_in_editor_adds_pasted_text_and_sees_the_work(writable):
    sign_in(writable)
    form = writable.get("/add")
    assert form.status_code == 200
    missing = writable.post("/add", data={"text": SEED}, follow_redirects=False)
    assert missing.status_code == 403
    answer = writable.post("/add", data={"text": SEED, "csrf_token": csrf_of(form.text)}, follow_redirects=False)
    assert answer.status_code == 303
    assert answer.headers["location"] == "/works/harbor-lights"
    work = writable.get("/works/harbor-lights").text
    assert "Installment 3" in work
    assert "Prime Video has renewed Harbor Lights for a third season" in work
    assert "Installment 3" in writable.get("/").text.split("Harbor Lights")[-1]
    again = writable.post("/add", data={"text": SEED, "csrf_token": csrf_of(form.text)})
    assert again.status_code == 200 and "already stored" in again.text


def test_empty_form_is_a_400_with_the_reason(writable):
    sign_in(writable)
    form = writable.get("/add").text
    answer = writable.post("/add", data={"text": "  ", "csrf_token": csrf_of(form)})
    assert answer.status_code == 400 and 'role="alert"' in answer.text


def test_api_write_needs_a_bearer_token(writable):
    assert writable.post("/api/v1/articles", json={"text": SEED}).status_code == 401
    bad = writable.post("/api/v1/articles", json={"text": SEED}, headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401 and bad.headers["www-authenticate"] == "Bearer"
    good = writable.post("/api/v1/articles", json={"text": SEED}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert good.status_code == 201
    body = good.json()
    assert body["saved"] is True
    assert [(row["work"], row["n"], row["status"]) for row in body["installments"]] == [("Harbor Lights", 3, "official")]
    assert [(change["n"], change["new"]) for change in body["changes"]] == [(3, "official")]
    installments = writable.get("/api/v1/installments?work=harbor-lights").json()["items"]
    assert {row["n"] for row in installments} == {2, 3}


def test_api_write_with_the_cookie_needs_the_csrf_header(writable):
    sign_in(writable)
    refused = writable.post("/api/v1/articles", json={"text": SEED})
    assert refused.status_code == 403
    token = csrf_of(writable.get("/add").text)
    accepted = writable.post("/api/v1/articles", json={"text": SEED}, headers={"X-CSRF-Token": token})
    assert accepted.status_code == 201


def test_writes_are_rate_limited_per_client(sample_url, tmp_path):
    shutil.copy(sample_url.removeprefix("sqlite:///"), tmp_path / "limited.db")
    with client_for(f"sqlite:///{tmp_path / 'limited.db'}", writes_per_minute=1, write_burst=2) as limited:
        answers = [limited.post("/api/v1/articles", json={"text": SEED}, headers={"Authorization": "Bearer wrong"})
                   for _ in range(3)]
    assert [answer.status_code for answer in answers] == [401, 401, 429]
    assert int(answers[2].headers["retry-after"]) > 0


def test_bad_article_payloads_are_422(writable):
    headers = {"Authorization": f"Bearer {TOKEN}"}
    assert writable.post("/api/v1/articles", json={}, headers=headers).status_code == 422
    assert writable.post("/api/v1/articles", json={"url": "javascript:alert(1)"}, headers=headers).status_code == 422
    assert writable.post("/api/v1/articles", json={"text": "x", "published": "soon"}, headers=headers).status_code == 422

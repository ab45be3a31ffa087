"""In a real browser: search, open a work, see its cards and timelines, follow a source; no article script runs."""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn

from test_web_sample import TRAUMA, client_for, sample_url  # noqa: F401

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server(sample_url):
    """The app served by uvicorn on 127.0.0.1 for the length of the module."""
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    pytest.importorskip("playwright.sync_api")
    port = free_port()
    app = client_for(sample_url).app
    running = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        opened = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield opened
        opened.close()


def test_reader_searches_opens_a_work_and_follows_a_source(server, browser):
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 390, "height": 844})
    dialogs, violations = [], []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("console", lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None)
    page.goto(server + "/")
    assert page.locator("h1").inner_text() == "Is the next season happening?"
    page.screenshot(path=str(ARTIFACTS / "web-home.png"), full_page=True)
    page.fill("input#q", "Trauma Code")
    page.press("input#q", "Enter")
    page.wait_for_url("**/search?q=Trauma+Code")
    page.screenshot(path=str(ARTIFACTS / "web-search.png"), full_page=True)
    page.get_by_role("link", name=TRAUMA).first.click()
    page.wait_for_url("**/works/the-trauma-code-heroes-on-call")
    assert page.locator("article.card").count() == 3
    assert page.locator("article.card svg.timeline").count() == 3
    assert page.locator("#n2 svg .claim").count() == 3
    assert "Platform denied" in page.locator("#n2").inner_text()
    page.screenshot(path=str(ARTIFACTS / "web-work.png"), full_page=True)
    page.locator("#n2 .decided a").first.click()
    page.wait_for_url("**/sources/**")
    assert page.locator("h1").inner_text() == "Lee Nak-jun"
    page.screenshot(path=str(ARTIFACTS / "web-source.png"), full_page=True)
    assert dialogs == []
    assert violations == []


def test_no_script_from_an_article_runs(server, browser):
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for path in ("/", "/works/sneaky-i-show-i", "/search?q=returns", "/works/sneaky-i-show-i/2/timeline.svg"):
        page.goto(server + path)
        page.wait_for_load_state("load")
        # Hovering and clicking what an article tried to make active must do nothing either.
        for element in page.locator("main blockquote").all():
            element.hover()
            element.click()
    assert page.evaluate("document.querySelectorAll('main script, main img[onerror], main [onclick]').length") == 0
    page.goto(server + "/works/sneaky-i-show-i")
    page.screenshot(path=str(ARTIFACTS / "web-escaped.png"), full_page=True)
    assert dialogs == []


def test_dark_scheme_and_indonesian(server, browser):
    context = browser.new_context(color_scheme="dark", locale="id-ID", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(server + "/")
    assert page.locator("h1").inner_text() == "Apakah musim berikutnya jadi dibuat?"
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(20, 21, 24)"
    # Nothing wider than the phone's screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=str(ARTIFACTS / "web-home-dark-id.png"), full_page=True)
    context.close()

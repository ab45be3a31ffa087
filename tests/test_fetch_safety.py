"""The fetcher against a local server: limits, redirects, charsets and refused targets."""

import json
import socket
import time

import httpcore
import pytest

from fixtures.ingest.pageserver import PageServer
from nextseason.ingest import ConditionalCache, FetchConfig, Fetcher, FetchError, fetch
from nextseason.ingest.netguard import GuardedBackend, is_public_address
from nextseason.ingest.sources import documents

LOCAL = FetchConfig(allow_hosts={"127.0.0.1"}, connect_timeout=2, read_timeout=1, total_timeout=10)


@pytest.fixture(scope="module")
def server():
    with PageServer() as running:
        yield running


def failure(url, config=LOCAL):
    with pytest.raises(FetchError) as caught:
        fetch(url, config)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(url)
    return message


def test_page_is_fetched_with_our_user_agent(server):
    fetched = fetch(server.base + "/page.html", LOCAL)
    assert fetched.status == 200 and b"Lantern Bay" in fetched.body
    headers = dict(server.requests[-1][1])
    assert headers["User-Agent"] == "nextseason/0.1 (+https://github.com/nextseason)"


def test_redirect_chain_of_five_is_followed(server):
    fetched = fetch(server.base + "/hop/4", LOCAL)
    assert fetched.final_url == server.base + "/page.html"


def test_redirect_chain_of_six_is_refused(server):
    assert "too many redirects (more than 5)" in failure(server.base + "/hop/5")


@pytest.mark.parametrize("path, target", [("/to-metadata", "169.254.169.254"), ("/to-private", "10.0.0.1")])
def test_redirect_to_private_address_is_refused(server, path, target):
    assert f"refused: {target} is not a public address" in failure(server.base + path)


def test_redirect_to_other_scheme_is_refused(server):
    assert "only http and https" in failure(server.base + "/to-file")


def test_slow_response_times_out(server):
    started = time.monotonic()
    assert failure(server.base + "/slow").endswith("timed out")
    assert time.monotonic() - started < 2.5


def test_gzip_bomb_stops_at_the_cap(server):
    assert "larger than the 10 MB cap" in failure(server.base + "/bomb")


def test_gzip_body_is_decompressed(server):
    assert b"Lantern Bay" in fetch(server.base + "/gzipped", LOCAL).body


def test_fifty_megabyte_page_stops_at_the_cap(server):
    assert failure(server.base + "/big").endswith("larger than the 10 MB cap")


def test_announced_size_over_the_cap_is_refused_before_reading(server):
    assert "(50 MB announced)" in failure(server.base + "/big-announced")


def test_robots_txt_is_honoured_and_cached(server):
    before = server.paths().count("/robots.txt")
    with Fetcher(LOCAL) as fetcher:
        with pytest.raises(FetchError, match="disallowed by robots.txt"):
            fetcher.get(server.base + "/private/sequel.html")
        fetcher.get(server.base + "/page.html")
    assert server.paths().count("/robots.txt") == before + 1


def test_robots_can_be_ignored_by_configuration(server):
    config = FetchConfig(allow_hosts={"127.0.0.1"}, respect_robots=False)
    assert fetch(server.base + "/private/sequel.html", config).status == 200


def test_http_errors_carry_status_and_retry_after(server):
    with pytest.raises(FetchError) as caught:
        fetch(server.base + "/busy", LOCAL)
    assert caught.value.status == 503 and caught.value.retry_after == 120
    assert str(caught.value) == f"{server.base}/busy: HTTP 503"


def test_conditional_get_gives_no_new_document(server, tmp_path):
    cache = tmp_path / "validators.json"
    config = FetchConfig(allow_hosts={"127.0.0.1"}, cache_path=str(cache))
    first = list(documents([server.base + "/page.html"], config=config))
    assert len(first) == 1 and first[0].html
    assert json.loads(cache.read_text())[server.base + "/page.html"]["etag"] == '"v1"'
    again = list(documents([server.base + "/page.html"], config=config))
    assert again == []
    assert server.requests[-1][1].get("If-None-Match") == '"v1"'


def test_default_config_refuses_loopback_before_any_request(server):
    seen = len(server.requests)
    message = failure(server.base + "/page.html", FetchConfig())
    assert message.endswith("refused: 127.0.0.1 is not a public address")
    assert len(server.requests) == seen


def test_default_config_refuses_localhost_name_before_any_request(server):
    seen = len(server.requests)
    message = failure(f"http://localhost:{server.port}/page.html", FetchConfig())
    assert "refused: localhost resolves to a non-public address" in message
    assert len(server.requests) == seen


@pytest.mark.parametrize("url", [
    "http://169.254.169.254/latest/meta-data/",
    "http://10.0.0.1/",
    "http://[::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://0.0.0.0/",
    "http://224.0.0.1/",
])
def test_default_config_refuses_private_targets_without_connecting(monkeypatch, url):
    def no_network(*args, **kwargs):
        raise AssertionError("a connection was attempted")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    assert "is not a public address" in failure(url, FetchConfig())


def test_allowed_host_name_keeps_its_host_header(server, monkeypatch):
    real = socket.getaddrinfo

    def resolve(host, *args, **kwargs):
        return real("127.0.0.1" if host == "pages.test" else host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    config = FetchConfig(allow_hosts={"pages.test"}, respect_robots=False)
    fetched = fetch(f"http://pages.test:{server.port}/page.html", config)
    assert fetched.status == 200
    assert server.requests[-1][1]["Host"] == f"pages.test:{server.port}"


def test_backend_connects_to_the_address_it_checked(monkeypatch):
    # A rebinding name answers a private address next to a public one; only
    # the public address, as resolved here, may reach the socket layer.
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: [
        (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", 80)),
        (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", 80)),
    ])
    dialled = []
    monkeypatch.setattr(httpcore.SyncBackend, "connect_tcp", lambda self, host, port, *a: dialled.append(host) or "stream")
    assert GuardedBackend(frozenset()).connect_tcp("rebind.example", 80) == "stream"
    assert dialled == ["93.184.215.14"]


def test_backend_refuses_a_name_with_only_private_addresses(monkeypatch):
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: [
        (socket.AF_INET6, socket.SOCK_STREAM, 6, "", ("::ffff:169.254.169.254", 80, 0, 0)),
    ])
    with pytest.raises(Exception, match="non-public address"):
        GuardedBackend(frozenset()).connect_tcp("metadata.example", 80)


@pytest.mark.parametrize("address, public", [
    ("93.184.215.14", True), ("2606:4700::1111", True), ("127.0.0.1", False), ("10.1.2.3", False),
    ("172.16.0.1", False), ("192.168.1.1", False), ("169.254.169.254", False), ("100.64.0.1", False),
    ("224.0.0.251", False), ("240.0.0.1", False), ("0.0.0.0", False), ("::", False), ("::1", False),
    ("fe80::1", False), ("fd00::1", False), ("ff02::1", False), ("::ffff:10.0.0.1", False),
    ("2002:a00:1::", False), ("64:ff9b::7f00:1", False), ("not an address", False),
])
def test_public_address_table(address, public):
    assert is_public_address(address) is public


@pytest.mark.parametrize("url, reason", [
    ("http://[::1", "invalid URL"),
    ("ftp://files.example/a.txt", "refused: only http and https are fetched, not ftp"),
    ("http:///path-only", "refused: no host in"),
])
def test_bad_urls_give_one_clear_line(url, reason):
    assert reason in failure(url, FetchConfig())


@pytest.mark.parametrize("path", ["/deflate-zlib", "/deflate-raw"])
def test_deflate_bodies_in_both_wrappings(server, path):
    assert b"Lantern Bay" in fetch(server.base + path, LOCAL).body


def test_conditional_cache_keeps_validators_across_runs(tmp_path):
    path = tmp_path / "cache.json"
    cache = ConditionalCache(path)
    cache.remember("https://a.example/feed", None, "Wed, 04 Mar 2026 10:00:00 GMT")
    cache.remember("https://a.example/page", '"e7"', None)
    cache.remember("https://a.example/plain", None, None)
    again = ConditionalCache(path)
    assert again.request_headers("https://a.example/feed") == {"If-Modified-Since": "Wed, 04 Mar 2026 10:00:00 GMT"}
    assert again.request_headers("https://a.example/page") == {"If-None-Match": '"e7"'}
    assert again.request_headers("https://a.example/plain") == {}
    path.write_text("{ damaged")
    assert ConditionalCache(path).request_headers("https://a.example/page") == {}

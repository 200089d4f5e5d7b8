"""The web side of issue 11: the Host header is checked on every request (DNS rebinding),
and pages and feeds out link only to http and https (``javascript:`` and ``data:`` article
URLs passed into feeds out)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from web_kit import LiveServer, serve

from veille.ingest import ingest_texts
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore
from veille.web.feeds import Feed, atom, item_from_article, json_feed
from veille.web.models import ArticleSummary
from veille.web.security import host_name, safe_link

ATOM = "{http://www.w3.org/2005/Atom}"
HOSTILE_URLS = ["javascript:alert(document.cookie)", "JavaScript:alert(1)",
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                "vbscript:msgbox(1)", "java\tscript:alert(1)", " javascript:alert(1)",
                "file:///etc/passwd", "https:alert(1)"]


# -- Host header ---------------------------------------------------------------------------

def _get(server: LiveServer, path: str, host: str, **headers: str) -> httpx.Response:
    return httpx.get(server.url + path, headers={"host": host, **headers}, timeout=30)


def test_a_foreign_host_is_refused_on_every_kind_of_request(live: LiveServer) -> None:
    for path in ("/", "/api/v1/stats", "/feeds/latest.atom", "/static/style.css",
                 "/articles/0000000000000000"):
        response = _get(live, path, f"rebind.attacker.example:{live.port}")
        assert response.status_code == 400, path
        assert "content-security-policy" in response.headers
    page = _get(live, "/", "rebind.attacker.example")
    assert "allowed_hosts" in page.text and "VEILLE_ALLOWED_HOSTS" in page.text
    assert "text/html" in page.headers["content-type"]
    error = _get(live, "/api/v1/stats", "rebind.attacker.example").json()["error"]
    assert error["status"] == 400 and "allowed_hosts" in error["hint"]
    post = httpx.post(live.url + "/api/v1/articles", content=b"x",
                      headers={"host": "evil.example"}, timeout=30)
    assert post.status_code == 400


def test_the_bound_address_and_loopback_names_are_answered(live: LiveServer) -> None:
    for host in (f"127.0.0.1:{live.port}", f"localhost:{live.port}", "LOCALHOST",
                 f"[::1]:{live.port}", "127.0.0.1"):
        assert _get(live, "/api/v1/stats", host).status_code == 200, host


def test_allowed_hosts_names_more_hosts_or_any(web_data: Path) -> None:
    with serve(web_data, allowed_hosts="news.example.org, 192.168.1.10") as server:
        for host in ("news.example.org", f"NEWS.example.org.:{server.port}", "192.168.1.10"):
            assert _get(server, "/api/v1/stats", host).status_code == 200, host
        assert _get(server, "/api/v1/stats", "example.org").status_code == 400
        assert _get(server, "/api/v1/stats", "localhost").status_code == 200
    with serve(web_data, allowed_hosts="*") as server:
        assert _get(server, "/api/v1/stats", "anything.example").status_code == 200


def test_host_names_are_read_like_a_browser_sends_them() -> None:
    assert host_name("[::1]:8000") == "::1"
    assert host_name("News.Example.org.:80") == "news.example.org"
    assert host_name("127.0.0.1") == "127.0.0.1"
    assert host_name("::1") == "::1"


# -- links to articles' own URLs -----------------------------------------------------------

@pytest.fixture(scope="module")
def hostile_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Articles whose own URL is each hostile URL (written into the store, whatever the
    collect side would let through)."""
    data = tmp_path_factory.mktemp("links") / "data"
    store = SQLiteStore.open(Settings(data_dir=data).store_path)
    try:
        records = [json.dumps({"title": f"Article {i}", "text": f"Le texte numéro {i} de "
                               "cet article parle du port de Brest et de ses quais."})
                   for i in range(len(HOSTILE_URLS))]
        ingest_texts(store, [("links.jsonl", "\n".join(records).encode())])
        articles = sorted(store.latest(limit=100), key=lambda a: a.content.title)  # type: ignore[union-attr]
        for article, url in zip(articles, HOSTILE_URLS, strict=True):
            assert article.content is not None
            article.content.url = url
        store.replace_content(articles)
    finally:
        store.close()
    return data


def _hrefs_in_feeds(server: LiveServer) -> list[str]:
    hrefs: list[str] = []
    root = etree.fromstring(httpx.get(server.url + "/feeds/latest.atom").content)
    hrefs += [link.get("href") for link in root.iter(f"{ATOM}link")]
    body = httpx.get(server.url + "/feeds/latest.json").json()
    for item in body["items"]:
        hrefs += [item["url"], *([item["external_url"]] if "external_url" in item else [])]
    return hrefs


def test_feeds_and_pages_never_link_to_other_schemes(hostile_data: Path) -> None:
    with serve(hostile_data) as server:
        hrefs = _hrefs_in_feeds(server)
        assert len(hrefs) >= len(HOSTILE_URLS)
        for href in hrefs:
            assert urlsplit(href).scheme in ("http", "https"), href
        latest = httpx.get(server.url + "/api/v1/latest").json()["articles"]
        for article in latest:
            page = httpx.get(f"{server.url}/articles/{article['id']}").text
            for bad in ("javascript:", "JavaScript:", "data:text", "vbscript:", "file:"):
                assert f'href="{bad}' not in page


def _summary(url: str | None) -> ArticleSummary:
    now = datetime(2024, 1, 1, tzinfo=UTC)
    return ArticleSummary(id="0123456789abcdef", title="t", source="s", url=url,
                          published=now, updated=None, first_seen=now, language="fr",
                          summary="x")


_SCHEMES = st.sampled_from(["http", "https", "HTTPS", "javascript", "JAVASCRIPT", "data",
                            "vbscript", "file", "ftp", "blob", "java\tscript", " http",
                            "http\n", "mailto", ""])


@settings(max_examples=300, deadline=None)
@given(_SCHEMES, st.sampled_from([":", "://", ":///", ":\\\\"]), st.text(max_size=30))
def test_any_article_url_in_feeds_out_is_http_or_https(scheme: str, sep: str,
                                                       rest: str) -> None:
    url = scheme + sep + rest
    link = safe_link(url)
    if link is not None:
        assert link == url and urlsplit(link).scheme.lower() in ("http", "https")
        assert not any(c.isspace() or ord(c) < 32 for c in link)
    item = item_from_article(_summary(url), "http://127.0.0.1:8000/articles/0123456789abcdef")
    feed = Feed(title="t", self_url="http://127.0.0.1:8000/feeds/latest.atom",
                home_url="http://127.0.0.1:8000/", items=[item])
    root = etree.fromstring(atom(feed))
    for href in (e.get("href") for e in root.iter(f"{ATOM}link")):
        assert urlsplit(href).scheme.lower() in ("http", "https")
    entry = json_feed(feed, language="fr")["items"][0]
    assert entry.get("external_url") in (None, link)


def test_allowed_hosts_from_veille_toml_as_a_list(tmp_path: Path) -> None:
    from veille.settings import load_settings
    from veille.web.security import allowed_hosts

    data = tmp_path / "data"
    data.mkdir()
    (data / "veille.toml").write_text('allowed_hosts = ["news.example.org", "10.0.0.5"]\n')
    settings = load_settings({"data_dir": data}, environ={})
    hosts = allowed_hosts(settings.allowed_hosts, settings.host)
    assert hosts is not None and {"news.example.org", "10.0.0.5", "127.0.0.1"} <= hosts

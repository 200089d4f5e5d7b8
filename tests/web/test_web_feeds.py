"""Feeds out, from the real server: Atom (RFC 4287) and JSON Feed 1.1 that readers accept."""

from __future__ import annotations

import re
from datetime import datetime

import httpx
import pytest
from lxml import etree
from web_kit import XSS_TITLE

ATOM = "{http://www.w3.org/2005/Atom}"


def _check_atom(body: bytes) -> list[etree._Element]:
    root = etree.fromstring(body)
    assert root.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):
        assert root.find(f"{ATOM}{name}") is not None and root.findtext(f"{ATOM}{name}")
    datetime.fromisoformat(root.findtext(f"{ATOM}updated"))
    assert root.find(f"{ATOM}link[@rel='self']") is not None
    assert root.find(f"{ATOM}author/{ATOM}name") is not None  # required without entry authors
    entries = root.findall(f"{ATOM}entry")
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert len(ids) == len(set(ids))
    for entry in entries:
        for name in ("id", "title", "updated"):
            assert entry.findtext(f"{ATOM}{name}"), name
        datetime.fromisoformat(entry.findtext(f"{ATOM}updated"))
        assert entry.find(f"{ATOM}link[@rel='alternate']").get("href").startswith("http://")
    return entries


def _check_json_feed(body: dict) -> list[dict]:  # type: ignore[type-arg]
    assert body["version"] == "https://jsonfeed.org/version/1.1"
    assert body["title"] and body["feed_url"].startswith("http://")
    ids = [item["id"] for item in body["items"]]
    assert len(ids) == len(set(ids))
    for item in body["items"]:
        assert isinstance(item["id"], str)
        assert "content_html" in item or "content_text" in item
        if "date_published" in item:
            datetime.fromisoformat(item["date_published"])
    return body["items"]


def test_latest_as_atom(client: httpx.Client) -> None:
    response = client.get("/feeds/latest.atom")
    assert response.headers["content-type"] == "application/atom+xml; charset=utf-8"
    entries = _check_atom(response.content)
    assert len(entries) == 50
    titles = [e.findtext(f"{ATOM}title") for e in entries]
    assert XSS_TITLE in titles  # as text, escaped by the XML serializer


def test_latest_as_json_feed(client: httpx.Client) -> None:
    response = client.get("/feeds/latest.json")
    assert response.headers["content-type"].startswith("application/feed+json")
    assert len(_check_json_feed(response.json())) == 50


@pytest.mark.parametrize("q", ["syrie", "\"retrait américain\"", "nothing-matches-this-zzz"])
def test_search_as_atom_and_json_feed(client: httpx.Client, search_available: bool,
                                      q: str) -> None:
    if not search_available:
        pytest.skip("search is not available")
    entries = _check_atom(client.get("/feeds/search.atom", params={"q": q}).content)
    items = _check_json_feed(client.get("/feeds/search.json", params={"q": q}).json())
    assert len(entries) == len(items)
    if q == "syrie":
        assert len(items) >= 2 and "<mark>" in items[0]["content_html"]


def test_search_feed_of_the_empty_query_lists_every_article(client: httpx.Client) -> None:
    """docs/search.md: the empty query lists every article, newest first (newuser7 P13 a:
    the feeds answered 422)."""
    for path in ("/feeds/search.atom", "/feeds/search.atom?q="):
        response = client.get(path)
        # an entry carries its article's xml:lang (newuser12c W16)
        assert response.status_code == 200 and len(re.findall(r"<entry[ >]", response.text)) >= 20


def test_feed_titles_space_the_colon_the_languages_way(client: httpx.Client) -> None:
    """t-reader21 R17: the French feed was titled "veille: Dernières Infos" (English
    colon spacing in a French title)."""
    for params, title in (({"lang": "fr"}, "veille : Dernières Infos"),
                          ({"lang": "en"}, "veille: Latest news")):
        root = etree.fromstring(client.get("/feeds/latest.atom", params=params).content)
        assert root.findtext(f"{ATOM}title") == title
    body = client.get("/feeds/search.json", params={"q": "volcan", "lang": "fr"}).json()
    assert body["title"] == "veille : volcan"

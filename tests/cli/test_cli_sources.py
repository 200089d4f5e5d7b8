"""`veille sources`, `veille watch --once` and `veille fetch`, run as a user would, against a
real server on 127.0.0.1 (allowed through VEILLE_FETCH_ALLOW)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from capture_kit import err, out, run_veille
from sitekit import article_html, rss, xml_page
from veille.collect.testserver import LocalServer, Page, Site

ENV = {"VEILLE_FETCH_ALLOW": "127.0.0.1", "VEILLE_FETCH_DELAY": "0",
       "VEILLE_FETCH_TIMEOUT": "2", "VEILLE_FETCH_RETRIES": "0",
       # no spaCy at the end of each `watch --once` (seconds each; enrichment is not
       # what these tests read: tests/monitor/test_watch_once_entity_alerts.py is)
       "VEILLE_ENRICH_IN_BACKGROUND": "0"}


@pytest.fixture
def server() -> Iterator[LocalServer]:
    site = Site(pages={f"/a/{n}.html": Page(article_html(n)) for n in range(3)})
    with LocalServer(site) as running:
        paths = [f"/a/{n}.html" for n in range(3)] + ["/missing.html"]
        site.pages["/feed.xml"] = xml_page(rss(running.root, paths))
        yield running


def test_sources_watch_once_and_fetch(server: LocalServer, tmp_path: Path) -> None:
    data = tmp_path / "data"
    feed = server.url("/feed.xml")
    added = run_veille(["sources", "add", feed, "--name", "fil"], data_dir=data, env=ENV)
    assert added.returncode == 0, err(added)
    listed = run_veille(["sources", "list", "--json"], data_dir=data, env=ENV)
    assert json.loads(out(listed))[0]["url"] == feed

    first = run_veille(["watch", "--once"], data_dir=data, env=ENV)
    assert first.returncode == 1  # the missing page
    assert "new 3, duplicate 0, failed 1" in err(first)
    assert "missing.html: the page is not there (HTTP 404 Not Found)" in err(first)

    second = run_veille(["watch", "--once"], data_dir=data, env=ENV)
    assert "listings asked 1: read 0, unchanged (304) 1" in err(second), err(second)
    assert "new 0" in err(second), err(second)

    assert run_veille(["sources", "pause", "fil"], data_dir=data, env=ENV).returncode == 0
    hits = server.site.hits["/feed.xml"]
    run_veille(["watch", "--once"], data_dir=data, env=ENV)
    assert server.site.hits["/feed.xml"] == hits

    fetched = run_veille(["fetch", server.url("/a/1.html")], data_dir=data, env=ENV)
    assert "pages asked 1: downloaded 0, unchanged (304) 1" in err(fetched), err(fetched)
    latest = run_veille(["latest", "--json"], data_dir=data, env=ENV)
    assert latest.returncode == 0 and "Dépêche" in out(latest)
    # The name given with --name is what the articles say they come from (issue 14).
    assert {json.loads(line)["source"] for line in out(latest).splitlines()} == {"fil"}

    assert run_veille(["sources", "remove", "fil"], data_dir=data, env=ENV).returncode == 0
    gone = run_veille(["sources", "remove", "fil"], data_dir=data, env=ENV)
    assert gone.returncode == 2 and "no source named 'fil'" in err(gone)


def test_fetch_refuses_private_addresses_by_default(tmp_path: Path) -> None:
    result = run_veille(["fetch", "http://169.254.169.254/latest/meta-data/"],
                        data_dir=tmp_path / "data")
    assert result.returncode == 1
    assert "refused to fetch a non-public address" in err(result)


def test_bad_source_is_refused(tmp_path: Path) -> None:
    result = run_veille(["sources", "add", "ftp://example.com/feed"], data_dir=tmp_path / "d")
    assert result.returncode == 2 and "not an http(s) URL" in err(result)


def test_watch_counts_add_up_with_refused_items_and_refused_feeds(tmp_path: Path) -> None:
    """Regression: refused listing items were counted failed twice on the per-source line and
    never as read, a refused feed was not counted, and several refused items of one feed
    were stored as one failure."""
    site = Site(pages={f"/a/{n}.html": Page(article_html(n)) for n in range(2)})
    with LocalServer(site) as running:
        root = running.root
        items = "".join(f"<item><title>T{i}</title><link>{link}</link></item>" for i, link in
                        enumerate([f"{root}/a/0.html", f"{root}/a/1.html", "javascript:alert(1)",
                                   f"{root}/&#1;x", f"{root}/&#127;y", f"{root}/missing.html"]))
        site.pages["/feed.xml"] = xml_page(
            f"<?xml version='1.0'?><rss><channel>{items}</channel></rss>".encode())
        bomb = (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "lol">]><rss><channel>'
                b"<item><link>&a;</link></item></channel></rss>")
        site.pages["/bomb.xml"] = Page(bomb, "application/rss+xml")
        site.pages["/bomb2.xml"] = Page(bomb, "application/rss+xml")
        data = tmp_path / "data"
        for path in ("/feed.xml", "/bomb.xml", "/bomb2.xml"):
            assert run_veille(["sources", "add", running.url(path), "--name", path[1:]],
                              data_dir=data, env=ENV).returncode == 0
        watched = run_veille(["watch", "--once"], data_dir=data, env=ENV)
    text = err(watched)
    assert watched.returncode == 1 and "Traceback" not in text
    # 6 items read (2 new, 3 refused links, 1 missing page) and 2 refused feeds: 6 failures
    assert "polled " in text and ": new 2, failed 6" in text, text
    assert "read 8, new 2, duplicate 0, failed 6, versions 0" in text, text
    assert len([line for line in text.splitlines() if "failed: " in line]) == 6, text
    stats = out(run_veille(["stats"], data_dir=data, env=ENV))
    assert "failures: 6" in stats, stats


def test_a_second_feed_of_one_site_is_kept(tmp_path: Path) -> None:
    """Regression (fresh user nu3, F-m): the default name is the host, and a second feed of
    the same site replaced the first, both adds saying "added"."""
    data = tmp_path / "data"

    def add(*args: str) -> tuple[int, str, str]:
        result = run_veille(["sources", "add", *args], data_dir=data)
        return result.returncode, out(result), err(result)

    assert add("https://lemonde.example/rss/une.xml")[1].startswith("added lemonde.example ")
    assert add("https://lemonde.example/rss/politique.xml")[1].startswith(
        "added lemonde.example-politique ")
    assert add("https://lemonde.example/politique.xml")[1].startswith(
        "added lemonde.example-politique-2 ")
    # The same URL again updates its source, under its name.
    code, text, _ = add("https://lemonde.example/rss/une.xml", "--every", "600")
    assert code == 0 and text.startswith("updated lemonde.example ")
    # An explicit name taken by another URL, or a URL registered under another name: refused.
    code, _, error = add("https://lemonde.example/rss/sport.xml", "--name", "lemonde.example")
    assert code != 0 and "already exists" in error and "--name" in error
    code, _, error = add("https://lemonde.example/rss/une.xml", "--name", "une")
    assert code != 0 and "already registered as 'lemonde.example'" in error
    listed = json.loads(out(run_veille(["sources", "list", "--json"], data_dir=data)))
    assert {s["name"]: (s["url"], s["every_s"]) for s in listed} == {
        "lemonde.example": ("https://lemonde.example/rss/une.xml", 600),
        "lemonde.example-politique": ("https://lemonde.example/rss/politique.xml", 900),
        "lemonde.example-politique-2": ("https://lemonde.example/politique.xml", 900)}

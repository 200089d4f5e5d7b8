"""A source registered as a feed that is a web page says what to do (newuser8 Q32: "not a
feed or a sitemap (its root element is <html>)" every 15 minutes, the hint naming neither
`--kind url` nor the feed the page advertises). Real HTTP server on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.collect.feeds import advertised_feeds, parse_listing
from veille.collect.fetch import FetchPolicy
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector
from veille.collect.testserver import LocalServer, Page, Site
from veille.errors import InputError
from veille.settings import Settings
from veille.store.base import Source
from veille.store.sqlite import SQLiteStore

HOME = (b"<!DOCTYPE html><html><head><title>Journal</title>"
        b"<link rel='alternate' type='application/rss+xml' href='/rss/une.xml'>"
        b"<link rel=\"alternate stylesheet\" type=\"text/css\" href=\"/x.css\">"
        b"<link rel='alternate' type='application/atom+xml; charset=utf-8' "
        b"href='https://journal.example/atom'></head><body><p>Une</p></body></html>")
ARTICLE = (b"<html lang='fr'><head><title>Crue</title></head><body><article><h1>Crue</h1>"
           b"<p>Le fleuve est sorti de son lit dans la nuit.</p></article></body></html>")


def test_a_web_page_names_the_feeds_it_advertises() -> None:
    assert advertised_feeds(HOME, "https://journal.example/") == [
        "https://journal.example/rss/une.xml", "https://journal.example/atom"]
    with pytest.raises(InputError) as refused:
        parse_listing(HOME, url="https://journal.example/")
    assert "web page" in str(refused.value)
    assert "veille sources add https://journal.example/rss/une.xml" in refused.value.hint
    with pytest.raises(InputError) as page:
        parse_listing(b"<!-- x -->\n" + ARTICLE, url="https://journal.example/crue.html")
    assert "--kind url" in page.value.hint and "veille fetch" in page.value.hint


@given(st.binary(max_size=300))
def test_advertised_feeds_never_raises(junk: bytes) -> None:
    assert isinstance(advertised_feeds(b"<html><head>" + junk, "https://a.example/"), list)


def test_a_poll_of_an_article_page_registered_as_a_feed_says_what_to_do(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    policy = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=4,
                         allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)
    with LocalServer(Site(pages={"/crue.html": Page(ARTICLE, "text/html")})) as running:
        url = running.url("/crue.html")
        summary = Collector(store, settings, policy=policy).poll(
            [Source(name="j", kind="feed", url=url)])
    [line] = summary.errors
    assert "a web page, not a feed" in line and f"veille sources add {url} --kind url" in line

"""A feed item's own text (RSS ``content:encoded``) with a "read also" link between its
paragraphs keeps the short sentence after the link (newuser16b C16, the feed form). Real
HTTP server on 127.0.0.1, real SQLite store."""

from __future__ import annotations

from pathlib import Path

from veille.collect.fetch import FetchPolicy
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector
from veille.collect.testserver import LocalServer, Page, Site
from veille.settings import Settings
from veille.store.base import Source
from veille.store.sqlite import SQLiteStore

POLICY = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=4,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)
ONE = ("El puerto de Bilbao ha cerrado este martes sus muelles exteriores por un temporal "
       "con olas de hasta nueve metros.")
TWO = "Los buques esperan fondeados frente a la costa."
CLOSING = "La reapertura será mañana."
RSS = ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0' xmlns:content="
       "'http://purl.org/rss/1.0/modules/content/'><channel><title>Puerto</title>"
       "<link>http://example.org/</link><description>d</description><language>es</language>"
       "<item><title>Temporal en Bilbao</title><guid isPermaLink='false'>p-1</guid>"
       "<pubDate>Tue, 10 Mar 2026 12:00:00 +0100</pubDate><content:encoded><![CDATA["
       f"<p>{ONE}</p><p>{TWO}</p><p>Lea también: <a href='/otra'>Otra noticia del puerto"
       f"</a></p><p>{CLOSING}</p>]]></content:encoded></item></channel></rss>").encode()


def test_a_feed_texts_closing_sentence_after_a_read_also_link_stays(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    site = Site(pages={"/rss.xml": Page(RSS, "application/rss+xml")})
    with LocalServer(site) as running:
        done = Collector(store, settings, policy=POLICY).poll(
            [Source(name="puerto", kind="feed", url=running.url("/rss.xml"))])
    assert done.ingest.new == 1, done.ingest.errors
    [article] = store.latest(limit=5)
    assert article.content is not None
    assert article.content.paragraphs == [ONE, TWO, CLOSING]
    store.close()

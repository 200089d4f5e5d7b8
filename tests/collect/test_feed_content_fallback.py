"""A listed article whose page cannot be fetched keeps the text its feed delivered (fresh
user nu3, N10: a JSON Feed item with two full paragraphs and a page answering 404 was not
stored at all, and a 4xx page is never tried again). Real HTTP server, real SQLite store."""

from __future__ import annotations

import json
from pathlib import Path

from veille.collect.feeds import parse_listing
from veille.collect.fetch import FetchPolicy
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector
from veille.collect.testserver import LocalServer, Page, Site
from veille.settings import Settings
from veille.store.base import Source
from veille.store.sqlite import SQLiteStore

POLICY = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=4,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)
TEXT = ("Le conseil municipal a voté mardi soir le budget de la ville, après trois heures "
        "de débat entre la majorité et l'opposition sur les investissements.")
MORE = ("La maire a défendu un effort sans précédent pour les écoles et les transports, "
        "financé sans hausse des impôts locaux selon son adjoint aux finances.")


def json_feed(root: str) -> bytes:
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Le fil",
                       "items": [{"id": "1", "url": f"{root}/gone.html",
                                  "title": "Le budget adopté", "authors": [{"name": "Léa Roy"}],
                                  "date_published": "2024-03-12T09:00:00+01:00",
                                  "content_html": f"<p>{TEXT}</p><script>x()</script>"
                                                  f"<p>{MORE}</p>"},
                                 {"id": "2", "url": f"{root}/short.html", "title": "Sans texte",
                                  "summary": "Un résumé seulement."}]}).encode()


def test_the_feeds_text_is_stored_when_the_page_is_gone(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    site = Site(pages={})
    with LocalServer(site) as running:
        site.pages["/feed.json"] = Page(json_feed(running.root), "application/feed+json")
        summary = Collector(store, settings, policy=POLICY).poll(
            [Source(name="fil", kind="feed", url=running.url("/feed.json"))])
    # the item with a full text is stored; the one with a summary only still fails
    assert (summary.ingest.new, summary.ingest.failed) == (1, 1), summary.ingest.errors
    [article] = store.latest(limit=5)
    content = article.content
    assert content is not None and article.url and article.url.endswith("/gone.html")
    assert content.title == "Le budget adopté" and content.authors == ["Léa Roy"]
    assert content.paragraphs == [TEXT, MORE]  # the script is no text
    assert content.published is not None and content.published.isoformat().startswith(
        "2024-03-12T09:00")
    assert content.evidence["body"].startswith("feed content (") and "404" in \
        content.evidence["body"]
    store.close()


def test_atom_and_rss_full_text_is_read() -> None:
    atom = (b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>f</title>"
            b"<entry><title>A</title><link href='https://ex.fr/a'/><id>a</id>"
            b"<summary>court</summary><content type='html'>&lt;p&gt;Texte complet&lt;/p&gt;"
            b"</content></entry><entry><title>B</title><link href='https://ex.fr/b'/><id>b</id>"
            b"<content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'><p>Texte "
            b"<b>xhtml</b></p></div></content></entry><entry><title>C</title>"
            b"<link href='https://ex.fr/c'/><id>c</id><content>1 &lt; 2</content></entry>"
            b"</feed>")
    entries = parse_listing(atom, url="https://ex.fr/atom.xml").entries
    assert entries[0].content_html == "<p>Texte complet</p>"
    assert "Texte" in entries[1].content_html and "<b" in entries[1].content_html
    assert entries[2].content_html == "<p>1 &lt; 2</p>"  # text content is escaped
    rss = (b"<?xml version='1.0'?><rss version='2.0' xmlns:content="
           b"'http://purl.org/rss/1.0/modules/content/'><channel><title>f</title><item>"
           b"<title>R</title><link>https://ex.fr/r</link><description>court</description>"
           b"<content:encoded><![CDATA[<p>Texte complet</p>]]></content:encoded></item>"
           b"<item><title>S</title><link>https://ex.fr/s</link><description>court"
           b"</description></item></channel></rss>")
    entries = parse_listing(rss, url="https://ex.fr/rss.xml").entries
    assert entries[0].content_html == "<p>Texte complet</p>"
    assert entries[1].content_html == ""  # a description is a summary, not the article

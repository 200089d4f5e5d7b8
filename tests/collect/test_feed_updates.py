"""An item already stored is read again when its feed announces a change (newuser6 M8:
an Atom entry whose ``<updated>`` moved on after its page got a new paragraph, and items
that name no page whose full text changed, gave "read 0"). Real HTTP server on 127.0.0.1,
real SQLite store."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
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
ONE = ("Les négociateurs réunis depuis lundi ont repris leurs travaux ce matin sur le texte "
       "de la déclaration finale, dont plusieurs paragraphes restent entre crochets.")
TWO = ("La présidence a proposé un compromis sur le financement de l'adaptation, que les "
       "délégations doivent examiner dans la journée avant une séance plénière.")
LATE = ("Mise à jour : un accord partiel a été trouvé en fin de journée sur le fonds "
        "d'adaptation, selon plusieurs délégations présentes à la séance de clôture.")


def page(*paragraphs: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html lang='fr'><head><title>Négociations</title></head><body>"
            f"<article><h1>Les négociations reprennent</h1>{body}</article></body></html>"
            ).encode()


def atom(updated: datetime, note: str, feed_title: str = "Lib") -> bytes:
    return (f"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
            f"<title>{feed_title}</title><id>urn:lib</id><updated>2026-01-01T00:00:00Z</updated>"
            f"<entry><title>Les négociations reprennent</title><id>urn:lib:1</id>"
            f"<link href='/cop.html'/><published>{(updated - timedelta(hours=1)).isoformat()}"
            f"</published><updated>{updated.isoformat()}</updated></entry>"
            f"<entry><title>Communiqué</title><id>urn:lib:cp-42</id>"
            f"<updated>2026-01-01T00:00:00Z</updated><content type='html'>&lt;p&gt;{ONE}"
            f"&lt;/p&gt;&lt;p&gt;{note}&lt;/p&gt;</content></entry></feed>").encode()


def json_feed(text: str) -> bytes:
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Of",
                       "items": [{"id": "of-1", "title": "Conférence",
                                  "content_text": f"{ONE}\n\n{text}"}]}).encode()


def test_a_change_the_feed_announces_makes_a_version(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    # both dates lie before either poll (a feed read late): the recorded one is compared
    before = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=9)
    site = Site(pages={"/cop.html": Page(page(ONE, TWO)),
                       "/atom.xml": Page(atom(before, TWO), "application/atom+xml"),
                       "/feed.json": Page(json_feed(TWO), "application/feed+json")})
    with LocalServer(site) as running:
        sources = [Source(name="lib", kind="feed", url=running.url("/atom.xml")),
                   Source(name="of", kind="feed", url=running.url("/feed.json"))]
        first = Collector(store, settings, policy=POLICY).poll(sources)
        assert first.ingest.new == 3, first.ingest.errors
        # the feeds are read again (their own title changed), their items did not change
        site.pages["/atom.xml"] = Page(atom(before, TWO, "Libé"), "application/atom+xml")
        site.pages["/feed.json"] = Page(json_feed(TWO) + b" ", "application/feed+json")
        same = Collector(store, settings, policy=POLICY).poll(sources)
        assert (same.listings, same.ingest.read, site.hits["/cop.html"]) == (2, 0, 1)
        # the page gets a paragraph and its entry a later <updated>; the texts change
        later = before + timedelta(hours=6, minutes=35)
        site.pages["/cop.html"] = Page(page(ONE, TWO, LATE))
        site.pages["/atom.xml"] = Page(atom(later, LATE), "application/atom+xml")
        site.pages["/feed.json"] = Page(json_feed(LATE), "application/feed+json")
        changed = Collector(store, settings, policy=POLICY).poll(sources)
        assert changed.ingest.versions == 3, (changed.ingest, changed.ingest.errors)
        assert changed.ingest.new == 0 and site.hits["/cop.html"] == 2
        again = Collector(store, settings, policy=POLICY).poll(sources)
    assert again.not_modified == 2 and again.ingest.read == 0
    texts = [a.content.paragraphs for a in store.latest(limit=10) if a.content]
    assert sum(LATE in paragraphs for paragraphs in texts) == 3, texts


def content_atom(published: datetime, updated: datetime, note: str) -> bytes:
    return (f"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
            f"<title>Agence</title><id>urn:agence</id><updated>{updated.isoformat()}</updated>"
            f"<entry><title>Communiqué</title><id>urn:agence:2</id>"
            f"<published>{published.isoformat()}</published>"
            f"<updated>{updated.isoformat()}</updated><content type='html'>&lt;p&gt;{ONE}"
            f"&lt;/p&gt;&lt;p&gt;{note}&lt;/p&gt;</content></entry></feed>").encode()


def test_the_feed_s_last_change_is_the_version_s_updated_time(tmp_path: Path) -> None:
    """newuser8 Q8: an item stored from its feed content got a new version when its text
    and ``<updated>`` changed, but ``updated`` stayed empty: the reader could not see that
    nor when the article was corrected. An ``<updated>`` equal to ``<published>`` is no
    change."""
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    zone = datetime.now(UTC).astimezone().tzinfo
    published = (datetime.now(UTC) - timedelta(hours=5)).replace(microsecond=0,
                                                                 second=0).astimezone(zone)
    later = published + timedelta(hours=3, minutes=15)
    site = Site(pages={"/atom.xml": Page(content_atom(published, published, TWO),
                                         "application/atom+xml")})
    with LocalServer(site) as running:
        source = Source(name="agence", kind="feed", url=running.url("/atom.xml"))
        assert Collector(store, settings, policy=POLICY).poll([source]).ingest.new == 1
        [first] = [a for a in store.latest(limit=5) if a.content]
        assert first.content is not None and first.content.updated is None
        site.pages["/atom.xml"] = Page(content_atom(published, later, LATE),
                                       "application/atom+xml")
        assert Collector(store, settings, policy=POLICY).poll([source]).ingest.versions == 1
    [article] = [a for a in store.latest(limit=5) if a.content]
    assert article.content is not None and LATE in article.content.paragraphs
    assert article.content.updated == later
    assert article.content.published == published
    assert "listing" in article.content.evidence["modified"]

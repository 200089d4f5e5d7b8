"""Feeds and sitemaps: every flavour read, hostile documents refused or bounded."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from sitekit import rss, sitemap, sitemap_index
from veille.collect.feeds import parse_listing
from veille.collect.safexml import parse_xml
from veille.errors import InputError

ROOT = "https://news.example"
ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom fil</title>
<entry><title>Un</title><id>tag:news.example,2026:1</id><link href="/a/1"/>
<updated>2026-11-29T08:00:00Z</updated></entry></feed>"""
RSS1 = b"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
xmlns="http://purl.org/rss/1.0/"><channel rdf:about="https://news.example/"><title>RDF</title>
</channel><item rdf:about="https://news.example/a/9"><title>Neuf</title>
<link>https://news.example/a/9</link></item></rdf:RDF>"""
RSS091 = b"""<?xml version="1.0"?><rss version="0.91"><channel><title>Old</title>
<item><title>Vieux</title><link>https://news.example/old</link></item></channel></rss>"""
LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
          b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
          b"<rss><channel><title>&lol3;</title></channel></rss>")
XXE = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
       b"<urlset><url><loc>&xxe;</loc></url></urlset>")


def test_rss2_atom_rss1_rss091_and_json_feed() -> None:
    two = parse_listing(rss(ROOT, ["/a/1", "/a/2"]), url=ROOT + "/feed")
    assert [e.url for e in two.entries] == [ROOT + "/a/1", ROOT + "/a/2"]
    assert two.entries[0].published is not None and two.kind == "rss20"
    atom = parse_listing(ATOM, url=ROOT + "/atom")
    assert atom.entries[0].url == ROOT + "/a/1" and atom.kind.startswith("atom")
    assert parse_listing(RSS1, url=ROOT).entries[0].url == ROOT + "/a/9"
    assert parse_listing(RSS091, url=ROOT).entries[0].url == ROOT + "/old"
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "J",
            "items": [{"id": "1", "url": "/j/1", "title": "Jay",
                       "date_published": "2026-11-29T08:00:00+01:00"}, "junk"]}
    listing = parse_listing(json.dumps(feed).encode(), url=ROOT + "/feed.json")
    assert [e.url for e in listing.entries] == [ROOT + "/j/1"]


def test_real_french_feed(shared_dir: Path) -> None:
    data = (shared_dir / "data/formats/rss/prof18_feed-test-source.xml").read_bytes()
    listing = parse_listing(data, url="https://news.google.com/rss")
    assert listing.title.startswith("À la une") and listing.entries


def test_sitemaps_news_sitemaps_indexes_and_gzip() -> None:
    listing = parse_listing(sitemap(ROOT, ["/s/1", "/s/2"]), url=ROOT + "/sitemap.xml")
    assert [e.url for e in listing.entries] == [ROOT + "/s/1", ROOT + "/s/2"]
    assert listing.entries[0].title == "Dépêche /s/1" and listing.entries[0].published
    index = parse_listing(gzip.compress(sitemap_index(ROOT, ["/s1.xml"])), url=ROOT)
    assert index.kind == "sitemap-index" and index.children == [ROOT + "/s1.xml"]


@pytest.mark.parametrize("document", [LAUGHS, XXE])
def test_entity_declarations_are_refused(document: bytes) -> None:
    with pytest.raises(InputError) as info:
        parse_listing(document, url=ROOT)
    assert info.value.reason == "unsafe-xml"
    with pytest.raises(InputError):
        parse_xml(document, origin="x")


def test_hostile_feeds_are_bounded() -> None:
    many = parse_listing(rss(ROOT, [f"/n/{i}" for i in range(5000)]), url=ROOT, max_items=100)
    assert len(many.entries) == 100
    long_link = rss(ROOT, ["/" + "a" * 10_000, "/ok"])
    assert [e.url for e in parse_listing(long_link, url=ROOT).entries] == [ROOT + "/ok"]
    evil = rss(ROOT, ["/ok"]).replace(f"{ROOT}/ok".encode(), b"javascript:alert(1)")
    assert parse_listing(evil, url=ROOT).entries == []


def test_broken_encoding_and_garbage() -> None:
    latin = rss(ROOT, ["/é"]).replace(b"utf-8", b"utf-8").replace("é".encode(), b"\xe9")
    assert len(parse_listing(latin, url=ROOT).entries) == 1
    for garbage in (b"\x00\xff" * 100, b"<html><body>not a feed</body></html>", b"{}"):
        with pytest.raises(InputError):
            parse_listing(garbage, url=ROOT)
    with pytest.raises(InputError):
        parse_listing(b"\x1f\x8b\x08\x00broken", url=ROOT)


def test_an_atom_entry_with_out_of_line_content_names_its_page() -> None:
    """newuser12 W30: ``<content type="text/html" src="…"/>`` and no link was refused as
    "no link" (RFC 4287 section 4.1.3.2)."""
    atom = (b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            b"<title>Fil</title><entry><title>Rapport</title><id>tag:news.example,2026:2</id>"
            b'<content type="text/html" src="/rapports/2026.html"/>'
            b"<updated>2026-11-29T08:00:00Z</updated></entry></feed>")
    listing = parse_listing(atom, url=ROOT + "/atom")
    assert [e.url for e in listing.entries] == [ROOT + "/rapports/2026.html"]

"""A wire item's source when its guid names no host (verify12 W17: EFE's ``urn:efe:…``,
Xinhua's ``urn:xinhua:…``, Anadolu's ``urn:aa:…`` and AP's ninjs ``uri`` on ap.org gave
"(source inconnue)"): the agency named by the URN's namespace, the guid's host, the
provider or the credit, under one name per agency (its first host in
``extract/data/news_agencies.tsv``), and nothing when nothing names one. Our own items,
other agencies than the testers', ingested into a real SQLite store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.extract.wire import wire_article_id, wire_source
from veille.ingest import ingest_paths
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

G2 = "http://iptc.org/std/nar/2006-10-01/"


@pytest.mark.parametrize("guid,names,source", [
    ("urn:kyodo:2026:1130-77", (), "kyodonews.net"),
    ("urn:YONHAP:2026:AKR1130", (), "yna.co.kr"),
    ("urn:ansa:2026:it-9", (), "ansa.it"),
    ("urn:AA:2026:tr-3", (), "aa.com.tr"),  # a URN namespace has no case (RFC 8141)
    ("https://www.ap.org/ninjs/abc", (), "apnews.com"),
    ("tag:ap.org,2026:abc", (), "apnews.com"),  # the agency's other host: one name
    ("urn:newsml:afp.com:20261130:X", ("Reuters",), "afp.com"),  # the guid's host first
    ("urn:superdesk:2026:1", ("", "Agencia EFE"), "efe.com"),  # the credit line
    ("urn:superdesk:2026:2", ("BELGA",), "belga.be"),  # a provider's qcode code
    ("urn:superdesk:2026:3", ("Associated Press, AFP",), "apnews.com"),
    ("urn:x:2026:4", ("reuters.com",), "reuters.com"),  # a provider literal
    ("urn:newsml:wire.example:2026:5", (), "wire.example"),  # an unknown host is kept
    ("urn:superdesk:2026:6", ("Le Quotidien", "AA"), "aa.com.tr"),
    ("urn:superdesk:2026:7", ("Le Quotidien",), ""),  # nothing names an agency
    ("urn:uuid:0f9c2b8e-1d2a-4c3b-9e8f-7a6b5c4d3e2f", (), ""),
    ("urn:superdesk:2026:8", ("aa",), ""),  # a strict form in lower case is a word
    ("http://www.example.org/item/1", (), ""),
])
def test_wire_source(guid: str, names: tuple[str, ...], source: str) -> None:
    assert wire_source(guid, *names) == source


def _ingest(store: SQLiteStore, settings: Settings, path: Path, data: str) -> None:
    path.write_text(data, encoding="utf-8")
    done = ingest_paths(store, [path], settings=settings)
    assert done.new == 1, done.errors


def test_ninjs_items_of_agencies_without_a_host(store: SQLiteStore, settings: Settings,
                                               tmp_path: Path) -> None:
    places = ["Cataluña", "Seattle", "Yunnan"]
    items = {
        "urn:efe:2026:1130:CAT-12": {"language": "es"},
        "http://feed.ap.org/ninjs/item-4411": {"language": "en", "bylines": [
            {"by": "By LAURA SMITH Associated Press"}]},
        "urn:chinanews:2026:1": {"language": "es"},  # no agency of that name: no source
    }
    for n, (uri, extra) in enumerate(items.items()):
        doc = {"uri": uri, "type": "text", "version": "1", "headline": f"Sequía {n}",
               "firstcreated": "2026-11-30T10:00:00Z", **extra,
               "body_html": f"<p>Las autoridades de {places[n]} anunciaron el lunes nuevas "
                            f"medidas contra la sequía.</p><p>El plan de {places[n]} entrará "
                            "en vigor el próximo mes.</p>"}
        _ingest(store, settings, tmp_path / f"{n}.json", json.dumps(doc))
    sources = [store.get(wire_article_id(uri)).source for uri in items]
    assert sources == ["efe.com", "apnews.com", ""]


def test_a_g2_item_named_by_its_provider(store: SQLiteStore, settings: Settings,
                                         tmp_path: Path) -> None:
    item = (f"<?xml version='1.0' encoding='UTF-8'?><newsItem xmlns='{G2}' "
            "guid='urn:kyodo-internal:20261130:77' version='1' standard='NewsML-G2' "
            "standardversion='2.29' xml:lang='en'><itemMeta><itemClass qcode='ninat:text'/>"
            "<provider literal='Kyodo News'/><versionCreated>2026-11-30T09:00:00+09:00"
            "</versionCreated></itemMeta><contentMeta><headline>Snow delays trains in "
            "Hokuriku</headline></contentMeta><contentSet><inlineXML contenttype="
            "'application/xhtml+xml'><html xmlns='http://www.w3.org/1999/xhtml'><body><p>"
            "Heavy snow delayed bullet trains in the Hokuriku region on Monday.</p><p>"
            "Railway operators said services could be suspended again.</p></body></html>"
            "</inlineXML></contentSet></newsItem>")
    _ingest(store, settings, tmp_path / "k.xml", item)
    article = store.get(wire_article_id("urn:kyodo-internal:20261130:77"))
    assert article.source == "kyodonews.net"

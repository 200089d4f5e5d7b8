"""NewsML-G2 and ninjs files ingest with their fields; two versions of a guid form a chain."""

from __future__ import annotations

from pathlib import Path

from veille.extract.wire import wire_article_id
from veille.ingest import ingest_paths, ingest_texts
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

WIRE = Path(__file__).resolve().parents[1] / "fixtures" / "wire"
G2_GUID = "urn:newsml:acmenews.com:20161121:US-FINANCE-FED"


def test_newsml_g2_keeps_its_fields(store: SQLiteStore, settings: Settings) -> None:
    summary = ingest_paths(store, [WIRE / "newsml-g2-text.xml"], settings=settings)
    assert (summary.new, summary.failed) == (1, 0), summary.errors
    article = store.get(wire_article_id(G2_GUID))
    content = article.content
    assert content is not None
    assert (content.guid, content.version, content.urgency) == (G2_GUID, 11, None)
    assert content.title == 'Fed to halt QE to avert "bubble"'
    assert content.subjects == ["economy, business and finance", "central bank",
                                "money and monetary policy"]
    assert len(content.paragraphs) == 2 and content.paragraphs[0].startswith("(New York, NY")
    assert content.authors == ["Meredith Jameson"] and content.language == "en"
    assert article.source == "acmenews.com" and content.extractor == "newsml-g2"


def test_ninjs_keeps_its_fields(store: SQLiteStore, settings: Settings) -> None:
    summary = ingest_paths(store, [WIRE / "ninjs3-dpa-text.json",
                                   WIRE / "ninjs14-simple-text.json"], settings=settings)
    assert (summary.new, summary.failed) == (2, 0), summary.errors
    dpa = store.get(wire_article_id("urn:newsml:dpa.com:20090101:190510-99-167362")).content
    assert dpa is not None
    assert (dpa.version, dpa.urgency, dpa.language) == (2, 4, "de")
    assert dpa.title.startswith("Faktencheck Derby-Elfmeter")
    assert len(dpa.paragraphs) == 9 and dpa.extractor == "ninjs"
    simple = store.get(wire_article_id("http://ninjs.example.com/newsitems/20130709simp123"))
    assert simple.content is not None and simple.url == simple.content.guid
    assert simple.content.title == "Captain of wrecked cruise ship on trial in Italy"


def test_two_versions_of_a_guid_form_a_chain(store: SQLiteStore, settings: Settings) -> None:
    first = ingest_paths(store, [WIRE / "newsml-g2-text.xml"], settings=settings)
    second = ingest_paths(store, [WIRE / "newsml-g2-text-v12.xml"], settings=settings)
    assert first.new == 1 and (second.new, second.versions) == (0, 1)
    article = store.get(wire_article_id(G2_GUID))
    assert article.content is not None and article.content.version == 12
    assert article.content.title.endswith("(update)")
    chain = store.wire_versions(G2_GUID)
    assert [v.version for v in chain] == [11, 12]
    assert {v.article_id for v in chain} == {article.id}
    assert store.counts()["articles"] == 1
    # The older version again, and the newer again: nothing changes.
    again = ingest_paths(store, [WIRE / "newsml-g2-text.xml", WIRE / "newsml-g2-text-v12.xml"],
                         settings=settings)
    assert again.new == 0 and again.duplicate == 2
    assert store.get(article.id).content.version == 12  # type: ignore[union-attr]


def test_news_message_is_split_into_items(store: SQLiteStore) -> None:
    item = (WIRE / "newsml-g2-text.xml").read_bytes().split(b"?>", 1)[1]
    other = item.replace(b"US-FINANCE-FED", b"US-FINANCE-OTHER").replace(b"Ugiating", b"Other")
    message = (b'<?xml version="1.0"?><newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">'
               b"<header><sent>2018-11-21T16:25:32-05:00</sent></header><itemSet>"
               + item + other + b"</itemSet></newsMessage>")
    summary = ingest_texts(store, [("message.xml", message)])
    assert (summary.new, summary.failed) == (2, 0), summary.errors


def test_xml_that_is_not_wire_is_refused(store: SQLiteStore) -> None:
    summary = ingest_texts(store, [("feed.xml", b"<?xml version='1.0'?><rss><channel/></rss>")])
    assert summary.failed == 1 and summary.reasons["unsupported"] == 1

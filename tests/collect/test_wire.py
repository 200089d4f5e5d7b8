"""NewsML-G2 and ninjs files ingest with their fields; two versions of a guid form a chain."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from capture_kit import err, run_veille
from veille.extract.wire import wire_article_id
from veille.ingest import ingest_paths, ingest_texts
from veille.record import Article
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
    # The ninjs uri is the item's identifier, not its web page (fresh-user report nu1, F9).
    assert simple.content is not None and simple.url is None and article_source(simple) == ""
    assert simple.content.authors == ["Paulo Santalucia", "Frances d'Emilio"]
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
    """A feed is read as a list of articles now (tests/collect/test_feed_files.py); other
    XML is refused."""
    summary = ingest_texts(store, [("books.xml",
                                    b"<?xml version='1.0'?><catalog><book/></catalog>")])
    assert summary.failed == 1 and summary.reasons["unsupported"] == 1


def article_source(article: Article) -> str:
    return article.source or ""


def test_ninjs_byline_is_split_and_uri_is_no_page(store: SQLiteStore,
                                                  settings: Settings) -> None:
    """nu1 F9: ``"byline": "By MARIA GONZALEZ Associated Press"`` was one author, and the
    uri ``http://example.ap.org/item/7f3a9c`` became the url and the source."""
    summary = ingest_paths(store, [WIRE / "ninjs-ap-byline-caps.json"], settings=settings)
    assert summary.new == 1, summary.errors
    article = store.get(wire_article_id("http://example.ap.org/item/7f3a9c"))
    assert article.content is not None
    assert article.content.authors == ["Maria Gonzalez"]
    assert article.content.evidence["credit"] == "Associated Press"
    assert article.url is None and article_source(article) != "example.ap.org"
    assert article.content.guid == "http://example.ap.org/item/7f3a9c"


def test_ninjs_page_link_is_the_url(store: SQLiteStore) -> None:
    doc = ('{"uri": "urn:example:item:1", "headline": "A storm in Texas", '
           '"body_text": "A powerful storm swept through southeast Texas on Tuesday night, '
           'knocking out power to more than 200,000 homes.", "links": [{"href": '
           '"https://news.example.com/storm", "rel": "canonical", "mimetype": "text/html"}]}')
    summary = ingest_texts(store, [("item.json", doc.encode())])
    assert summary.new == 1, summary.errors
    article = store.get(wire_article_id("urn:example:item:1"))
    assert article.url == "https://news.example.com/storm"


def test_newsml_naive_time_in_the_envelope_offset_and_agency_creator(
        store: SQLiteStore, settings: Settings) -> None:
    """nu1 F22: ``versionCreated 2026-06-02T15:58:00`` (no zone) in a message ``sent``
    ``2026-06-02T16:00:00+02:00`` was read as UTC, 2 h after the envelope; the creator
    "AFP" was an author."""
    summary = ingest_paths(store, [WIRE / "newsml-g2-message-naive-time.xml"],
                           settings=settings)
    assert summary.new == 2, summary.errors
    content = store.get(wire_article_id("urn:newsml:example:1")).content
    assert content is not None
    assert content.published == datetime(2026, 6, 2, 15, 58,
                                         tzinfo=timezone(timedelta(hours=2)))
    assert content.authors == [] and content.evidence["credit"] == "AFP"


def test_newsml_naive_time_without_envelope_in_the_language_zone(store: SQLiteStore) -> None:
    item = (WIRE / "newsml-g2-message-naive-time.xml").read_bytes()
    start = item.index(b"<newsItem")
    item = (b'<?xml version="1.0"?>' + item[start:item.index(b"</newsItem>") + 11].replace(
        b"<newsItem ", b'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" ', 1))
    summary = ingest_texts(store, [("item.xml", item)])
    assert summary.new == 1, summary.errors
    content = store.get(wire_article_id("urn:newsml:example:1")).content
    assert content is not None and content.published is not None
    assert content.published.utcoffset() == timedelta(hours=2)  # Paris, summer time


def test_corrected_item_shows_its_earlier_version(store: SQLiteStore, settings: Settings,
                                                 tmp_path: Path) -> None:
    """nu1 F10: an AFP item corrected (v1 then v2, "2030" -> "2032" and a CORRECTION
    paragraph): ingest said "versions 1" but ``duplicates`` listed no earlier version."""
    ingest_paths(store, [WIRE / "newsml-g2-correction-v1.xml"], settings=settings)
    second = ingest_paths(store, [WIRE / "newsml-g2-correction-v2.xml"], settings=settings)
    assert second.versions == 1
    article_id = wire_article_id("urn:newsml:afp.com:20260311:TX-PAR-ABC12")
    earlier = store.versions(article_id)
    assert [v.version for v in earlier] == [1]
    assert earlier[0].title.endswith("d'ici 2030")
    assert "+CORRECTION : la date de fermeture est 2032 et non 2030." in earlier[0].diff
    assert "-PARIS, 11 mars 2026 (AFP) - Le gouvernement a annoncé mercredi" in earlier[0].diff


PROSE = ("Plusieurs centaines d'agriculteurs ont bloqué lundi une autoroute au sud de la "
         "ville, provoquant des files d'attente de quinze kilomètres dans les deux sens.")


def _g2_item(guid: str, item_class: str, content: str, creators: str = "") -> bytes:
    return (f'<newsItem guid="{guid}" version="1" standard="NewsML-G2"><itemMeta>'
            f'<itemClass qcode="{item_class}"/><versionCreated>2026-03-02T18:10:00'
            f"</versionCreated></itemMeta><contentMeta><headline>Titre {guid}</headline>"
            f"{creators}</contentMeta><contentSet>{content}</contentSet></newsItem>").encode()


def test_picture_and_video_items_are_skipped_not_failed(store: SQLiteStore,
                                                        tmp_path: Path) -> None:
    """newuser4 N25: a newsMessage holding a picture item and a text item counted the
    picture as a failure (exit 1, a failures row); a picture or video is no article. The
    AFP byline "Sophie LAUBIE" keeps one spelling of its surname: "Sophie Laubie"."""
    text = ('<inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/'
            f'1999/xhtml"><body><p>{PROSE}</p></body></html></inlineXML>')
    message = (b'<?xml version="1.0"?><newsMessage xmlns="http://iptc.org/std/nar/'
               b'2006-10-01/"><header><sent>2026-03-02T18:20:00+01:00</sent></header>'
               b"<itemSet>"
               + _g2_item("urn:newsml:x:photo", "ninat:picture",
                          '<remoteContent href="https://ex.org/p.jpg"/>')
               + _g2_item("urn:newsml:x:video", "ninat:video",
                          '<remoteContent href="https://ex.org/v.mp4"/>')
               + _g2_item("urn:newsml:x:text", "ninat:text", text,
                          "<creator><name>Sophie LAUBIE</name></creator>"
                          "<creator><name>Jean-Pierre CLATOT</name></creator>")
               + b"</itemSet></newsMessage>")
    ninjs = json.dumps({"uri": "urn:x:pic", "type": "picture", "headline": "Une photo",
                        "body_text": "Légende.", "versioncreated": "2026-03-02T18:00:00Z"})
    summary = ingest_texts(store, [("message.xml", message), ("pic.json", ninjs.encode())])
    assert (summary.read, summary.new, summary.failed, summary.skipped) == (4, 1, 0, 3), \
        summary.errors
    assert store.counts()["failures"] == 0
    content = store.get(wire_article_id("urn:newsml:x:text")).content
    assert content is not None and content.authors == ["Sophie Laubie", "Jean-Pierre Clatot"]
    # the CLI exits 0 and says what it skipped
    path = tmp_path / "message.xml"
    path.write_bytes(message)
    result = run_veille(["ingest", str(path)], data_dir=tmp_path / "data")
    assert result.returncode == 0, err(result)
    assert "failed 0, versions 0, skipped 2" in err(result)


def test_a_json_array_of_ninjs_items_reads_each_as_ninjs(
        store: SQLiteStore, settings: Settings) -> None:
    """Regression (newuser7 P13 q): an array of ninjs items was read as veille records and
    every item failed with "no article text found"; each item is now recognised as ninjs
    (as a single ninjs document is), per item, next to ordinary records."""
    items = [json.loads((WIRE / name).read_bytes())
             for name in ("ninjs3-dpa-text.json", "ninjs14-simple-text.json")]
    record = {"title": "Un record ordinaire", "url": "https://example.org/record",
              "text": "Un paragraphe de prose ordinaire pour ce record. " * 4}
    array = json.dumps([items[0], record, items[1]]).encode()
    lines = "\n".join(json.dumps(i) for i in items).encode()
    summary = ingest_texts(store, [("items.json", array), ("items.jsonl", lines)],
                           settings=settings)
    assert (summary.read, summary.failed) == (5, 0), summary.errors
    dpa = store.get(wire_article_id("urn:newsml:dpa.com:20090101:190510-99-167362")).content
    assert dpa is not None and dpa.extractor == "ninjs"


G2_BYLINE = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:agence.example:20261130:1"
 version="1" standard="NewsML-G2" standardversion="2.29" xml:lang="fr">
 <itemMeta><itemClass qcode="ninat:text"/><provider literal="AFP"/>
  <versionCreated>2026-11-30T14:02:00+01:00</versionCreated></itemMeta>
 <contentMeta>{parties}<headline>Les vendanges s'achèvent sous la pluie en Bourgogne</headline>
 </contentMeta>
 <contentSet><inlineXML contenttype="application/xhtml+xml"><html
  xmlns="http://www.w3.org/1999/xhtml"><body><p>Les derniers raisins ont été cueillis samedi
  dans la Côte de Nuits, sous une pluie qui a ralenti les équipes toute la semaine.</p>
 </body></html></inlineXML></contentSet>
</newsItem>"""


def test_newsml_g2_byline_and_literal_creator(store: SQLiteStore) -> None:
    """newuser8 Q11: ``<by>`` (NewsML-G2's byline) and ``<creator literal="AFP"/>`` were
    ignored, so the dispatch had no author and no credit; a ``<contributor>`` (an editor)
    is no author, and one person named twice is one author."""
    parties = ('<creator literal="AFP"/><contributor><name>Paul Relecteur</name></contributor>'
               '<creator><name>Claire Vigneron</name></creator><by>Claire VIGNERON</by>')
    summary = ingest_texts(store, [("item.xml", G2_BYLINE.format(parties=parties).encode())])
    assert summary.new == 1, summary.errors
    [article] = store.latest(limit=1)
    assert article.content is not None
    assert article.content.authors == ["Claire Vigneron"]
    assert article.content.evidence["credit"] == "AFP"

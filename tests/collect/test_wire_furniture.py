"""Wire bodies sieved as page bodies are (newuser16b C3): a "Read more" link to another
story, a figure caption with its photo credit and a desk's closing initials are no
paragraphs of a ninjs ``body_html`` or a NewsML-G2 XHTML body. Our own items (Reuters,
ANSA), ingested into a real SQLite store."""

from __future__ import annotations

import json
from pathlib import Path

from veille.extract.wire import wire_article_id
from veille.ingest import ingest_paths
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

G2 = "http://iptc.org/std/nar/2006-10-01/"
XHTML = "http://www.w3.org/1999/xhtml"


def test_a_read_more_link_is_no_paragraph_of_a_ninjs_body(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    body = ("<p>Shipping traffic through the Panama Canal rose in November as water levels "
            "in Gatun Lake recovered after the drought.</p>"
            "<p>Read more: <a href='https://example.com/x'>Drought forces canal to cut daily "
            "transits again</a></p>"
            "<p>The canal authority expects daily transits to return to normal next year.</p>")
    doc = {"uri": "tag:reuters.com,2026:newsml_X1", "type": "text", "language": "en",
           "headline": "Panama Canal traffic recovers", "body_html": body}
    path = tmp_path / "r.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    done = ingest_paths(store, [path], settings=settings)
    assert done.new == 1, done.errors
    content = store.get(wire_article_id("tag:reuters.com,2026:newsml_X1")).content
    assert content is not None
    assert [p[:8] for p in content.paragraphs] == ["Shipping", "The cana"]


def test_a_caption_and_desk_initials_are_no_paragraphs_of_a_g2_body(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    item = (f"<?xml version='1.0' encoding='UTF-8'?><newsItem xmlns='{G2}' "
            "guid='urn:newsml:ansa.it:20261201:X7' version='1' standard='NewsML-G2' "
            "standardversion='2.29' xml:lang='it'><itemMeta><itemClass qcode='ninat:text'/>"
            "<provider qcode='nprov:ANSA'/><versionCreated>2026-12-01T09:00:00+01:00"
            "</versionCreated></itemMeta><contentMeta><headline>Neve a Torino, scuole chiuse"
            "</headline></contentMeta><contentSet><inlineXML contenttype='application/xhtml+xml'>"
            f"<html xmlns='{XHTML}'><body><p>Le scuole di Torino resteranno chiuse domani per "
            "la neve caduta nella notte, ha annunciato il sindaco.</p><figure><img src='a.jpg'/>"
            "<figcaption>Spazzaneve in via Roma a Torino. ANSA/ALESSANDRO DI MARCO"
            "</figcaption></figure><p>Sono attesi altri trenta centimetri entro sera secondo "
            "la protezione civile regionale.</p><p>ab/cd</p></body></html></inlineXML>"
            "</contentSet></newsItem>")
    path = tmp_path / "a.xml"
    path.write_text(item, encoding="utf-8")
    done = ingest_paths(store, [path], settings=settings)
    assert done.new == 1, done.errors
    content = store.get(wire_article_id("urn:newsml:ansa.it:20261201:X7")).content
    assert content is not None
    assert [p[:10] for p in content.paragraphs] == ["Le scuole ", "Sono attes"]


def test_a_one_line_flash_keeps_its_line(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    doc = {"uri": "tag:reuters.com,2026:newsml_X2", "type": "text", "language": "en",
           "headline": "FLASH", "body_html": "<p>Fed holds rates</p>"}
    path = tmp_path / "f.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    ingest_paths(store, [path], settings=settings)
    content = store.get(wire_article_id("tag:reuters.com,2026:newsml_X2")).content
    assert content is not None and content.paragraphs == ["Fed holds rates"]

"""Malformed wire values are named, never changed without a word (newuser16b C21): a
NewsML-G2 or ninjs version that is no whole number is read as 0 and said so in
``evidence.values_rejected``; an element of a JSON array that is no object is called an
element of the array, with its type. Our own items (Xinhua, Yonhap), a real store, and a
Hypothesis property of the version parser."""

from __future__ import annotations

import json
from pathlib import Path
from xml.sax.saxutils import quoteattr

from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from veille.extract.wire import MAX_WIRE_INT, extract_newsml, extract_ninjs, wire_article_id
from veille.ingest import ingest_paths
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

G2 = "http://iptc.org/std/nar/2006-10-01/"


def _g2(version: str) -> bytes:
    return (f"<?xml version='1.0' encoding='UTF-8'?><newsItem xmlns='{G2}' "
            f"guid='urn:newsml:xinhuanet.com:20261201:X1' version={quoteattr(version)} "
            "standard='NewsML-G2' standardversion='2.29' xml:lang='en'><itemMeta>"
            "<itemClass qcode='ninat:text'/><versionCreated>2026-12-01T09:00:00+08:00"
            "</versionCreated></itemMeta><contentMeta><headline>Harbin ice festival opens"
            "</headline></contentMeta><contentSet><inlineData>The Harbin ice and snow "
            "festival opened on Tuesday with sculptures carved from river ice."
            "</inlineData></contentSet></newsItem>").encode()


def test_a_version_that_is_no_number_is_named(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "x.xml"
    path.write_bytes(_g2("v2"))
    ingest_paths(store, [path], settings=settings)
    content = store.get(wire_article_id("urn:newsml:xinhuanet.com:20261201:X1")).content
    assert content is not None and content.version == 0
    assert content.evidence["values_rejected"].startswith("version v2: not a whole number")


def test_a_ninjs_urgency_that_is_no_number_is_named() -> None:
    doc = {"uri": "urn:yonhap:55", "type": "text", "language": "en", "urgency": "high",
           "headline": "Seoul subway fares rise",
           "body_text": "Seoul raised subway fares by 150 won on Tuesday, the city said."}
    content = extract_ninjs(json.dumps(doc).encode(), origin="y.json")
    assert content.urgency is None
    assert content.evidence["values_rejected"].startswith("urgency high: not a whole number")


def test_an_array_element_that_is_no_object_is_named(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    doc = {"uri": "urn:yonhap:56", "type": "text", "language": "en",
           "headline": "Busan port volume record",
           "body_text": "Busan port handled a record volume of containers in November."}
    path = tmp_path / "a.json"
    path.write_text(json.dumps([doc, "oops", None]), encoding="utf-8")
    done = ingest_paths(store, [path], settings=settings)
    assert done.new == 1
    messages = [p.message for p in done.problems]
    assert messages == [
        "element 2 of the array is a string, where an article record or a ninjs item is an "
        "object",
        "element 3 of the array is null, where an article record or a ninjs item is an object"]


@hsettings(max_examples=80, deadline=None)
@given(st.one_of(st.integers(min_value=-5, max_value=2 * MAX_WIRE_INT).map(str),
                 st.integers(min_value=0, max_value=99).map(lambda n: f"00000000000{n}"),
                 st.text(alphabet="0123456789abc -+.", min_size=1, max_size=12)))
def test_a_version_is_read_or_named(version: str) -> None:
    content = extract_newsml(_g2(version), origin="x.xml")
    rejected = content.evidence.get("values_rejected", "")
    text = version.strip()
    if text.isdigit() and int(text) <= MAX_WIRE_INT:
        assert content.version == int(text) and not rejected
    elif text:
        assert content.version == 0 and rejected.startswith("version ")

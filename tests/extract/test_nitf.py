"""A stand-alone NITF 3.x document is read (newuser16b C10: refused as "not a NewsML-G2
news item"): headline, byline, paragraphs sieved as wire bodies are, issue time, doc-id as
the guid; a NITF body inside NewsML 1.x is no stand-alone NITF. Our own documents (Kyodo,
ANP), a real store, and a Hypothesis property of the NITF time parser."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from veille.collect.wire import sniff_wire
from veille.extract.nitf import NITF, nitf_time
from veille.extract.wire import wire_article_id
from veille.ingest import ingest_paths
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

DOC = ("<?xml version='1.0' encoding='UTF-8'?><!DOCTYPE nitf SYSTEM 'nitf-3-6.dtd'>"
       "<nitf><head><title>Rotterdam haven</title><docdata><doc-id id-string='ANP-2026-88'/>"
       "<date.issue norm='20261201T081500+0100'/></docdata></head><body xml:lang='nl'>"
       "<body.head><hedline><hl1>Haven Rotterdam verwerkt recordaantal containers</hl1>"
       "</hedline><byline>Door Sanne Jansen</byline></body.head><body.content>"
       "<p>Rotterdam heeft in november meer containers verwerkt dan ooit, zo "
       "meldt het havenbedrijf.</p><p>Lees ook: <a href='x'>Staking in Antwerpse haven "
       "voorbij na drie dagen onderhandelen</a></p><p>Vooral de handel met Azië groeide "
       "sterk in de afgelopen maanden.</p></body.content></body></nitf>")


def test_a_nitf_document_is_read(store: SQLiteStore, settings: Settings,
                                 tmp_path: Path) -> None:
    path = tmp_path / "anp.xml"
    path.write_text(DOC, encoding="utf-8")
    done = ingest_paths(store, [path], settings=settings)
    assert done.new == 1, done.errors
    content = store.get(wire_article_id("ANP-2026-88")).content
    assert content is not None
    assert content.title == "Haven Rotterdam verwerkt recordaantal containers"
    assert content.authors == ["Sanne Jansen"]
    assert len(content.paragraphs) == 2  # the "Lees ook" link is no paragraph
    assert content.published == datetime(2026, 12, 1, 7, 15, tzinfo=UTC)
    assert content.evidence["format"] == "NITF"


def test_only_a_nitf_root_is_a_nitf_document() -> None:
    assert sniff_wire(DOC.encode()) == NITF
    inside = (b"<?xml version='1.0'?><NewsML><NewsItem><ContentItem><DataContent><nitf>"
              b"<body/></nitf></DataContent></ContentItem></NewsItem></NewsML>")
    assert sniff_wire(inside) is None


@given(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1)),
       st.integers(min_value=-12 * 60, max_value=14 * 60).map(lambda m: m - m % 15))
def test_a_nitf_basic_time_reads_back(when: datetime, minutes: int) -> None:
    zone = timezone(timedelta(minutes=minutes))
    value = when.replace(microsecond=0, tzinfo=zone)
    sign = "+" if minutes >= 0 else "-"
    offset = f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"
    assert nitf_time(value.strftime("%Y%m%dT%H%M%S") + offset) == value
    assert nitf_time(value.strftime("%Y%m%dT%H%M%S") + "Z") == value.replace(tzinfo=UTC)

"""A wire time without a zone is an assumed zone, said as for text captures (t-final67 F8),
and a feed author "Name, Bureau" is one author with a role (t-final67 F4).

Our own NewsML-G2, ninjs, NITF and Atom files, a real SQLite store; a Hypothesis property
of the listing byline reader.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.extract.listed_byline import listed_people
from veille.ingest import ingest_paths
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore
from veille.web.models import zone_assumed

G2 = "http://iptc.org/std/nar/2006-10-01/"


def _g2(created: str, sent: str = "") -> str:
    header = f"<header><sent>{sent}</sent></header>" if sent else ""
    return (f"<?xml version='1.0'?><newsMessage xmlns='{G2}'>{header}<itemSet>"
            "<newsItem guid='urn:newsml:dpa.com:20261205:elbe' version='1' "
            "standard='NewsML-G2' xml:lang='de'><itemMeta><itemClass qcode='ninat:text'/>"
            f"<provider qcode='nprov:DPA'/><versionCreated>{created}</versionCreated>"
            f"</itemMeta><contentMeta><contentCreated>{created}</contentCreated>"
            "<headline>Elbfähre fällt wegen Nebel aus</headline></contentMeta><contentSet>"
            "<inlineXML contenttype='application/xhtml+xml'><html "
            "xmlns='http://www.w3.org/1999/xhtml'><body><p>Die Elbfähre zwischen Glückstadt "
            "und Wischhafen fährt wegen dichten Nebels am Vormittag nicht.</p><p>Die "
            "Reederei rechnet am Nachmittag wieder mit dem normalen Fahrplan.</p></body>"
            "</html></inlineXML></contentSet></newsItem></itemSet></newsMessage>")


_NINJS = {"uri": "urn:lusa:20261205:braga", "headline": "Braga abre nova ciclovia",
          "language": "pt", "body_text": "A câmara de Braga abriu esta manhã uma nova "
          "ciclovia entre o centro e a universidade.\nA obra custou dois milhões de euros."}
_NITF = ("<?xml version='1.0' encoding='UTF-8'?><nitf><head><title>Dijk</title><docdata>"
         "<doc-id id-string='ANP-2026-4711'/><date.issue norm='{norm}'/></docdata></head>"
         "<body xml:lang='nl'><body.head><hedline><hl1>Dijk bij Den Helder versterkt</hl1>"
         "</hedline></body.head><body.content><p>De zeedijk bij Den Helder is over vier "
         "kilometer versterkt, meldt het waterschap.</p><p>Het werk was een jaar eerder "
         "klaar dan gepland.</p></body.content></body></nitf>")


@pytest.mark.parametrize(("name", "text", "assumed"), [
    # F8 itself: the envelope's +01:00 is the agency's clock, a guess all the same
    ("msg.xml", _g2("2026-12-05T10:40:00", "2026-12-05T11:00:00+01:00"), "Europe/Berlin"),
    ("alone.xml", _g2("2026-12-05T10:40:00"), "Europe/Berlin"),
    ("given.xml", _g2("2026-12-05T10:40:00+01:00", "2026-12-05T11:00:00+01:00"), ""),
    ("ninjs.json", json.dumps({**_NINJS, "versioncreated": "2026-12-05T07:30:00"}),
     "Europe/Lisbon"),
    ("ninjs-z.json", json.dumps({**_NINJS, "versioncreated": "2026-12-05T07:30:00Z"}), ""),
    ("nitf.xml", _NITF.format(norm="20261205T091000"), "Europe/Amsterdam"),
    ("nitf-given.xml", _NITF.format(norm="20261205T091000+0100"), ""),
])
def test_a_wire_time_without_zone_is_said_assumed(name: str, text: str, assumed: str,
                                                   store: SQLiteStore, settings: Settings,
                                                   tmp_path: Path) -> None:
    (tmp_path / name).write_text(text, "utf-8")
    done = ingest_paths(store, [tmp_path / name], settings=settings)
    assert done.new == 1, done.errors
    [article] = store.latest(limit=2)
    assert article.content is not None and article.content.published is not None
    assert zone_assumed(article.content) == assumed, article.content.evidence
    if assumed:
        assert article.content.published.hour in (7, 9, 10)  # the wall time as written


def test_an_offset_of_no_language_zone_names_its_fixed_zone(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    """A message sent at +03:00 (not Berlin's clock): the zone named is Etc/GMT-3."""
    (tmp_path / "m.xml").write_text(_g2("2026-12-05T10:40:00", "2026-12-05T11:00:00+03:00"),
                                    "utf-8")
    ingest_paths(store, [tmp_path / "m.xml"], settings=settings)
    [article] = store.latest(limit=2)
    assert article.content is not None
    assert zone_assumed(article.content) == "Etc/GMT-3"
    assert article.content.published is not None
    assert article.content.published.isoformat() == "2026-12-05T10:40:00+03:00"


@pytest.mark.parametrize(("byline", "authors", "role"), [
    ("Peter Hornung, ARD Neu-Delhi", ["Peter Hornung"], "ARD Neu-Delhi"),
    ("Luis García, EFE Madrid", ["Luis García"], "EFE Madrid"),
    ("Karin Larsen, NRK Oslo", ["Karin Larsen"], "NRK Oslo"),
    ("Paul Durand, correspondant à Lyon", ["Paul Durand"], "correspondant à Lyon"),
    ("Hans Meier, Kerstin Vogel, ZDF Berlin", ["Hans Meier", "Kerstin Vogel"], "ZDF Berlin"),
    ("Anna Schmidt, Max Müller", ["Anna Schmidt", "Max Müller"], ""),
])
def test_a_feed_author_with_a_bureau_is_one_author(byline: str, authors: list[str], role: str,
                                                   store: SQLiteStore, settings: Settings,
                                                   tmp_path: Path) -> None:
    (tmp_path / "f.atom").write_text(
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        "<title>Nachrichten</title><id>tag:t,2026:f</id><updated>2026-12-05T09:00:00Z"
        "</updated><entry><id>tag:t,2026:1</id><title>Monsun legt Mumbai lahm</title>"
        f"<author><name>{byline}</name></author><updated>2026-12-05T08:00:00Z</updated>"
        "<content type='html'>&lt;p&gt;Heftiger Regen hat den Verkehr in Mumbai am Morgen "
        "zum Erliegen gebracht.&lt;/p&gt;&lt;p&gt;Die Behörden schlossen Schulen und "
        "Ämter.&lt;/p&gt;</content></entry></feed>", "utf-8")
    done = ingest_paths(store, [tmp_path / "f.atom"], settings=settings)
    assert done.new == 1, done.errors
    [article] = store.latest(limit=2)
    assert article.content is not None and article.content.authors == authors
    assert article.content.author_roles == (dict.fromkeys(authors, role) if role else {})


_NAME = st.sampled_from(["Anna", "Jean", "Marta", "Li", "Hans", "Sara", "Omar"]).flatmap(
    lambda first: st.sampled_from(["Schmidt", "Dupont", "Rossi", "Wei", "Vogel", "Costa"]).map(
        lambda last: f"{first} {last}"))


@given(st.lists(_NAME, min_size=1, max_size=4, unique=True))
def test_people_alone_stay_people(names: list[str]) -> None:
    """No bureau after the names: the value is given back whole (read as a byline)."""
    assert listed_people(", ".join(names)) == ([", ".join(names)], "")


@given(st.lists(_NAME, min_size=1, max_size=3, unique=True),
       st.sampled_from(["ARD Neu-Delhi", "EFE Lima", "BBC News Kyiv", "ORF Wien"]))
def test_people_then_a_bureau(names: list[str], bureau: str) -> None:
    assert listed_people(", ".join([*names, bureau])) == (names, bureau)

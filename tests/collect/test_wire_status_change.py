"""A wire item re-sent with only its publishing status changed (a kill or a hold, same
text, no new version number) is a version of the item, marked withdrawn; it was counted a
duplicate and the killed story stayed live (newuser16b C15). Our own items, a real SQLite
store."""

from __future__ import annotations

import json
from pathlib import Path

from veille.extract.wire import wire_article_id, withdrawn
from veille.ingest import IngestSummary, ingest_paths
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

G2 = "http://iptc.org/std/nar/2006-10-01/"
_TEXT = ("<p>Customs officers seized four tonnes of counterfeit medicine at the port on "
         "Thursday, the ministry said.</p><p>Two lorry drivers were detained for "
         "questioning.</p>")


def _ninjs(status: str, when: str | None) -> str:
    doc: dict[str, object] = {
        "uri": "urn:test:status:1", "type": "text", "language": "en",
        "firstcreated": "2026-11-20T07:00:00Z", "pubstatus": status,
        "headlines": [{"role": "main", "value": "Counterfeit medicine seized at port"}],
        "bodies": [{"role": "main", "contenttype": "text/html", "value": _TEXT}]}
    if when:
        doc["versioncreated"] = when
    return json.dumps(doc)


def _g2(status: str, when: str) -> str:
    return (f"<?xml version='1.0' encoding='UTF-8'?><newsItem xmlns='{G2}' "
            "guid='urn:test:status:2' version='4' standard='NewsML-G2' "
            "standardversion='2.29' xml:lang='de'><itemMeta><itemClass qcode='ninat:text'/>"
            f"<provider qcode='nprov:AGENTUR'/><versionCreated>{when}</versionCreated>"
            f"<pubStatus qcode='stat:{status}'/></itemMeta><contentMeta><headline>Brücke in "
            "Kassel wegen Rissen gesperrt</headline></contentMeta><contentSet><inlineXML "
            "contenttype='application/xhtml+xml'><html xmlns='http://www.w3.org/1999/xhtml'>"
            "<body><p>Die Stadt Kassel hat am Mittwoch eine Brücke über die Fulda wegen "
            "Rissen im Beton gesperrt.</p><p>Eine Umleitung ist ausgeschildert.</p></body>"
            "</html></inlineXML></contentSet></newsItem>")


def _ingest(store: SQLiteStore, settings: Settings, path: Path, data: str) -> IngestSummary:
    path.write_text(data, encoding="utf-8")
    return ingest_paths(store, [path], settings=settings)


def _withdrawn(store: SQLiteStore, guid: str) -> str:
    content = store.get(wire_article_id(guid)).content
    assert content is not None
    return withdrawn(content.evidence)


def test_a_ninjs_kill_without_a_version_is_a_version(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    first = _ingest(store, settings, tmp_path / "1.json", _ninjs("usable", "2026-11-20T07:00:00Z"))
    kill = _ingest(store, settings, tmp_path / "2.json", _ninjs("canceled", "2026-11-20T09:45:00Z"))
    assert (first.new, kill.versions, kill.duplicate) == (1, 1, 0), kill.errors
    assert _withdrawn(store, "urn:test:status:1") == "canceled"
    assert store.versions(wire_article_id("urn:test:status:1"))  # the usable copy kept
    # the usable copy read again afterwards (older) changes nothing
    old = _ingest(store, settings, tmp_path / "3.json", _ninjs("usable", "2026-11-20T07:00:00Z"))
    assert old.duplicate == 1
    assert _withdrawn(store, "urn:test:status:1") == "canceled"


def test_a_kill_with_no_time_to_order_it_is_the_later(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    _ingest(store, settings, tmp_path / "1.json", _ninjs("usable", None))
    kill = _ingest(store, settings, tmp_path / "2.json", _ninjs("canceled", None))
    assert kill.versions == 1, kill.errors
    again = _ingest(store, settings, tmp_path / "3.json", _ninjs("usable", None))
    assert again.duplicate == 1
    assert _withdrawn(store, "urn:test:status:1") == "canceled"


def test_a_newsml_g2_hold_with_the_same_version_is_a_version(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    _ingest(store, settings, tmp_path / "1.xml", _g2("usable", "2026-11-20T08:00:00+01:00"))
    same = _ingest(store, settings, tmp_path / "2.xml", _g2("usable", "2026-11-20T08:00:00+01:00"))
    held = _ingest(store, settings, tmp_path / "3.xml",
                   _g2("withheld", "2026-11-20T10:20:00+01:00"))
    assert (same.duplicate, held.versions) == (1, 1), held.errors
    assert _withdrawn(store, "urn:test:status:2") == "withheld"
    lifted = _ingest(store, settings, tmp_path / "4.xml",
                     _g2("usable", "2026-11-20T12:00:00+01:00"))
    assert lifted.versions == 1
    assert _withdrawn(store, "urn:test:status:2") == ""

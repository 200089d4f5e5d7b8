"""Wire items a fresh user's agencies send that veille dropped or misread (newuser12 W2,
W4, W11, W12, W13, W15, W19): an item class under another scheme alias, AP's NITF body,
plain-text inlineData, a remote-only text, headline roles, a UTF-16 file, and an update
without a version number. Our own items, ingested into a real SQLite store."""

from __future__ import annotations

import json
from pathlib import Path

from veille.extract.wire import wire_article_id
from veille.ingest import IngestSummary, ingest_paths
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

G2 = "http://iptc.org/std/nar/2006-10-01/"


def _item(guid: str, *, klass: str = "ninat:text", body: str = "", headlines: str = "",
          version: int = 1, encoding: str = "UTF-8") -> str:
    heads = headlines or "<headline>Le port de Rotterdam rouvre après la tempête</headline>"
    content = body or ("<inlineXML contenttype='application/xhtml+xml'><html xmlns="
                       "'http://www.w3.org/1999/xhtml'><body><p>Le port a rouvert lundi "
                       "après deux jours de fermeture due aux vents violents.</p><p>Les "
                       "navires en attente au large ont commencé à entrer dans le "
                       "chenal.</p></body></html></inlineXML>")
    return (f"<?xml version='1.0' encoding='{encoding}'?>"
            f"<newsItem xmlns='{G2}' guid='{guid}' version='{version}' standard='NewsML-G2' "
            f"standardversion='2.29' xml:lang='fr'><itemMeta><itemClass qcode='{klass}'/>"
            "<provider qcode='nprov:AGENCE'/><versionCreated>2026-12-01T09:00:00+01:00"
            f"</versionCreated></itemMeta><contentMeta>{heads}</contentMeta>"
            f"<contentSet>{content}</contentSet></newsItem>")


def _ingest(store: SQLiteStore, settings: Settings, path: Path,
            data: str | bytes) -> IngestSummary:
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return ingest_paths(store, [path], settings=settings)


def test_an_item_class_under_another_scheme_alias_is_text(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    done = _ingest(store, settings, tmp_path / "a.xml", _item("urn:x:1", klass="icls:text"))
    assert (done.new, done.skipped) == (1, 0), done.errors
    skipped = _ingest(store, settings, tmp_path / "b.xml",
                      _item("urn:x:2", klass="icls:picture"))
    assert (skipped.new, skipped.skipped) == (0, 1)


def test_the_main_headline_wins_over_a_short_one(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    heads = ("<headline role='hld:short'>Rotterdam</headline>"
             "<headline role='hld:main'>Le port de Rotterdam rouvre après la tempête</headline>")
    _ingest(store, settings, tmp_path / "a.xml", _item("urn:x:3", headlines=heads))
    content = store.get(wire_article_id("urn:x:3")).content
    assert content is not None and content.title == "Le port de Rotterdam rouvre après la tempête"


def test_a_utf16_item_is_recognised(store: SQLiteStore, settings: Settings,
                                     tmp_path: Path) -> None:
    data = _item("urn:x:4", encoding="UTF-16").encode("utf-16")  # with its byte order mark
    done = _ingest(store, settings, tmp_path / "a.xml", data)
    assert done.new == 1, done.errors


def test_plain_text_inline_data_gives_its_paragraphs(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    body = ("<inlineData contenttype='text/plain'>Le port a rouvert lundi après deux jours "
            "de fermeture.\n\nLes navires en attente au large ont commencé à entrer dans le "
            "chenal.\n\nLa capitainerie prévoit un retour à la normale mardi.</inlineData>")
    _ingest(store, settings, tmp_path / "a.xml", _item("urn:x:5", body=body))
    content = store.get(wire_article_id("urn:x:5")).content
    assert content is not None and len(content.paragraphs) == 3


def test_a_remote_only_text_says_where_it_is(store: SQLiteStore, settings: Settings,
                                             tmp_path: Path) -> None:
    body = "<remoteContent href='https://agence.example/textes/42.txt' contenttype='text/plain'/>"
    done = _ingest(store, settings, tmp_path / "a.xml", _item("urn:x:6", body=body))
    assert done.failed == 1
    assert "https://agence.example/textes/42.txt" in str(done.errors[0])


def test_ap_nitf_body_and_a_photographers_byline(store: SQLiteStore, settings: Settings,
                                                 tmp_path: Path) -> None:
    doc = {"uri": "urn:x:7", "version": "1", "type": "text", "language": "en",
           "headline": "Flooding closes highway in Oregon",
           "bylines": [{"by": "By ANNE WELLS Associated Press"},
                       {"by": "Photo by JOHN DOE", "parametric": "PHOTOGRAPHER"}],
           "body_nitf": "<block id='Main'><p>PORTLAND, Ore. (AP) — Flooding closed a "
                        "highway on Monday after two days of rain.</p><p>Crews expect to "
                        "reopen it by Wednesday, officials said.</p></block>"}
    done = _ingest(store, settings, tmp_path / "a.json", json.dumps(doc))
    assert done.new == 1, done.errors
    content = store.get(wire_article_id("urn:x:7")).content
    assert content is not None and len(content.paragraphs) == 2
    assert content.authors == ["Anne Wells"]


def test_an_update_without_a_version_number_is_a_version(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    def doc(when: str, title: str, text: str) -> str:
        return json.dumps({"uri": "urn:x:8", "type": "text", "language": "en",
                           "versioncreated": when, "headline": title, "body_text": text})
    first = _ingest(store, settings, tmp_path / "1.json",
                    doc("2026-12-01T08:00:00Z", "Fire near Porto", "A fire broke out."))
    again = _ingest(store, settings, tmp_path / "2.json",
                    doc("2026-12-01T08:00:00Z", "Fire near Porto", "A fire broke out."))
    update = _ingest(store, settings, tmp_path / "3.json",
                     doc("2026-12-01T11:00:00Z", "Fire near Porto; two hurt",
                         "A fire broke out. Two people were hurt."))
    assert (first.new, again.duplicate, update.versions) == (1, 1, 1)
    content = store.get(wire_article_id("urn:x:8")).content
    assert content is not None and content.title == "Fire near Porto; two hurt"


def test_a_canceled_or_withheld_item_is_marked_and_alerts_nothing(tmp_path: Path) -> None:
    """newuser12 W1: a kill (``stat:canceled``) became the article's live version with
    nothing to say so, and alerted; a withheld item was stored as usable news."""
    import veille
    from veille.store.base import SavedSearch
    from veille.web.models import from_article_detail

    def item(guid: str, version: int, status: str, title: str, body: str = "") -> bytes:
        heads = f"<headline>{title}</headline>"
        text = _item(guid, version=version, headlines=heads, body=body)
        return text.replace("<provider", f"<pubStatus qcode='stat:{status}'/><provider").encode()

    with veille.open(tmp_path / "data") as v:
        search = v.save_search(SavedSearch(name="port", query="Rotterdam OR chenal"))
        v.ingest_bytes([("v1.xml", item("urn:x:9", 1, "usable",
                                        "Le port de Rotterdam rouvre"))])
        assert v.store.count_matches(search.id) == 1
        v.ingest_bytes([("v2.xml", item("urn:x:9", 2, "canceled",
                                        "ANNULATION - Le port de Rotterdam rouvre"))])
        other = ("<inlineData>Le chenal du port de Rotterdam a été rouvert aux navires de "
                 "commerce mardi matin, après une inspection des digues.</inlineData>")
        v.ingest_bytes([("h.xml", item("urn:x:10", 1, "withheld",
                                       "Rotterdam : le chenal rouvert", other))])
        assert v.store.count_matches(search.id) == 1  # neither the kill nor the hold
        killed = v.store.get(wire_article_id("urn:x:9"))
        held = v.store.get(wire_article_id("urn:x:10"))
        assert from_article_detail(killed, []).withdrawn == "canceled"
        assert from_article_detail(held, []).withdrawn == "withheld"
        assert v.store.versions(killed.id)  # the usable text stays in its chain


def test_an_agencys_source_from_its_guid_and_provider(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    """newuser12 W17: Reuters' tag-URI guids and a provider given as a literal gave no
    source ("(source inconnue)"); the creditline gave no credit."""
    from veille.extract.wire import source_from_guid

    assert source_from_guid("tag:agence.example,2026:newsml_L1N3") == "agence.example"
    assert source_from_guid("urn:www.Agence.example:20261201:1") == "agence.example"
    assert source_from_guid("urn:efe:20261201:1") == ""  # no host: nothing made up
    text = _item("tag:wire.example,2026:item1").replace(
        "<provider qcode='nprov:AGENCE'/>", "<provider literal='wire.example'/>").replace(
        "</contentMeta>", "<creditline>Wire</creditline></contentMeta>")
    _ingest(store, settings, tmp_path / "a.xml", text)
    article = store.get(wire_article_id("tag:wire.example,2026:item1"))
    assert article.source == "wire.example" and article.content is not None
    assert article.content.site_name == "wire.example"
    assert article.content.evidence.get("credit") == "Wire"


def test_a_day_only_wire_date_is_a_day(store: SQLiteStore, settings: Settings,
                                       tmp_path: Path) -> None:
    """newuser12 W27: "2026-12-01" was stored as midnight with precision ``time``."""
    from veille.record import DAY

    text = _item("urn:x:day").replace(
        "<versionCreated>2026-12-01T09:00:00+01:00</versionCreated>",
        "<firstCreated>2026-11-30</firstCreated>")
    _ingest(store, settings, tmp_path / "a.xml", text)
    content = store.get(wire_article_id("urn:x:day")).content
    assert content is not None and content.published_precision == DAY


def test_an_exported_wire_item_reads_back_as_itself(
        store: SQLiteStore, settings: Settings, tmp_path: Path) -> None:
    """newuser12 W32: read back from `veille export`, a wire article lost its guid and
    version, got another id, and the item's next version became a second article."""
    first = tmp_path / "v1.xml"
    _ingest(store, settings, first, _item("urn:x:rt", version=1))
    exported = store.get(wire_article_id("urn:x:rt")).to_dict()
    other = SQLiteStore.open(tmp_path / "other.sqlite")
    lines = tmp_path / "export.jsonl"
    lines.write_text(json.dumps(exported, ensure_ascii=False) + "\n", encoding="utf-8")
    assert ingest_paths(other, [lines], settings=settings).new == 1
    moved = other.get(wire_article_id("urn:x:rt"))  # the same id
    assert moved.content is not None and moved.content.version == 1
    update = _item("urn:x:rt", version=2, headlines="<headline>Le port de Rotterdam "
                   "rouvre, trafic normal mardi</headline>")
    done = _ingest(other, settings, tmp_path / "v2.xml", update)
    assert (done.new, done.versions) == (0, 1)
    other.close()


def test_a_nitf_byline_names_the_author(store: SQLiteStore, settings: Settings,
                                        tmp_path: Path) -> None:
    """newuser12 W28: the NITF ``body.head/byline`` was ignored."""
    body = ("<inlineXML contenttype='application/nitf+xml'><nitf xmlns='http://iptc.org/std/"
            "NITF/2006-10-18/'><body><body.head><byline>Von Anna Berger</byline></body.head>"
            "<body.content><p>Der Hafen wurde am Montag nach zwei Tagen wieder geöffnet.</p>"
            "<p>Die Schiffe fahren wieder in den Kanal ein.</p></body.content></body></nitf>"
            "</inlineXML>")
    _ingest(store, settings, tmp_path / "a.xml", _item("urn:x:nitf", body=body))
    content = store.get(wire_article_id("urn:x:nitf")).content
    assert content is not None and content.authors == ["Anna Berger"]


def test_statuses_and_classes_given_as_uris(store: SQLiteStore, settings: Settings,
                                            tmp_path: Path) -> None:
    """verify12 X1: NewsML-G2 names a concept by ``qcode`` or by ``uri``; a kill written
    ``<pubStatus uri="http://cv.iptc.org/newscodes/pubstatus/canceled"/>`` was not seen."""
    from veille.web.models import from_article_detail

    text = _item("urn:x:uri", klass="x").replace(
        "<itemClass qcode='x'/>",
        "<itemClass uri='http://cv.iptc.org/newscodes/ninature/text'/>"
        "<pubStatus uri='http://cv.iptc.org/newscodes/pubstatus/canceled'/>")
    done = _ingest(store, settings, tmp_path / "a.xml", text)
    assert done.new == 1, done.errors
    article = store.get(wire_article_id("urn:x:uri"))
    assert from_article_detail(article, []).withdrawn == "canceled"


def test_a_day_only_wire_date_with_a_zone_is_that_day() -> None:
    """verify12 X10: "2026-12-01+01:00" read as one o'clock, "2026-12-01Z" as midnight
    with a time of day."""
    from veille.extract.wire import _precision, _when
    from veille.record import DAY

    for text in ("2026-11-30+01:00", "2026-11-30Z", "2026-11-30-05:00"):
        value = _when(text)
        assert value is not None and (value.day, value.hour, value.minute) == (30, 0, 0)
        assert _precision(value, f"firstCreated={text}") == DAY

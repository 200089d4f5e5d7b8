"""A language spoken on one clock gives that clock to a zone-less time, in records, pages
and captures alike; a language spoken on several gives none (newuser16b C6: Hebrew,
Norwegian, Czech... read as UTC, a Japanese capture 9 hours off). One language, one
code (C7: Norwegian declared ``nb`` and detected ``no`` were two languages)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import veille
from veille.extract.language import assumed_zone, language_of_tag
from veille.extract.records import record_to_content
from veille.extract.timezones import language_zone
from veille.language_codes import canonical_language

FETCHED = datetime(2026, 12, 1, 12, tzinfo=UTC)


@pytest.mark.parametrize(("language", "zone"), [
    ("he", "Asia/Jerusalem"), ("cs", "Europe/Prague"), ("no", "Europe/Oslo"),
    ("hu", "Europe/Budapest"), ("th", "Asia/Bangkok"), ("ja", "Asia/Tokyo"),
    ("fr", "Europe/Paris"), ("sr", "Europe/Belgrade"),
    # Russian: Moscow's, where most Russian news is written, as French's is Paris's
    # (r-mast51: Russian captures were read on UTC)
    ("ru", "Europe/Moscow"),
    ("en", None), ("ar", None), ("fa", None), ("xx", None), ("", None)])
def test_a_language_on_one_clock_gives_it(language: str, zone: str | None) -> None:
    assert language_zone(language) == zone


def test_a_record_in_czech_is_read_on_prague_time() -> None:
    content = record_to_content({"title": "Vláda schválila rozpočet", "language": "cs",
                                 "text": "Vláda v pondělí schválila státní rozpočet na příští "
                                         "rok. Schodek má klesnout pod tři procenta.",
                                 "published": "2026-11-30T10:00:00"}, fetched_at=FETCHED)
    assert content.published == datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    assert content.published.utcoffset() == timedelta(hours=1)
    assert "cs" in content.evidence["timezone"]


def test_a_capture_in_japanese_is_read_on_tokyo_time() -> None:
    assert assumed_zone("ja").utcoffset(FETCHED) == timedelta(hours=9)
    assert assumed_zone("en") == UTC


def test_norwegian_is_one_language(tmp_path: Path) -> None:
    assert [canonical_language(c) for c in ("nb", "nn", "no", "iw", "fr")] == \
        ["no", "no", "no", "he", "fr"]
    assert language_of_tag("nb-NO") == "no" and language_of_tag("nn") == "no"
    text = ("Regjeringen la fram statsbudsjettet for neste år på mandag. Finansministeren "
            "sier at budsjettet skal dempe prisveksten og styrke sykehusene i hele landet. "
            "Opposisjonen kritiserer forslaget og vil ha lavere skatt for familiene.")
    with veille.open(tmp_path / "data") as v:
        v.ingest_bytes([("declared.jsonl", (
            '{"url": "https://avis.example.no/a", "title": "Statsbudsjettet lagt fram", '
            f'"language": "nb-NO", "text": "{text}"}}\n').encode()),
                        ("detected.jsonl", (
            '{"url": "https://avis.example.no/b", "title": "Budsjettet kritiseres", '
            f'"text": "{text} Debatten fortsetter i Stortinget."}}\n').encode())],
                       source="avis.example.no")
        hits = {h.id for h in v.search("lang:nb statsbudsjettet").hits}
        assert len(hits) == 2
        assert {h.id for h in v.search("lang:no statsbudsjettet").hits} == hits
        assert {h.language for h in v.search("statsbudsjettet").hits} == {"no"}

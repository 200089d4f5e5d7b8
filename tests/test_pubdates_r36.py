"""Publication dates and zones of captures (r-pubdates36, from t-final34 #5/#7/#8 and
t-final35 B1/B3). Through ``ingest_paths`` or the CLI on a real SQLite store, and
``find_dates`` for the shapes.

- month abbreviations of Spanish, Italian, German, Portuguese (CLDR through Babel): "02 dic
  2026 - 13:40 CET", "7. Okt. 2026", "15 de out. de 2026 às 11h20", "5 mag 2026";
- an outlet of veille's table (``extract/data/outlet_zones.tsv``) writes its times in its
  home city: AL.com on US Central time, the South China Morning Post on Hong Kong's, by
  host or by masthead, "assumed from the source's home" in evidence;
- "Publié aujourd'hui à 12h04", "heute, 10:12 Uhr" on a saved file: undated, and evidence
  says the dateline is relative;
- IST with no source: the places the text names decide (Galway, Dublin Road → Irish time);
  none: evidence says so;
- export → ingest keeps a content dated by its update as such (the "updated" mark).
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from tests.test_pubdates_r35 import BODY, FR_BODY, _capture

from veille.cli.main import main
from veille.extract.dates import MONTHS, find_dates
from veille.extract.timezones import ambiguous_zone_by_text, outlet_home_zone
from veille.ingest import ingest_paths
from veille.record import BY_UPDATE, Content
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

DE_BODY = ("Der Gemeinderat hat am Dienstag die Sanierung der Festhalle beschlossen, die "
           "seit zwei Jahren nach einem Wasserschaden im Dach geschlossen ist.\n\n"
           "Die Arbeiten sollen im Frühjahr beginnen und vier Monate dauern, sagte der "
           "Bürgermeister in der Sitzung.\n")


def _one(store: SQLiteStore, settings: Settings, folder: Path,
         source: str = "") -> Content:
    ingest_paths(store, [folder], settings=settings, source=source)
    (article,) = list(store.iter_articles())
    assert article.content is not None
    return article.content


@pytest.mark.parametrize(("text", "expected"), [
    ("Valencia - 02 dic 2026 - 13:40 CET",
     datetime(2026, 12, 2, 13, 40, tzinfo=timezone(timedelta(hours=1)))),
    ("Veröffentlicht am 7. Okt. 2026, 16:45 Uhr MESZ",
     datetime(2026, 10, 7, 16, 45, tzinfo=timezone(timedelta(hours=2)))),
    ("15 de out. de 2026 às 11h20", datetime(2026, 10, 15, 11, 20, tzinfo=ZoneInfo("UTC"))),
    ("Pubblicato il 5 mag 2026 alle 07:10", datetime(2026, 5, 5, 7, 10, tzinfo=ZoneInfo("UTC"))),
    ("Sevilla, 14 ene. 2026", datetime(2026, 1, 14, tzinfo=ZoneInfo("UTC"))),
    ("20 gen 2026, 18:02 CET", datetime(2026, 1, 20, 18, 2, tzinfo=timezone(timedelta(hours=1)))),
    ("1. Dez. 2026", datetime(2026, 12, 1, tzinfo=ZoneInfo("UTC"))),
])
def test_month_abbreviations_of_other_languages(text: str, expected: datetime) -> None:
    found = find_dates(text, default_zone=ZoneInfo("UTC"))
    assert [f.value for f in found] == [expected]


def test_short_words_are_no_months_alone() -> None:
    assert "ag" not in MONTHS  # Catalan "ag." (August): two letters, left out
    assert find_dates("3 days ago, out of 2026 votes") == []


def test_al_com_is_on_central_time(tmp_path: Path, store: SQLiteStore,
                                   settings: Settings) -> None:
    folder = _capture(tmp_path, "AL.com\nSubscribe  Sign in\nNews  Sports  Opinion\n\n"
                      "County repaves the main road\n"
                      "Published: Dec. 02, 2026, 3:05 p.m.\nBy Ann Lee\n\n" + BODY)
    content = _one(store, settings, folder, source="al.com")
    assert content.published == datetime(2026, 12, 2, 15, 5,
                                         tzinfo=ZoneInfo("America/Chicago"))
    assert content.evidence["timezone"].startswith(
        "assumed from the source's home (America/Chicago)")


def test_a_masthead_of_the_table_gives_its_home(tmp_path: Path, store: SQLiteStore,
                                                 settings: Settings) -> None:
    folder = _capture(tmp_path, "South China Morning Post\nSCMP  Hong Kong  China  Asia\n"
                      "Sign up for our newsletter\n\nCounty repaves the main road\n"
                      "Wing-sze Cheung\nPublished: 8:15pm, 3 Dec 2026\n\n" + BODY)
    content = _one(store, settings, folder)
    assert content.published == datetime(2026, 12, 3, 20, 15,
                                         tzinfo=ZoneInfo("Asia/Hong_Kong"))
    assert "(Asia/Hong_Kong): South China Morning Post" in content.evidence["timezone"]


def test_outlet_home_zone() -> None:
    assert outlet_home_zone("www.scmp.com") == ("Asia/Hong_Kong", "scmp.com")
    assert outlet_home_zone("", "The Straits Times")[0] == "Asia/Singapore"
    # national outlets are in the table for their mastheads (r-mast51); a name of none is not
    assert outlet_home_zone("", "Le Monde") == ("Europe/Paris", "Le Monde")
    assert outlet_home_zone("", "La Gazette du Village") == ("", "")
    assert outlet_home_zone("notscmp.com") == ("", "")


@pytest.mark.parametrize(("line", "body"), [
    ("Publié aujourd'hui à 23h58", FR_BODY),  # not come yet at the file's time
    ("Publié aujourd'hui à 09h15", FR_BODY),
    ("heute, 09:15 Uhr", DE_BODY),
    ("Today at 9:15 AM", BODY),
])
def test_today_on_a_saved_file_is_undated_and_said(
        tmp_path: Path, store: SQLiteStore, settings: Settings, line: str,
        body: str) -> None:
    folder = _capture(tmp_path, f"Le Courrier du Val\nMenu\nRechercher\n\n"
                      f"La salle des fêtes sera rénovée\n\n{line}\n\nPar Anne Roux\n\n{body}")
    noon = datetime(2026, 3, 4, 12, 0, tzinfo=UTC).timestamp()
    os.utime(folder / "c.txt", (noon, noon))
    content = _one(store, settings, folder)
    assert content.published is None
    assert content.evidence["published"].startswith(
        "unknown: the page's publication date is relative")


GALWAY = ("The Corrib Examiner\nSearch\nSign In\nNews  Sport  Lifestyle\n\n"
          "Council to decide on cycle lane\n\nNiamh Walsh\n"
          "Wed, 15 Jul 2026 at 17:40 IST\n\n"
          "Galway County Council will decide next Tuesday on a segregated cycle lane along "
          "the Dublin Road, after a public consultation drew many submissions.\n\n"
          "A councillor said the lane was long overdue and would make the route safer.\n")


def test_ist_is_read_by_the_places_the_text_names(
        tmp_path: Path, store: SQLiteStore, settings: Settings) -> None:
    content = _one(store, settings, _capture(tmp_path, GALWAY))
    assert content.published == datetime(2026, 7, 15, 17, 40,
                                         tzinfo=ZoneInfo("Europe/Dublin"))
    assert content.published.utcoffset() == timedelta(hours=1)
    assert "IST/IDT read as Europe/Dublin" in content.evidence["timezone"]


def test_ist_without_places_is_said(tmp_path: Path, store: SQLiteStore,
                                    settings: Settings) -> None:
    text = GALWAY.replace("Galway County Council", "The county council").replace(
        "the Dublin Road", "the main road")
    content = _one(store, settings, _capture(tmp_path, text))
    assert content.published is not None and content.published.utcoffset() == timedelta(0)
    assert "IST printed" in content.evidence["timezone"]
    assert "places its text names" in content.evidence["timezone"]


def test_ambiguous_zone_by_text() -> None:
    assert ambiguous_zone_by_text("Pune Municipal Corporation, Maharashtra")[0] == \
        "Asia/Kolkata"
    assert ambiguous_zone_by_text("Cork and Tel Aviv")[0] == ""
    assert ambiguous_zone_by_text("no place here") == ("", [])


def test_export_then_ingest_keeps_the_update_mark(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _capture(tmp_path, "Casco Bay Ledger\nHome | News | Sports\n\n"
                      "County repaves the main road\n\nBy Ann Lee\n"
                      "Updated Dec. 3, 2026 6:45 PM EST\n\n" + BODY)
    one, two = str(tmp_path / "one"), str(tmp_path / "two")
    assert main(["--data-dir", one, "ingest", str(folder)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", one, "latest"]) == 0
    first = capsys.readouterr().out
    assert "updated 2026-12-03 18:45 UTC-5" in first
    dump = tmp_path / "export.jsonl"
    assert main(["--data-dir", one, "export", "--format", "jsonl",
                 "--output", str(dump)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", two, "ingest", str(dump)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", two, "latest"]) == 0
    assert "updated 2026-12-03 18:45 UTC-5" in capsys.readouterr().out
    store = SQLiteStore.open(Path(two) / "veille.sqlite3")
    try:
        (article,) = list(store.iter_articles())
    finally:
        store.close()
    assert article.content is not None
    assert article.content.evidence["published"] == BY_UPDATE
    assert article.content.updated == datetime(2026, 12, 3, 18, 45,
                                               tzinfo=timezone(timedelta(hours=-5)))

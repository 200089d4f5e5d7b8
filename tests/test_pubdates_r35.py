"""Publication dates and zones of captures (r-pubdates35, from t-final33's faults). Through
``ingest_paths`` or the CLI on a real SQLite store, and ``find_dates`` for the shapes.

- a zone printed with the update ("Dec 2, 2026 Updated Dec 2, 2026 6:15 PM CST") is the
  capture's clock: the day-only publication is on it, and evidence says "given", not
  "assumed (UTC)";
- date lines with the clock first: "18:05 Uhr, Donnerstag, 12. Februar 2026", "2026-02-20
  HKT 07:55", "21h, 14 janvier 2026";
- a relative publication ("Il y a 4 heures", "Yesterday at 9:15 PM") on a saved file is no
  date (the file's time is no capture time); from a WARC record it counts from its
  WARC-Date, and evidence says so;
- a future-dated capture is stored undated with a note naming it and its date;
- an overseas outlet naming its territory ("Guadeloupe la 1ère") writes its times there,
  and ``ingest --timezone`` gives the zone of one that does not;
- IST on irishtimes.com is Irish time.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from veille.cli.main import main
from veille.extract.dates import find_dates
from veille.extract.timezones import host_country_zone, named_territory
from veille.ingest import ingest_paths
from veille.record import Content
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

BODY = ("The county board voted on Tuesday to repave the main road through the village, "
        "after residents complained for years about potholes and flooding.\n\n"
        "Work is expected to start in the spring and to last about four months, the "
        "board's chairman said at the meeting.\n")
HKT = timezone(timedelta(hours=8))
FR_BODY = ("Le conseil municipal a voté mardi la rénovation de la salle des fêtes, fermée "
           "depuis deux ans après un dégât des eaux dans la toiture.\n\n"
           "Les travaux doivent commencer au printemps et durer quatre mois, a précisé le "
           "maire lors de la séance.\n")


def _one(store: SQLiteStore, settings: Settings, folder: Path, *,
         zone: str = "") -> tuple[Content, list[str]]:
    summary = ingest_paths(store, [folder], settings=settings, zone=zone)
    (article,) = list(store.iter_articles())
    assert article.content is not None
    return article.content, summary.notes


def _capture(tmp_path: Path, text: str, name: str = "c.txt") -> Path:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, "utf-8")
    return folder


@pytest.mark.parametrize(("line", "offset"), [
    ("Sep 15, 2026 Updated Sep 15, 2026 4:48 PM CDT", -5),
    ("Jan 14, 2026 Updated Jan 14, 2026 11:02 AM MST", -7),
    ("Mar 3, 2026 Updated Mar 3, 2026 8:10 PM EST", -5),
])
def test_the_zone_printed_with_the_update_dates_the_publication_too(
        tmp_path: Path, store: SQLiteStore, settings: Settings, line: str,
        offset: int) -> None:
    folder = _capture(tmp_path, f"The Valley Ledger\nHome | News | Sports\n\n"
                      f"County repaves the main road\n\nBy Ann Lee\n{line}\n\n{BODY}")
    content, _ = _one(store, settings, folder)
    assert content.published is not None and content.updated is not None
    assert content.published.utcoffset() == timedelta(hours=offset)
    assert content.updated.utcoffset() == timedelta(hours=offset)
    assert content.published_precision == "day"
    assert content.evidence["timezone"].startswith("given by the capture")


@pytest.mark.parametrize(("line", "zone", "expected"), [
    ("18:05 Uhr, Donnerstag, 12. Februar 2026", "Europe/Berlin",
     datetime(2026, 2, 12, 18, 5, tzinfo=ZoneInfo("Europe/Berlin"))),
    ("16:20 Uhr, Mittwoch, 4. März 2026", "Europe/Berlin",
     datetime(2026, 3, 4, 16, 20, tzinfo=ZoneInfo("Europe/Berlin"))),
    ("2026-02-20 HKT 07:55", "UTC", datetime(2026, 2, 20, 7, 55, tzinfo=HKT)),
    ("2026-02-20 07:55 HKT", "UTC", datetime(2026, 2, 20, 7, 55, tzinfo=HKT)),
    ("21h, 14 janvier 2026", "Europe/Paris",
     datetime(2026, 1, 14, 21, 0, tzinfo=ZoneInfo("Europe/Paris"))),
    ("23 h, 3 mars 2026", "Europe/Paris",
     datetime(2026, 3, 3, 23, 0, tzinfo=ZoneInfo("Europe/Paris"))),
    ("04.03.2026 | 16:20", "Europe/Berlin",
     datetime(2026, 3, 4, 16, 20, tzinfo=ZoneInfo("Europe/Berlin"))),
])
def test_date_lines_with_the_clock_first(line: str, zone: str, expected: datetime) -> None:
    (found,) = find_dates(line, default_zone=ZoneInfo(zone))
    assert found.has_time
    assert found.value == expected


@pytest.mark.parametrize("text", ["le 21 au 23 mars 2026", "1 décembre 2026 | 12 commentaires",
                                  "Mit 3 Punkten, Mittwoch, 4. März 2026"])
def test_no_clock_is_made_of_a_bare_number(text: str) -> None:
    assert not any(f.has_time for f in find_dates(text, default_zone=ZoneInfo("Europe/Paris")))


@pytest.mark.parametrize("line", ["Il y a 4 heures", "Yesterday at 9:15 PM", "Hier à 18:40"])
def test_a_relative_publication_on_a_saved_file_is_no_date(
        tmp_path: Path, store: SQLiteStore, settings: Settings, line: str) -> None:
    folder = _capture(tmp_path, f"Le Courrier du Val\nMenu\nRechercher\n\n"
                      f"La salle des fêtes sera rénovée\n\n{line}\n\nPar Anne Roux\n\n{FR_BODY}")
    content, _ = _one(store, settings, folder)
    assert content.published is None
    assert content.evidence["published"].startswith("unknown: the page's publication date is "
                                                    "relative")
    assert "timezone" not in content.evidence


def test_an_absolute_date_beats_a_relative_one(
        tmp_path: Path, store: SQLiteStore, settings: Settings) -> None:
    folder = _capture(tmp_path, f"Le Courrier du Val\nMenu\nRechercher\n\n"
                      f"La salle des fêtes sera rénovée\n\nIl y a 3 heures\n\nPar Anne Roux\n\n"
                      f"{FR_BODY}\nPublié le 12/02/2026 à 10h40\n")
    content, _ = _one(store, settings, folder)
    assert content.published == datetime(2026, 2, 12, 10, 40, tzinfo=ZoneInfo("Europe/Paris"))


def _warc(page: str, when: datetime) -> bytes:
    body = page.encode("utf-8")
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
    head = ("WARC/1.0\r\nWARC-Type: response\r\n"
            "WARC-Record-ID: <urn:uuid:1e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5c>\r\n"
            f"WARC-Date: {when.strftime('%Y-%m-%dT%H:%M:%SZ')}\r\n"
            "WARC-Target-URI: https://ledger.example/road\r\n"
            "Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def test_a_relative_publication_in_a_warc_counts_from_its_capture(
        tmp_path: Path, store: SQLiteStore, settings: Settings) -> None:
    page = ("<!doctype html><html lang='en'><head><title>County repaves the main road</title>"
            "</head><body><article><h1>County repaves the main road</h1>"
            "<p class='byline'>By Ann Lee</p><p class='date'>Posted 3 hours ago</p>"
            + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n")) + "</article></body></html>")
    folder = tmp_path / "in"
    folder.mkdir()
    captured = datetime(2026, 3, 4, 15, 0, tzinfo=UTC)
    (folder / "crawl.warc").write_bytes(_warc(page, captured))
    content, _ = _one(store, settings, folder)
    assert content.published == captured - timedelta(hours=3)
    assert "counted from the capture time 2026-03-04T15:00:00+00:00" in \
        content.evidence["published"]


def test_a_future_dated_capture_is_said(
        tmp_path: Path, store: SQLiteStore, settings: Settings) -> None:
    day = date.today() + timedelta(days=3)
    mois = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"][day.month - 1]
    folder = _capture(tmp_path, f"Le Courrier du Val\nMenu\nRechercher\n\n"
                      f"La salle des fêtes sera rénovée\n\n"
                      f"Publié le {day.day} {mois} {day.year} à 09h30\n\nPar Anne Roux\n\n"
                      f"{FR_BODY}", name="avance.txt")
    content, notes = _one(store, settings, folder)
    assert content.published is None
    assert day.isoformat() in content.evidence["dates_rejected"]
    (note,) = [n for n in notes if "avance.txt" in n]
    assert "stored undated" in note and day.isoformat() in note and "--timezone" in note


def test_an_overseas_outlet_naming_its_territory_writes_its_time(
        tmp_path: Path, store: SQLiteStore, settings: Settings) -> None:
    folder = _capture(tmp_path, f"Guadeloupe la 1ère\nAccueil  Info  Sport  Météo\n"
                      f"Rechercher\n\nLa salle des fêtes sera rénovée\n\nPar Anne Roux\n"
                      f"Publié le 10 mars 2026 à 6h45\n\n{FR_BODY}")
    content, _ = _one(store, settings, folder)
    assert content.published == datetime(2026, 3, 10, 6, 45,
                                         tzinfo=ZoneInfo("America/Guadeloupe"))
    assert "America/Guadeloupe" in content.evidence["timezone"]
    assert content.evidence["timezone"].startswith("assumed")


def test_ingest_timezone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _capture(tmp_path, f"Clicanoo\nActualités  Sports  Société\nRechercher\n\n"
                      f"La salle des fêtes sera rénovée\n\nPar Anne Roux\n"
                      f"Publié le 10 mars 2026 à 17h05\n\n{FR_BODY}")
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "ingest", "--timezone", "Indian/Reunion",
                 str(folder)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "latest"]) == 0
    assert "2026-03-10 17:05 UTC+4" in capsys.readouterr().out
    assert main(["--data-dir", data, "ingest", "--timezone", "indian/reunion",
                 str(folder)]) == 2
    assert "did you mean Indian/Reunion" in capsys.readouterr().err


@pytest.mark.parametrize(("outlet", "zone"), [
    ("Réunion la 1ère", "Indian/Reunion"), ("Le Quotidien de La Réunion", "Indian/Reunion"),
    ("Martinique la 1ère", "America/Martinique"), ("Outre-mer la 1ère", ""),
    ("Le Parisien", ""), ("Clicanoo", "")])
def test_named_territory(outlet: str, zone: str) -> None:
    assert named_territory("Europe/Paris", outlet) == zone


@pytest.mark.parametrize(("host", "zone"), [
    ("www.irishtimes.com", "Europe/Dublin"), ("www.timesofisrael.com", "Asia/Jerusalem"),
    ("indianexpress.com", "Asia/Kolkata"), ("indiana.edu", ""),
    ("www.indianapolisrecorder.com", ""), ("lemonde.fr", "")])
def test_a_host_naming_a_country_of_ist(host: str, zone: str) -> None:
    assert host_country_zone(host) == zone


def test_ist_on_irishtimes_is_irish_time(
        tmp_path: Path, store: SQLiteStore, settings: Settings) -> None:
    page = ("<!doctype html><html lang='en'><head><title>Quay to close</title>"
            "<link rel='canonical' href='https://www.irishtimes.com/ireland/2026/07/09/quay/'>"
            "</head><body><article><h1>Quay to close for six weeks</h1>"
            "<p class='date'>Thu Jul 9 2026 - 07:45 IST</p>"
            + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n")) + "</article></body></html>")
    folder = _capture(tmp_path, page, name="quay.html")
    content, _ = _one(store, settings, folder)
    assert content.published == datetime(2026, 7, 9, 6, 45, tzinfo=UTC)

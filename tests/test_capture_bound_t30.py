"""The "published after it was fetched" bound is the latest time a capture can date from,
not a file's modification time (t-final30 F2): a page saved to a file whose mtime is older
than its own publication date (a copy with ``cp -p``, an archive unpacked, a ``touch``) was
read by veille now, so its ``article:published_time`` is kept; the mtime still dates its
relative dates. A WARC record is bounded by its ``WARC-Date``: a page declaring a date
after it is still refused.

The installed command on a real SQLite store, one ingest per input."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from capture_kit import err, out, run_veille

NOW = datetime.now(UTC).replace(microsecond=0)
PUBLISHED = (NOW - timedelta(days=2)).replace(hour=6, minute=30, second=0)
SAVED = NOW - timedelta(days=5)
URL = "https://www.gazette-du-cher.example/vierzon-chalutier-rentre-au-port"


def _page(url: str = URL) -> str:
    return (
        '<!doctype html><html lang="fr"><head><meta charset="utf-8">'
        "<title>Vierzon : le bateau-école rentre au port après sa panne</title>"
        f'<link rel="canonical" href="{url}">'
        f'<meta property="article:published_time" content="{PUBLISHED.isoformat()}">'
        '</head><body><article><h1>Vierzon : le bateau-école rentre au port après sa panne'
        "</h1><p>Le bateau-école de la base nautique de Vierzon a regagné le port du canal "
        "après une panne de moteur survenue au large de l'écluse, a indiqué la mairie.</p>"
        "<p>Les douze stagiaires à bord ont été pris en charge par les pompiers, qui n'ont "
        "relevé aucun blessé, selon le capitaine de la base.</p></article></body></html>")


def _show(data: Path) -> dict[str, object]:
    [line] = out(run_veille(["latest", "--json"], data_dir=data)).splitlines()
    shown = json.loads(out(run_veille(["show", json.loads(line)["id"], "--json"],
                                      data_dir=data)))
    assert isinstance(shown, dict)
    return shown


def test_a_file_older_than_its_page_keeps_the_page_date(tmp_path: Path) -> None:
    page = tmp_path / "chalutier.html"
    page.write_text(_page(), "utf-8")
    os.utime(page, (SAVED.timestamp(), SAVED.timestamp()))
    done = run_veille(["ingest", str(page)], data_dir=tmp_path / "data")
    assert done.returncode == 0, err(done)
    content = _show(tmp_path / "data")["content"]
    assert isinstance(content, dict)
    assert content["published"] is not None, content["evidence"]
    assert datetime.fromisoformat(content["published"]) == PUBLISHED
    assert "dates_rejected" not in content["evidence"]


def _warc(target: str, page: str, when: datetime) -> bytes:
    body = page.encode("utf-8")
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
    head = ("WARC/1.0\r\nWARC-Type: response\r\n"
            "WARC-Record-ID: <urn:uuid:6f1c2d7e-0b3a-4c55-9e2f-3a1b2c3d4e5f>\r\n"
            f"WARC-Date: {when.strftime('%Y-%m-%dT%H:%M:%SZ')}\r\n"
            f"WARC-Target-URI: {target}\r\n"
            "Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def test_a_page_dated_after_its_warc_date_is_still_refused(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc"
    archive.write_bytes(_warc(URL, _page(), SAVED))
    done = run_veille(["ingest", str(archive)], data_dir=tmp_path / "data")
    assert done.returncode == 0, err(done)
    content = _show(tmp_path / "data")["content"]
    assert isinstance(content, dict)
    assert content["published"] is None
    rejected = content["evidence"]["dates_rejected"]
    assert "article:published_time" in rejected and "after the fetch time" in rejected


def test_a_record_file_older_than_its_date_keeps_it_and_a_future_one_is_refused(
        tmp_path: Path) -> None:
    """A JSON record saved to a ``.json`` file is bounded as a page is: by its reading, so
    its ``published`` after the file's mtime is kept, and one after the reading is not."""
    text = ("Le bateau-école de la base nautique de Vierzon a regagné le port du canal après "
            "une panne de moteur survenue au large de l'écluse, a indiqué la mairie.")
    for name, when, kept in (("past", PUBLISHED, True), ("future", NOW + timedelta(days=3),
                                                         False)):
        record = tmp_path / f"{name}.json"
        record.write_text(json.dumps({"title": "Vierzon : le bateau-école rentre au port",
                                      "text": text, "published": when.isoformat()}), "utf-8")
        os.utime(record, (SAVED.timestamp(), SAVED.timestamp()))
        data = tmp_path / f"data-{name}"
        done = run_veille(["ingest", str(record)], data_dir=data)
        assert done.returncode == 0, err(done)
        content = _show(data)["content"]
        assert isinstance(content, dict)
        if kept:
            assert datetime.fromisoformat(content["published"]) == when
        else:
            assert content["published"] is None
            assert "after the fetch time" in content["evidence"]["dates_rejected"]

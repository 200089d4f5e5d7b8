"""A relative update time ("Updated 2 hours ago", "Mis à jour il y a 3 heures", "vor 2
Stunden") counts from the moment the page was captured. On a saved file that moment is
unknown (its modification time is set by any copy), so the update is left unknown and the
evidence says why (t-final32 #3: a March dispatch stored as "updated" in December). On a
WARC record, captured at its ``WARC-Date``, it is read from that time, and never to a time
before the publication. Through ``ingest_paths`` on a real SQLite store."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from veille.extract.stage import update_after_publication
from veille.ingest import ingest_paths
from veille.record import DAY, Content
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

CAPTURE = """Harbour Courier
News | Sport | Weather
Lock gates to be replaced on the canal
By Jane Roe
March 4, 2026 9:05 AM GMT {update}
NEWBURY, March 4 - The lock gates at Kintbury will be replaced over the spring, the Canal
and River Trust said on Wednesday, after a survey found rot in both leaves.
"The gates have done sixty years of service," said the trust's area engineer, Tom Adair.
Boaters will be able to pass through a temporary lock during the work.
"""

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Lock gates to be replaced - Harbour Courier</title></head><body><article>
<h1>Lock gates to be replaced on the canal</h1>
<p class="byline">By Jane Roe</p>
<p class="dateline"><time datetime="2026-03-04T09:05:00+00:00">4 March 2026, 09:05 GMT</time>
 · Updated 2 hours ago</p>
<p>The lock gates at Kintbury will be replaced over the spring, the Canal and River Trust
said on Wednesday, after a survey found rot in both leaves of the upper gate.</p>
<p>Boaters will be able to pass through a temporary lock during the eleven weeks of work,
the trust said, and towpath walkers will be diverted along the road.</p>
</article></body></html>"""


def _ingested(store: SQLiteStore, settings: Settings, folder: Path):  # type: ignore[no-untyped-def]
    ingest_paths(store, [folder], settings=settings)
    (article,) = list(store.iter_articles())
    assert article.content is not None
    return article.content


@pytest.mark.parametrize("update", [
    "Updated 2 hours ago", "Mis à jour il y a 3 heures", "Aktualisiert vor 2 Stunden",
    "Updated 10 min ago",
])
def test_a_relative_update_on_a_saved_capture_is_unknown(
        tmp_path: Path, store: SQLiteStore, settings: Settings, update: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "lock.txt").write_text(CAPTURE.format(update=update), "utf-8")
    content = _ingested(store, settings, folder)
    assert content.published == datetime(2026, 3, 4, 9, 5, tzinfo=UTC)
    assert content.updated is None
    assert "captured is unknown" in content.evidence["updated"]


def test_a_saved_capture_keeps_its_printed_update(
        tmp_path: Path, store: SQLiteStore, settings: Settings) -> None:
    """The control: an update printed in full does not depend on the capture."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "lock.txt").write_text(
        CAPTURE.format(update="Updated March 4, 2026 4:40 PM GMT"), "utf-8")
    content = _ingested(store, settings, folder)
    assert content.updated == datetime(2026, 3, 4, 16, 40, tzinfo=UTC)


def test_a_relative_update_on_a_saved_html_page_is_unknown(
        tmp_path: Path, store: SQLiteStore, settings: Settings) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    page = folder / "lock.html"
    page.write_text(PAGE, "utf-8")
    saved = datetime(2026, 3, 4, 15, 0, tzinfo=UTC).timestamp()
    os.utime(page, (saved, saved))  # even a plausible file time is no capture time
    content = _ingested(store, settings, folder)
    assert content.published == datetime(2026, 3, 4, 9, 5, tzinfo=UTC)
    assert content.updated is None


def _warc(page: str, when: datetime, kind: str = "text/html") -> bytes:
    body = page.encode("utf-8")
    http = (f"HTTP/1.1 200 OK\r\nContent-Type: {kind}; charset=utf-8\r\n".encode()
            + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
    head = ("WARC/1.0\r\nWARC-Type: response\r\n"
            "WARC-Record-ID: <urn:uuid:0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b>\r\n"
            f"WARC-Date: {when.strftime('%Y-%m-%dT%H:%M:%SZ')}\r\n"
            "WARC-Target-URI: https://courier.example/lock-gates\r\n"
            "Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


@pytest.mark.parametrize(("captured", "updated"), [
    (datetime(2026, 3, 4, 14, 30, tzinfo=UTC), datetime(2026, 3, 4, 12, 30, tzinfo=UTC)),
    # two hours before a capture at 10:00 is before the 09:05 publication: no update
    (datetime(2026, 3, 4, 10, 0, tzinfo=UTC), None),
])
def test_a_relative_update_in_a_warc_counts_from_its_capture(
        tmp_path: Path, store: SQLiteStore, settings: Settings, captured: datetime,
        updated: datetime | None) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "crawl.warc").write_bytes(_warc(PAGE, captured))
    content = _ingested(store, settings, folder)
    assert content.published == datetime(2026, 3, 4, 9, 5, tzinfo=UTC)
    assert content.updated == updated


def test_the_update_of_a_warc_never_moves_with_the_reading_day(
        tmp_path: Path, store: SQLiteStore, settings: Settings) -> None:
    """A WARC's relative update is read from its WARC-Date, whenever veille reads it."""
    folder = tmp_path / "in"
    folder.mkdir()
    captured = datetime.now(UTC).replace(microsecond=0) - timedelta(days=30)
    (folder / "crawl.warc").write_bytes(_warc(PAGE.replace("2026-03-04T09:05:00+00:00", (
        captured - timedelta(days=1)).isoformat()), captured))
    content = _ingested(store, settings, folder)
    assert content.updated == (captured - timedelta(hours=2)).replace(second=0)


@pytest.mark.parametrize(("published", "precision", "updated", "kept"), [
    (datetime(2026, 3, 4, 9, 5, tzinfo=UTC), "time", datetime(2026, 3, 4, 8, 0, tzinfo=UTC),
     False),
    (datetime(2026, 3, 4, 9, 5, tzinfo=UTC), "time", datetime(2026, 3, 4, 9, 30, tzinfo=UTC),
     True),
    (datetime(2026, 3, 4, tzinfo=UTC), DAY, datetime(2026, 3, 4, 8, 0, tzinfo=UTC), True),
    (datetime(2026, 3, 4, tzinfo=UTC), DAY, datetime(2026, 3, 3, 23, 0, tzinfo=UTC), False),
])
def test_no_update_before_the_publication(published: datetime, precision: str,
                                          updated: datetime, kept: bool) -> None:
    content = Content(title="t", published=published, updated=updated,
                      published_precision=precision)
    update_after_publication(content)
    assert (content.updated == updated) is kept
    assert kept or "before the publication" in content.evidence["updated"]


FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Courrier</title><link>https://courrier.example/</link>
<description>Le Courrier</description>
<item><title>Le pont de Saint-Nazaire fermé</title><link>https://courrier.example/pont</link>
<pubDate>Wed, 04 Mar 2026 09:05:00 +0100</pubDate>
<description><![CDATA[<p>Publié le 4 mars 2026 à 09h05 · Mis à jour il y a 2 heures</p>
<p>Le pont de Saint-Nazaire sera fermé à la circulation dans la nuit de jeudi à vendredi pour
des travaux d'entretien, a annoncé le département mercredi.</p><p>Une déviation sera mise en
place par Nantes, avec un allongement de parcours d'une heure pour les poids lourds.</p>]]>
</description></item></channel></rss>"""


def test_a_relative_update_in_a_saved_feed_item_is_unknown(
        tmp_path: Path, store: SQLiteStore, settings: Settings) -> None:
    """A feed file's item is read now, its capture time unknown: no update from "il y a"."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "courrier.xml").write_text(FEED, "utf-8")
    content = _ingested(store, settings, folder)
    assert content.published == datetime(2026, 3, 4, 8, 5, tzinfo=UTC)
    assert content.updated is None
    assert "captured is unknown" in content.evidence["updated"]

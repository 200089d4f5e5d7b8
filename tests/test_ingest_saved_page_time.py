"""A saved page is dated by the time the file was written, not the ingest time (newuser9
R14); but its relative publication date ("Mis en ligne hier à 07h15") is no date: a copy or
a ``touch`` sets a file's time freely, so the capture time is unknown (r-pubdates35, from
t-final33's brief; it used to count from the file's time)."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from veille.ingest import ingest_paths
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

PAGE = """<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Travaux sur la ligne 3 du tram</title></head><body><article>
<h1>Travaux sur la ligne 3 du tram</h1>
<p class="date"><span>Mis en ligne hier à 07h15</span></p>
<p>La ligne 3 du tram est coupée entre la gare et le centre pour des travaux de voirie
engagés par la métropole, qui promet un retour à la normale avant les fêtes.</p>
<p>Des bus de substitution circulent toutes les dix minutes entre les deux arrêts, avec
des horaires renforcés aux heures de pointe selon l'exploitant du réseau.</p>
</article></body></html>"""


def test_relative_date_of_a_saved_page_is_no_date(
        tmp_path: Path, store: SQLiteStore, settings: Settings) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    page = folder / "tram.html"
    page.write_text(PAGE, "utf-8")
    saved = datetime(2026, 3, 11, 21, 0, tzinfo=ZoneInfo("Europe/Paris"))
    os.utime(page, (saved.timestamp(), saved.timestamp()))
    ingest_paths(store, [folder], settings=settings)
    (article,) = list(store.iter_articles())
    assert article.raw.fetched_at <= saved
    assert article.content is not None and article.content.published is None
    said = article.content.evidence["published"]
    assert said.startswith("unknown: the page's publication date is relative")
    assert "2026-03-10T07:15:00+01:00" in said  # what the file's time would have given

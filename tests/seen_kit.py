"""Two saves of one page whose files were written days before veille read them (t-final29
F9): what the tests of veille's "seen" times ingest, one file per command."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from pathlib import Path

URL = "https://www.gazette-du-cher.example/vierzon-passerelle-fermee"
TITLES = ("Vierzon : la passerelle du canal fermée après un affaissement",
          "Vierzon : la passerelle du canal rouvrira lundi après expertise")
SAVED = (datetime(2026, 11, 23, 6, 40, tzinfo=UTC), datetime(2026, 11, 23, 15, 10, tzinfo=UTC))
"""When each file was written: its modification time, days before any test runs."""


def page(n: int) -> str:
    """The page as saved the ``n``-th time (0 or 1): the same URL, a new headline."""
    later = ("<p>Les services de la ville ont annoncé lundi sa réouverture après une expertise "
             "qui n'a relevé aucun danger pour les piétons.</p>") if n else ""
    return (
        '<!doctype html><html lang="fr"><head><meta charset="utf-8">'
        f"<title>{TITLES[n]}</title><link rel=\"canonical\" href=\"{URL}\">"
        '<meta property="og:site_name" content="La Gazette du Cher">'
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":'
        '"2026-11-23T07:15:00+01:00"}</script></head><body><article>'
        f"<h1>{TITLES[n]}</h1>"
        "<p>La passerelle qui enjambe le canal de Berry à Vierzon a été fermée dimanche aux "
        "piétons après un affaissement de son tablier, a indiqué la mairie.</p>"
        "<p>Des barrières ont été posées aux deux extrémités et une déviation balisée par "
        "le quai du Bassin.</p>" + later + "</article></body></html>")


def saved_files(folder: Path) -> list[Path]:
    """The two saves written in ``folder``, each with its modification time of
    :data:`SAVED`."""
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for n, when in enumerate(SAVED):
        path = folder / f"v{n + 1}-passerelle.html"
        path.write_text(page(n), "utf-8")
        os.utime(path, (when.timestamp(), when.timestamp()))
        files.append(path)
    return files


def pause() -> None:
    """A second between two ingests, so their reading times differ."""
    time.sleep(1.1)


def aware(value: str) -> datetime:
    """An ISO 8601 time (``Z`` or an offset) as an aware datetime."""
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

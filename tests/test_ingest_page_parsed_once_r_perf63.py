"""A saved page is parsed once per ingest, its relative-date probe included (r-perf63,
issue 13): the probe (``ExtractStage._relative_update_unknown``) extracts a saved file again
against a reference a day later, and used to parse and walk the whole page again (~45 % of
a saved page's extraction time). Counted through a real ingest into a real SQLite store by
the profiler, which replaces none of our code."""

from __future__ import annotations

import cProfile
import os
import pstats
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from veille.ingest import ingest_paths
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

_BODY = """<p>La ligne {n} du tram est coupée entre la gare et le centre pour des travaux de
voirie engagés par la métropole, qui promet un retour à la normale avant les fêtes.</p>
<p>Des bus de substitution circulent toutes les dix minutes entre les deux arrêts, avec des
horaires renforcés aux heures de pointe selon l'exploitant du réseau.</p>"""

UPDATED = """<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Travaux sur la ligne 4 du tram</title>
<meta property="article:published_time" content="2026-03-09T08:00:00+01:00"></head>
<body><article><h1>Travaux sur la ligne 4 du tram</h1>
<p class="date">Mis à jour il y a 3 heures</p>""" + _BODY.format(n=4) + "</article></body></html>"

RELATIVE = """<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Travaux sur la ligne 3 du tram</title></head><body><article>
<h1>Travaux sur la ligne 3 du tram</h1>
<p class="date"><span>Mis en ligne hier à 07h15</span></p>""" + _BODY.format(n=3) + \
    "</article></body></html>"


def _calls(stats: pstats.Stats, path_end: str, name: str) -> int:
    return sum(v[1] for (path, _, func), v in stats.stats.items()  # type: ignore[attr-defined]
               if func == name and path.replace(os.sep, "/").endswith(path_end))


def _ingest(tmp_path: Path, store: SQLiteStore, settings: Settings,
            pages: dict[str, str]) -> pstats.Stats:
    folder = tmp_path / "saved"
    folder.mkdir()
    saved = datetime(2026, 3, 11, 21, 0, tzinfo=ZoneInfo("Europe/Paris")).timestamp()
    for name, html in pages.items():
        (folder / name).write_text(html, "utf-8")
        os.utime(folder / name, (saved, saved))
    profile = cProfile.Profile()
    profile.enable()
    try:
        ingest_paths(store, [folder], settings=settings)
    finally:
        profile.disable()
    return pstats.Stats(profile)


def test_a_probed_saved_page_is_parsed_once(
        tmp_path: Path, store: SQLiteStore, settings: Settings) -> None:
    stats = _ingest(tmp_path, store, settings, {"maj.html": UPDATED})
    assert _calls(stats, "extract/stage.py", "_relative_update_unknown") == 1  # probed
    assert _calls(stats, "extract/html/parse.py", "parse_html") == 1
    assert _calls(stats, "extract/html/walk.py", "walk_body") == 1
    (article,) = list(store.iter_articles())
    content = article.content
    assert content is not None and content.updated is None  # the probe's verdict holds
    assert content.evidence["updated"].startswith("unknown: the page's update time is relative")
    assert content.published == datetime(2026, 3, 9, 8, tzinfo=ZoneInfo("Europe/Paris"))


def test_each_page_keeps_its_own_layout(
        tmp_path: Path, store: SQLiteStore, settings: Settings) -> None:
    stats = _ingest(tmp_path, store, settings, {"a.html": RELATIVE, "b.html": UPDATED})
    assert _calls(stats, "extract/stage.py", "_relative_update_unknown") == 2
    assert _calls(stats, "extract/html/parse.py", "parse_html") == 2  # once a page
    by_title = {a.content.title: a.content for a in store.iter_articles() if a.content}
    relative = by_title["Travaux sur la ligne 3 du tram"]
    assert relative.published is None
    assert relative.evidence["published"].startswith(
        "unknown: the page's publication date is relative")
    assert "ligne 3" in relative.paragraphs[0]
    updated = by_title["Travaux sur la ligne 4 du tram"]
    assert updated.updated is None and "ligne 4" in updated.paragraphs[0]

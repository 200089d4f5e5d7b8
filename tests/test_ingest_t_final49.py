# ruff: noqa: E501  (the captures hold paragraphs on one line, as pages do)
"""t-final49 B1, B2: a feed item whose date is refused says so at ingest, as a JSON record
does; a duplicate ingested again with --source says the source was not applied. Real
SQLite store, the real ingest loop."""

from __future__ import annotations

from pathlib import Path

from veille.ingest import ingest_paths
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Var Matin Express</title><link>https://www.varexpress.example/</link><language>fr</language>
<item><title>Toulon : le port militaire ouvre ses portes</title>
<link>https://www.varexpress.example/toulon/portes-ouvertes</link>
<pubDate>Sun, 31 Sep 2026 09:00:00 +0200</pubDate>
<description>Le port militaire de Toulon ouvrira ses portes au public samedi, pour la première fois depuis cinq ans, a annoncé la préfecture maritime.</description></item>
<item><title>Hyères : les salins rouverts aux promeneurs</title>
<link>https://www.varexpress.example/hyeres/salins</link>
<pubDate>Mon, 01 Mar 2100 10:00:00 +0100</pubDate>
<description>Les salins d'Hyères rouvrent aux promeneurs après deux mois de travaux sur les digues, a indiqué la métropole mardi.</description></item>
<item><title>Fréjus : la base nature agrandie</title>
<link>https://www.varexpress.example/frejus/base-nature</link>
<pubDate>Tue, 01 Dec 2026 08:00:00 +0100</pubDate>
<description>La base nature de Fréjus gagne douze hectares, a voté le conseil municipal lundi soir, pour un coût de trois millions d'euros.</description></item>
</channel></rss>
"""

CAPTURE = """Le Quotidien du Léman

Thonon : la navette lacustre prolongée jusqu'à Évian

La ligne, lancée au printemps, desservira deux nouveaux débarcadères dès janvier.

Par Anne Grosjean
Publié le 2 décembre 2026 à 11h15

La navette lacustre de Thonon-les-Bains sera prolongée jusqu'à Évian à partir du 4 janvier, a annoncé la communauté d'agglomération. Huit rotations quotidiennes sont prévues.

« Le lac redevient une route », s'est félicité le président de l'agglomération.
"""


def test_a_feed_item_whose_date_is_refused_gets_a_note(tmp_path: Path, store: SQLiteStore,
                                                        settings: Settings) -> None:
    feed = tmp_path / "var.rss"
    feed.write_text(FEED, encoding="utf-8")
    summary = ingest_paths(store, [feed], settings=settings)
    assert summary.new == 3
    refused = [n for n in summary.notes if "its date was refused" in n]
    assert len(refused) == 2, summary.notes
    assert any("#1:" in n and "31 Sep 2026" in n for n in refused)
    assert any("#2:" in n and "2100" in n for n in refused)
    assert all("veille show" in n and "--json" in n for n in refused)
    assert not any("#3:" in n and "refused" in n for n in summary.notes)


def test_a_duplicate_with_source_says_the_source_was_not_applied(
        tmp_path: Path, store: SQLiteStore, settings: Settings) -> None:
    capture = tmp_path / "navette.txt"
    capture.write_text(CAPTURE, encoding="utf-8")
    first = ingest_paths(store, [capture], settings=settings)
    assert first.new == 1 and not any("--source" in n for n in first.notes)
    again = ingest_paths(store, [capture], settings=settings, source="quotidien-leman.example")
    assert (again.new, again.duplicate) == (0, 1)
    said = [n for n in again.notes if "--source" in n]
    assert len(said) == 1, again.notes
    assert "duplicate" in said[0] and "'quotidien-leman.example' not applied" in said[0]
    assert "keeps the source it was first ingested with" in said[0]
    # Without --source, a duplicate is just counted.
    plain = ingest_paths(store, [capture], settings=settings)
    assert plain.duplicate == 1 and not any("--source" in n for n in plain.notes)

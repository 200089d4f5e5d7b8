"""A date line and a byline recurring on a site's captures stay the pages' date and author
whatever the ingest's batch size (t-final62 #1, issue 14).

The site's chrome is learnt from the captures stored before a batch (blocks on 3 pages or
more: ``site_blocks``); "Publié le 05/03/2026 à 08h00" printed by every page of that minute
was read as chrome from the third batch of 2 on, and not with one batch of 200: 17 of
t-final62's 300 pages lost their date with batch 20, and their stories moved; the same when
the first pages came in an earlier ingest (a resumed one). Real CLI, real store."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

EVENTS = [
    ("Un incendie détruit un entrepôt de meubles à Quimper",
     "Un incendie a détruit dans la nuit un entrepôt de meubles de la zone nord de Quimper. "
     "Quarante pompiers ont été mobilisés, a indiqué le commandant Gaspard Ferreol."),
    ("Le pont de la Gare de Vannes fermé pour travaux",
     "La municipalité de Vannes ferme le pont de la Gare pendant trois semaines pour des "
     "travaux d'étanchéité, selon l'adjointe Dagny Brambach."),
    ("Grève des enseignants au lycée Jean-Moulin de Colmar",
     "Les enseignants du lycée Jean-Moulin de Colmar sont en grève contre la suppression "
     "de six postes, explique la déléguée syndicale Hilde Moravec."),
    ("Un festival de marionnettes s'installe à Auxerre",
     "Le premier festival de marionnettes d'Auxerre accueille douze compagnies ce week-end "
     "sur les quais de l'Yonne, annonce l'organisatrice Iker Quintanal."),
    ("Les éboueurs de Laval en grève depuis lundi",
     "Les éboueurs de Laval ont cessé le travail lundi pour réclamer des renforts, les "
     "poubelles s'accumulent dans le centre, rapporte le syndicaliste Ciro Pellizzari."),
    ("Le musée des beaux-arts de Niort bat son record d'affluence",
     "Le musée des beaux-arts de Niort a reçu dix mille visiteurs en un mois, un record "
     "selon sa directrice Jolanda Oyarbide, grâce à l'exposition consacrée aux faïences."),
]


PAGES = 12
"""Captures."""


def _captures(folder: Path, pages: range) -> None:
    folder.mkdir()
    for i in pages:
        title, lead = EVENTS[i % len(EVENTS)]
        title, lead = f"{title} ({i + 3} témoins)", f"{lead} Dossier numéro {i * 7 + 11}."
        (folder / f"{i:02d}.txt").write_text(
            f"https://www.gazette-du-val.example/2026/03/05/page-{i}.html\n"
            "Accueil  Région  Sports  Météo\n"
            f"{title}\n"
            "Par Anouk Varennec\n"
            "Publié le 05/03/2026 à 08h00\n"
            f"{lead}\n"
            f"Une réunion publique est prévue le {i % 27 + 1} avril à la salle numéro "
            f"{i + 2}, pour {i * 13 + 40} habitants inscrits.\n", encoding="utf-8")


def _ingest(folders: list[Path], data: Path, batch: int
            ) -> tuple[dict[str, tuple[str, str]], set[frozenset[str]]]:
    """Each of ``folders`` ingested in turn: the pages' (date, authors) and the stories."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("VEILLE_")}
    env |= {"VEILLE_DATA_DIR": str(data), "VEILLE_BATCH_SIZE": str(batch)}
    for folder in folders:
        done = subprocess.run([sys.executable, "-m", "veille.cli.main", "ingest", "--source",
                               "gazette-du-val.example", str(folder)], env=env,
                              capture_output=True, text=True, timeout=300, check=False)
        assert done.returncode == 0, done.stderr
    with sqlite3.connect(data / "veille.sqlite3") as conn:
        rows = conn.execute("SELECT url, doc FROM articles").fetchall()
    read = {url: json.loads(doc) for url, doc in rows}
    dated = {url: (doc["content"]["published"] or "", " ".join(doc["content"]["authors"]))
             for url, doc in read.items()}
    stories: dict[str, set[str]] = {}
    for url, doc in read.items():
        stories.setdefault(doc["dedup"]["story_id"], set()).add(url)
    return dated, {frozenset(s) for s in stories.values()}


def test_recurring_date_line_and_byline_are_kept_whatever_the_batch(tmp_path: Path) -> None:
    _captures(tmp_path / "all", range(PAGES))
    _captures(tmp_path / "first", range(4))
    _captures(tmp_path / "rest", range(4, PAGES))
    one_batch = _ingest([tmp_path / "all"], tmp_path / "b200", 200)
    # the first four stored before the rest is read: their lines are the site's then
    cut = _ingest([tmp_path / "first", tmp_path / "rest"], tmp_path / "b2", 2)
    for dated, _ in (one_batch, cut):
        assert len(dated) == PAGES
        for url, (published, authors) in dated.items():
            assert published.startswith("2026-03-05T08:00"), (url, published)
            assert "Anouk Varennec" in authors, (url, authors)
    assert cut == one_batch

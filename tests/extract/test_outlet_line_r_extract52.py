"""The outlet's name over the header's search line, and a masthead with its edition
(r-extract52, issue 14; t-final51 A8: "Reuters" / "Search", "ANSA" / "Cerca", "РИА
Новости" / "Поиск", "actu.fr" / "Rechercher" gave no source). Through ``ingest_paths`` on
a real SQLite store: the source stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.extract.masthead import outlet_part
from veille.ingest import ingest_paths
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

STORY = ("Neue Buslinie verbindet zwei Städte im Schwarzwald\n\n"
         "14.01.2026, 08:45 Uhr\n\n"
         "Seit Montag verbindet eine neue Buslinie Freiburg mit Titisee-Neustadt. Die Busse "
         "fahren werktags im Stundentakt.\n\n"
         "Der Landkreis finanziert das Angebot zunächst für zwei Jahre.\n")


def _source(store: SQLiteStore, settings: Settings, tmp_path: Path, text: str) -> str:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "capture.txt").write_text(text, "utf-8")
    ingest_paths(store, [folder], settings=settings)
    (article,) = list(store.iter_articles())
    return article.source


@pytest.mark.parametrize(("header", "source"), [
    ("Bloomberg\nSearch", "Bloomberg"),  # an agency's one-word name, a credit line too
    ("EFE\nBuscar", "EFE"),
    ("Интерфакс\nПоиск", "Интерфакс"),  # Russian controls
    ("РИА Новости\nВойти", "РИА Новости"),
    ("infos-vexin.fr\nRechercher", "infos-vexin.fr"),  # a host name as the wordmark
    ("Le Parisien Essonne\nRechercher", "Le Parisien"),  # a masthead and its edition
    ("El País Andalucía\nBuscar", "El País"),
])
def test_the_line_over_the_controls_is_the_outlet(store: SQLiteStore, settings: Settings,
                                                  tmp_path: Path, header: str,
                                                  source: str) -> None:
    assert _source(store, settings, tmp_path, f"{header}\n\n{STORY}") == source


@pytest.mark.parametrize("header", [
    "Politics\nSearch",  # a section's name
    "Lire aussi Le Monde\nRechercher",  # a teaser naming an outlet
])
def test_no_outlet_over_the_controls(store: SQLiteStore, settings: Settings, tmp_path: Path,
                                     header: str) -> None:
    assert _source(store, settings, tmp_path, f"{header}\n\n{STORY}") == ""


def test_outlet_part() -> None:
    assert outlet_part("Le Monde Afrique") == "Le Monde"
    assert outlet_part("Ouest-France Rennes") == "Ouest-France"
    assert outlet_part("La Dépêche du Midi édition Tarn-et-Garonne") in {
        "La Dépêche du Midi", ""}
    # a headline opening on an outlet's name is no edition
    assert outlet_part("Le Monde va supprimer soixante postes") == ""
    assert outlet_part("Le Monde : la rédaction vote") == ""

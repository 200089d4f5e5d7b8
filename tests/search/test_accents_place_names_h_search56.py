"""Accents do not matter, and a place's name is not a common word (t-final56 A6, issues
13/14 search), on both backends:

- a query word with its accents missing, wrong or partial finds what the accented word
  finds, in bodies too (the titles' accent-blind stream found them there only): ``Ales``
  and ``ALES`` find "Alès" (Snowball French: ``ale`` against ``ales``), ``électricite``
  finds "électricité" (``electricit`` against ``electr``), and an article written in
  capitals without accents ("A ALES") is found by ``Alès``; a phrase too;
- a capitalised word that names a département or a town of the gazetteer (``Gard``) is
  searched as written: never "garde" (same Snowball stem ``gard``), while the lower-case
  ``garde`` still finds "gardes" and "garder".

On 613f6d34 each query below but the controls failed. Real SQLite store + tantivy index,
and real PostgreSQL store + index where its server binaries are installed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from backends_kit import keys_found, searched_store
from veille.index.analysis import FRENCH, accent_readings
from veille.index.place_words import named_place

RECORDS = [
    ("ales", "Inondations : les sinistrés comptent les dégâts",
     "À Alès, les commerçants du centre vident leurs boutiques. Dépêche ales du jour."),
    ("wire", "DES ROUTES COUPEES", "A ALES, LA PREFECTURE A FERME DOUZE ROUTES. "
     "Dépêche wire du jour."),
    ("courant", "Le courant revient dans les villages",
     "Les équipes ont rétabli l'électricité dans trois hameaux. Dépêche courant du jour."),
    ("gard", "Crues : vigilance rouge levée",
     "Le Gard reste sous surveillance jusqu'à lundi. Dépêche gard du jour."),
    ("garde", "Une pharmacie de garde ouverte",
     "Les gardes de nuit reprennent dans le quartier. Dépêche garde du jour."),
    ("garder", "Le club veut garder son entraîneur",
     "Le président souhaite le garder deux saisons. Dépêche garder du jour."),
]


def _write(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for _key, title, text in RECORDS:
            f.write(json.dumps({"title": title, "text": text, "language": "fr",
                                "published": "2026-12-05T10:00:00+01:00", "url": None},
                               ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="module", params=["tantivy", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
          ) -> Iterator[Any]:
    root = tmp_path_factory.mktemp(f"h_search56_{request.param}")
    with searched_store(request.param, root, _write(root / "in.jsonl"), "h_search56") as v:
        yield v


def found(v: Any, query: str) -> set[str]:
    return keys_found(v, query, (key for key, *_ in RECORDS))


@pytest.mark.parametrize(("query", "expected"), [
    ("Ales", {"ales", "wire"}), ("ALES", {"ales", "wire"}), ("Alès", {"ales", "wire"}),
    ("alès", {"ales", "wire"}), ('"à Ales"', {"ales", "wire"}),
    ("électricite", {"courant"}), ("electricitè", {"courant"}), ("électricité", {"courant"}),
    ("Gard", {"gard"}), ("Gard surveillance", {"gard"}), ("GARD", {"gard"}),
    ("garde", {"gard", "garde", "garder"}), ("gardes", {"gard", "garde", "garder"}),
])
def test_accents_and_place_names(store: Any, query: str, expected: set[str]) -> None:
    assert found(store, query) == expected


def test_rules() -> None:
    """The readings and the gazetteer's names: a town under 20,000 inhabitants (Mer), a
    lower-case word and a word of another kind are no place's name."""
    assert named_place("Gard") and named_place("Alès") and named_place("ALES")
    assert not named_place("gard") and not named_place("Mer") and not named_place("Garde")
    assert accent_readings("Ales", FRENCH) == ["alès"]
    assert accent_readings("électricite", FRENCH)[0] == "electricité"
    assert accent_readings("des", FRENCH) == [] and accent_readings("Gard", FRENCH) == []

"""Editions named without URLs are one outlet (r-stories35, :mod:`veille.outlet_groups`
rules 2 and 3): an edition named after a département with an apostrophe ("Val-d'Oise",
"Côtes-d'Armor": the gazetteer's key keeps the apostrophe, the lookup dropped it), after
Paris (a ``capital`` in the gazetteer, not a ``commune``), with the word "édition" ("édition
du Tarn", "édition de l'Essonne"), or against the site whose label keeps the masthead's
article (``leparisien.fr`` and "Le Parisien – Essonne") were counted as two outlets. Real
SQLite store for the story count; records written here (invented local news)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.store.test_network_editions import _story_sources

from veille.outlet_groups import outlet_groups

TEXT = ("Le marché de Noël de la place de l'Hôtel-de-Ville ouvrira vendredi à 17 heures avec "
        "soixante chalets, une patinoire couverte et une grande roue, a annoncé la mairie, "
        "qui attend cette année trois cent mille visiteurs jusqu'au 31 décembre.")


@pytest.mark.parametrize("edition", [
    "Le Parisien – Val-d'Oise", "Le Parisien - Val-d’Oise", "Le Parisien – Paris",
    "Le Parisien – édition de l'Essonne", "Le Parisien (édition des Yvelines)",
    "Le Parisien – Essonne"])
def test_an_edition_named_alone_is_its_mastheads_outlet(edition: str) -> None:
    assert len(outlet_groups(["Le Parisien", edition])) == 1
    assert len(outlet_groups(["leparisien.fr", edition])) == 1


@pytest.mark.parametrize(("one", "other"), [
    ("Le Parisien", "Le Parisien – Week-end"), ("Le Monde", "Le Monde diplomatique"),
    ("Le Journal de Saône-et-Loire", "Le Journal du Centre"), ("Nice-Matin", "Var-Matin"),
    ("lemonde.fr", "Le Monde diplomatique"), ("Le Parisien", "Le Parisien – éditions")])
def test_other_titles_stay_other_outlets(one: str, other: str) -> None:
    assert len(outlet_groups([one, other])) == 2


def test_a_story_counts_a_sites_edition_named_without_url_once(tmp_path: Path) -> None:
    records = [
        {"url": "https://www.leparisien.fr/val-d-oise/marche-noel.php", "text": TEXT},
        {"source": "Le Parisien – Val-d'Oise", "text": TEXT.replace("vendredi", "ce vendredi")},
        {"source": "La Gazette du Val d'Oise Exemple",
         "text": TEXT.replace("soixante chalets", "60 chalets")},
    ]
    assert _story_sources(tmp_path, records) == (3, 2)

"""A capture with only a regional daily's masthead had no outlet ("VAR-MATIN", "LA DÉPÊCHE
DU MIDI" over the headline: source "-", a reprint counted "without a source"), and a
Canarian outlet was read on Madrid's clock, an hour off (t-final52 B6, A18): the outlet
table (data/outlet_zones.tsv) now holds France's regional dailies and the outlets of
Spain's and Portugal's Atlantic islands, each on its home clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from veille.extract.text_capture import extract_text_capture
from veille.extract.timezones import outlet_home_zone

NOW = datetime(2026, 12, 5, 12, tzinfo=UTC)

STORY = (
    "Draguignan : deux morts après les pluies diluviennes\n"
    "Publié le 03/12/2026 à 11h00\n"
    "Les pluies diluviennes qui se sont abattues mardi sur le Var ont fait deux morts à "
    "Draguignan, selon la préfecture, et plus de 12 000 foyers restaient privés "
    "d'électricité mercredi matin.\n"
    "Selon Météo-France, le Var et les Alpes-Maritimes restaient placés en vigilance "
    "orange jeudi. Une cellule de crise avait été ouverte hier soir à la préfecture.\n")


@pytest.mark.parametrize("masthead", ["VAR-MATIN", "La Dépêche du Midi", "Sud Ouest",
                                      "Le Progrès", "La Voix du Nord"])
def test_a_regional_masthead_is_the_outlet(masthead: str) -> None:
    got = extract_text_capture(f"{masthead}\n{STORY}", fetched_at=NOW)
    assert got.masthead.casefold() == masthead.casefold(), got.masthead
    assert got.published == datetime(2026, 12, 3, 11, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize("host", ["canarias7.es", "www.diariodeavisos.com", "eldia.es"])
def test_canarian_outlets_keep_the_islands_clock(host: str) -> None:
    assert outlet_home_zone(host)[0] == "Atlantic/Canary"

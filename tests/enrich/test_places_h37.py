"""Stations named after towns, and a given name read as a small country (h-places37),
through the CLI into a real store:

- "entre les stations Joliette et Castellane" of a Marseille article names Marseille's
  métro station, not the commune Castellane (Alpes-de-Haute-Provence, 100 km away);
  "la station Bastia" of a Lille article is no Corsican town (t-final36 A4);
- "la gare de Toulouse" of a Toulouse article is Toulouse (the station of the text's own
  city keeps its town);
- "la consejala Montserrat Ferrer" of a Spanish text is a person, not Montserrat (MS);
  the island in an English text stays the country.
"""
from __future__ import annotations

import pytest

from .test_places_r36 import enriched_captures, places_of

CAPTURES = {
    "marseille.txt": """Le Courrier du Vieux-Port
Rechercher
Marseille : le tramway T3 interrompu entre les stations Joliette et Castellane

Par Sophie Marchetti
Publié le 03/12/2026 à 09h15

Le tramway de Marseille ne circulera pas dimanche entre les stations Joliette et \
Castellane, en raison de travaux sur les voies, a annoncé la régie.

Des navettes desserviront la station Castellane toutes les dix minutes.
""",
    "lille.txt": """La Gazette des Flandres
Rechercher
Lille : un ascenseur en panne à la station Bastia du métro

Par Julien Vandenbussche
Publié le 02/12/2026 à 16h40

L'ascenseur de la station Bastia du métro de Lille est en panne depuis lundi, a indiqué \
Ilévia, qui promet une réparation avant la fin de la semaine.
""",
    "toulouse.txt": """Le Réveil du Midi
Rechercher
Toulouse : la gare de Toulouse rénove son hall principal

Par Marc Delpech
Publié le 01/12/2026 à 10h05

La SNCF rénovera le hall de la gare de Toulouse à partir de janvier, a annoncé mardi la \
mairie de Toulouse.
""",
    "huesca.txt": """Diario del Alto Aragón
Buscar
Huesca amplía el horario de sus piscinas municipales

Por Pilar Lasierra
Publicado el 02/12/2026 a las 10:20 CET

El Ayuntamiento de Huesca ampliará el horario de las piscinas municipales a partir de \
enero, anunció la concejala de Deportes, Montserrat Ferrer.

Según Montserrat Ferrer, la medida costará unos 80.000 euros al año.
""",
    "montserrat.txt": """Island Courier
Sign in
Montserrat opens new ferry terminal
By Ellen Sweeney
Published December 2, 2026 at 6:00 p.m.
A new ferry terminal opened on Montserrat on Wednesday, cutting the crossing to Antigua \
to 90 minutes.
""",
}


@pytest.fixture(scope="module")
def shown(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return enriched_captures(tmp_path_factory.mktemp("h37"), CAPTURES)


def _places(shown: dict[str, dict], start: str) -> dict[str, dict]:
    return places_of(shown, start)


def test_a_station_is_not_a_distant_town(shown: dict[str, dict]) -> None:
    places = _places(shown, "Marseille")
    assert places["Marseille"]["insee"] == "13055"
    castellane = places.get("Castellane")
    assert castellane is None or castellane.get("department") == "13", castellane
    lille = _places(shown, "Lille")
    assert "Bastia" not in lille and lille["Lille"]["country"] == "FR"


def test_the_station_of_the_texts_own_city_keeps_its_town(shown: dict[str, dict]) -> None:
    assert _places(shown, "Toulouse")["Toulouse"]["insee"] == "31555"


def test_a_given_name_is_not_a_small_country(shown: dict[str, dict]) -> None:
    places = _places(shown, "Huesca")
    assert "Montserrat" not in places, places
    assert _places(shown, "Montserrat")["Montserrat"]["country"] == "MS"

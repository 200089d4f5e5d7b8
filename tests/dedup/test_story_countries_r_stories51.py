"""One kind of event in places that cannot be one event stays apart (r-stories51).

- A weather alert for the Balearic Islands, whose headline names the islands (in no list)
  and whose lead names the region ("el Govern de les Illes Balears", "Baleares": ISO 3166-2
  ES-IB), and an alert for Monterrey (Mexico) the same day in the same words were one
  story: the region was not read, and a side whose headline names no place agreed with
  every place (:mod:`veille.dedup.regions_abroad`, ``TEXT_COUNTRIES``).
- A bus drivers' strike "au Mans" named no town (the contracted article), so it joined a
  bus drivers' strike at Angers the day before (``CONTRACTED_TOWNS``).

Texts written for these tests (invented events and people), one record per ingest into a
real store (each ingest re-clusters its window, as ``veille ingest`` does).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from story_records_kit import stories_of
from veille.dedup.regions_abroad import countries_apart, region_countries
from veille.dedup.specifics import lead_places, towns

BALEARES = ("Alerta naranja por lluvias y viento en Mallorca y Menorca",
            "La Agencia Estatal de Meteorología ha activado la alerta naranja por lluvias "
            "torrenciales y rachas de viento de hasta 100 kilómetros por hora en Mallorca y "
            "Menorca para este jueves.\n\nEl Govern de Baleares ha suspendido las clases y "
            "pide a la población no acercarse a los torrentes.",
            "2026-10-08T07:30:00+02:00", "es")
BALEARES_NEXT = ("Baleares cierra los colegios por la alerta de lluvias y viento",
                 "Mallorca y Menorca amanecen en alerta por lluvias y viento. Los servicios "
                 "de emergencia de Baleares han atendido 140 incidencias por árboles caídos "
                 "y calles inundadas.\n\nEl aeropuerto de Palma registra retrasos.",
                 "2026-10-08T12:10:00+02:00", "es")
MONTERREY = ("Alerta en Monterrey por lluvias y viento",
             "Protección Civil de Monterrey emitió una alerta por lluvias torrenciales y "
             "rachas de viento de hasta 90 kilómetros por hora para este jueves.\n\nEl "
             "municipio abrió cinco albergues y pide a la población no cruzar arroyos.",
             "2026-10-08T09:00:00-06:00", "es")
ANGERS = ("Grève des chauffeurs de bus à Angers : aucun bus ne circule",
          "Les chauffeurs du réseau de bus d'Angers sont en grève depuis mercredi matin à "
          "l'appel de l'intersyndicale, pour réclamer une hausse des salaires. Aucun bus ne "
          "circule.\n\nLe délégué Yannick Perrault annonce un mouvement reconductible.",
          "2026-03-11T08:00:00+01:00", "fr")
LE_MANS = ("Grève des chauffeurs de bus au Mans : le réseau Setram paralysé",
           "Les conducteurs de la Setram ont cessé le travail jeudi dès 5 heures, à l'appel "
           "de la CGT, contre la suppression de leur prime d'amplitude. Seules deux lignes "
           "de tramway fonctionnent.\n\nLa direction évoque une grève de 24 heures et un "
           "service normal vendredi.",
           "2026-03-12T08:30:00+01:00", "fr")


def _stories(tmp_path: Path, items: list[tuple[str, str, str, str]]) -> list[str]:
    return stories_of(tmp_path, items, "Diario")


@pytest.mark.parametrize("first", ["islands", "city"])
def test_two_weather_alerts_on_two_continents_are_two_stories(tmp_path: Path, first: str
                                                              ) -> None:
    """Regression: the Balearic alert (its headline naming no place veille reads) and the
    Monterrey alert the same day, in the same words, were one story, whichever came first;
    the Balearic alert's follow-up stays in its story."""
    items = [BALEARES, MONTERREY, BALEARES_NEXT] if first == "islands" else \
        [MONTERREY, BALEARES, BALEARES_NEXT]
    got = dict(zip((i[0] for i in items), _stories(tmp_path, items), strict=True))
    assert got[BALEARES[0]] != got[MONTERREY[0]]
    assert got[BALEARES_NEXT[0]] == got[BALEARES[0]]


def test_two_bus_strikes_in_two_towns_are_two_stories(tmp_path: Path) -> None:
    """Regression: the strike "au Mans" named no town and joined Angers' strike."""
    angers, le_mans = _stories(tmp_path, [ANGERS, LE_MANS])
    assert angers != le_mans


def test_a_region_abroad_is_read_as_its_country() -> None:
    """A subdivision abroad is its country ("Baleares", "Canarias": Spain); names that are
    words or people's names are not read ("Grand Port" of Mauritius, "Santa Ana" of El
    Salvador, "Farah" of Afghanistan)."""
    regions = region_countries()
    assert regions["baleares"] == regions["canarias"] == "town:country:es"
    assert "grand port" not in regions and "santa ana" not in regions
    assert "farah" not in regions


def test_a_contracted_town_and_a_facility_s_number() -> None:
    """"au Mans" is Le Mans; "à Port 2000" is a terminal, not the commune Port."""
    head, _named = towns("Grève au Mans", "")
    assert "town:le mans" in head
    head, _named = towns("Grève des dockers", "Le travail a cessé à Port 2000 jeudi.")
    assert "town:port" not in head


def test_a_lead_country_is_a_place_not_a_person_s_or_an_actor_s_name() -> None:
    """A country's name followed by a surname is a person ("Dominique Versini" is no
    Dominica); a demonym qualifies an actor ("la Bourse allemande"); "en Monterrey" and
    "Govern de Baleares" are places."""
    assert lead_places("Dominique Versini : le fichier", "La Bourse allemande a alerté.") \
        == frozenset()
    assert lead_places("Alerta", "Govern de Baleares, en Monterrey.") == \
        frozenset({"where:es", "where:mx"})


def test_countries_apart_needs_both_leads_and_no_crossing_mention() -> None:
    """Two sides are apart only when each lead names a country abroad, none in common,
    and neither side's texts name the other's."""
    es, mx = frozenset({"where:es"}), frozenset({"where:mx"})
    assert countries_apart(es, frozenset(), mx, frozenset())
    assert not countries_apart(es, frozenset({"town:country:mx"}), mx, frozenset())
    assert not countries_apart(es, frozenset(), frozenset(), frozenset({"town:country:mx"}))

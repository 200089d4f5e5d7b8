"""A place whose stated area holds none of its by-name readings (fresh user nu4 N8 a, N30,
re-checked in nu5): the area's settlements that the name may still name are its readings
(a contested exonym, a namesake's French name, an abbreviation written out)."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from tests.enrich.conftest import enrich

from veille.enrich.places import Gazetteer, Place, loose, resolve_places
from veille.enrich.stage import Resources


def _places(resources: Resources, text: str, source: str = "lemonde.fr"
            ) -> dict[str, dict[str, Any]]:
    places = enrich(resources, text, source=source)["places"]
    assert isinstance(places, list)
    return {str(p["mentioned_as"]): p for p in places}


def test_a_french_exonym_another_town_bears_is_read_in_the_stated_country(
        resources: Resources) -> None:
    found = _places(resources, ("Orages\n\nDe fortes pluies sont tombées jeudi sur Castellón "
                                "et à Valence, en Espagne, où les écoles ont fermé."))
    assert (found["Valence"]["country"], found["Valence"]["population"] > 500_000) == \
        ("ES", True)
    assert found["Valence"]["name"] == "Valence"  # shown as the text writes it


def test_the_contested_exonym_stays_the_french_town_without_a_stated_area(
        resources: Resources) -> None:
    found = _places(resources, ("Grève\n\nLes salariés de Valence et de Romans-sur-Isère, "
                                "dans la Drôme, manifestent."), source="ledauphine.com")
    assert found["Valence"]["country"] == "FR"


def test_a_namesake_takes_the_french_name_of_the_city_it_is_named_after(
        resources: Resources) -> None:
    found = _places(resources, ("Colloque\n\nLes experts se retrouveront à "
                                "Saint-Pétersbourg, en Floride, au printemps."),
                    source="ouest-france.fr")
    place = found["Saint-Pétersbourg"]
    assert (place["country"], place["admin1"]) == ("US", "FL")


def test_an_area_in_parentheses_is_stated_too(resources: Resources) -> None:
    found = _places(resources, ("Inondations\n\nLes secours sont intervenus à Valence "
                                "(Espagne) toute la nuit."))
    assert found["Valence"]["country"] == "ES"


def test_a_name_nothing_in_the_stated_area_bears_stays_unresolved(
        resources: Resources) -> None:
    found = _places(resources, ("Tournée\n\nLe groupe jouera à Bordeaux, en Espagne, puis "
                                "à Madrid."))
    assert "Bordeaux" not in found and "Madrid" in found


def test_a_name_the_gazetteer_holds_only_as_contested_resolves_in_its_area() -> None:
    city = Place("geonames:1", "Lisboa", "city", "PT", "14", 38.7, -9.1, 500_000)
    country = Place("Q45", "Portugal", "country", "PT", "", None, None, 10_000_000)
    gazetteer = Gazetteer([city, country], [Place("geonames:1", "Lisbonne", "", "", "", None,
                                                  None, 0)])
    text = "Un sommet se tient à Lisbonne, au Portugal, demain."
    entities: list[dict[str, object]] = [
        {"id": f"loc:{n.lower()}", "label": "LOC", "name": n, "count": 1,
         "mentions": [[text.index(n), text.index(n) + len(n), n]]}
        for n in ("Lisbonne", "Portugal")]
    places = resolve_places(entities, gazetteer, "lemonde.fr", text)
    assert [(p["mentioned_as"], p["id"]) for p in places] == [
        ("Lisbonne", "geonames:1"), ("Portugal", "Q45")]
    # without the stated area, a contested name is no reading
    alone = "Un sommet se tient à Lisbonne demain."
    entity: dict[str, object] = {"id": "loc:lisbonne", "label": "LOC", "name": "Lisbonne",
                                 "count": 1, "mentions": [[21, 29, "Lisbonne"]]}
    assert resolve_places([entity], gazetteer, "lemonde.fr", alone) == []


def test_abbreviations_are_written_out() -> None:
    assert loose("St. Petersburg") == loose("Saint-Pétersburg") == "saint petersburg"
    assert loose("Ft. Lauderdale") == "fort lauderdale"


@given(st.text(max_size=40))
def test_loose_never_fails_and_is_idempotent(name: str) -> None:
    assert loose(loose(name)) == loose(name)


def test_a_region_whose_code_is_unknown_stands_for_its_country(
        resources: Resources) -> None:
    """GeoNames numbers Canada's provinces: "en Ontario" still says Canada."""
    found = _places(resources, ("Festival\n\nLe groupe a joué à Londres, en Ontario, puis à "
                                "Montréal, au Québec."), source="ledevoir.com")
    assert found["Londres"]["country"] == "CA" and found["Montréal"]["country"] == "CA"

"""Places: the French press's exonyms of foreign cities resolve ("Cologne" is Köln), a
village does not win over a city a hundred times larger on its country alone, and a river's
name is no place (fresh-user report, F-f)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from veille.enrich.places import (
    MUCH_LARGER,
    Gazetteer,
    Place,
    resolve_places,
    river_mention,
    shipped,
    with_alternate_names,
)


def _resolve(text: str, *names: str, source: str = "lemonde.fr",
             gazetteer: Gazetteer | None = None
             ) -> tuple[dict[str, dict[str, object]], list[dict[str, object]]]:
    """Places of ``text`` whose LOC entities are ``names`` (every mention found)."""
    entities: list[dict[str, object]] = []
    for name in names:
        spans = [[m.start(), m.end(), name] for m in re.finditer(re.escape(name), text)]
        entities.append({"id": f"loc:{name.lower()}", "label": "LOC", "name": name,
                         "count": len(spans), "mentions": spans})
    places = resolve_places(entities, gazetteer or shipped(), source, text)
    return {str(p["mentioned_as"]): p for p in places}, entities


def test_french_exonyms_of_large_foreign_cities_resolve() -> None:
    text = ("La tournée passe par Francfort, Anvers, Genève, Barcelone, Séville, Bombay, "
            "Mossoul, Calcutta et Manille.")
    expected = {"Francfort": "DE", "Anvers": "BE", "Genève": "CH", "Barcelone": "ES",
                "Séville": "ES", "Bombay": "IN", "Mossoul": "IQ", "Calcutta": "IN",
                "Manille": "PH"}
    places, _ = _resolve(text, *expected)
    assert {name: places[name]["country"] for name in expected} == expected
    # shown as written, not as another language spells the same folded key ("Fráncfort")
    assert (places["Genève"]["name"], places["Francfort"]["name"]) == ("Genève", "Francfort")


def test_another_language_s_name_of_a_smaller_town_is_no_exonym() -> None:
    # GeoNames lists "Bienne" (Biel, 48,000) among Vienna's names, "Sion" (the Valais's)
    # among Jerusalem's, "Revel" (Haute-Garonne) among Tallinn's: not theirs in French.
    places, _ = _resolve("Il a vécu à Bienne, à Sion et à Revel.", "Bienne", "Sion", "Revel")
    assert places.get("Bienne", {}).get("country") != "AT"
    assert places["Sion"]["country"] != "IL"
    assert places["Revel"]["country"] == "FR"


def test_a_village_does_not_win_over_a_city_on_its_country_alone() -> None:
    # Cologne (Gers) has 728 inhabitants, Köln a million: a French source, and France
    # named in the article, are no context for the village.
    for text in ["Le chancelier s'est rendu à Francfort, puis à Cologne et à Berlin.",
                 "Le match aura lieu à Cologne.",
                 "Après Paris, la délégation française est attendue à Cologne."]:
        names = [n for n in ("Francfort", "Cologne", "Berlin", "Paris") if n in text]
        places, _ = _resolve(text, *names)
        assert places["Cologne"]["country"] == "DE", text


def test_the_village_wins_when_its_departement_or_region_is_named() -> None:
    for text, names in [("Fête de village à Cologne, dans le Gers.", ("Cologne", "Gers")),
                        ("Le conseil municipal de Cologne (32) a voté.", ("Cologne",)),
                        ("D'Auch à Cologne, la route est coupée.", ("Auch", "Cologne"))]:
        places, _ = _resolve(text, *names)
        assert (places["Cologne"]["country"], places["Cologne"]["department"]) == \
            ("FR", "32"), text


def test_a_much_larger_homonym_needs_the_ratio() -> None:
    town = Place("geonames:1", "Sainte-Truc", "commune", "FR", "76", 43.7, 0.9, 900)
    city = Place("geonames:2", "Sainte-Truc", "city", "DE", "07", 50.9, 6.9,
                 900 * MUCH_LARGER * 2)
    near = Place("geonames:3", "Sainte-Truc", "city", "DE", "07", 50.9, 6.9,
                 900 * MUCH_LARGER // 20)
    paris = Place("Q90", "Paris", "capital", "FR", "11", 48.86, 2.35, 2_000_000)
    text = "Un reportage à Sainte-Truc et à Paris."  # France named, a French source
    far, _ = _resolve(text, "Sainte-Truc", "Paris",
                      gazetteer=Gazetteer([town, city, paris]))
    assert far["Sainte-Truc"]["country"] == "DE"
    # not much larger: the French source and France named decide, as before
    close, _ = _resolve(text, "Sainte-Truc", "Paris", gazetteer=Gazetteer([town, near, paris]))
    assert close["Sainte-Truc"]["country"] == "FR"


def test_a_river_is_not_the_departement_named_after_it() -> None:
    for text, river in [("Le maire a inauguré le nouveau pont sur le Rhône.", "Rhône"),
                        ("Les promeneurs marchent le long de la Loire.", "Loire"),
                        ("Des crues sont attendues dans la vallée de la Marne.", "Marne"),
                        ("Un barrage sur la Durance a cédé.", "Durance"),
                        ("La pollution du fleuve Sénégal inquiète.", "Sénégal"),
                        ("Les berges de l'Isère sont inondées.", "Isère"),
                        # Feminine rivers and their water (newuser11 U16).
                        ("Le niveau de la Loire a dépassé quatre mètres.", "Loire"),
                        ("Des concerts gratuits sur les bords de Loire.", "Loire"),
                        ("La décrue de la Marne a commencé dans la nuit.", "Marne"),
                        ("Le débit de l'Isère reste élevé.", "Isère"),
                        # What a river does right after its name (verify11b).
                        ("La Loire continue de monter à Orléans.", "Loire"),
                        ("La Marne a débordé dans la nuit à Meaux.", "Marne"),
                        ("Le Rhône est sorti de son lit à Lyon.", "Rhône")]:
        places, entities = _resolve(text, river)
        assert river not in places, text
        [entity] = entities
        assert str(entity["id"]).startswith("loc:"), text


def test_the_departement_stays_a_place_without_a_river_cue() -> None:
    for text, name, department in [
            ("Le préfet du Rhône a pris un arrêté.", "Rhône", "69"),
            ("Vigilance orange sur le Gard ce week-end.", "Gard", "30"),
            ("Le viaduc de Millau est fermé.", "Millau", "12")]:
        places, _ = _resolve(text, name)
        assert places[name]["department"] == department, text


def test_a_name_written_once_as_a_river_and_once_not_stays_a_place() -> None:
    text = "Le pont sur le Rhône relie deux départements. Le Rhône vote dimanche."
    places, _ = _resolve(text, "Rhône")
    assert places["Rhône"]["department"] == "69"


def test_alternate_names_join_known_places_only() -> None:
    city = Place("geonames:7", "Köln", "city", "DE", "07", 50.9, 6.9, 1_000_000)
    rows = "# comment\ngeonames:7\tCologne\ngeonames:999\tNulle-Part\nbad row\n"
    places = with_alternate_names([city], rows)
    assert [(p.id, p.name) for p in places] == [("geonames:7", "Köln"),
                                                ("geonames:7", "Cologne")]


@given(st.text(max_size=200))
def test_alternate_names_never_fail_on_any_text(text: str) -> None:
    city = Place("geonames:7", "Köln", "city", "DE", "07", 50.9, 6.9, 1)
    assert with_alternate_names([city], text)[0] == city


@given(st.text(max_size=120), st.sampled_from(["le fleuve ", "la rivière ",
                                               "le long du ", "un pont sur la "]))
def test_a_river_cue_is_found_after_any_text(before: str, cue: str) -> None:
    text = before + " " + cue + "Truc"
    assert river_mention(text, len(text) - 4)
    assert not river_mention("à Truc", 2)

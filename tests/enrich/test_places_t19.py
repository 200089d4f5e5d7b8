"""Homonyms between metropolitan France and its overseas territories (t-enrich19): a bare
name in a national article is the metropolitan commune a French reader means; the
overseas town needs its territory, its code or a neighbour there in the text."""

from __future__ import annotations

import re

import pytest

from veille.enrich.places import OVERSEAS_COUNTRIES, resolve_places, shipped


def _places(text: str, *names: str, source: str = "journal.example.fr"
            ) -> dict[str, dict[str, object]]:
    entities: list[dict[str, object]] = []
    for name in names:
        spans = [[m.start(), m.end(), name]
                 for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)]
        entities.append({"id": f"loc:{name.lower()}", "label": "LOC", "name": name,
                         "count": len(spans), "mentions": spans})
    return {str(p["mentioned_as"]): p
            for p in resolve_places(entities, shipped(), source, text)}


@pytest.mark.parametrize("text", [
    "Un incendie s'est déclaré mardi dans un entrepôt de Saint-Denis.",
    "Le Stade de France, à Saint-Denis, sera rénové avant 2030.",
    "Saint-Denis : la mairie ferme deux écoles.",
])
def test_a_bare_saint_denis_is_the_metropolitan_commune(text: str) -> None:
    assert _places(text, "Saint-Denis")["Saint-Denis"]["insee"] == "93066"


@pytest.mark.parametrize(("text", "names"), [
    ("La Réunion : à Saint-Denis, les écoles ferment.", ("La Réunion", "Saint-Denis")),
    ("Un incendie à Saint-Denis, près du Tampon.", ("Saint-Denis", "Tampon")),
])
def test_the_overseas_saint_denis_still_wins_with_its_context(
        text: str, names: tuple[str, ...]) -> None:
    assert _places(text, *names)["Saint-Denis"]["insee"] == "97411"


def test_an_overseas_source_reads_the_bare_name_at_home() -> None:
    place = _places("Un incendie dans un entrepôt de Saint-Denis.", "Saint-Denis",
                    source="journal.example.re")["Saint-Denis"]
    assert place["insee"] == "97411"


def test_an_overseas_chef_lieu_is_a_commune_not_a_capital() -> None:
    towns = [p for p in shipped().by_id.values() if p.country in OVERSEAS_COUNTRIES]
    assert not [p.name for p in towns if p.kind == "capital"]
    [saint_denis] = [p for p in shipped().candidates("Saint-Denis") if p.country == "RE"]
    assert saint_denis.kind == "commune"


def test_a_quarter_without_insee_code_is_a_locality_not_a_commune() -> None:
    gazetteer = shipped()
    quarter = gazetteer.by_id["geonames:11919821"]  # Saint-Pierre, a quarter of Marseille
    assert (quarter.kind, quarter.department) == ("locality", "13")
    # a town GeoNames knows under its former name is the commune it became (issue 16,
    # f-places20: "Évry" is Évry-Courcouronnes, with its INSEE code), not a locality
    evry = [p for p in gazetteer.candidates("Évry") if p.department == "91"]
    assert [(p.kind, p.insee) for p in evry] == [("commune", "91228")]


def test_saint_pierre_beside_la_reunion_is_the_island_s() -> None:
    text = ("La préfecture de La Réunion a déclenché l'alerte mercredi à Saint-Denis et "
            "Saint-Pierre.")
    places = _places(text, "La Réunion", "Saint-Denis", "Saint-Pierre")
    assert places["Saint-Pierre"]["insee"] == "97416"
    assert places["Saint-Denis"]["insee"] == "97411"


def test_a_bare_saint_pierre_is_no_quarter() -> None:
    place = _places("Un incendie à Saint-Pierre mardi.", "Saint-Pierre")["Saint-Pierre"]
    assert place["kind"] != "locality" and place["insee"]

"""h-places66 (issue 16, t-final65 A5): a minor town abroad chosen among namesakes of its
own country only because it lies near the text's other places says ``ambiguous: true``;
a gazetteer town's size among its namesakes still settles it ("Valence" beside Romans).
Sentences written for these tests (not the bench's held-out set), through the real
enrichment pipeline, and :func:`veille.enrich.place_doubt.rivals` on built places."""

from __future__ import annotations

from tests.enrich.conftest import enrich

from veille.enrich.place_doubt import rivals
from veille.enrich.places import Place
from veille.enrich.stage import Resources


def _places(resources: Resources, text: str, **kw: str) -> dict[str, dict[str, object]]:
    return {str(p["mentioned_as"]): p
            for p in enrich(resources, text, **kw)["places"]}  # type: ignore[index,union-attr]


def test_a_village_placed_only_by_a_neighbouring_city_says_its_doubt(
        resources: Resources) -> None:
    text = "Grandinata\n\nDanni a Pistoia e a Santa Lucia dopo la grandinata di ieri."
    got = _places(resources, text, language="it", source="example.it")
    assert got["Santa Lucia"]["ambiguous"] is True
    assert got["Santa Lucia"]["alternatives"] >= 1
    assert got["Pistoia"]["ambiguous"] is False


def test_a_city_beside_its_neighbour_stays_sure(resources: Resources) -> None:
    text = ("Commerce\n\nLe marché couvert de Valence rouvre lundi, a indiqué la mairie de "
            "Romans-sur-Isère.")
    assert _places(resources, text)["Valence"]["ambiguous"] is False


def _town(pid: str, country: str, admin1: str, population: int, lat: float) -> Place:
    return Place(id=pid, name="Santa Lucia", kind="city", country=country, admin1=admin1,
                 population=population, lat=lat, lon=11.0)


def test_rivals_counts_a_namesake_of_the_same_country_the_placing_evidence_favours() -> None:
    best = _town("geonames:1", "IT", "16", 4000, 43.9)
    other = _town("geonames:2", "IT", "07", 7000, 40.8)
    abroad = _town("geonames:3", "ES", "53", 70000, 37.0)
    near = {"geonames:1": 6.5, "geonames:2": 2.5, "geonames:3": 0.0}
    placed = {"geonames:1": 2.5, "geonames:2": 2.5, "geonames:3": 0.0}
    readings = [best, other, abroad]
    assert rivals(best, readings, lambda p: near[p.id]) == []
    assert rivals(best, readings, lambda p: near[p.id],
                  placed=lambda p: placed[p.id]) == [other]


# --- a mayor's town that the alias table calls a firm (h-places66 item 4) ---------------

def _entities(resources: Resources, text: str, **kw: str) -> dict[str, dict[str, object]]:
    return {str(e["name"]): e
            for e in enrich(resources, text, **kw)["entities"]}  # type: ignore[index,union-attr]


def test_a_mayor_s_town_is_a_place_not_the_firm_of_that_name(resources: Resources) -> None:
    text = "Gemellaggi\n\nIl sindaco di Vinci ha firmato il patto con la città di Amboise."
    vinci = _entities(resources, text, language="it", source="example.it")["Vinci"]
    assert vinci["label"] == "LOC" and vinci["id"] != "veille:vinci"
    text = "Jumelage\n\nLa maire de Vinci, en Toscane, visite Amboise ce week-end."
    assert "Vinci" in _places(resources, text)


def test_the_firm_stays_a_firm_where_no_mayor_governs_it(resources: Resources) -> None:
    text = ("Autoroutes\n\nLe maire de Lyon a reçu Vinci, qui exploite le périphérique, "
            "pour parler des travaux.")
    assert _entities(resources, text)["Vinci"]["id"] == "veille:vinci"
    assert "Vinci" not in _places(resources, text)

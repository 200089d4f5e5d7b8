"""h-places53 (issue 16): an alternate name of a place that is another entry's primary name
in the same country does not take the mention from it ("Rio Grande do Sul" is the state
BR-RS, not the city of Rio Grande that GeoNames lists it under). A region named after its
largest city shares the name with it ("Téhéran", "New York"). Sentences written for these
tests, through the real enrichment pipeline and the shipped gazetteer."""

from __future__ import annotations

from tests.enrich.conftest import enrich

from veille.enrich.places import Place, shipped, with_alternate_names
from veille.enrich.stage import Resources


def _place(pid: str, name: str, kind: str, admin1: str, population: int) -> Place:
    return Place(pid, name, kind, "BR", admin1, None, None, population)


def test_an_alternate_name_that_is_another_entry_s_name_is_left_to_it() -> None:
    state = Place("iso3166-2:BR-RS", "Rio Grande do Sul", "region", "BR", "", None, None, 0)
    city = _place("geonames:1", "Rio Grande", "city", "23", 187_838)
    capital = _place("geonames:2", "Porto Alegre", "city", "23", 1_400_000)
    out = with_alternate_names([state, city, capital],
                               "geonames:1\tRio Grande do Sul\ngeonames:2\tPOA\n")
    assert [(p.id, p.name) for p in out[3:]] == [("geonames:2", "POA")]


def test_the_largest_city_of_its_region_keeps_the_region_s_name() -> None:
    state = Place("iso3166-2:BR-PE", "Pernambuco", "region", "BR", "", None, None, 0)
    city = _place("geonames:3", "Recife", "city", "30", 1_600_000)
    out = with_alternate_names([state, city], "geonames:3\tPernambuco\n")
    assert [(p.id, p.name) for p in out[2:]] == [("geonames:3", "Pernambuco")]


def test_the_shipped_gazetteer_reads_the_state_not_the_city() -> None:
    gazetteer = shipped()
    assert [p.id for p in gazetteer.candidates("Rio Grande do Sul")] == ["iso3166-2:BR-RS"]
    assert "geonames:112931" in {p.id for p in gazetteer.candidates("Téhéran")}
    assert "Q60" in {p.id for p in gazetteer.candidates("New York")}


def test_the_civil_defence_of_the_state_is_in_the_state(resources: Resources) -> None:
    found = {str(p["mentioned_as"]): p for p in enrich(
        resources, "Chuvas no Sul\n\nA Defesa Civil do Rio Grande do Sul emitiu um alerta "
                   "para as próximas horas. Escolas foram fechadas.",
        language="pt")["places"]}  # type: ignore[union-attr]
    assert found["Rio Grande do Sul"]["kind"] == "region"
    assert found["Rio Grande do Sul"]["id"] == "iso3166-2:BR-RS"

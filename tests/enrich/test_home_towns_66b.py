"""h-places66b (issue 16, t-final66 F8): the small towns of the countries veille serves,
read in context; a namesake of a local story's country over a big city abroad; the Catalan
preposition "a" before a town. Sentences written for these tests (not the bench's held-out
set, not the tester's), through the real enrichment pipeline and the shipped data."""

from __future__ import annotations

import gzip
from importlib import resources as package_data

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.enrich.conftest import enrich

from veille.enrich.places import shipped
from veille.enrich.stage import Resources


def _places(resources: Resources, text: str, **kw: str) -> dict[str, dict[str, object]]:
    return {str(p["mentioned_as"]): p
            for p in enrich(resources, text, **kw)["places"]}  # type: ignore[index,union-attr]


def test_the_cities1000_settlements_are_shipped() -> None:
    data = package_data.files("veille.enrich").joinpath("data", "villages.tsv.gz")
    rows = gzip.decompress(data.read_bytes()).decode("utf-8").splitlines()
    names = {r.split("\t")[1] for r in rows if not r.startswith("#")}
    assert {"Sassetta", "Vila Nova de Cerveira"} <= names
    assert "cities1000" in rows[1]


def test_a_small_town_of_the_sources_country(resources: Resources) -> None:
    text = "Sanità\n\nIl nuovo ambulatorio apre a Sassetta la prossima settimana."
    got = _places(resources, text, language="it", source="iltirreno.it")
    assert got["Sassetta"]["country"] == "IT"


def test_catalan_a_before_a_town(resources: Resources) -> None:
    text = "Pluja\n\nEls bombers han treballat tota la nit a Carlet per la tempesta."
    got = _places(resources, text, language="ca", source="apuntmedia.es")
    assert got["Carlet"]["country"] == "ES"


def test_neighbouring_small_towns_coordinated(resources: Resources) -> None:
    text = "Verkehr\n\nDie Straße zwischen Geretsried und Penzberg bleibt gesperrt."
    got = _places(resources, text, language="de", source="example.com")
    assert got["Penzberg"]["country"] == "DE" and got["Geretsried"]["country"] == "DE"


def test_a_local_storys_namesake_is_not_the_big_city_abroad(resources: Resources) -> None:
    text = ("Granizo\n\nLa tormenta arrasó los viñedos en Utiel y en San Antonio, según los "
            "agricultores.")
    got = _places(resources, text, language="es", source="example.com")
    assert got["Utiel"]["country"] == "ES"
    assert got["San Antonio"]["country"] == "ES"
    assert got["San Antonio"]["ambiguous"] is True  # 200 km away: one San Antonio of Spain


def test_the_big_city_when_the_text_names_its_country(resources: Resources) -> None:
    text = "Baloncesto\n\nLos Spurs ganan en San Antonio, Texas, ante los Lakers."
    got = _places(resources, text, language="es", source="example.com")
    assert got["San Antonio"]["country"] == "US"


def test_a_village_alone_without_context_stays_unread(resources: Resources) -> None:
    # Llombai is a village (2,720): its name alone, no source country, no neighbour
    text = "Fiestas\n\nLa procesión recorrerá el centro de Llombai el domingo."
    assert "Llombai" not in _places(resources, text, language="es", source="example.com")


def test_spoken_countries_counts_a_regional_language() -> None:
    from veille.enrich.home_towns import spoken_countries

    assert "ES" in spoken_countries("ca") and "ES" in spoken_countries("gl")
    assert "US" not in spoken_countries("es")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab Ca,.éYyde\n")), max_size=60),
       st.sampled_from(["es", "it", "ca", "de", "pt", "en", ""]),
       st.sampled_from(["", "ES", "IT", "DE"]))
def test_home_town_spans_are_inside_the_text(text: str, language: str, home: str) -> None:
    from veille.enrich.city_spans import _RUN, home_town_spans

    gazetteer = shipped()
    runs = [(m.start(), m.group()) for m in _RUN.finditer(text)]
    for start, end, label in home_town_spans(text, gazetteer, runs, language, home):
        assert 0 <= start < end <= len(text) and label == "LOC"

"""h-places67 (issue 16, t-check66 F9): a small town of the text's own country opening a
short headline ("Sueca estrena…", "Piombino, chiude…"), named twice after "de"/"d'", or
listed with others in a text read without a model is a place; the French lexicon does not
make a Spanish town a French adjective ("… y Dénia"). Sentences written for these tests
(not the bench's held-out set), through the real enrichment pipeline."""

from __future__ import annotations

from tests.enrich.conftest import enrich

from veille.enrich.opening_towns import named_twice
from veille.enrich.stage import Resources


def _places(resources: Resources, text: str, **kw: str) -> list[tuple[str, str]]:
    return [(str(p["country"]), str(p["mentioned_as"]))
            for p in enrich(resources, text, **kw)["places"]]  # type: ignore[index,union-attr]


def test_a_small_town_opening_a_catalan_headline(resources: Resources) -> None:
    text = ("Ontinyent estrena la piscina coberta\n\nLa piscina tindrà sis carrers i obrirà "
            "cada dia.")
    assert ("ES", "Ontinyent") in _places(resources, text, language="ca", source="")


def test_a_small_town_then_a_comma_opening_an_italian_headline(resources: Resources) -> None:
    text = "Suvereto, chiude la scuola media\n\nI ragazzi andranno in pullman."
    assert ("IT", "Suvereto") in _places(resources, text, language="it", source="")


def test_a_linked_name_opening_a_portuguese_headline(resources: Resources) -> None:
    text = "Ponte de Lima recebe a corrida\n\nA prova junta mil atletas."
    assert ("PT", "Ponte de Lima") in _places(resources, text, language="pt", source="jn.pt")


def test_a_town_named_twice_after_de(resources: Resources) -> None:
    text = ("Les obres del mercat de Xàtiva acaben\n\nEl mercat de Xàtiva reobrirà "
            "dimarts, segons l'ajuntament.")
    assert ("ES", "Xàtiva") in _places(resources, text, language="ca", source="vilaweb.cat")


def test_a_spanish_town_listed_is_no_french_adjective(resources: Resources) -> None:
    text = "Temporal\n\nSe suspenden las clases en Gandia, Tavernes y Dénia por el viento."
    assert ("ES", "Dénia") in _places(resources, text, language="es", source="efe.com")


def test_a_common_word_opening_a_headline_is_no_town(resources: Resources) -> None:
    text = "Marina celebra su cumpleaños\n\nLa fiesta fue en casa."
    assert _places(resources, text, language="es", source="") == []


def test_named_twice() -> None:
    assert named_twice("de Xàtiva … Xàtiva", "Xàtiva")
    assert not named_twice("de Xàtiva … Xàtivas", "Xàtiva")


def test_a_city_coordinated_before_a_verb_stays_a_place(resources: Resources) -> None:
    text = "Trenes\n\nSevilla y Córdoba exigen más trenes al ministerio."
    got = _places(resources, text, language="es", source="elpais.com")
    assert ("ES", "Sevilla") in got and ("ES", "Córdoba") in got

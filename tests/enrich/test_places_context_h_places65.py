"""h-places65 (issue 16; t-final64 #2, #7, #11): places read in the wrong country, and
names that are no place. Sentences written for these tests (Spanish, Catalan, Italian,
French), through the real enrichment pipeline and the shipped gazetteer:

- a Levante-EMV page (levante-emv.com, a .com) naming "Valencia" is Spain's, by veille's
  table of outlets; a Catalan text's "València" is Spain's (the language's likeliest
  country); "Alicante y Valencia" opening a sentence is two places, Spain's;
- a town hall, a provincial council names its town ("el Ayuntamiento de Valencia");
- a name after a street's, a church's or a school's noun is that thing's, no place ("la
  parroquia de San Miguel", "plaça Salvador Espriu", "el colegio El Salvador");
- Italian towns after a civic noun's "di" ("il sindaco di Lucca", "la provincia di Pisa")
  and after "da";
- "Contrôleure" (a feminine job title in -eure) is no name; "Santa María del Águila" is
  no person."""

from __future__ import annotations

from tests.enrich.conftest import enrich

from veille.enrich.lexicon import french
from veille.enrich.stage import Resources


def _places(resources: Resources, text: str, language: str, source: str
            ) -> dict[str, str]:
    found = enrich(resources, text, language=language, source=source)["places"]
    return {str(p["mentioned_as"]): str(p["country"]) for p in found}  # type: ignore[union-attr]


def _entities(resources: Resources, text: str, language: str, source: str
              ) -> dict[str, str]:
    found = enrich(resources, text, language=language, source=source)["entities"]
    return {str(e["name"]): str(e["label"]) for e in found}  # type: ignore[union-attr]


def test_a_levante_emv_page_s_valencia_is_spain_s(resources: Resources) -> None:
    places = _places(resources, "Atascos\n\nLos vecinos de Patraix denuncian atascos en "
                     "Valencia desde el lunes.", "es", "levante-emv.com")
    assert places == {"Valencia": "ES"}


def test_a_catalan_text_s_valencia_is_spain_s(resources: Resources) -> None:
    places = _places(resources, "Pluja\n\nLa pluja ha inundat València aquest matí.",
                     "ca", "example.com")
    assert places == {"València": "ES"}


def test_two_cities_opening_a_sentence_are_places(resources: Resources) -> None:
    places = _places(resources, "Playas llenas\n\nAlicante y Valencia registran una "
                     "ocupación del noventa por ciento.", "es", "example.com")
    assert places == {"Alicante": "ES", "Valencia": "ES"}


def test_a_town_hall_names_its_town(resources: Resources) -> None:
    places = _places(resources, "Plan de barrios\n\nEl Ayuntamiento de Valencia aprobó "
                     "ayer el plan para Benimaclet.", "es", "lasprovincias.es")
    assert places == {"Valencia": "ES"}


def test_names_of_streets_churches_and_schools_are_no_places(resources: Resources) -> None:
    places = _places(resources, "Fiestas\n\nLa parroquia de San Miguel, la plaça "
                     "Salvador Espriu, el carrer de Londres y el colegio El Salvador "
                     "acogen actos en Valencia.", "es", "lasprovincias.es")
    assert places == {"Valencia": "ES"}


def test_italian_towns_after_a_civic_noun_s_di(resources: Resources) -> None:
    places = _places(resources, "Consiglio\n\nIl sindaco di Lucca ha incontrato "
                     "l'assessore della provincia di Pisa. Turisti arrivati da Siena.",
                     "it", "iltirreno.it")
    assert places == {"Lucca": "IT", "Pisa": "IT", "Siena": "IT"}


def test_a_feminine_title_in_eure_is_a_word() -> None:
    lexicon = french()
    assert lexicon.is_noun("Contrôleure") and lexicon.is_noun("procureures")
    assert not lexicon.is_word("Lefeure")


def test_a_feminine_title_opening_a_line_is_no_name(resources: Resources) -> None:
    entities = _entities(resources, "Portrait\n\nContrôleure aérienne à Brest, elle "
                         "témoigne de son métier.", "fr", "example.fr")
    assert "Contrôleure" not in entities


def test_a_saint_named_village_is_no_person(resources: Resources) -> None:
    entities = _entities(resources, "Fiestas\n\nLos vecinos de Santa María del Águila "
                         "celebran las fiestas en El Ejido.", "es", "ideal.es")
    assert not [n for n, label in entities.items() if label == "PER"]

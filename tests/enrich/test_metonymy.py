"""A capital's name as its government where it is no subject (issue 16, newuser12 E1
left over): the complement of an act, a party to talks, the one a verb addresses, the
subject of a relative clause that says or decides; the city's own things stay places.
Sentences written here, not the testers' nor the held-out set's."""

from __future__ import annotations

import re

import pytest

from veille.enrich.metonymy import acts_as_power
from veille.enrich.stage import Resources

from .conftest import enrich


def _label_of(section: dict[str, object], name: str) -> set[str]:
    entities = section["entities"]
    assert isinstance(entities, list)
    return {str(e["label"]) for e in entities
            if any(str(m[2]) == name for m in e["mentions"])}


def _placed(section: dict[str, object]) -> set[str]:
    places = section["places"]
    assert isinstance(places, list)
    return {str(p["name"]) for p in places}


@pytest.mark.parametrize(("sentence", "name"), [
    ("Les éleveurs dénoncent les quotas imposés et les aides de Varsovie.", "Varsovie"),
    ("Le Japon attend toujours la réponse officielle de Séoul.", "Séoul"),
    ("L'Arménie a cédé sous la pression de Bakou.", "Bakou"),
    ("Le Canada a signé un accord commercial avec Londres.", "Londres"),
    ("Les discussions entre Athènes et Ankara reprendront lundi.", "Athènes"),
    ("Les discussions entre Athènes et Ankara reprendront lundi.", "Ankara"),
    ("Le Premier ministre a exhorté Budapest à lever son veto.", "Budapest"),
    ("L'Ukraine a critiqué Budapest, qui a bloqué l'aide européenne.", "Budapest"),
])
def test_a_capital_acting_where_it_is_no_subject_is_its_government(
        resources: Resources, sentence: str, name: str) -> None:
    section = enrich(resources, f"Diplomatie\n\n{sentence}")
    assert _label_of(section, name) == {"ORG"}
    # the entity is the government; the article still names the city, a place (f-places26,
    # t-final25 S8: "Moscou a répondu" named no place)
    assert name in _placed(section)


@pytest.mark.parametrize(("sentence", "name"), [
    ("Le maire de Varsovie a inauguré un pont.", "Varsovie"),
    ("Les rues de Séoul étaient désertes dimanche.", "Séoul"),
    ("Le vol entre Athènes et Ankara a été annulé.", "Ankara"),
    ("Elle a quitté Budapest pour Vienne.", "Budapest"),
])
def test_a_capital_s_own_things_stay_the_city(resources: Resources, sentence: str,
                                              name: str) -> None:
    section = enrich(resources, f"Actualité\n\n{sentence}")
    assert _label_of(section, name) == {"LOC"}
    assert _placed(section)


def test_a_town_that_is_no_capital_keeps_its_place(resources: Resources) -> None:
    """The object rules are for capitals: "la décision de Grenoble" may be the club's or
    the council's, and the town is no state's seat."""
    section = enrich(resources, "Transports\n\nLa décision de Grenoble surprend les usagers.")
    assert "Grenoble" in _placed(section)


def test_cues_read_the_words_before_only() -> None:
    text = "les subventions massives de Pékin et les rues de Pékin"
    first, second = (m.start() for m in re.finditer("Pékin", text))
    assert acts_as_power(text, first)
    assert not acts_as_power(text, second)
    assert acts_as_power("un accord avec Paris", len("un accord avec "))
    assert not acts_as_power("il dîne avec Paris", len("il dîne avec "))

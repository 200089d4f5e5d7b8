"""A bare "Sénat" or "Assemblée nationale" is France's only in an article about France
(nu4 N22: the US Senate of an article on the US elections was "Sénat (France)")."""

from __future__ import annotations

import pytest
from tests.enrich.conftest import enrich

from veille.enrich.stage import Resources


def _ids(resources: Resources, text: str, source: str) -> set[str]:
    entities = enrich(resources, text, source=source)["entities"]
    assert isinstance(entities, list)
    return {str(e["id"]) for e in entities}


@pytest.mark.parametrize(("text", "source"), [
    ("Élections de mi-mandat\n\nLes républicains gardent la majorité au Sénat. À Chicago et "
     "à Boston, les électeurs des États-Unis ont voté en masse.", "lemonde.fr"),
    ("Budget fédéral\n\nLe Sénat a adopté le budget mardi. Les sénateurs de Liège et de "
     "Namur ont voté contre.", "lesoir.be"),
])
def test_another_country_s_senate_is_not_the_french_one(resources: Resources, text: str,
                                                        source: str) -> None:
    ids = _ids(resources, text, source)
    assert "veille:senat" not in ids
    assert "org:senat" in ids


def test_the_french_senate_stays_linked_in_an_article_about_france(
        resources: Resources) -> None:
    ids = _ids(resources, ("Budget\n\nLe Sénat a adopté le budget mardi. Les sénateurs de "
                           "Lille et de Nantes ont voté contre."), "lemonde.fr")
    assert "veille:senat" in ids

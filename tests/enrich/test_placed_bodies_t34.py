"""An organisation named after a town that has namesakes is that town's (t-final34 A1: one
entity ``org:birmingham-city-council`` joined the councils of Birmingham, England and of
Birmingham, Alabama, though their places were told apart): its id is qualified by the
place the article resolves the town to. A town of one place keeps the plain id. Sentences
written here, through the real enrichment pipeline."""

from __future__ import annotations

from tests.enrich.conftest import enrich

from veille.enrich.stage import PLACE_QUALIFIER, Resources


def _ids(resources: Resources, text: str) -> dict[str, str]:
    entities = enrich(resources, text, language="en")["entities"]
    assert isinstance(entities, list)
    return {str(e["name"]): str(e["id"]) for e in entities}


def test_councils_of_two_namesake_towns_are_two_bodies(resources: Resources) -> None:
    maine = _ids(resources, "Shelters\n\nThe Springfield City Council voted on Monday to open "
                            "two shelters in Springfield, Massachusetts, before winter.")
    missouri = _ids(resources, "Shelters\n\nThe Springfield City Council voted on Monday to "
                               "open two shelters in Springfield, Missouri, before winter.")
    a, b = maine["Springfield City Council"], missouri["Springfield City Council"]
    assert a != b
    assert a.startswith("org:springfield-city-council" + PLACE_QUALIFIER)
    assert b.startswith("org:springfield-city-council" + PLACE_QUALIFIER)

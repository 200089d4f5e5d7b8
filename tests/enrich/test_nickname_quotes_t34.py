"""A quoted word inside a person's name is a nickname, not a quote (t-final34 A9: Kevin
"Boxer" Moran gave `Moran: « Boxer »`); the person's real quotes stay. Sentences written
here, through the real enrichment pipeline."""

from __future__ import annotations

from tests.enrich.conftest import enrich

from veille.enrich.stage import Resources


def _quotes(resources: Resources, text: str, language: str) -> list[str]:
    quotes = enrich(resources, text, language=language)["quotes"]
    assert isinstance(quotes, list)
    return [str(q["text"]) for q in quotes]


def test_an_english_nickname_is_no_quote(resources: Resources) -> None:
    found = _quotes(resources, (
        "By-election\n\nCouncillor Patrick \"Flash\" Dunleavy, a former jockey, said the "
        "state of the roads was \"a disgrace for every family in Galway\"."), "en")
    assert "Flash" not in found
    assert any("a disgrace for every family" in q for q in found)


def test_a_french_nickname_is_no_quote(resources: Resources) -> None:
    found = _quotes(resources, (
        "Patrimoine\n\nL'ancienne boulangère Marie-Claude « Mimi » Larrieu a déclaré samedi "
        "que la fête du pain serait « la plus belle depuis vingt ans »."), "fr")
    assert "Mimi" not in found
    assert any("la plus belle depuis vingt ans" in q for q in found)

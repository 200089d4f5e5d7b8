"""Issue 16 (r-places51), through the real enrichment pipeline: a place's name inside a
building's or venue's name is no place of the article ("Palau de la Virreina", a palace of
Barcelona, was the country Palau; "das Palais Schweden" was Sweden; "il Teatro Argentina"
Argentina). Sentences written for these tests."""

from __future__ import annotations

from tests.enrich.conftest import enrich

from veille.enrich.stage import Resources
from veille.enrich.venue_heads import venue_span


def _found(resources: Resources, text: str, **kw: str) -> tuple[dict[str, str], set[str]]:
    """(label by mention, the countries of the places) of ``text``."""
    out = enrich(resources, text, **kw)
    labels = {str(m[2]): str(e["label"]) for e in out["entities"]  # type: ignore[index,union-attr]
              for m in e["mentions"]}
    countries = {str(p["country"]) for p in out["places"]}  # type: ignore[index,union-attr]
    return labels, countries


def test_a_head_noun_decides_the_span() -> None:
    text = "La mostra s'obre al Palau de la Virreina, a Barcelona."
    at = text.index("Palau")
    assert venue_span(text, at, at + len("Palau")) == (at, text.index(", a Barcelona"))
    text = "Das Konzert findet im Palais Schweden statt."
    at = text.index("Schweden")
    assert venue_span(text, at, at + len("Schweden")) == (text.index("Palais"), at + 8)
    text = "Le match se joue au stade de Lille samedi."  # a lower-case head and "de": Lille's
    at = text.index("Lille")
    assert venue_span(text, at, at + 5) is None
    text = "Il vit à Barcelone depuis 2010."
    at = text.index("Barcelone")
    assert venue_span(text, at, at + 9) is None


def test_a_catalan_palace_is_not_the_country_palau(resources: Resources) -> None:
    labels, countries = _found(
        resources, "Exposició al Palau de la Virreina\n\nLa mostra s'inaugura dissabte al "
                   "Palau de la Virreina, a la Rambla de Barcelona.", language="ca")
    assert "PW" not in countries
    assert labels.get("Palau de la Virreina") == "LOC"
    assert "ES" in countries


def test_venues_named_after_countries_are_no_countries(resources: Resources) -> None:
    labels, countries = _found(
        resources, "Konzert in Köln\n\nDas Konzert findet am Freitag im Palais Schweden in "
                   "Köln statt. Danach geht es ins Café Brasil am Rhein.", language="de")
    assert countries == {"DE"}
    assert labels.get("Palais Schweden") == "LOC"
    labels, countries = _found(
        resources, "Concerto a Roma\n\nIl concerto si terrà al Teatro Argentina di Roma, poi "
                   "al Caffè Brasile.", language="it")
    assert countries == {"IT"}
    labels, countries = _found(
        resources, "Concierto en Madrid\n\nLos músicos se alojan en el Hotel Suecia, en "
                   "Madrid.", language="es")
    assert countries == {"ES"}
    assert "Suecia" not in labels

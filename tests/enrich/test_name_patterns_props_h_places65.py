"""h-places65: properties of the name-reading helpers added for issue 16 (Hypothesis): on
any text, the street/church/school test, the saint test and the coordination test answer
without raising, and a name written after "calle de", "carrer de", "la parroquia de San"
or "el colegio" is always read as that thing's name."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.enrich.city_spans import _coordinated_place
from veille.enrich.places import shipped
from veille.enrich.street_names import _named_street, _saint_named

_NAME = st.from_regex(r"[A-ZÁÉÍÓÚ][a-záéíóúñ]{2,10}", fullmatch=True)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.integers(min_value=0, max_value=200))
def test_helpers_never_raise(text: str, at: int) -> None:
    at = min(at, len(text))
    assert isinstance(_named_street(text, at), bool)
    assert isinstance(_saint_named(text, at), bool)
    assert isinstance(_coordinated_place(text, at, shipped()), bool)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["la calle de ", "el carrer de ", "la plaça ", "el colegio ",
                        "l'institut ", "le lycée ", "la parroquia de San ",
                        "la chiesa di San ", "in via "]), _NAME)
def test_a_name_after_a_street_s_or_building_s_noun_is_its(head: str, name: str) -> None:
    text = f"Obras en {head}{name} desde el lunes."
    start = text.index(name, len("Obras en ") + len(head) - 1)
    if head.endswith("San "):
        start -= len("San ")
    assert _named_street(text, start)


def test_da_after_a_name_is_its_particle_not_from() -> None:
    from veille.enrich.city_spans import city_spans

    gazetteer = shipped()
    text = "A ponte Vasco da Gama fechou ontem; turisti arrivati da Siena."
    assert [text[s:e] for s, e, _ in city_spans(text, gazetteer)] == ["Siena"]

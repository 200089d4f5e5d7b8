"""h-places65b: properties of the spans read without a language model — whatever the text,
``city_spans`` never raises, its spans lie inside the text on word bounds, and
``opening_city`` answers a bool."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veille.enrich.city_spans import city_spans
from veille.enrich.opening_cities import opening_city
from veille.enrich.places import shipped

_WORDS = st.sampled_from([
    "Toledo", "acoge", "Como", "cada", "Vila", "Nova", "de", "Gaia", "y", "e", "Castilla",
    "León", "nel", "quartiere", "di", "Santa", "Lucia", "municipios,", "entre", "ellos",
    "Paiporta,", "Catarroja", "Zug", "fällt", ".", "\n", "Halle", "3", "Natal", "a", "em",
    "no", "concelhos", "do", "Porto,", "barrio", "Salamanca", "la", "alcaldesa", "Ávila"])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_WORDS, max_size=25), st.sampled_from(["es", "it", "pt", "de", "", "xx"]))
def test_city_spans_never_raise_and_stay_in_the_text(words: list[str], language: str) -> None:
    text = " ".join(words)
    gazetteer = shipped()
    for start, end, label in city_spans(text, gazetteer, language):
        assert 0 <= start < end <= len(text) and label == "LOC"
        assert text[start:end] == text[start:end].strip()
    for at in range(0, len(text), 7):
        assert opening_city(text, at, text[at:at + 6], gazetteer, language, words) in (
            True, False)

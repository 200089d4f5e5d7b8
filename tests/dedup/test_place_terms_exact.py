"""The story terms' place readers, made cheaper for issue #13, read what they read before:
:func:`veille.dedup.regions.world_places` (the table's tokens found by one set
intersection, positions read only for "indien" and the regions of several words) and
:func:`veille.dedup.specifics.towns` (each phrase's key remembered), against the
definitions they replace, on texts drawn from the tables' own words."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.dedup import regions, specifics
from veille.extract.textshape import fold


def old_world_places(text: str) -> frozenset[str]:
    words, phrases = regions._table()
    tokens = regions._TOKEN.findall(fold(text))
    found: set[str] = set()
    for k, token in enumerate(tokens):
        keys = words.get(token)
        if keys is not None:
            if token == "indien" and k > 0 and tokens[k - 1] == "ocean":
                continue
            found |= keys
        elif token in regions._FIRST:
            for phrase, keys in phrases.items():
                if tuple(tokens[k:k + len(phrase)]) == phrase:
                    found |= keys
    return frozenset(found)


def old_towns_of(text: str) -> set[str]:
    communes = specifics._communes()
    found: set[str] = set()
    for match in specifics._TOKEN.finditer(text):
        words = match.group().split()
        start = 0
        while start < len(words):
            for end in range(len(words), start, -1):
                key = communes.get(fold(" ".join(words[start:end])))
                if key is not None:
                    found.add(key)
                    start = end
                    break
            else:
                start += 1
    return found


WORDS = st.sampled_from([
    "océan", "Océan", "Indien", "indien", "indienne", "l'océan", "Afrique", "de", "l'Ouest",
    "du", "Nord", "Sahel", "malienne", "l'armée", "Moyen-Orient", "nord-coréen", "Corée",
    "Asie", "centrale", "Asie centrale", "Amérique", "latine", "Proche-Orient", "Lyon", "La",
    "Rochelle", "Saint-Denis", "Paris", "Kaboul", "à", "le", "Le", "Mans", "sur", "Mer",
    "Boulogne-sur-Mer", "Aix-en-Provence", "Aix", "en", "Provence", "Tokyo", "São", "Paulo",
    ",", ".", "Ukrainiens", "ukrainien", "ÉTATS-UNIS", "Marseille", "Nice", "Épinal"])
TEXTS = st.lists(WORDS, max_size=30).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_world_places_as_before(text: str) -> None:
    assert regions.world_places(text) == old_world_places(text)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_towns_as_before(text: str) -> None:
    assert specifics._towns(text) == old_towns_of(text)


@given(st.text(max_size=60))
def test_any_text(text: str) -> None:
    assert regions.world_places(text) == old_world_places(text)
    assert specifics._towns(text) == old_towns_of(text)


def test_the_indian_ocean_is_no_country() -> None:
    assert regions.world_places("dans l'océan Indien") == frozenset()
    assert regions.world_places("l'océan Indien et le gouvernement indien") == \
        old_world_places("le gouvernement indien")
    assert regions.world_places("en Afrique de l'Ouest") == \
        old_world_places("en Afrique de l'Ouest") != frozenset()

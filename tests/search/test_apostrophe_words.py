"""Words written with an apostrophe are words, not an elision (newuser7 P13 j).

``presqu'île`` was searched as ``île`` (``presqu`` was in the elided particles, with ``l'``
and ``qu'``), so it found "en Île-de-France"; typed without the apostrophe (``presquile``,
``aujourdhui``, ``prudhommes``) nothing, where ``dixhuit`` finds "dix-huit". Only the
elided particles (Grevisse § 44) are dropped now, and a word with an apostrophe after
another part is also indexed joined. Real tantivy index and real PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.index.analysis import (
    _APOSTROPHE_WORD,
    FRENCH_ELISIONS,
    ONE_LETTER_CLITICS,
    apostrophe_words,
    fold,
)
from veille.index.base import IndexDoc
from veille.index.query import parse_query

from .conftest import both_backends

T0 = datetime(2026, 11, 30, 9, tzinfo=UTC)
TEXTS = {
    "arcachon": "Tempête sur la presqu'île d'Arcachon, les digues surveillées",
    "idf": "Alerte orange en Île-de-France, l'île de la Cité fermée",
    "aujourdhui": "Aujourd’hui, le conseil des prud'hommes de Lyon a tranché",
    # f-cliux32: an apostrophe inside a name (Breton c'h), a one-letter part after it
    "guivarch": "Stéphane Guivarc'h inaugure le stade de Kerfeunteun, dit l'adjoint",
}


@pytest.fixture(scope="module", params=["tantivy", "postgresql"])
def index(request: pytest.FixtureRequest,
          tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield from both_backends(request, tmp_path_factory, "apostrophe", [
        IndexDoc(id=key, title="Dépêche", body=text, source="ex.fr", language="fr", date=T0)
        for key, text in TEXTS.items()])


@pytest.mark.parametrize(("query", "expected"), [
    ("presqu'île", {"arcachon"}), ("presqu’île", {"arcachon"}), ("presquile", {"arcachon"}),
    ("presquîle", {"arcachon"}), ('"presqu\'île d\'Arcachon"', {"arcachon"}),
    ("île", {"arcachon", "idf"}), ("aujourdhui", {"aujourdhui"}),
    ("aujourd'hui", {"aujourdhui"}), ("prudhommes", {"aujourdhui"}),
    ("prud'hommes", {"aujourdhui"}), ("l'île", {"arcachon", "idf"}),
    ("Guivarch", {"guivarch"}), ("guivarc'h", {"guivarch"}), ("Guivarc’h", {"guivarch"}),
    ("ladjoint", set()),
])
def test_apostrophe_words(index: Any, query: str, expected: set[str]) -> None:
    found = {hit.doc.id for hit in index.search(parse_query(query).node, limit=50).hits}
    assert found == expected, query


@given(st.sampled_from(FRENCH_ELISIONS), st.text("abcdeéèilnorstu", min_size=2, max_size=10))
def test_an_elided_particle_is_never_joined(particle: str, word: str) -> None:
    assert apostrophe_words(f"Il dit {particle}'{word} ici") == []


def test_one_letter_after_a_name_is_joined_but_not_a_clitic() -> None:
    assert apostrophe_words("Guivarc'h a marqué") == [(0, 9, "Guivarch")]
    assert apostrophe_words("Kerc’h, Macron's plan, don't, she'd, I'm, l'a") == [
        (0, 6, "Kerch")]


@given(st.text("abcdeéilnorstu", min_size=2, max_size=8),
       st.text("abcdeéîilnorstu", min_size=2, max_size=8))
def test_another_first_part_is_joined_at_its_offsets(first: str, second: str) -> None:
    text = f"Voir {first}’{second}, puis"
    found = apostrophe_words(text)
    if first.lower() in FRENCH_ELISIONS:
        assert found == []
    else:
        assert found == [(5, 6 + len(first) + len(second), first + second)]


def _apostrophe_words_by_definition(text: str) -> list[tuple[int, int, str]]:
    """The rule as one regex (what :func:`apostrophe_words` computed until 2026-12-01)."""
    return [(m.start(), m.end(), m.group(1) + m.group(2))
            for m in _APOSTROPHE_WORD.finditer(text)
            if fold(m.group(1)) not in FRENCH_ELISIONS
            and not (len(m.group(2)) == 1 and fold(m.group(2)) in ONE_LETTER_CLITICS)]


_CHARS = st.sampled_from(list("aeiloqustzAÉéèîœ’'-_ .\n02²") + ["Σ", "ς", "İ", "\u0301", "ǅ",
                                                                "c'h", "n’t", "'s"])


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(_CHARS, st.sampled_from(["qu'", "aujourd’hui", "l'", "d’", "jusqu'"])),
                max_size=60).map("".join))
def test_apostrophe_words_as_the_regex_defines_them(text: str) -> None:
    assert apostrophe_words(text) == _apostrophe_words_by_definition(text)


@pytest.mark.parametrize(("text", "joined"), [
    ("à Pont-l'Abbé ce matin", ["PontlAbbé"]), ("Villeneuve-d’Ascq", ["VilleneuvedAscq"]),
    ("Pont-l'Abbé-d'Arnoult", ["PontlAbbédArnoult"]),
    ("Saint-Jean-d'Angély", ["SaintJeandAngély"]),
    # no elided particle before the apostrophe, or a one-letter part elsewhere
    ("Jean-Luc's car", ["JeanLuc"]), ("a-t-il dit", []), ("l'Île-de-France", ["ÎledeFrance"]),
])
def test_a_name_through_an_elided_particle_is_one_compound(text: str,
                                                           joined: list[str]) -> None:
    """t-final50 A4: ``pont-l-abbe`` (its joined form) found "Pont-l'Abbé" on PostgreSQL
    only: the name's compound stopped at ``l'`` and had no joined form."""
    from veille.index.analysis import compounds

    assert [j for _s, _e, j in compounds(text)] == joined

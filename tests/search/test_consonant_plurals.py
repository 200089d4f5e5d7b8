"""A French word finds its plural in ``-s`` after a consonant, and the other way round.

Regression (t-final50 A3): ``veille search foyer`` found nothing in a text saying "18 000
foyers", nor ``superprofit`` "les superprofits", while ``foyers`` did. Snowball French
deletes a final ``s`` after a consonant only when no earlier step matched, and the
singular often ends in a verb's ending the ``s`` hides: ``foyer`` → ``foi`` (an
infinitive's ``-er``), ``foyers`` → ``foyer``; ``superprofit`` → ``superprof`` (``-it``),
``superprofits`` → ``superprofit``. Such a plural is now indexed as its singular too and
searched as its singular, as the listed plurals after a vowel were (index format 23,
PostgreSQL analysis 15). Real tantivy index and real PostgreSQL.

Since r-search51 (issues 13, 14; index format 24, PostgreSQL analysis 16), a plural is
one only when spaCy's French lexicon says so (``revers`` is no plural of ``rever``, the
term of ``rêve``), in ``-x`` too (``enjeux``), and when its singular's Snowball term is
another lexeme's (``conseiller`` → ``conseil``, ``foyer`` → ``foi``, ``souvenir`` and
``souvenance`` → ``souven``) it keeps its own term: the singular finds it by that term,
it finds its singular written as such (the exact stream), and ``conseil`` no longer finds
"conseillers" (tests/search/test_lexicon_plurals_r_search51.py).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from veille.index.analysis import (
    FRENCH,
    french_plurals,
    lexicon_plurals,
    plural_of,
    singular_of,
    written_singular,
)
from veille.index.base import IndexDoc
from veille.index.query import parse_query
from veille.index.tantivy_index import TantivyIndex

from .conftest import both_backends

T0 = datetime(2026, 12, 1, 9, tzinfo=UTC)
TEXTS = {
    "foyers": "Plus de 18 000 foyers étaient toujours privés d'électricité mardi.",
    "superprofits": "Les députés ont rejeté la taxe exceptionnelle sur les superprofits.",
    "souvenir": "Un marché du souvenir s'ouvre près de la gare.",
    "delits": "La gendarmerie constate que les délits de fuite se multiplient.",
    "revue": "Le conseiller municipal a revu sa copie.",
}


@pytest.fixture(scope="module", params=["tantivy", "postgresql"])
def index(request: pytest.FixtureRequest,
          tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield from both_backends(request, tmp_path_factory, "consonant_plurals", [
        IndexDoc(id=key, title="Dépêche", body=text, source="ex.fr", language="fr", date=T0)
        for key, text in TEXTS.items()])


def found(index: Any, query: str) -> set[str]:
    return {hit.doc.id for hit in index.search(parse_query(query).node, limit=50).hits}


@pytest.mark.parametrize(("query", "expected"), [
    ("foyer", {"foyers"}), ("foyers", {"foyers"}), ("FOYER", {"foyers"}),
    ("superprofit", {"superprofits"}), ("taxe superprofit", {"superprofits"}),
    ("souvenirs", {"souvenir"}), ("délit", {"delits"}), ("delit", {"delits"}),
    ("conseillers", {"revue"}),
    # in phrases, at the word's place
    ('"foyer étaient"', {"foyers"}), ('"délit de fuite"', {"delits"}),
    # a plural whose singular's term is another lexeme's meets it as a word, not in a
    # phrase (``"conseillers de Paris"`` must not find "le conseil de Paris")
    ('"souvenirs s\'ouvre"', set()), ('"superprofit députés"', set()),
    # a quoted word is still the word as written
    ('"foyer"', set()), ('"foyers"', {"foyers"}),
])
def test_singular_and_plural_meet(index: Any, query: str, expected: set[str]) -> None:
    assert found(index, query) == expected, query


@pytest.mark.parametrize(("word", "singular"), [
    ("superprofits", "superprofit"), ("ÉLUS", "ÉLU"), ("élus", "élu"), ("enjeux", "enjeu"),
    # the lexicon's plurals whose singular's term is another lexeme's: searched apart
    ("foyers", None), ("Délits", None), ("SOUVENIRS", None), ("conseillers", None),
    # no plural in the lexicon, whatever their spelling
    ("revers", None), ("aaaers", None), ("fils", None),
    ("fois", None), ("progrès", None), ("stress", None), ("temps", None),  # temps = temp
    ("rafales", None), ("1990s", None), ("s", None),  # rafales: already rafal, as rafale
])
def test_singular_of(word: str, singular: str | None) -> None:
    assert singular_of(word) == singular


def test_plural_of() -> None:
    assert plural_of("foyer") == "foyers"
    assert plural_of("FOYER") == "FOYERS"
    assert plural_of("élu") == "élus"
    assert plural_of("foi") is None and plural_of("rafale") is None
    assert plural_of("conseiller") == "conseillers" and plural_of("enjeu") == "enjeux"
    assert plural_of("conseil") == plural_of("rêve") is None  # conseils, rêves: one term


def test_written_singular() -> None:
    assert written_singular("Conseillers") == "conseiller"
    assert written_singular("foyers") == "foyer"
    assert written_singular("élus") is None  # read as its singular by its term
    assert written_singular("revers") is None and written_singular("conseil") is None


COUNTER = itertools.count()


@pytest.fixture(scope="module")
def tantivy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TantivyIndex]:
    idx = TantivyIndex(tmp_path_factory.mktemp("plural_property") / "index")
    yield idx
    idx.close()


def _meet(idx: TantivyIndex, singular: str, plural: str) -> None:
    analyzer = FRENCH.build()
    assume(analyzer.analyze(singular) and analyzer.analyze(plural))  # not function words
    n = next(COUNTER)
    idx.add_docs([
        IndexDoc(id=f"pl{n}", title="Dépêche", body=f"Le rapport évoque les {plural} ici.",
                 source="ex.fr", language="fr", date=T0),
        IndexDoc(id=f"sg{n}", title="Dépêche", body=f"Le rapport évoque le {singular} ici.",
                 source="ex.fr", language="fr", date=T0)])
    idx.commit()
    for query in (singular, plural):
        hits = {hit.doc.id for hit in idx.search(parse_query(query).node, limit=500).hits}
        assert {f"pl{n}", f"sg{n}"} <= hits, (query, singular, plural)


@given(st.sampled_from(sorted(lexicon_plurals())))
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_lexicon_plurals_meet_their_singular(tantivy: TantivyIndex, plural: str) -> None:
    """Property on a real index: every plural of the lexicon (``foyers``, ``enjeux``,
    ``conseillers``) finds a text holding its singular, and its singular finds a text
    holding it, whichever way it is searched (t-final50 A3, r-search51)."""
    _meet(tantivy, plural[:-1], plural)


@given(st.sampled_from(sorted(french_plurals())))
@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_listed_plurals_after_a_vowel_meet_their_singular(tantivy: TantivyIndex,
                                                          plural: str) -> None:
    """After ``a``, ``i``, ``o``, ``u`` only the lexicon's plurals do (``fois`` is no
    plural of ``foi``): each of them meets its singular both ways."""
    _meet(tantivy, plural[:-1], plural)

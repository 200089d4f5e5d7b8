"""A query word that names a place finds the articles placed there, as ``place:`` does.

``veille search Saxe`` found nothing although an article's resolved place lies in Saxony
(Sachsen): the word is not in its text, which says "Sachsen", but it is one of the names
the index keeps for the article's places (each place's names, its mentions and the names of
the areas it lies in: :func:`veille.search.place_names.area_terms`). So each plain query
word, and each quoted phrase, is also read as ``place:`` of itself, in an OR, as an alias
is read as ``entity:`` of its entity (:mod:`veille.enrich.query`; t-final67 R6).

Only the index's own place terms are asked (:meth:`~veille.index.tantivy_query`'s
``place`` filter): no store read and no gazetteer file per word, so a query costs what it
cost. A name the index does not keep for the place (an exonym of a city, "Florence" for an
article about Firenze that never writes "Florence") is still found by ``place:Florence``
only, which reads the shipped names (:func:`veille.search.place_names.stored_place_ids`).
"""

from __future__ import annotations

import unicodedata
from functools import cache

from veille.index.analysis import (
    ENGLISH_FUNCTION_WORDS,
    FRENCH_FUNCTION_WORDS,
    GERMAN_FUNCTION_WORDS,
    ITALIAN_FUNCTION_WORDS,
    PORTUGUESE_FUNCTION_WORDS,
    RUSSIAN_FUNCTION_WORDS,
    SPANISH_FUNCTION_WORDS,
)
from veille.index.query import And, Filter, Node, Not, Or, Phrase, Word

MIN_LETTERS = 3
"""The shortest word read as a place's name too: "Y" and "Eu" are communes, and "le", "de"
are no places worth a query's recall (the ``place:`` suggestions' bound, 3 letters)."""


def _folded(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower())
                   if not unicodedata.combining(c))


@cache
def _function_words() -> frozenset[str]:
    """The function words of every language the index drops in that language's articles
    (:mod:`veille.index.analysis`), folded: never read as a place ("sur", "die", "son"):
    the query builder searches such a word only where it is a content word, which an OR
    around it would undo (tests/search/test_other_scripts.py, r-search57)."""
    return frozenset(_folded(w) for words in (
        FRENCH_FUNCTION_WORDS, ENGLISH_FUNCTION_WORDS, GERMAN_FUNCTION_WORDS,
        SPANISH_FUNCTION_WORDS, ITALIAN_FUNCTION_WORDS, PORTUGUESE_FUNCTION_WORDS,
        RUSSIAN_FUNCTION_WORDS) for w in words)


def with_place_readings(node: Node) -> Node:
    """``node`` with each plain word (no field, no prefix ``*``, :data:`MIN_LETTERS` letters
    or more, no function word: :func:`_function_words`) and each plain phrase OR-ed
    with ``place:`` of its text:
    ``Saxe`` → ``Saxe OR place:Saxe``; ``incendie Toulouse`` →
    ``(incendie OR place:incendie) (Toulouse OR place:Toulouse)``. A word under ``NOT``
    excludes the articles placed there too. Other nodes as they are."""
    if isinstance(node, Word) and node.field is None and not node.prefix and \
            sum(c.isalpha() for c in node.text) >= MIN_LETTERS and \
            _folded(node.text) not in _function_words():
        return Or((node, Filter("place", node.text)))
    if isinstance(node, Phrase) and node.field is None and node.text.strip():
        return Or((node, Filter("place", node.text)))
    if isinstance(node, And):
        return And(tuple(with_place_readings(item) for item in node.items))
    if isinstance(node, Or):
        return Or(tuple(with_place_readings(item) for item in node.items))
    if isinstance(node, Not):
        return Not(with_place_readings(node.item))
    return node

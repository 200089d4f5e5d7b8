"""The ``author:`` filter's terms: who signed an article, as a search matches bylines.

A journalist is followed by name, typed as one remembers it: ``author:dupont``,
``author:"Jean Dupont"``, ``author:"DUPONT Jean"``, ``auteur:"jean dupont"``. So an author is
matched by *some of the words of one name*, whatever their case, accents and order, and
never by words taken from two names: an article signed "Jean Martin" and "Paul Dupont" is
not found by ``author:"Jean Dupont"``.

The index keeps, for each name, one term per non-empty set of its words: the set's folded
words (:func:`veille.index.analysis.fold`), sorted and joined by a space ("Jean Dupont" gives
``dupont``, ``jean``, ``dupont jean``). A query value gives one such term
(:func:`query_term`), looked up exactly: an exact-value filter like ``source:``, the same in
the tantivy and PostgreSQL backends. A name of ``n`` distinct words gives ``2**n - 1``
terms; past :data:`MAX_NAME_WORDS` words (no person's name has that many), only the sets of
its first words, each word alone and the whole name are kept.

The names are the record's ``authors`` (people, docs/record.md) and the agencies its byline
credits (``evidence["credit"]``: "AFP", "Reuters"), so ``author:AFP`` finds the dispatches
signed "Le Monde avec AFP" or "Jean Dupont (AFP)".
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations
from typing import Any

from veille.index.analysis import WORD_RE, fold

MAX_NAMES = 30
"""Names kept per article (a scientific paper may list hundreds; a byline never does)."""
MAX_NAME_CHARS = 120
"""A longer "name" is text that was no byline; it is cut there."""
MAX_NAME_WORDS = 6
"""Words of a name whose every set is a term (at most 63 terms per name)."""


def byline_names(authors: Iterable[str], evidence: dict[str, Any] | None) -> tuple[str, ...]:
    """The names an article is signed with: its ``authors`` then the agencies of
    ``evidence["credit"]`` (", "-separated, as extraction writes it), each once (compared
    folded), at most :data:`MAX_NAMES`, each cut at :data:`MAX_NAME_CHARS` characters."""
    credit = str((evidence or {}).get("credit") or "")
    names: dict[str, str] = {}
    for name in [*authors, *credit.split(",")]:
        name = " ".join(str(name).split())[:MAX_NAME_CHARS]
        key = " ".join(name_words(name))
        if key and key not in names and len(names) < MAX_NAMES:
            names[key] = name
    return tuple(names.values())


def name_words(text: str) -> list[str]:
    """The folded words of ``text`` (letters and digits; hyphens and apostrophes split:
    "Jean-Luc" is ``jean luc``, "d'Estaing" ``d estaing``), each once, in order."""
    return list(dict.fromkeys(fold(word) for word in WORD_RE.findall(text)))


def author_terms(names: Iterable[str]) -> tuple[str, ...]:
    """The index terms of ``names`` (see the module): every set of each name's words
    (of its first :data:`MAX_NAME_WORDS` words, then each word and the whole name), sorted
    and space-joined, each term once."""
    terms: dict[str, None] = {}
    for name in names:
        words = name_words(name)
        if not words:
            continue
        first = sorted(words[:MAX_NAME_WORDS])
        for size in range(1, len(first) + 1):
            for chosen in combinations(first, size):
                terms[" ".join(chosen)] = None
        terms.update(dict.fromkeys(words))
        terms[" ".join(sorted(words))] = None
    return tuple(terms)


def query_term(value: str) -> str | None:
    """The term an ``author:`` value looks up (its folded words, sorted, space-joined), or
    None when it has no word (it then matches nothing)."""
    words = name_words(value)
    return " ".join(sorted(words)) if words else None

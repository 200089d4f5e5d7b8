"""How many articles write a word, from the index's document frequencies (the article
page's "see also" asks it of a headline's words in one lookup, rather than one search per
word: issue 13). Real indexes: tantivy and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.index.test_tantivy_index import doc

from veille.index.pg_index import PgIndex
from veille.index.tantivy_index import TantivyIndex
from veille.search.service import search
from veille.search.types import SearchRequest

DOCS = [
    doc("fr1", "Incendie à Marseille", "Les pompiers de Marseille sont sur place."),
    doc("fr2", "Marseille : le maire répond", "Le conseil municipal siège lundi."),
    doc("fr3", "Un incendie en Corse", "Le feu a parcouru cent hectares."),
    doc("fr4", "Les Marseillais votent", "Le scrutin est ouvert jusqu'à 18 heures."),
    doc("en1", "Fire in Marseille", "Firefighters were on the scene.", lang="en"),
]
WORDS = ["Marseille", "incendie", "Corse", "sur", "absent"]


@pytest.fixture(params=["tantivy", "postgresql"])
def index(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    if request.param == "tantivy":
        idx: Any = TantivyIndex(tmp_path / "index")
    else:
        idx = PgIndex(request.getfixturevalue("pg_url"))
    idx.add_docs(DOCS)
    idx.commit()
    yield idx
    idx.close()


def test_counts_the_articles_writing_each_word(index: Any) -> None:
    total, counts = index.written_counts(WORDS)
    # "Marseillais" is another word; "sur" is a French function word, searched (and
    # counted) in other languages only, where no article writes it
    assert (total, counts) == (5, {"Marseille": 3, "incendie": 2, "Corse": 1, "sur": 0,
                                   "absent": 0})


def test_the_counts_are_what_a_search_for_the_quoted_word_counts(index: Any) -> None:
    _total, counts = index.written_counts(WORDS)
    for word in WORDS:
        found = search(SearchRequest(query=f'"{word}"', per_page=1, facets=False,
                                     snippets=False), index=index)
        assert counts[word] == found.total, word


def test_case_and_accents_aside(tmp_path: Path) -> None:
    """"See also" compares headline words folded ("marié" and "Marie" are one to it), so
    their counts are folded too."""
    index = TantivyIndex(tmp_path / "index")
    index.add_docs([doc("a", "Marie Curie honorée", "Un hommage national."),
                    doc("b", "Le maire a marié deux élus", "La cérémonie a eu lieu samedi."),
                    doc("c", "Un autre sujet", "Rien à voir.")])
    index.commit()
    assert index.written_counts(["marié", "Marie", "CURIE"]) == (
        3, {"marié": 2, "Marie": 2, "CURIE": 1})
    index.close()


def test_a_replaced_article_is_counted_once_its_segments_merge(tmp_path: Path) -> None:
    index = TantivyIndex(tmp_path / "index")
    index.add_docs(DOCS)
    index.commit()
    index.add_docs([doc("fr3", "Un incendie en Corse", "Le feu est fixé.")])  # replaced
    index.commit()
    total, counts = index.written_counts(["Corse"])
    assert total == 5
    assert counts["Corse"] in (1, 2)  # a frequency counts the deleted copy until a merge
    index.close()

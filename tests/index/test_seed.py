"""The issue's acceptance queries on the seed dispatch, through a real tantivy index."""

from __future__ import annotations

import pytest

from veille.index.query import parse_query
from veille.index.tantivy_index import TantivyIndex

FINDS_SEED = [
    "coalition antijihadiste",
    "anti-jihadistes",
    "etat islamique",
    "département d’Etat",
    "département d'Etat",
    '"retrait américain"',
    "title:coalition",
    # accents, case, elisions, stems and compounds, each on its own
    "ETAT ISLAMIQUE",
    "americain",
    "l'annonce",
    "annonce",
    "réunira",
    "jihadiste",
    "annoncesurprise",
    '"département d’État"',
    "antijihad*",
    "title:antijihadistes",
    "Pompeo OR Kerry",
    "(Pompeo OR Kerry) Trump",
    "Pompeo -Obama",
    "lang:fr coalition",
]
MISSES_SEED = ["Pompeo -Trump", "Pompeo NOT Trump", "title:Pompeo", "lang:en coalition",
               '"américain retrait"', "date:1999 coalition", "Kerry",
               # The capture gives no date: an undated article is in no date range.
               "date:2000..2100 coalition"]


def _ids(index: TantivyIndex, query: str) -> list[str]:
    return [hit.doc.id for hit in index.search(parse_query(query).node, limit=5).hits]


@pytest.mark.parametrize("query", FINDS_SEED)
def test_finds_the_seed(seed_index: tuple[TantivyIndex, str], query: str) -> None:
    index, seed_id = seed_index
    assert _ids(index, query) == [seed_id]


@pytest.mark.parametrize("query", MISSES_SEED)
def test_does_not_find_the_seed(seed_index: tuple[TantivyIndex, str], query: str) -> None:
    index, _ = seed_index
    assert _ids(index, query) == []

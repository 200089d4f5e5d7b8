"""Snippets say where they cut and mark a phrase only where it is (newuser12b D11: a
passage cut before its paragraph's end had no "…" when it held a match; ``"motion de
censure"`` marked "motion" in a passage without the phrase, and chose that passage). Own
texts, a real tantivy index, the search service."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from veille.index.base import IndexDoc
from veille.index.tantivy_index import TantivyIndex
from veille.search.service import search
from veille.search.types import SearchRequest

T0 = datetime(2026, 10, 4, 9, tzinfo=UTC)
LONG = ("Onze personnes ont été blessées et transportées à l'hôpital Nord dans la nuit de "
        "samedi à dimanche, ont indiqué les sapeurs-pompiers qui sont restés sur place "
        "pendant de longues heures, selon un communiqué publié dimanche matin par la "
        "préfecture et repris par le parquet, qui a ouvert une enquête pour déterminer "
        "l'origine exacte du sinistre.")
CENSURE = ("Le groupe a déposé une motion de censure contre le gouvernement mardi soir.\n\n"
           "En 2024, une motion similaire avait fait tomber le gouvernement après un long "
           "débat budgétaire à l'Assemblée.")


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> TantivyIndex:
    idx = TantivyIndex(Path(tmp_path_factory.mktemp("snippets")) / "index")
    idx.add_docs([IndexDoc(id=key, title="Dépêche", body=body, source="ex.fr", language="fr",
                           date=T0) for key, body in (("long", LONG), ("censure", CENSURE))])
    idx.commit()
    return idx


def test_a_passage_cut_before_its_end_says_so(index: TantivyIndex) -> None:
    [hit] = search(SearchRequest("blessées hôpital"), index=index).hits
    [snippet] = hit.snippets
    assert "<mark>blessées</mark>" in snippet
    assert snippet.endswith("…")


def test_a_phrase_is_marked_only_where_it_is(index: TantivyIndex) -> None:
    [hit] = search(SearchRequest('"motion de censure"'), index=index).hits
    assert hit.snippets == ["Le groupe a déposé une <mark>motion</mark> de <mark>censure"
                            "</mark> contre le gouvernement mardi soir."]


def test_a_word_of_the_query_is_still_marked_everywhere(index: TantivyIndex) -> None:
    [hit] = search(SearchRequest("motion"), index=index).hits
    assert sum(s.count("<mark>motion</mark>") for s in hit.snippets) == 2

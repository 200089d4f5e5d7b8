"""Relevance is not biased by the language of an article (newuser7 P17).

In a mostly-French index, an English or Spanish article scored ~5x below the French one
of the same length for the same rare name: tantivy's BM25 takes each field's average
length over every document, and the ``body_en`` of a French article is empty, so the
English articles looked many times longer than average. Scores are now computed against
each language's own average (:mod:`veille.index.length_norm`). Real tantivy index, real
PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.index.base import IndexDoc
from veille.index.length_norm import corrected_score, rebalanced
from veille.index.pg_index import PgIndex
from veille.index.query import parse_query
from veille.index.tantivy_index import TantivyIndex

T0 = datetime(2026, 11, 30, 9, tzinfo=UTC)
SAME = {
    "fr": "Le ministre Bohdan Zelinchuk a reçu mardi une délégation européenne venue parler "
          "du réseau électrique.",
    "en": "Minister Bohdan Zelinchuk received European lawmakers Tuesday, discussing rebuilding "
          "power grid.",
    "es": "Ministro Bohdan Zelinchuk recibió martes delegación europea para hablar red eléctrica.",
}
FILLER = ["Le conseil municipal a voté le budget de la ville pour l'année prochaine.",
          "La grève des transports perturbe la circulation des trains en Île-de-France.",
          "Les prix de l'énergie ont encore augmenté ce mois-ci selon l'Insee.",
          "Le festival de musique a attiré des milliers de visiteurs ce week-end."]


def docs() -> list[IndexDoc]:
    """60 French articles, the three of :data:`SAME` (11 words once analysed, as the
    French ones about), and a second English one."""
    out = [IndexDoc(id=f"fill{i}", title=f"Actualité {i}",
                    body=FILLER[i % len(FILLER)] + " Suite demain matin.",
                    source="lemonde.fr", language="fr", date=T0 - timedelta(hours=i))
           for i in range(60)]
    out += [IndexDoc(id=f"same-{lang}", title="Visite à Kiev", body=body,
                     source=f"{lang}.example", language=lang, date=T0)
            for lang, body in SAME.items()]
    out.append(IndexDoc(id="other-en", title="Markets",
                        body="Stocks rose Tuesday in London as traders bet lower energy prices.",
                        source="en.example", language="en", date=T0))
    return out


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TantivyIndex]:
    idx = TantivyIndex(tmp_path_factory.mktemp("lang-norm") / "index")
    idx.add_docs(docs())
    idx.commit()
    yield idx
    idx.close()


@pytest.fixture(scope="module")
def pg_index(pg_cluster: Any) -> Iterator[PgIndex]:
    idx = PgIndex(pg_cluster.create_database("lang_norm"))
    idx.add_docs(docs())
    idx.commit()
    yield idx
    idx.close()


def scores(index: Any, query: str, sort: Any = "relevance") -> dict[str, float]:
    found = index.search(parse_query(query).node, limit=10, sort=sort).hits
    return {hit.doc.id: hit.score for hit in found if hit.doc.id.startswith("same-")}


def assert_even(found: dict[str, float]) -> None:
    assert set(found) == {"same-fr", "same-en", "same-es"}, found
    assert max(found.values()) <= 1.1 * min(found.values()), found


@pytest.mark.parametrize("sort", ["relevance", "fresh"])
def test_tantivy_same_mention_scores_alike_in_every_language(index: TantivyIndex,
                                                              sort: str) -> None:
    assert_even(scores(index, "Zelinchuk", sort))


def test_postgres_same_mention_scores_alike_in_every_language(pg_index: PgIndex) -> None:
    # ts_rank normalises by the document's own length only: no corpus average to skew
    assert_even(scores(pg_index, "Zelinchuk"))


@pytest.mark.parametrize("query", ["Zelinchuk", '"Bohdan Zelinchuk"', "ministre OR minister",
                                   "délégation europ*", "kiev -markets", "prix énergie"])
def test_explanation_gives_back_tantivys_score(index: TantivyIndex, query: str) -> None:
    compiled = index.compiler.compile_or_none(parse_query(query).node)
    assert compiled is not None
    searcher = index._index.searcher()
    found = searcher.search(compiled, 20).hits
    assert found
    for score, addr in found:
        explained = compiled.explain(searcher, addr).to_json()
        assert corrected_score(explained, 1.0) == pytest.approx(score, rel=1e-4)
        # a bigger average makes a field look shorter: never a lower score
        assert corrected_score(explained, 3.0) >= score * (1 - 1e-6)


@given(st.lists(st.tuples(st.floats(0.0, 50.0), st.sampled_from([1.0, 1.1, 4.0, 30.0]),
                          st.floats(0.0, 1.0)), max_size=60),
       st.integers(1, 20))
def test_rebalanced_settles_the_first_hits_exactly(
        hits: list[tuple[float, float, float]], settled: int) -> None:
    # each hit's exact score lies in [s, s * ratio], as a BM25 length correction does
    hits.sort(key=lambda h: -h[0])
    exact = {i: s + (s * r - s) * share for i, (s, r, share) in enumerate(hits)}
    calls: list[int] = []

    def explain(i: int, _ratio: float) -> float:
        calls.append(i)
        return exact[i]

    out = rebalanced([(s, i) for i, (s, _r, _x) in enumerate(hits)], [r for _s, r, _x in hits],
                     explain, settled)
    assert sorted(i for _s, i in out) == list(range(len(hits)))
    want = sorted(exact.values(), reverse=True)[:settled]
    assert [s for s, _i in out[:settled]] == pytest.approx(want)
    assert len(set(calls)) == len(calls)

"""The search backends: analysis per language, updates, sorting, facets (tantivy and
PostgreSQL, the same cases), and tantivy's files."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from veille.errors import SearchIndexError
from veille.index.base import IndexDoc
from veille.index.pg_index import PgIndex
from veille.index.query import parse_query
from veille.index.tantivy_index import META_FILE, TantivyIndex

T0 = datetime(2019, 1, 15, 12, tzinfo=UTC)


def doc(id_: str, title: str, body: str = "", *, lang: str = "fr", days: int = 0,
        source: str = "exemple.fr") -> IndexDoc:
    when = T0 + timedelta(days=days)
    return IndexDoc(id=id_, title=title, body=body, source=source, language=lang, date=when,
                    published=when, url=f"https://{source}/{id_}")


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


@pytest.fixture
def tantivy_index(tmp_path: Path) -> TantivyIndex:
    idx = TantivyIndex(tmp_path / "index")
    idx.add_docs(DOCS)
    idx.commit()
    return idx


DOCS = [
    doc("fr1", "Les élections présidentielles", "Le président réunira l’Assemblée jusqu'à "
        "demain. Œuvre commune des chefs d'État.", days=0),
    doc("fr2", "Une coalition anti-jihadiste", "Les jihadistes reculent.", days=3,
        source="lemonde.fr"),
    doc("en1", "The elections were running", "Officials were meeting in Washington's "
        "offices.", lang="en", days=1, source="bbc.co.uk"),
    doc("de1", "Wahlen in Deutschland", "Die Präsidentin spricht.", lang="de", days=2),
]


def ids(index: Any, query: str, **options: object) -> list[str]:
    result = index.search(parse_query(query).node, limit=10, **options)  # type: ignore[arg-type]
    return [hit.doc.id for hit in result.hits]


@pytest.mark.parametrize(("query", "expected"), [
    ("election", {"fr1", "en1"}),          # French and English stems, one query
    ("élection", {"fr1", "en1"}),
    ("présidentielle", {"fr1"}),
    ("reunir", {"fr1"}),                   # réunira / réunir
    ("assemblee", {"fr1"}),                # l’Assemblée: curly elision, accents
    ("jusqu", set()),                      # a French particle: searched in the other
    ("demain jusqu", {"fr1"}),             # languages only, never required of French
    ('demain "de la"', {"fr1"}),
    ("demain", {"fr1"}),
    ("oeuvre", {"fr1"}),                   # œ = oe
    ("etat", {"fr1"}),
    ("antijihadiste", {"fr2"}),            # joined form of a hyphenated word
    ("anti-jihadistes", {"fr2"}),
    ('"anti jihadiste"', {"fr2"}),
    ("washington", {"en1"}),               # English possessive
    ("running", {"en1"}),
    ("run", {"en1"}),                      # English stemming
    ("prasidentin", {"de1"}),              # other languages: folded, not stemmed
    ("Präsidentin", {"de1"}),
])
def test_analysis(index: Any, query: str, expected: set[str]) -> None:
    assert set(ids(index, query)) == expected


def test_filters_and_dates(index: Any) -> None:
    assert ids(index, "source:lemonde.fr") == ["fr2"]
    assert ids(index, "source:lemonde") == ["fr2"]            # the site without its suffix
    assert ids(index, "source:co.uk") == ["en1"]
    assert set(ids(index, "lang:en")) == {"en1"}
    assert set(ids(index, "after:2019-01-17")) == {"fr2", "de1"}
    assert set(ids(index, "before:2019-01-16")) == {"fr1"}
    assert set(ids(index, "date:2019-01-16..2019-01-17")) == {"en1", "de1"}
    assert set(ids(index, "date:2019-01")) == {"fr1", "fr2", "en1", "de1"}


def test_sort_by_date_and_freshness(index: Any) -> None:
    assert ids(index, "", sort="date") == ["fr2", "de1", "en1", "fr1"]
    assert ids(index, "election OR jihadiste", sort="date") == ["fr2", "en1", "fr1"]
    fresh = ids(index, "election OR jihadiste", sort="fresh")
    assert set(fresh) == {"fr1", "fr2", "en1"}


def test_facets(index: Any) -> None:
    result = index.search(parse_query("").node, facets=True)
    assert result.total == 4
    assert dict(result.facets["language"]) == {"fr": 2, "en": 1, "de": 1}
    assert dict(result.facets["source"])["exemple.fr"] == 2
    assert [day for day, _ in result.facets["day"]] == [
        "2019-01-18", "2019-01-17", "2019-01-16", "2019-01-15"]


def test_replace_and_delete(index: Any) -> None:
    index.add_docs([doc("fr1", "Un autre titre", "Plus d'élections.")])
    index.commit()
    assert index.count() == 4
    assert ids(index, "titre") == ["fr1"]
    assert ids(index, "présidentielle") == []
    index.delete(["fr1"])
    index.commit()
    assert index.count() == 3
    index.clear()
    assert index.count() == 0


def test_pagination(index: Any) -> None:
    node = parse_query("").node
    pages = [index.search(node, limit=2, offset=o, sort="date") for o in (0, 2, 4)]
    assert [p.total for p in pages] == [4, 4, 4]
    assert [len(p.hits) for p in pages] == [2, 2, 0]


def test_reopen_and_lock(tantivy_index: TantivyIndex, tmp_path: Path) -> None:
    index = tantivy_index
    reader = TantivyIndex(tmp_path / "index")
    assert reader.count() == 4
    index.add_docs([doc("x", "x")])  # this one holds the writer
    with pytest.raises(SearchIndexError, match="another process"):
        reader.add_docs([doc("y", "y")])
    index.close()


def test_a_panic_of_tantivy_reading_the_index_is_a_search_index_error(
        tantivy_index: TantivyIndex) -> None:
    """Regression (ci-42): a flipped bit in a ``.store`` file made tantivy panic ("support
    only up to u16::MAX field ids"); pyo3 raises a panic as ``PanicException``, a
    ``BaseException``, which escaped every handler and printed a traceback under
    ``veille search``. A real panic of tantivy's (a document address past the segments:
    "index out of bounds") must come out as the damaged-index error with its hint."""
    import tantivy

    with pytest.raises(SearchIndexError, match="probably damaged") as caught:
        with tantivy_index._reading():
            tantivy_index._index.searcher().doc(tantivy.DocAddress(99, 0))
    assert "veille check --repair" in caught.value.one_line()


def test_outdated_or_foreign_directories_are_refused(tmp_path: Path) -> None:
    old = tmp_path / "old"
    old.mkdir()
    (old / META_FILE).write_text('{"format": 0}')
    with pytest.raises(SearchIndexError, match="format 0") as caught:
        TantivyIndex(old)
    assert "veille reindex" in caught.value.one_line()
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine")
    with pytest.raises(SearchIndexError):
        TantivyIndex(foreign)


def test_plain_analysis_has_no_stemming(tmp_path: Path) -> None:
    plain = TantivyIndex(tmp_path / "plain", analysis="plain")
    plain.add_docs([doc("a", "Les élections", "l'annonce")])
    plain.commit()
    assert ids(plain, "elections") == ["a"]
    assert ids(plain, "election") == []
    reopened = TantivyIndex(tmp_path / "plain")
    assert reopened.analysis == "plain"


@pytest.mark.parametrize("backend", ["tantivy", "postgresql"])
def test_an_undated_article_has_no_day(tmp_path: Path, backend: str,
                                       request: pytest.FixtureRequest) -> None:
    """Regression (fresh-user report): ``date:`` filters and the day facet counted an
    undated article on the day it was first seen ("published in that day", docs/search.md),
    so today's coverage held pages of unknown age. It still sorts by when it was seen."""
    idx: Any = (TantivyIndex(tmp_path / "index") if backend == "tantivy"
                else PgIndex(request.getfixturevalue("pg_url")))
    dated = doc("d1", "Grève à la SNCF", "Le trafic sera perturbé.")
    undated = IndexDoc(id="u1", title="Grève à la RATP", body="Le trafic sera perturbé.",
                       source="exemple.fr", language="fr", date=T0, published=None,
                       url="https://exemple.fr/u1")
    idx.add_docs([dated, undated])
    idx.commit()
    day = parse_query("trafic date:2019-01-15").node
    result = idx.search(day, limit=10, facets=True)
    assert [h.doc.id for h in result.hits] == ["d1"] and result.total == 1
    everything = idx.search(parse_query("trafic").node, limit=10, facets=True)
    assert everything.total == 2
    assert dict(everything.facets["day"]) == {"2019-01-15": 1}
    assert {h.doc.id for h in idx.search(parse_query("trafic").node, limit=10,
                                         sort="date").hits} == {"d1", "u1"}
    idx.close()


def undated_doc(id_: str, title: str, *, days: int) -> IndexDoc:
    """An article without a publication date, first seen ``days`` after T0."""
    return IndexDoc(id=id_, title=title, body="Le trafic sera perturbé.", source="exemple.fr",
                    language="fr", date=T0 + timedelta(days=days), published=None,
                    url=f"https://exemple.fr/{id_}")


@pytest.mark.parametrize("backend", ["tantivy", "postgresql"])
def test_the_date_order_puts_undated_articles_after_the_dated(
        tmp_path: Path, backend: str, request: pytest.FixtureRequest) -> None:
    """Regression (newuser7 P10): ``sort="date"`` ranked an undated article by the time
    veille first saw it, so every pasted wire without a date came first, as the newest
    news. Now: the dated newest first, then the undated (newest first seen first), with
    pages that cross the boundary exact and totals right; ``fresh`` gives an undated
    article no recency boost either."""
    idx: Any = (TantivyIndex(tmp_path / "index") if backend == "tantivy"
                else PgIndex(request.getfixturevalue("pg_url")))
    idx.add_docs([doc("d1", "Grève à la SNCF", "Le trafic sera perturbé.", days=0),
                  doc("d2", "Grève à la RATP", "Le trafic sera perturbé.", days=2),
                  undated_doc("u1", "Grève des taxis", days=30),
                  undated_doc("u2", "Grève des bus", days=40)])
    idx.commit()
    node = parse_query("trafic").node
    assert [h.doc.id for h in idx.search(node, limit=10, sort="date").hits] == [
        "d2", "d1", "u2", "u1"]
    pages = [idx.search(node, limit=limit, offset=offset, sort="date")
             for offset, limit in ((0, 1), (1, 2), (3, 1), (4, 1))]
    assert [[h.doc.id for h in p.hits] for p in pages] == [["d2"], ["d1", "u2"], ["u1"], []]
    assert {p.total for p in pages} == {4}
    assert [h.doc.id for h in idx.search(parse_query("").node, limit=3, offset=1,
                                         sort="date").hits] == ["d1", "u2", "u1"]
    fresh = idx.search(node, limit=10, sort="fresh").hits
    assert [h.doc.id for h in fresh][:2] == ["d2", "d1"]
    idx.close()


def test_the_date_order_with_facets_runs_on_the_counts_of_the_aggregation(
        tmp_path: Path) -> None:
    """With facets, the date order takes the number of matches and of dated matches from
    the aggregation (the day buckets and their rest) instead of counting them in its own
    searches, and a page of dated matches only runs no search of the undated ones: every
    page, across the boundary and past the end, is the page the counting searches give."""
    idx = TantivyIndex(tmp_path / "index")
    idx.add_docs([doc(f"d{n}", f"Grève {n}", "Le trafic sera perturbé.", days=n)
                  for n in range(40)]  # more days than the day facet lists (31)
                 + [undated_doc(f"u{n}", f"Grève sans date {n}", days=50 + n)
                    for n in range(3)]
                 + [doc("x1", "Autre sujet", "Rien à voir.")])
    idx.commit()
    for query in ("trafic", "grève", "grève -sans", "sujet", "introuvable"):  # 3rd: all dated
        node = parse_query(query).node
        for offset, limit in ((0, 10), (35, 10), (38, 3), (40, 2), (41, 5), (43, 1), (0, 0),
                              (50, 10)):
            counting = idx.search(node, limit=limit, offset=offset, sort="date")
            counted = idx.search(node, limit=limit, offset=offset, sort="date", facets=True)
            assert ([h.doc.id for h in counted.hits], counted.total) == (
                [h.doc.id for h in counting.hits], counting.total), (query, offset, limit)
    everything = idx.search(parse_query("trafic").node, limit=50, sort="date", facets=True)
    assert everything.total == 43 and len(everything.facets["day"]) == 31
    assert [h.doc.id for h in everything.hits][38:] == ["d1", "d0", "u2", "u1", "u0"]
    idx.close()


def test_one_count_and_facets_for_the_queries_of_the_same_matches(
        tantivy_index: TantivyIndex) -> None:
    """The count and facets of a query are kept per index generation under its matches'
    form (:func:`~veille.index.query.match_form`): the same words in another order, or
    twice, find them kept; other matches get their own; each query keeps its own ranking."""
    def searched(query: str) -> tuple[int, dict[str, list[tuple[str, int]]], list[str]]:
        found = tantivy_index.search(parse_query(query).node, limit=10, facets=True)
        return found.total, found.facets, [h.doc.id for h in found.hits]

    first = searched("(élections OR jihadistes) président")
    assert first[0] == 1 and len(tantivy_index._facet_cache) == 1
    for same in ("président (jihadistes OR élections)", "président (élections OR jihadistes) "
                 "président", "(jihadistes OR élections OR jihadistes) président"):
        assert searched(same) == first, same
    assert len(tantivy_index._facet_cache) == 1
    assert searched("élections OR jihadistes")[0] == 3  # fr1, fr2, en1
    assert len(tantivy_index._facet_cache) == 2


def test_recency_factors_give_an_undated_match_no_boost() -> None:
    from veille.index.tantivy_index import FRESH_HALF_LIFE_DAYS, recency_factors

    factors = recency_factors([T0, None, T0 - timedelta(days=FRESH_HALF_LIFE_DAYS)])
    assert factors == [1.0, 0.5, 0.75]
    assert recency_factors([None, None]) == [0.5, 0.5]


def test_an_unreadable_date_filter_matches_nothing(index: Any) -> None:
    """Regression (newuser7 P13 b): on both backends, a date filter that cannot be read
    (and so warns) makes the query match nothing, not everything."""
    assert index.search(parse_query("date:32/01/2019").node).total == 0
    assert index.search(parse_query("election date:2019-13").node).total == 0
    assert index.search(parse_query("date:15/01/2019").node).total == 1

"""The search page collapses stories over its first 1,000 matches, then counts the entity
facets over the first 300: the index keeps the first 300 of the deeper search instead of
searching again. What it keeps must be what a search of 300 finds, ties included."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from veille.index.base import IndexDoc, rank
from veille.index.query import parse_query
from veille.index.tantivy_index import RANK_DEPTH, TantivyIndex

T0 = datetime(2026, 11, 30, tzinfo=UTC)


def _index(path: Path) -> TantivyIndex:
    """900 articles naming "grève" once, twice or three times: many equal scores."""
    index = TantivyIndex(path)
    docs = [IndexDoc(id=f"{n:04x}", title=f"Article {n}",
                     body=" ".join(["La grève continue."] * (1 + n % 3)
                                   + ["Un autre paragraphe sans rapport."] * (n % 7)),
                     source=f"source{n % 5}.fr", language="fr",
                     date=T0 - timedelta(hours=n))
            for n in range(900)]
    for start in range(0, len(docs), 300):  # several segments
        index.add_docs(docs[start:start + 300])
        index.commit()
    return index


def test_first_matches_of_a_deeper_search_are_the_first_matches(tmp_path: Path) -> None:
    index = _index(tmp_path / "index")
    query = parse_query("grève").node
    deep = rank(index, query, limit=1000, facets=True)
    after_deep = rank(index, query, limit=RANK_DEPTH)
    index.close()
    fresh = TantivyIndex(tmp_path / "index")  # nothing kept: searches 300 itself
    alone = rank(fresh, query, limit=RANK_DEPTH)
    assert deep.total == after_deep.total == alone.total == 900
    assert after_deep.ids == alone.ids == deep.ids[:RANK_DEPTH]
    assert after_deep.scores == alone.scores
    assert len(set(alone.scores)) < len(alone.scores)  # ties: the order among them matters
    page = fresh.search(query, limit=10, offset=20)
    assert [h.doc.id for h in page.hits] == alone.ids[20:30]
    fresh.close()


def test_a_compiled_query_is_kept_across_commits(tmp_path: Path) -> None:
    """The compiled form of a query is kept by its parsed form; it reads no index, so an
    article committed after the first search is found by the second."""
    index = _index(tmp_path / "index")
    query = parse_query("grève source:source1.fr").node
    before = index.search(query, limit=5, facets=True)
    index.add_docs([IndexDoc(id="new", title="La grève", body="La grève continue.",
                             source="source1.fr", language="fr", date=T0)])
    index.commit()
    after = index.search(query, limit=5, facets=True)
    assert after.total == before.total + 1 == 181
    assert dict(after.facets["source"]) == {"source1.fr": 181}
    other = index.search(parse_query("grève source:source2.fr").node, limit=5)
    assert other.total == 180 and {h.doc.source for h in other.hits} == {"source2.fr"}
    index.close()

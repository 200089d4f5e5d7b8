"""The Python API (docs/python-api.md): ``veille.open(data_dir)`` is the same service the
CLI and the web app use, with ingest, search, latest, get, check and stats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import veille
from capture_kit import make_capture
from veille.errors import NotFound


def test_open_ingest_search_latest_get_check(tmp_path: Path) -> None:
    corpus = tmp_path / "captures"
    corpus.mkdir()
    for i in range(4):
        (corpus / f"{i}.txt").write_text(make_capture(i).text, "utf-8")
    with veille.open(tmp_path / "data") as v:
        summary = v.ingest(corpus, source="quotidien.example")
        assert (summary.read, summary.new, summary.index_pending) == (4, 4, 0)
        posted = v.ingest_bytes([("extra.txt", make_capture(9).bytes())])
        assert posted.new == 1
        latest = v.latest(10)
        assert len(latest) == 5
        article = v.get(latest[0].id)
        assert article.content is not None
        word = article.content.title.split()[-2]
        assert any(hit.id == article.id for hit in v.search(word, per_page=50).hits)
        assert not v.check().found
        stats = v.stats()
        assert stats["articles"] == 5 and stats["index_lag"] == 0
        with pytest.raises(NotFound):
            v.get("0000000000000000")
    with veille.open(tmp_path / "data") as again:  # reopens what was written
        assert len(again.latest(10)) == 5


def test_a_deleted_article_leaves_the_index_and_an_empty_directory_checks_clean(
        tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        assert not v.check().found  # nothing stored, no index yet: no drift
        summary = v.ingest_bytes([(f"{i}.txt", make_capture(i).bytes()) for i in range(3)])
        gone = summary.new_ids[0]
        assert v.search(f'"{v.get(gone).content.title}"').total == 1  # type: ignore[union-attr]
        title = v.get(gone).content.title  # type: ignore[union-attr]
        assert v.store.delete_articles([gone]) == 1
        assert v.stats()["index_lag"] == 1
        assert v.sync().ok and v.stats()["index_lag"] == 0
        assert v.search(f'"{title}"').total == 0
        assert not v.check().found


def test_latest_lists_undated_articles_after_the_dated(tmp_path: Path) -> None:
    """Regression (newuser7 P10): ``latest()`` ranked an undated article by the time veille
    first saw it, so it came first, above every dated one; it now comes after them all
    (as ``veille latest`` and the home page), and pages follow that order."""
    text = ("Un texte de dépêche assez long pour être un article de presse, avec des "
            "phrases complètes sur la grève des transports publics en région. ") * 3

    def record(n: int, published: str | None) -> str:
        fields = {"url": f"https://quotidien.example/{n}", "title": f"Dépêche numéro {n}",
                  "text": text, "language": "fr"}
        return json.dumps(fields | ({"published": published} if published else {}))

    lines = [record(1, "2026-11-29T10:00:00+01:00"), record(2, None),
             record(3, "2026-11-30T10:00:00+01:00")]
    with veille.open(tmp_path / "data") as v:
        assert v.ingest_bytes([("wires.jsonl", "\n".join(lines).encode())]).new == 3
        titles = [a.content.title if a.content else "" for a in v.latest(10)]
        assert titles == ["Dépêche numéro 3", "Dépêche numéro 1", "Dépêche numéro 2"]
        assert [a.content.title if a.content else "" for a in
                [*v.latest(2), *v.latest(2, offset=2)]] == titles
        assert [a.id for a in v.latest(1, offset=2)] == [v.latest(10)[2].id]


@pytest.mark.parametrize(("call", "named"), [
    (lambda v: v.search("x", sort="newest"), "sort"),
    (lambda v: v.search("x", per_page="10"), "per_page"),
    (lambda v: v.search("x", page=1.5), "page"),
    (lambda v: v.latest(-1), "limit"),
    (lambda v: v.latest(5, offset=-2), "offset"),
])
def test_bad_arguments_are_a_query_error_with_a_hint(tmp_path: Path, call: object,
                                                     named: str) -> None:
    """newuser8 Q23: ``sort="newest"`` was read as relevance, a string ``per_page`` gave a
    bare TypeError, ``latest(-1)`` silently dropped the undated articles."""
    from veille.errors import QueryError

    with veille.open(tmp_path / "data") as v:
        v.ingest_bytes([("a.txt", make_capture(1).bytes())])
        with pytest.raises(QueryError, match=named) as refused:
            call(v)  # type: ignore[operator]
        assert refused.value.hint
        assert v.latest(0) == [] and len(v.search("le", sort="date").hits) <= 1

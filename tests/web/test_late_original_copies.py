"""newuser7 P2: when the first publisher is ingested after its reprints, the store relinks
the copies to it (docs/dedup.md), but every copy's article page ("Reprints and excerpts")
and the API's ``copies`` called the original a reprint of the copy: ``copies_this`` was read
from the other record's ``near_duplicates``, which a late original keeps (its copies). The
direction is now the store's link, as ``veille duplicates`` and ``/duplicates`` say it.

One dispatch (the seed) in three outlets, served over a real HTTP server: the original
(09:50) ingested last or first must give the same copies, badges and labels.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from web_kit import serve

from dispatch_kit import body_paragraphs, outlet_page
from veille.ingest import ingest_texts
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

PARAS = body_paragraphs()
OUTLETS = {  # name: (source, page); "first" published first
    "first": ("premier.example", outlet_page("Le Premier", "Coalition : Washington s'engage",
                                       "2026-03-11T09:50:00+01:00", PARAS)),
    "second": ("second.example", outlet_page("Le Second", "Washington rejoint la coalition",
                                       "2026-03-11T10:05:00+01:00", PARAS[:-1])),
    "third": ("troisieme.example", outlet_page("Le Troisième", "La coalition s'élargit",
                                         "2026-03-11T10:20:00+01:00", PARAS)),
}


Served = tuple[httpx.Client, dict[str, str], Path]


def _build(root: Path, order: tuple[str, ...]) -> tuple[Path, dict[str, str]]:
    data = root / "data"
    store = SQLiteStore.open(Settings(data_dir=data).store_path)
    try:
        ids = {}
        for name in order:
            source, page = OUTLETS[name]
            [ids[name]] = ingest_texts(store, [(f"{name}.html", page)], source=source).new_ids
    finally:
        store.close()
    return data, ids


@pytest.fixture(scope="module", params=[("second", "third", "first"),
                                        ("first", "second", "third")],
                ids=["original-last", "original-first"])
def served(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[tuple[httpx.Client, dict[str, str], Path]]:
    data, ids = _build(tmp_path_factory.mktemp("late"), request.param)
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        yield http, ids, data


def _copies(client: httpx.Client, ids: dict[str, str], name: str) -> set[tuple[str, str, bool]]:
    by_id = {i: n for n, i in ids.items()}
    detail: dict[str, Any] = client.get(f"/api/v1/articles/{ids[name]}").json()
    return {(by_id[c["id"]], c["relation"], c["copies_this"]) for c in detail["copies"]}


def test_the_store_relinks_the_copies_to_the_original(
        served: Served) -> None:
    client, ids, _ = served
    for copy in ("second", "third"):
        links = client.get(f"/api/v1/articles/{ids[copy]}/duplicates").json()["links"]
        assert [(lk["id"], lk["direction"]) for lk in links] == [(ids["first"], "of")]


def test_a_copy_names_the_late_original_as_its_original(
        served: Served) -> None:
    client, ids, _ = served
    assert _copies(client, ids, "first") == {("second", "reprint", True),
                                             ("third", "reprint", True)}
    for copy in ("second", "third"):
        assert _copies(client, ids, copy) == {("first", "reprint", False)}


@pytest.mark.parametrize(("lang", "section", "heading", "original", "reprint"), [
    ("en", "Reprints and teasers", "Original article", "original", "reprint"),
    ("fr", "Reprises et extraits", "Article d’origine", "article d’origine", "reprise")])
def test_the_pages_badges_follow_the_relinked_direction(
        served: Served, lang: str, section: str, heading: str,
        original: str, reprint: str) -> None:
    client, ids, _ = served
    for copy in ("second", "third"):
        page = client.get(f"/articles/{ids[copy]}", params={"lang": lang}).text
        # a copy lists its original under a heading that says so (t-reader20 R13)
        assert f">{heading}</h2>" in page and section not in page
        assert page.count(f'class="badge original">{original}<') == 1
        assert 'class="badge reprint"' not in page
    page = client.get(f"/articles/{ids['first']}", params={"lang": lang}).text
    assert page.count(f'class="badge reprint">{reprint}<') == 2
    assert 'class="badge original"' not in page


def test_every_copy_record_carries_its_similarity_to_the_original(served: Served) -> None:
    """A displaced original was left a reprint with ``near_duplicates: []`` and
    ``similarity: 0.0`` (``veille show ID --json``): each copy's record now names its
    original among its matches, with the score of the link (``veille duplicates``)."""
    client, ids, data = served
    store = SQLiteStore.open(Settings(data_dir=data).store_path)
    try:
        for copy in ("second", "third"):
            [link] = client.get(f"/api/v1/articles/{ids[copy]}/duplicates").json()["links"]
            dedup = store.get(ids[copy]).dedup
            assert dedup is not None and dedup.duplicate_of == ids["first"]
            assert ids["first"] in dedup.near_duplicates
            assert 0.5 < link["score"] <= dedup.similarity
    finally:
        store.close()


def test_a_teaser_seen_first_names_its_full_text_as_such(tmp_path: Path) -> None:
    """The same for a teaser stored before the full text (``take_teasers``): the teaser's
    page called the full article an excerpt of it, and its record kept no match."""
    data, ids = tmp_path / "data", {}
    store = SQLiteStore.open(Settings(data_dir=data).store_path)
    try:
        for name, source, paras, when in (
                ("teaser", "breves.example", PARAS[:2], "2026-03-11T09:40:00+01:00"),
                ("full", "quotidien.example", PARAS, "2026-03-11T09:50:00+01:00")):
            page = outlet_page(source, "Coalition : Washington s'engage", when, paras)
            [ids[name]] = ingest_texts(store, [(f"{name}.html", page)], source=source).new_ids
        teaser = store.get(ids["teaser"]).dedup
        assert teaser is not None and (teaser.relation, teaser.duplicate_of) == (
            "teaser", ids["full"])
        assert teaser.near_duplicates == [ids["full"]] and teaser.similarity > 0.5
    finally:
        store.close()
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        assert _copies(client, ids, "teaser") == {("full", "teaser", False)}
        assert _copies(client, ids, "full") == {("teaser", "teaser", True)}
        for lang, full, excerpt in (("en", "full article", "teaser"),
                                    ("fr", "article complet", "extrait")):
            page = client.get(f"/articles/{ids['teaser']}", params={"lang": lang}).text
            assert f'class="badge original">{full}<' in page and "badge teaser" not in page
            page = client.get(f"/articles/{ids['full']}", params={"lang": lang}).text
            assert f'class="badge teaser">{excerpt}<' in page and "badge original" not in page

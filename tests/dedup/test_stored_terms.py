"""A writer reads back the story terms the store keeps instead of reading them again
(issue #13, p-warm30: the warm-up of every ``veille ingest`` replayed the store's latest
5,000 articles through ``stories.terms``, about 40 CPU s). What is read back must be exactly
a fresh reading: the encoding keeps every part of the terms, a warm-up from the rows builds
the same story state as one that reads every article, a row missing or written under
other rules is read afresh and written again, and a deleted article's rows go. Real SQLite
stores, own fixture (``tests/fixtures/stories/order-independence.jsonl``)."""

from __future__ import annotations

import dataclasses
import math
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import veille.ingest
from veille.dedup import context, stored_terms
from veille.dedup.stored_terms import decode, encode, terms_version
from veille.dedup.stories import Stories, Terms, terms
from veille.dedup.terms_memo import TermsMemo
from veille.ingest import StoryFollower, ingest_paths, settle_stories, warm_stories
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

FIXTURE = Path(__file__).parent.parent / "fixtures" / "stories" / "order-independence.jsonl"


def same_terms(a: Terms, b: Terms) -> bool:
    """Equal counts in the same order and of the same types, and equal sets."""
    return list(a.items()) == list(b.items()) and \
        [type(v) for v in a.values()] == [type(v) for v in b.values()] and \
        (a.names, a.headline, a.kinds, a.places, a.mentions) == \
        (b.names, b.headline, b.kinds, b.places, b.mentions)


def plain(value: Any) -> Any:
    """``value`` as plain data: an object (a dataclass, a class with ``__slots__`` or a
    ``__dict__``) as the dict of its attributes, containers element by element, callables
    left out; what two story states are compared on."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items() if not callable(v)}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (str, int, float, bytes, frozenset, set)) or value is None:
        return value
    names = [f.name for f in dataclasses.fields(value)] if dataclasses.is_dataclass(value) \
        else [n for c in type(value).__mro__ for n in getattr(c, "__slots__", ())] + \
        list(getattr(value, "__dict__", {}))
    return {"type": type(value).__name__,
            **{n: plain(getattr(value, n)) for n in names
               if hasattr(value, n) and not callable(getattr(value, n))}}


def state(stories: Stories) -> Any:
    """What a story state holds, as plain data."""
    return plain(stories)


def test_encoding_keeps_real_terms() -> None:
    found = terms("Incendie à Roubaix : un entrepôt ravagé",
                  ["Un incendie a ravagé lundi un entrepôt de Roubaix, rue de l'Épeule, "
                   "selon les pompiers du Nord. Le maire Guillaume Delbar s'est rendu sur "
                   "place.", "Aucune victime n'est à déplorer."], date(2026, 3, 2))
    assert found and found.names
    assert same_terms(decode(encode(found)), found)


_WORDS = st.text(min_size=1, max_size=12)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(_WORDS, st.one_of(st.floats(allow_nan=False), st.integers(-9, 9)),
                       max_size=12),
       st.frozensets(_WORDS, max_size=4), st.frozensets(_WORDS, max_size=4))
def test_encoding_is_exact(counts: dict[str, float], names: frozenset[str],
                           places: frozenset[str]) -> None:
    made = Terms(counts, names, frozenset(counts), places, places, names | places)
    back = decode(encode(made))
    assert same_terms(back, made)
    assert all(math.copysign(1, x) == math.copysign(1, y)
               for x, y in zip(back.values(), made.values(), strict=True))


def test_undecodable_bytes_are_a_value_error() -> None:
    with pytest.raises(ValueError):
        decode(b"not terms")


def test_version_follows_format_and_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    now = terms_version()
    assert terms_version() == now and len(now) == 32
    monkeypatch.setattr(stored_terms, "FORMAT", stored_terms.FORMAT + 1)
    bumped = terms_version()
    assert bumped != now
    monkeypatch.setattr(context, "CONTEXT", not context.CONTEXT)
    assert terms_version() not in (now, bumped)


def _ingested(tmp_path: Path) -> SQLiteStore:
    store = SQLiteStore.open(tmp_path / "store.sqlite3")
    summary = ingest_paths(store, [FIXTURE], settings=Settings())
    assert summary.new >= 15
    return store


def _rows(store: SQLiteStore) -> list[tuple[str, str]]:
    return store.conn.execute("SELECT article_id, version FROM story_terms").fetchall()


def test_an_ingest_keeps_its_terms_and_a_warm_up_reads_them_back(tmp_path: Path) -> None:
    store = _ingested(tmp_path)
    try:
        stored = {a.id for a in store.latest(limit=100) if a.dedup and a.dedup.story_id}
        rows = _rows(store)
        assert {a for a, _ in rows} == stored
        assert {v for _, v in rows} == {terms_version()}
        follower = StoryFollower(store, snapshots=False)  # its warm-up
        warmed = follower.current()
        assert follower.terms.misses == 0  # each read back, or a copy's input again
        assert follower.terms.stored + follower.terms.hits == len(stored)
        fresh = warm_stories(store, read=terms)  # every article read afresh
        assert warmed.story_of == fresh.story_of
        assert state(warmed) == state(fresh)
    finally:
        store.close()


def test_a_missing_or_stale_row_is_read_afresh_and_written_again(tmp_path: Path) -> None:
    store = _ingested(tmp_path)
    try:
        ids = sorted({a for a, _ in _rows(store)})
        # three articles whose input no other article shares (a copy's is read for both)
        alone = sorted(str(r[0]) for r in store.conn.execute(
            "SELECT MIN(article_id) FROM story_terms GROUP BY digest HAVING COUNT(*) = 1"))
        assert len(alone) >= 3
        ids = [*alone[:3], *(i for i in ids if i not in alone[:3])]
        with store.conn:
            store.conn.execute("DELETE FROM story_terms WHERE article_id = ?", (ids[0],))
            store.conn.execute("UPDATE story_terms SET version = 'older rules' "
                               "WHERE article_id = ?", (ids[1],))
            # a row whose bytes are another input's terms, under a digest no input has
            store.conn.execute("UPDATE story_terms SET digest = x'00' WHERE article_id = ?",
                               (ids[2],))
        follower = StoryFollower(store, snapshots=False)
        warmed = follower.current()
        assert follower.terms.misses == 3
        assert follower.terms.stored + follower.terms.hits == len(ids) - 3
        assert state(warmed) == state(warm_stories(store, read=terms))
        rows = _rows(store)
        assert {a for a, v in rows if v == terms_version()} == set(ids)
        assert "older rules" not in {v for _, v in rows}  # replaced, not kept beside
        again = StoryFollower(store, snapshots=False)
        again.current()
        assert again.terms.misses == 0
    finally:
        store.close()


def test_other_rules_read_every_article_afresh(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    store = _ingested(tmp_path)
    try:
        inputs = store.conn.execute("SELECT COUNT(DISTINCT digest) FROM story_terms")
        count = int(inputs.fetchone()[0])
        monkeypatch.setattr(stored_terms, "FORMAT", stored_terms.FORMAT + 1)
        follower = StoryFollower(store)
        follower.current()
        assert (follower.terms.stored, follower.terms.misses) == (0, count)
        rows = _rows(store)
        assert len(rows) >= count and {v for _, v in rows} == {terms_version()}
    finally:
        store.close()


def test_one_writer_per_file_stores_the_stories_of_fresh_readings(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One ``veille ingest`` per record, as a cron job does: the stories stored when each
    writer reads the terms back are those stored when every writer reads them afresh."""
    lines = FIXTURE.read_text("utf-8").splitlines(keepends=True)
    folder = tmp_path / "records"
    folder.mkdir()
    paths = []
    for number, line in enumerate(lines):
        path = folder / f"{number:03d}.jsonl"
        path.write_text(line, "utf-8")
        paths.append(path)

    def stories_of(name: str) -> dict[str, tuple[str, bool]]:
        store = SQLiteStore.open(tmp_path / f"{name}.sqlite3")
        try:
            for path in paths:
                ingest_paths(store, [path], settings=Settings())
            settle_stories(store)
            return store.story_of(a.id for a in store.latest(limit=100))
        finally:
            store.close()

    kept = stories_of("kept")
    monkeypatch.setattr(veille.ingest, "terms_reader", lambda store: TermsMemo())
    assert kept == stories_of("fresh")


def test_a_deleted_article_takes_its_rows(tmp_path: Path) -> None:
    store = _ingested(tmp_path)
    try:
        gone = _rows(store)[0][0]
        store.delete_articles([gone])
        assert gone not in {a for a, _ in _rows(store)}
    finally:
        store.close()

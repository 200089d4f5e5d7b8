"""A commentary settled into the story it comments, its reason kept with the membership
(r-rpm53, ``veille.dedup.commentary``): in the record (and so in the export), in
``story_members.reason`` (migration 21, SQLite and PostgreSQL), and the same stories and
reasons whether each writer loads the saved state or replays the store. Fixture: own text
(``tests/fixtures/stories/commentary-r-rpm53.jsonl``, CC0, written for veille): three
dispatches on a flood in Grenoble, an opinion piece the next morning naming its mayor and
engineer (no event of its own, few of the dispatches' words), a tramway opening a week later
(its arrival settles the commentary). The opinion piece was in English until h-stories67b;
it is in French now, because a story no longer takes an article none of whose members is
in its language, a commentary included (t-final67 F1: linked, never merged)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from test_ingest_story_state import items
from veille.dedup.commentary import REASON
from veille.ingest import Ingestor, StoryFollower
from veille.record import Article
from veille.store.base import Store
from veille.store.sqlite import SQLiteStore

FIXTURE = Path(__file__).parent.parent / "fixtures" / "stories" / "commentary-r-rpm53.jsonl"
LINES = FIXTURE.read_text(encoding="utf-8").splitlines()
CUTS = [(0, 2), (2, 4), (4, 5)]
"""Three ingests, each by a new writer."""
OPINION = "https://example.org/t-rpm53/m4"


def ingest_all(store: Store, *, snapshots: bool) -> None:
    for part, (lo, hi) in enumerate(CUTS):
        follower = StoryFollower(store, snapshots=snapshots)
        summary = Ingestor(store, batch_size=4, stories=follower).run(
            items(f"part{part}.jsonl", LINES[lo:hi]))
        assert summary.new == hi - lo, summary.errors


def stories(store: Store) -> dict[str, tuple[str | None, str | None]]:
    """URL -> (story id, the join's reason) of every stored article."""
    found: list[Article] = store.latest(limit=100)
    return {a.url or a.id: (a.dedup.story_id, a.dedup.story_reason) if a.dedup else (None, None)
            for a in found}


def test_a_commentary_joins_the_story_it_names_with_its_reason(tmp_path: Path) -> None:
    store = SQLiteStore.open(tmp_path / "s.sqlite3")
    try:
        ingest_all(store, snapshots=True)
        got = stories(store)
        flood = got["https://example.org/t-rpm53/m1"][0]
        assert got["https://example.org/t-rpm53/m2"][0] == flood
        assert got[OPINION][0] == flood
        reason = got[OPINION][1]
        assert reason is not None and reason.startswith(REASON + ":")
        assert {"sarrazin", "cordelier"} <= set(reason.split(":", 1)[1].split(","))
        assert got["https://example.org/t-rpm53/m5"][0] != flood  # another event
        assert got["https://example.org/t-rpm53/m5"][1] is None
        rows = dict(store.conn.execute("SELECT article_id, reason FROM story_members"))
        assert sorted(r for r in rows.values() if r) == [reason]
    finally:
        store.close()


def test_writers_that_replay_the_store_settle_the_same_commentary(tmp_path: Path) -> None:
    loaded = SQLiteStore.open(tmp_path / "loaded.sqlite3")
    replayed = SQLiteStore.open(tmp_path / "replayed.sqlite3")
    try:
        ingest_all(loaded, snapshots=True)
        ingest_all(replayed, snapshots=False)
        assert stories(loaded) == stories(replayed)
        assert stories(loaded)[OPINION][1]
    finally:
        loaded.close()
        replayed.close()


def test_without_the_later_article_the_opinion_piece_stays_alone(tmp_path: Path) -> None:
    """Settled only once its provisional days are over (an article after them arrives)."""
    store = SQLiteStore.open(tmp_path / "s.sqlite3")
    try:
        follower = StoryFollower(store)
        Ingestor(store, batch_size=4, stories=follower).run(items("a.jsonl", LINES[:4]))
        got = stories(store)
        assert got[OPINION][0] != got["https://example.org/t-rpm53/m1"][0]
        assert got[OPINION][1] is None
    finally:
        store.close()


def test_migration_21_adds_the_reason_column_and_fills_it(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    store = SQLiteStore.open(path)
    ingest_all(store, snapshots=True)
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE story_members DROP COLUMN reason")
    conn.execute("PRAGMA user_version = 20")
    conn.commit()
    conn.close()
    store = SQLiteStore.open(path)
    try:
        rows = dict(store.conn.execute("SELECT article_id, reason FROM story_members"))
        assert sorted(r for r in rows.values() if r) == [stories(store)[OPINION][1]]
    finally:
        store.close()


def test_the_export_carries_the_reason(tmp_path: Path) -> None:
    from capture_kit import run_veille
    data = tmp_path / "data"
    for part, (lo, hi) in enumerate(CUTS):
        source = tmp_path / f"part{part}.jsonl"
        source.write_text("\n".join(LINES[lo:hi]) + "\n", encoding="utf-8")
        done = run_veille(["ingest", str(source)], data_dir=data)
        assert done.returncode == 0, done.stderr
    out = run_veille(["export"], data_dir=data)
    assert out.returncode == 0, out.stderr
    records = {r["url"]: r for r in map(json.loads, out.stdout.decode().splitlines()) if r}
    assert records[OPINION]["dedup"]["story_reason"].startswith(REASON + ":")
    assert "story_reason" not in records["https://example.org/t-rpm53/m1"]["dedup"]


@pytest.mark.usefixtures("pg_cluster")
def test_postgresql_keeps_the_same_stories_and_reasons(tmp_path: Path, pg_url: str) -> None:
    from veille.store.postgres import PostgresStore
    lite = SQLiteStore.open(tmp_path / "s.sqlite3")
    ingest_all(lite, snapshots=True)
    expected = stories(lite)
    lite.close()
    store = PostgresStore.open_url(pg_url)
    try:
        ingest_all(store, snapshots=True)
        assert stories(store) == expected
        rows = dict(store.conn.execute("SELECT article_id, reason FROM story_members"
                                       ).fetchall())
        assert sorted(r for r in rows.values() if r) == [expected[OPINION][1]]
    finally:
        store.close()

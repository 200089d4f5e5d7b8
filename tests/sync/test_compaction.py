"""The change log's compaction with a real SQLite store and a real tantivy index: a lagging
index keeps every change it lacks; an index left behind by compaction (never registered,
forgotten, expired) finds the gap and resyncs from the store instead of silently missing
changes; a killed compaction leaves whole chunks; `veille compact` and `veille stats`."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

import veille
from capture_kit import err, out, run_veille
from veille.index.sync import REBUILD_FOLLOWER
from veille.record import Article, Content, Dedup, RawInput
from veille.store.base import SavedSearch
from veille.store.sqlite import SQLiteStore

from .index_kit import assert_index_equals_store, write_captures

NO_GRACE = {"changelog_keep_hours": 0.0, "changelog_compact_rows": 0}


def _article(n: int) -> Article:
    raw = RawInput(data=f"behind the index's back {n}\n".encode(), origin=f"side/{n}.txt",
                   media_type="text/plain")
    return Article(raw=raw, content=Content(title=f"Dépêche latérale {n}",
                                            paragraphs=[f"Texte latéral numéro {n}."],
                                            language="fr", extractor="test"),
                   dedup=Dedup(fingerprint=f"side{n}"))


def _write_behind(data: Path) -> tuple[str, str]:
    """Changes the index does not see yet, made by another writer: two new articles, one
    deleted, one re-extracted. Returns (deleted id, changed id)."""
    store = SQLiteStore.open(data / "veille.sqlite3")
    try:
        store.put_batch([_article(1), _article(2)])
        ids = [a.id for a in store.iter_articles()]
        deleted, changed = ids[0], ids[1]
        assert store.delete_articles([deleted]) == 1
        article = store.get(changed)
        assert article.content is not None
        article.content.paragraphs = [*article.content.paragraphs, "Un paragraphe ajouté."]
        assert store.replace_content([article]) == 1
        return deleted, changed
    finally:
        store.close()


@pytest.fixture
def data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    with veille.open(data, **NO_GRACE) as v:
        summary = v.ingest(write_captures(tmp_path / "c", 0, 6))
        assert summary.new == 6 and summary.index_pending == 0
    return data


def test_a_lagging_index_keeps_what_it_lacks(data: Path) -> None:
    with veille.open(data, **NO_GRACE) as v:
        index_at = v.keeper.applied_seq()
        assert {f.name: f.applied_seq for f in v.store.followers()}["search index"] == index_at
        _write_behind(data)
        done = v.compact()
        assert done.held_by in ("search index", "alerts") and done.compacted_seq <= index_at
        assert done.removed > 0
        assert v.store.changes(after=index_at)[0].seq == index_at + 1  # nothing it needs
        assert v.sync().ok
    assert_index_equals_store(data)


@pytest.mark.parametrize("how", ["forgotten", "expired"])
def test_an_index_behind_the_compacted_log_resyncs(data: Path, how: str,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    with veille.open(data, **NO_GRACE) as v:
        index_at = v.keeper.applied_seq()
        v.release()
        deleted, changed = _write_behind(data)
        if how == "forgotten":
            for follower in v.store.followers():
                v.store.forget_follower(follower.name)
        else:
            v.store.conn.execute("UPDATE log_followers SET seen_at = '2020-01-01T00:00:00+00:00'")
        done = v.compact()
        assert done.compacted_seq > index_at  # the index's changes are gone
        drift = v.check()
        assert drift.found and drift.as_dict()["gap"] and "gap:" in " ".join(drift.lines())
        with caplog.at_level(logging.WARNING, logger="veille.index"):
            assert v.sync().ok
        assert "resyncing the index" in caplog.text
        assert v.keeper.applied_seq() == v.store.change_seq()
        hits = {h.id for h in v.search("latérale", per_page=50).hits}
        assert deleted not in hits and {_article(1).id, _article(2).id} <= hits
        assert {h.id for h in v.search("paragraphe ajouté", per_page=50).hits} == {changed}
    assert_index_equals_store(data)


def test_a_new_index_after_compaction_is_filled_from_the_store(data: Path) -> None:
    with veille.open(data, **NO_GRACE) as v:
        _write_behind(data)
        v.sync()
        assert v.compact().removed > 0
        v.release()
    shutil.rmtree(data / "index")  # a new replica of the index, from 0
    with veille.open(data, **NO_GRACE) as v:
        assert v.sync().ok
    assert_index_equals_store(data)


def test_check_repair_resyncs_after_a_gap(data: Path) -> None:
    with veille.open(data, **NO_GRACE) as v:
        v.release()
        _write_behind(data)
        v.store.forget_follower("search index")
        v.compact()
        drift = v.check(repair_drift=True)
        assert not v.check().found, drift.lines()
    assert_index_equals_store(data)


def test_reindex_holds_the_log_then_lets_go(data: Path) -> None:
    with veille.open(data, **NO_GRACE) as v:
        assert v.reindex() == 6
        names = [f.name for f in v.store.followers()]
        assert REBUILD_FOLLOWER not in names and "search index" in names
    assert_index_equals_store(data)


def test_writes_compact_past_the_threshold(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with veille.open(data, changelog_keep_hours=0.0, changelog_compact_rows=3) as v:
        v.ingest(write_captures(tmp_path / "c", 0, 8))
        stats = v.stats()
        assert stats["log_compacted_seq"] > 0 and stats["log_rows"] < stats["store_seq"]
        assert stats["index_lag"] == 0
    assert_index_equals_store(data)


def test_alerts_behind_the_compacted_log_say_so_and_go_on(
        data: Path, caplog: pytest.LogCaptureFixture) -> None:
    with veille.open(data, **NO_GRACE) as v:
        v.save_search(SavedSearch(name="tout", query="latérale"))
        _write_behind(data)
        v.store.conn.execute("UPDATE log_followers SET seen_at = '2020-01-01T00:00:00+00:00'")
        assert v.compact().compacted_seq > v.store.view_seq("alerts")
        assert v.sync().ok  # the index resyncs (the alert view matches on it)
        with caplog.at_level(logging.WARNING, logger="veille.monitor"):
            v.match_alerts()
        assert "were compacted before the alert view matched them" in caplog.text
        assert v.store.view_seq("alerts") == v.store.change_seq()


CRASHING = """
import sys
from datetime import timedelta
from veille.store.base import SavedSearch
from veille.store.sqlite import SQLiteStore
store = SQLiteStore.open(sys.argv[1])
store.compact_log(keep_age=timedelta(0), follower_age=timedelta(days=1), chunk=2)
"""


@pytest.mark.parametrize("point", ["compact-before-commit:2", "compact-after-chunk:2"])
def test_a_killed_compaction_leaves_whole_chunks(data: Path, point: str) -> None:
    path = data / "veille.sqlite3"
    store = SQLiteStore.open(path)
    for name in [f.name for f in store.followers()]:
        store.forget_follower(name)
    before = store.changes(after=0, limit=1000)
    store.close()
    env = {**os.environ, "VEILLE_TEST_CRASH_AT": point}
    result = subprocess.run([sys.executable, "-c", CRASHING, str(path)], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 137, result.stderr
    store = SQLiteStore.open(path)
    try:
        compacted = store.compacted_seq()
        kept = store.changes(after=0, limit=1000)
        chunks = 1 if point.startswith("compact-before") else 2
        assert compacted == before[2 * chunks - 1].seq
        assert kept == [c for c in before if c.seq > compacted]  # nothing else lost
        done = store.compact_log(keep_age=timedelta(0), follower_age=timedelta(days=1))
        assert [c.seq for c in store.changes(after=0)] == [before[-1].seq]
        assert done.compacted_seq == before[-2].seq
    finally:
        store.close()


def test_the_compact_command_and_stats(data: Path) -> None:
    env = {"VEILLE_CHANGELOG_KEEP_HOURS": "0"}
    dry = run_veille(["compact", "--dry-run"], data_dir=data, env=env)
    assert dry.returncode == 0, err(dry)
    assert "would remove" in out(dry) and "search index" in out(dry)
    result = run_veille(["compact", "--json"], data_dir=data, env=env)
    assert result.returncode == 0, err(result)
    report = json.loads(out(result))
    assert report["removed"] > 0 and report["log_rows"] >= 1
    assert {f["name"] for f in report["followers"]} >= {"search index"}
    stats = run_veille(["stats"], data_dir=data)
    assert "log_compacted_seq: " + str(report["log_compacted_seq"]) in out(stats)
    missing = run_veille(["compact", "--forget", "nobody"], data_dir=data, env=env)
    assert missing.returncode != 0 and "no follower named 'nobody'" in err(missing)
    assert run_veille(["check"], data_dir=data).returncode == 0

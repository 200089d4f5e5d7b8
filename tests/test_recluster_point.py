"""The settle's re-clustering goes on from where the last one ended instead of clustering
its whole window again (issue #13, r-perf49: ``veille.dedup.recluster_point``), and the
stories are those a re-clustering from scratch builds: the same story of every article and
the same change log after ingests by successive writers (each a new ``StoryFollower``, as
each ``veille ingest`` is), with the point kept and with it removed before every writer;
in a window small enough to be clustered whole and in one cut (``RECLUSTER_LIMIT`` set
low); a point of another version, torn, or not JSON of our classes, or one a change of
its articles outdates (a user's override), is not used. The state's encoding is plain
JSON (``veille.dedup.story_state``): foreign tags and fields are refused, a state read back
encodes to the same bytes, and a writer writes its state only when it changed. Real SQLite
stores, real ingests. Fixture: own text (``tests/fixtures/stories/order-independence.jsonl``,
19 records in 7 stories), ingested in the order of its dates (new articles at the end of
the window, as a feed brings them)."""

from __future__ import annotations

import json
import logging
import zlib
from pathlib import Path

import pytest

import veille.ingest as ingest_module
from test_ingest_story_state import items
from veille.dedup import recluster_point
from veille.dedup.story_state import StateError, decode, digest_of, dumps, encode, loads
from veille.ingest import STATE_NAME, Ingestor, StoryFollower
from veille.store.sqlite import SQLiteStore

FIXTURE = Path(__file__).parent / "fixtures" / "stories" / "order-independence.jsonl"
LINES = sorted(FIXTURE.read_text(encoding="utf-8").splitlines(),
               key=lambda line: json.loads(line)["published"])
CUTS = [(0, 4), (4, 8), (8, 11), (11, 14), (14, 16), (16, 19)]


def run(path: Path, *, keep: bool, corrupt: str = "",
        caplog: pytest.LogCaptureFixture | None = None) -> tuple[dict[str, str | None],
                                                                   list[tuple[str, str]], int]:
    """Each stored article's story, the change log (article, kind), and how many
    re-clusterings went on from a point, after one writer per cut."""
    store = SQLiteStore.open(path)
    used = 0
    for part, (lo, hi) in enumerate(CUTS):
        if not keep:
            store.drop_story_state(recluster_point.NAME)
        if corrupt and part == len(CUTS) - 1:
            spoil(store, corrupt)
        follower = StoryFollower(store)
        if caplog is not None:
            caplog.clear()
        with caplog.at_level(logging.DEBUG, logger="veille.ingest") if caplog \
                else _nothing():
            summary = Ingestor(store, batch_size=3, stories=follower).run(
                items(f"p{part}.jsonl", LINES[lo:hi]))
        assert summary.new == hi - lo, summary.errors
        if caplog is not None:
            used += any("(used)" in r.getMessage() for r in caplog.records)
    stories = {a.id: a.dedup.story_id if a.dedup else None for a in store.latest(limit=100)}
    log, after = [], 0
    while changes := store.changes(after=after, limit=1_000):
        log += [(c.article_id, c.kind) for c in changes]
        after = changes[-1].seq
    store.close()
    return stories, log, used


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def spoil(store: SQLiteStore, how: str) -> None:
    version, seq, digest, data = store.story_state(recluster_point.NAME) or ("", 0, b"", b"")
    if how == "version":
        version = "an older veille"
    elif how == "torn":
        data = data[: len(data) // 2]
    elif how == "foreign":
        data = zlib.compress(b'{"t":"d","v":{"state":{"t":"os.system","v":"true"}}}')
        digest = digest_of(data)
    elif how == "override":  # a user's override: the stories it bears on change
        latest = store.latest(limit=100)
        store.add_story_override("join", latest[-1].id, latest[0].id)
        return
    store.put_story_state(recluster_point.NAME, version, seq, digest, data)


@pytest.mark.parametrize("limit", [2_000, 7])
def test_the_point_gives_the_stories_of_a_whole_re_clustering(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
        limit: int) -> None:
    """Kept or removed before every writer, the same rows; kept, it is used (7: the window
    is cut, and starts on the same day for the next writers)."""
    monkeypatch.setattr(ingest_module, "RECLUSTER_LIMIT", limit)
    fresh = run(tmp_path / "fresh.sqlite3", keep=False)
    kept = run(tmp_path / "kept.sqlite3", keep=True, caplog=caplog)
    assert kept[:2] == fresh[:2]
    assert len(set(fresh[0].values())) > 3
    # 7: about two days of the fixture, so the window's start moves on most days
    assert kept[2] >= (2 if limit > 100 else 1), "the re-clustering never went on"
    assert fresh[2] == 0


@pytest.mark.parametrize("how", ["version", "torn", "foreign", "override"])
def test_a_point_it_cannot_use_is_not_used(tmp_path: Path, how: str,
                                           caplog: pytest.LogCaptureFixture) -> None:
    fresh = run(tmp_path / "fresh.sqlite3", keep=False, corrupt=how)
    spoiled = run(tmp_path / "kept.sqlite3", keep=True, corrupt=how, caplog=caplog)
    assert spoiled[:2] == fresh[:2]
    why = "a change of kind override" if how == "override" else "no point kept"
    assert f"0 from the last point ({why})" in caplog.text  # the last writer
    store = SQLiteStore.open(tmp_path / "kept.sqlite3")
    assert recluster_point.load(store) is not None  # written again, good
    store.close()


def test_the_encoding_is_json_of_our_classes_only(tmp_path: Path) -> None:
    store = SQLiteStore.open(tmp_path / "s.sqlite3")
    follower = StoryFollower(store)
    Ingestor(store, batch_size=3, stories=follower).run(items("a.jsonl", LINES[:8]))
    state = follower.current()
    data = encode(state)
    text = zlib.decompress(data).decode()
    assert json.loads(text)["t"] == "Stories"
    again = decode(data)
    assert encode(again) == data  # read back, the same bytes: written only when changed
    assert again.story_of == state.story_of and again.df == state.df
    assert {k: (s.size, s.centroid) for k, s in again.active.items()} == \
        {k: (s.size, s.centroid) for k, s in state.active.items()}
    for foreign in (b'{"t":"builtins.eval","v":"1"}', b'{"t":"Story","v":{"__class__":1}}',
                    b'{"t":"Stories","v":{"lookup":"x"}}', b'[1, {"t": "s"}]',
                    b'{"t":"Terms","v":[{"a":"1"},{}]}', b"\xff\xfe"):
        with pytest.raises(StateError):
            loads(zlib.compress(foreign))
    with pytest.raises(StateError, match="not a story state"):
        decode(dumps({"docs": 1}))
    store.close()


def test_a_writer_writes_its_state_only_when_it_changed(tmp_path: Path) -> None:
    store = SQLiteStore.open(tmp_path / "s.sqlite3")
    follower = StoryFollower(store)
    Ingestor(store, batch_size=3, stories=follower).run(items("a.jsonl", LINES[:8]))
    assert follower.writes == 1 and follower.saved_bytes > 0
    head = store.story_state_head(STATE_NAME)
    assert follower.save() is False and follower.writes == 1  # nothing new
    assert store.story_state_head(STATE_NAME) == head
    loaded = StoryFollower(store)
    loaded.current()
    assert loaded.loads == 1
    assert loaded.save() is False and loaded.writes == 0  # the state it loaded
    Ingestor(store, batch_size=3, stories=loaded).run(items("b.jsonl", LINES[8:11]))
    assert loaded.writes == 1 and store.story_state_head(STATE_NAME) != head
    store.close()


def test_a_sentence_key_is_the_same_in_every_process() -> None:
    """A saved state's background holds sentence keys; Python's salted ``hash`` made them
    differ in the next writer's process, so a loaded state knew none of its sentences and
    a re-clustering going on from its point cut other sentences than one from scratch."""
    import os
    import subprocess
    import sys

    from veille.dedup.background import sentence_key

    sentence = "Le conseil municipal a voté la délibération lundi soir à Grenoble."
    code = ("import sys; from veille.dedup.background import sentence_key; "
            "print(sentence_key(sys.argv[1]))")
    keys = {subprocess.run([sys.executable, "-c", code, sentence], check=True, text=True,
                           capture_output=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout.strip()
            for seed in ("1", "2")}
    assert keys == {str(sentence_key(sentence))}

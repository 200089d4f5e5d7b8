"""A writer saves its story state with the change log's position, and the next writer loads
it and follows the log from there instead of replaying the store's latest articles (issue
#13, r-perf36: ``veille.dedup.story_state``, ``veille.store.sqlite_state``).

The stories must be those of a writer that replays the store (the state is a cache): the
same story of every article (ids included) after ingests by successive writers with and
without the saved state; a state of another version, damaged, unreadable, or naming a class
it may not hold is not used (the writer replays, says why once, and builds the same
stories); a crash between the articles' write and the state's (the state's position is
older) is followed from the log. Real SQLite stores, real ingests, a real ``veille ingest``
process. Fixture: own text (``tests/fixtures/stories/order-independence.jsonl``, 19 records
in 7 stories)."""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterable
from pathlib import Path

import pytest

from capture_kit import run_veille
from veille.dedup.story_state import StateError, decode, digest_of, encode, state_version
from veille.ingest import STATE_NAME, Ingestor, StoryFollower, settle_stories
from veille.record import RawInput
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

FIXTURE = Path(__file__).parent / "fixtures" / "stories" / "order-independence.jsonl"
LINES = FIXTURE.read_text(encoding="utf-8").splitlines()
CUTS = [(0, 6), (6, 11), (11, 15), (15, 19)]
"""Four ingests, each by a new writer: the later ones hold articles of earlier stories."""


def items(name: str, lines: Iterable[str]) -> list[RawInput]:
    from veille.collect.files import Options, items_from_bytes
    data = ("\n".join(lines) + "\n").encode()
    options = Options(max_bytes=Settings().max_input_bytes)
    return [i for i in items_from_bytes(data, name=name, origin=name, options=options)
            if isinstance(i, RawInput)]


def ingest(store: SQLiteStore, part: int, *, snapshots: bool, defer: bool = False
           ) -> StoryFollower:
    """One writer (its own story state) ingesting the ``part``-th cut."""
    follower = StoryFollower(store, snapshots=snapshots)
    follower.defer = defer
    lo, hi = CUTS[part]
    summary = Ingestor(store, batch_size=4, stories=follower).run(
        items(f"part{part}.jsonl", LINES[lo:hi]))
    assert summary.new + summary.duplicate + summary.versions == hi - lo, summary.errors
    return follower


def assignments(store: SQLiteStore) -> dict[str, str | None]:
    """Each stored article's story (article id -> story id)."""
    return {a.id: a.dedup.story_id if a.dedup else None for a in store.latest(limit=1_000)}


def replayed(tmp_path: Path) -> dict[str, str | None]:
    """The stories when every writer replays the store (no saved state)."""
    store = SQLiteStore.open(tmp_path / "replayed.sqlite3")
    for part in range(len(CUTS)):
        follower = ingest(store, part, snapshots=False)
        assert follower.loads == 0 and follower.warm_ups == 1
    assert store.story_state(STATE_NAME) is None
    found = assignments(store)
    store.close()
    return found


@pytest.fixture(scope="module")
def expected(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str | None]:
    found = replayed(tmp_path_factory.mktemp("replayed"))
    assert len(found) == len(LINES) and len(set(found.values())) > 3
    return found


def test_successive_writers_load_the_saved_state_and_build_the_same_stories(
        tmp_path: Path, expected: dict[str, str | None]) -> None:
    store = SQLiteStore.open(tmp_path / "s.sqlite3")
    first = ingest(store, 0, snapshots=True)
    assert first.loads == 0 and first.warm_ups == 1  # nothing saved yet
    for part in range(1, len(CUTS)):
        row = store.story_state(STATE_NAME)
        assert row is not None and row[0] == state_version()
        assert row[1] <= store.change_seq()
        follower = ingest(store, part, snapshots=True)
        assert (follower.loads, follower.warm_ups, follower.said) == (1, 0, [])
    assert assignments(store) == expected


def test_the_saved_state_is_the_state_a_replay_follows_to(tmp_path: Path) -> None:
    """Loaded and brought up to date, the state holds each article in the story a state
    warmed from the store holds it in."""
    store = SQLiteStore.open(tmp_path / "s.sqlite3")
    for part in range(len(CUTS)):
        ingest(store, part, snapshots=True)
    loaded = StoryFollower(store)
    warmed = StoryFollower(store, snapshots=False)
    state, fresh = loaded.current(), warmed.current()
    assert loaded.loads == 1 and warmed.warm_ups == 1
    assert {a: s for a, s in state.story_of.items() if a in fresh.story_of} == \
        fresh.story_of
    assert state.docs >= fresh.docs and set(fresh.df) <= set(state.df)


def corrupt_row(store: SQLiteStore, how: str) -> None:
    version, seq, digest, data = store.story_state(STATE_NAME) or ("", 0, b"", b"")
    if how == "version":
        version = "an older veille"
    elif how == "torn":
        data = data[: len(data) // 2]  # the digest no longer matches
    elif how == "garbage":
        data = b"not a state at all"
        digest = digest_of(data)
    elif how == "foreign class":
        # a tag naming a function to call: refused, not run (plain JSON since r-perf49)
        data = zlib.compress(b'{"t":"logging.getLogger","v":"veille"}')
        digest = digest_of(data)
    elif how == "ahead of the log":
        seq = store.change_seq() + 10  # a store restored from an older copy
    store.put_story_state(STATE_NAME, version, seq, digest, data)


@pytest.mark.parametrize("how", ["version", "torn", "garbage", "foreign class",
                                 "ahead of the log"])
def test_a_state_it_cannot_use_is_replayed_instead_and_said_once(
        tmp_path: Path, expected: dict[str, str | None], how: str,
        caplog: pytest.LogCaptureFixture) -> None:
    store = SQLiteStore.open(tmp_path / "s.sqlite3")
    for part in range(2):
        ingest(store, part, snapshots=True)
    corrupt_row(store, how)
    with caplog.at_level(logging.INFO, logger="veille.ingest"):
        follower = ingest(store, 2, snapshots=True)
    assert follower.loads == 0 and follower.warm_ups == 1
    assert len(follower.said) == 1, follower.said
    # h-api65: said as what happens ("nothing is lost"), and a state of another version
    # (every upgrade) at INFO, no warning line; a damaged one is still a warning.
    said = [r for r in caplog.records if r.name == "veille.ingest"
            and r.levelno >= logging.INFO and "rebuilt from" in r.getMessage()]
    assert [r.getMessage() for r in said] == [
        f"{follower.said[0]}: rebuilt from the stored articles instead (nothing is lost; "
        "this start takes longer; nothing to do)"]
    assert said[0].levelno == (logging.INFO if how == "version" else logging.WARNING)
    # the writer saved a good state again: the next one loads it
    row = store.story_state(STATE_NAME)
    assert row is not None and row[0] == state_version() and row[2] == digest_of(row[3])
    last = ingest(store, 3, snapshots=True)
    assert (last.loads, last.warm_ups) == (1, 0)
    assert assignments(store) == expected


def test_decode_refuses_what_encode_did_not_write() -> None:
    with pytest.raises(StateError):
        decode(b"\x00\x01")
    with pytest.raises(StateError, match="does not hold"):
        decode(zlib.compress(b'{"t":"io.BytesIO","v":[]}'))
    with pytest.raises(StateError, match="not a story state"):
        decode(zlib.compress(b'{"t":"d","v":{"docs":1}}'))


def test_encode_keeps_the_callbacks_of_the_state_it_writes(tmp_path: Path) -> None:
    store = SQLiteStore.open(tmp_path / "s.sqlite3")
    follower = ingest(store, 0, snapshots=True)
    state = follower.current()
    lookup, recall = state.lookup, state.recall
    assert lookup is not None and recall is not None
    again = decode(encode(state))
    assert (state.lookup, state.recall) == (lookup, recall)
    assert again.lookup is None and again.recall is None
    assert again.story_of == state.story_of and again.df == state.df


def test_a_crash_between_the_articles_and_the_state_is_followed_from_the_log(
        tmp_path: Path, expected: dict[str, str | None]) -> None:
    """A writer stores its batches and stops before its settle (where it saves its state
    and clusters its windows again): the saved state is the previous writer's, at an older
    position; the next writer loads it, replays the stopped writer's articles from the
    log, and the stories end as those of writers that replay the store."""
    store = SQLiteStore.open(tmp_path / "s.sqlite3")
    ingest(store, 0, snapshots=True)
    ingest(store, 1, snapshots=True)
    position = (store.story_state(STATE_NAME) or ("", 0))[1]
    crashed = ingest(store, 2, snapshots=True, defer=True)  # never settles: the crash
    assert crashed.pending and (store.story_state(STATE_NAME) or ("", 0))[1] == position
    follower = ingest(store, 3, snapshots=True)
    assert follower.loads == 1 and follower.warm_ups == 0
    assert follower.replayed == CUTS[2][1] - CUTS[2][0]  # the stopped writer's articles
    assert settle_stories(store) == {}

    # the same crash without saved states
    other = SQLiteStore.open(tmp_path / "o.sqlite3")
    ingest(other, 0, snapshots=False)
    ingest(other, 1, snapshots=False)
    ingest(other, 2, snapshots=False, defer=True)
    ingest(other, 3, snapshots=False)
    assert assignments(store) == assignments(other)
    assert assignments(store) == expected


def test_veille_ingest_processes_save_and_load_the_state(
        tmp_path: Path, expected: dict[str, str | None]) -> None:
    """Each ``veille ingest`` is a new process: the first writes the state, each next one
    loads it (its position moves on), and the stories are those of writers that replay."""
    data = tmp_path / "data"
    positions = []
    for part, (lo, hi) in enumerate(CUTS):
        path = tmp_path / f"part{part}.jsonl"
        path.write_text("\n".join(LINES[lo:hi]) + "\n", encoding="utf-8")
        done = run_veille(["ingest", str(path)], data_dir=data)
        assert done.returncode == 0, done.stderr.decode()
        assert b"replaying" not in done.stderr
        store = SQLiteStore.open(Settings(data_dir=data).store_path)
        row = store.story_state(STATE_NAME)
        assert row is not None
        positions.append(row[1])
        found = assignments(store)
        store.close()
    assert positions == sorted(positions) and len(set(positions)) == len(positions)
    assert len(found) == len(expected)
    # ids are the articles' (URL-based), so both stores name them alike
    assert found == expected

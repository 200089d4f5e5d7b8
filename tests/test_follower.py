"""The background followers of derived views (``veille.follower``): one class for every view
a long-running process keeps caught up (the review of 2026-12-03 noon: the stories' settler
and the background enricher were two copies of one thread). Real store, real threads; the
stories fixture is f-order24's (``tests/fixtures/stories/order-independence.jsonl``)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import veille
from veille.follower import VIEWS, BackgroundFollower, Followers
from veille.ingest import stories_behind
from veille.service import Veille
from veille.settings import Settings

FIXTURE = Path(__file__).parent / "fixtures" / "stories" / "order-independence.jsonl"


def test_every_view_names_a_method_of_the_service() -> None:
    for name, view in VIEWS.items():
        assert callable(getattr(Veille, view.catch_up)), name
        assert view.tick > 0


def test_an_unknown_view_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KeyError):
        BackgroundFollower(Settings(data_dir=tmp_path), "nothing")


def test_no_view_gives_an_empty_group_that_follows_nothing(tmp_path: Path) -> None:
    followers = Followers.start(Settings(data_dir=tmp_path), [])
    followers.wake()
    followers.stop()
    assert not any(followers.follows(view) for view in VIEWS)


def test_the_stories_follower_catches_up_what_an_unsettled_ingest_left(tmp_path: Path) -> None:
    """Articles stored without settling leave the stories' view behind the change log; a
    follower started afterwards (a restart after a crash) catches it up at once."""
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    with veille.open(tmp_path) as v:
        for n, line in enumerate(reversed(lines)):
            v.ingest_bytes([(f"r{n}.jsonl", line.encode() + b"\n")], settle=False)
        assert stories_behind(v.store)
        settings = v.settings
    followers = Followers.start(settings, ["stories"])
    assert followers.follows("stories") and not followers.follows("enrichment")
    try:
        deadline = time.monotonic() + 120
        while followers.followers[0].caught_up < 1 and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        followers.stop(timeout=120)
    assert followers.followers[0].caught_up >= 1
    with veille.open(tmp_path) as v:
        assert not stories_behind(v.store)

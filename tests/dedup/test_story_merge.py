"""Two stories of one event merge (issue #14's sixth round): an event's early fragment and
its main story, each of two articles or more, whose centroids converge and whose headlines
share :data:`MERGE_HEADS` terms, become one story; the members of the younger one move.

The articles are term counts written for the tests (an event: a dyke broken by a flood
and the people evacuated; each article with words of its own): the fragment's headlines
speak of the evacuated, the main story's of the dyke, and a third article tells both.
"""

from __future__ import annotations

from veille.dedup.stories import MERGE_AT, Stories, Terms, terms


def _article(shared: list[str], own: str, headline: list[str]) -> Terms:
    counts = {t: 1.0 for t in shared}
    counts.update({f"{own}{k}": 1.0 for k in range(12)})
    for term in headline:
        counts[term] = counts.get(term, 0.0) + 3.0
    return Terms(counts, frozenset(), frozenset(headline))


def _feed(stories: Stories, last_headline: list[str]) -> list[str]:
    articles = [
        ("a1", _article(["digue", "crue"], "x", ["digue", "rompue"]), 0),
        ("a2", _article(["digue", "crue"], "y", ["digue", "rompue"]), 60),
        ("b1", _article(["crue", "evacues"], "z", ["evacues", "sinistres"]), 120),
        ("b2", _article(["crue", "evacues"], "w", ["evacues", "sinistres"]), 180),
        ("c1", _article(["digue", "crue", "evacues"], "v", last_headline), 240),
    ]
    return [stories.assign(i, counts, minute) for i, counts, minute in articles]


def test_an_early_fragment_merges_into_the_main_story() -> None:
    """Regression: without the merge (``merge_at=0``, as before) the event stays two
    stories; with it the fragment's members move into the older story, and say so in
    ``moved`` for the caller to store."""
    before = _feed(Stories(merge_at=0.0), ["digue", "rompue", "evacues", "sinistres"])
    assert before == ["a1", "a1", "b1", "b1", "b1"]
    stories = Stories(merge_at=MERGE_AT or 0.1)
    labels = _feed(stories, ["digue", "rompue", "evacues", "sinistres"])
    assert labels[-1] == "a1"
    assert stories.take_moved() == {"b1": "a1", "b2": "a1", "c1": "a1"}
    assert set(stories.active) == {"a1"}
    assert stories.active["a1"].size == 5
    assert {stories.story_of[i] for i in ("a1", "a2", "b1", "b2", "c1")} == {"a1"}


def test_stories_whose_headlines_share_nothing_stay_apart() -> None:
    """The same centroids, but the fragment's headlines share no term with the main
    story's: two stories (a centroid alone merged other topics' stories: round 6)."""
    stories = Stories(merge_at=MERGE_AT or 0.1)
    labels = _feed(stories, ["evacues", "sinistres"])
    assert labels == ["a1", "a1", "b1", "b1", "b1"]
    assert stories.take_moved() == {}


def test_another_writer_follows_the_merge() -> None:
    """A second state (a watch beside the ingest that merged) told of the moves from the
    store's change log ends with the same one story, its other members with it."""
    writer = Stories(merge_at=MERGE_AT or 0.1)
    _feed(writer, ["digue", "rompue", "evacues", "sinistres"])
    moves = writer.take_moved()
    follower = Stories(merge_at=0.0)
    _feed(follower, ["digue", "rompue", "evacues", "sinistres"])
    assert set(follower.active) == {"a1", "b1"}
    follower.follow_move("b1", moves["b1"])
    assert set(follower.active) == {"a1"}
    assert follower.active["a1"].size == 5
    assert {follower.story_of[i] for i in ("b1", "b2", "c1")} == {"a1"}
    for article, story in moves.items():
        follower.follow_move(article, story)
    assert set(follower.active) == {"a1"}


def test_headline_terms_are_read_from_the_headline() -> None:
    read = terms("Crue : la digue a cédé", ["Les habitants de la vallée ont été évacués."])
    assert read.headline == {"crue", "digue", "cede"}
    assert "evacues" in read and "evacues" not in read.headline

"""Two stories of one event merge (issue #14's sixth round): an event's early fragment and
its main story, each of two articles or more, whose centroids converge and whose headlines
share :data:`MERGE_HEADS` terms, become one story; the members of the younger one move.

The articles are term counts written for the tests (an event: a dyke broken by a flood
and the people evacuated; each article with words of its own): the fragment's headlines
speak of the evacuated, the main story's of the dyke, and a third article tells both.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from veille.dedup.stories import MERGE_AT, Stories, Terms, terms
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore


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


FIRE = ("Incendie à Vernay : l'usine Polycarb en feu",
        "Un violent incendie s'est déclaré dans la nuit dans l'usine chimique Polycarb, dans la "
        "zone industrielle de Vernay. Une épaisse fumée noire était visible à des kilomètres.")
SMOKE = ("Incendie à Vernay : un panache de fumée au-dessus de l'usine",
         "Les riverains de la zone industrielle ont été réveillés par des explosions. Le panache "
         "de fumée s'étendait au petit matin sur la vallée.")
SHUT = ("Trois communes confinées, les écoles fermées lundi",
        "La préfète a demandé aux habitants de trois communes de rester chez eux, fenêtres "
        "fermées. Les écoles resteront fermées lundi par précaution.")
PARENTS = ("Confinement : les écoles fermées, les parents inquiets",
           "Dans les trois communes, les parents s'interrogent sur la qualité de l'air et les "
           "écoles fermées. La préfète promet des mesures de la pollution dès demain.")
BOTH = ("Incendie de l'usine Polycarb : trois communes confinées, les écoles fermées",
        "Après l'incendie de l'usine chimique Polycarb à Vernay, la préfète a demandé aux "
        "habitants de trois communes de rester confinés; les écoles resteront fermées. Le "
        "panache de fumée couvre la vallée.")
"""A fire at a plant (fictional town and firm, text written for the tests): two articles on
the fire, two on the confinement it caused told without it, then one telling both."""


def _record(article_id: str, title: str, body: str, when: datetime) -> tuple[str, bytes]:
    record = {"title": title, "text": body, "date": when.isoformat(),
              "url": f"https://news.example/{article_id}", "source": "news.example"}
    return f"{article_id}.jsonl", json.dumps(record, ensure_ascii=False).encode()


def test_through_ingest_the_merge_is_stored_and_logged(store: SQLiteStore) -> None:
    """Each article its own ``veille ingest`` into a real store (each warms its state from
    the store, headlines included): before the last one the event is two stories of two;
    the last one joins one of them and they merge, the younger one's members moved in the
    batch's transaction and logged as ``link`` changes."""
    start = datetime(2026, 11, 2, 6, tzinfo=UTC)
    ids: list[str] = []
    for n, (title, body) in enumerate((FIRE, SMOKE, SHUT, PARENTS, BOTH)):
        summary = ingest_texts(store, [_record(f"f{n}", title, body,
                                               start + timedelta(hours=2 * n))])
        ids.extend(summary.new_ids)
        if n == 3:
            before = store.story_of(ids)
            assert before[ids[1]][0] == before[ids[0]][0] == ids[0]
            assert before[ids[3]][0] == before[ids[2]][0] == ids[2]
            seq = store.change_seq()
    after = store.story_of(ids)
    assert {after[i][0] for i in ids} == {ids[0]}
    stored = store.get(ids[3]).dedup
    assert stored is not None and stored.story_id == ids[0]
    assert store.story(ids[2]) == []
    logged = {(c.article_id, c.kind) for c in store.changes(after=seq)}
    assert {(ids[2], "link"), (ids[3], "link")} <= logged

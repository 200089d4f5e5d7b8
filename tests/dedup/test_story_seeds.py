"""Provisional first articles (``veille.dedup.stories``, docs/benchmarks.md "Stories"): an
article that opened a story and is still alone in it moves into the story the event's next
articles form, in memory and in the store (in the batch's transaction, logged as a change);
a story of two articles never loses one, and after PROVISIONAL_DAYS a lone article stays.

Shape (rpm2, topics 1-10): the first article of an event is compared with stories of one
article or other events, the next ones form the event's story without it, and it stays a
story of its own: before, nearly half of the recall lost on rpm2's tuned half."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from test_story_shapes import _story, _warm

from veille.dedup.stories import PROVISIONAL_DAYS, Stories
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

EVACUATION = ("Toulouse : le quartier Saint-Cyprien évacué",
              "La préfecture de Haute-Garonne a ordonné dans la nuit l'évacuation du quartier "
              "Saint-Cyprien à Toulouse. Les pompiers ont relogé deux cents habitants dans des "
              "gymnases.")
FLOOD = ("Crue historique de la Garonne",
         "La Garonne a atteint six mètres au pont Neuf, un niveau jamais vu depuis 1875. "
         "Météo-France maintient la vigilance rouge sur la Haute-Garonne et annonce encore des "
         "pluies.")
BOTH = ("La Garonne en crue : vigilance rouge maintenue",
        "Météo-France maintient la vigilance rouge pour la crue de la Garonne. Le fleuve a "
        "dépassé six mètres au pont Neuf à Toulouse, où le quartier Saint-Cyprien a été "
        "évacué.")


def _warm_quiet() -> Stories:
    stories = _warm()
    stories.take_moved()  # the demo corpus's own moves
    return stories


def test_a_lone_first_article_moves_into_the_story_its_event_forms() -> None:
    stories = _warm_quiet()
    evacuation = _story(stories, "evacuation", *EVACUATION, 0)
    flood = _story(stories, "flood", *FLOOD, 0.1)
    assert flood != evacuation  # too far apart, one article each
    assert stories.take_moved() == {}
    assert _story(stories, "both", *BOTH, 0.2) == flood
    assert stories.take_moved() == {"evacuation": flood}
    assert stories.take_moved() == {}  # taken once
    assert stories.story_of["evacuation"] == flood and evacuation not in stories.active
    assert stories.active[flood].size == 3


def test_a_story_of_two_keeps_its_members() -> None:
    stories = _warm_quiet()
    evacuation = _story(stories, "evacuation", *EVACUATION, 0)
    title, body = EVACUATION
    assert _story(stories, "again", f"Évacuation à Toulouse : {title}", body, 0.05) == evacuation
    flood = _story(stories, "flood", *FLOOD, 0.1)
    _story(stories, "both", *BOTH, 0.2)
    assert stories.take_moved() == {}
    assert {stories.story_of["evacuation"], stories.story_of["again"]} == {evacuation}
    assert stories.story_of["flood"] == flood


def test_a_lone_article_older_than_the_provisional_days_stays() -> None:
    stories = _warm_quiet()
    later = PROVISIONAL_DAYS + 0.5
    evacuation = _story(stories, "evacuation", *EVACUATION, 0)
    flood = _story(stories, "flood", *FLOOD, later)
    assert _story(stories, "both", *BOTH, later + 0.1) in {flood, evacuation}
    assert "evacuation" not in stories.take_moved()


def _record(article_id: str, title: str, body: str, when: datetime) -> tuple[str, bytes]:
    record = {"title": title, "text": body, "date": when.isoformat(),
              "url": f"https://news.example/{article_id}", "source": "news.example"}
    return f"{article_id}.jsonl", json.dumps(record, ensure_ascii=False).encode()


def test_the_move_is_stored_and_logged(store: SQLiteStore) -> None:
    """Each article ingested alone (a batch each): the first one is stored in its own story,
    then moved in the third batch's transaction, its record and membership both."""
    start = datetime(2026, 11, 2, 8, tzinfo=UTC)
    ids = []
    for n, (title, body) in enumerate((EVACUATION, FLOOD, BOTH)):
        summary = ingest_texts(store, [_record(f"a{n}", title, body,
                                               start + timedelta(hours=2 * n))])
        assert summary.new == 1
        ids.extend(summary.new_ids)
        if n == 1:
            before = store.story_of(ids)
            assert before[ids[0]][0] == ids[0] and before[ids[1]][0] == ids[1]
            seq = store.change_seq()
    evacuation, flood, both = ids
    after = store.story_of(ids)
    assert {after[i][0] for i in ids} == {flood}
    stored = store.get(evacuation).dedup
    assert stored is not None and stored.story_id == flood
    assert [m.article_id for m in store.story(flood)] == ids
    assert store.story(evacuation) == []
    logged = [(c.article_id, c.kind) for c in store.changes(after=seq)]
    assert (evacuation, "link") in logged and (both, "new") in logged


def test_a_move_within_one_batch_is_on_the_record_stored(store: SQLiteStore) -> None:
    start = datetime(2026, 11, 2, 8, tzinfo=UTC)
    summary = ingest_texts(store, [_record(f"a{n}", title, body, start + timedelta(hours=2 * n))
                                   for n, (title, body) in enumerate((EVACUATION, FLOOD, BOTH))])
    evacuation, flood, _both = summary.new_ids
    assert {s for s, _reprint in store.story_of(summary.new_ids).values()} == {flood}
    stored = store.get(evacuation).dedup
    assert stored is not None and stored.story_id == flood

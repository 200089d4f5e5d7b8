"""The shared-kind rule (r-stories36, ported by r-stories49) is told whether an article is
dated, through the real ingest loop into a real SQLite store: a dated profile of an
election's winner joins the election's story of three, the same people at a library's
opening stay apart, and the stored articles keep their story; undated (a folder of files:
only the time they were first seen), nothing stored moves when the profile comes in a later
batch, and the story stage, told from the record, asks the profile the plain-word bar.
r-stories36 read "undated" from the story and the article standing at one minute, which
depended on where the reading crossed a minute.

The texts are tests/dedup/test_story_shared_kinds_r36.py's (fictional, CC0).
"""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from test_story_shared_kinds_r36 import ELECTION, OPENING, PROFILE, Item, _feed

from veille.dedup.stories import Stories, StoryStage, kinds_of, story_terms
from veille.ingest import ingest_texts
from veille.record import NO_DATE, TIME, Article, Content, Dedup, RawInput
from veille.store.sqlite import SQLiteStore


def _ingest(store: SQLiteStore, k: int, item: Item, dated: bool) -> str:
    """Ingest one article as a JSON record (with its date or without), alone in its batch;
    its id."""
    published, title, paragraphs = item
    record = {"url": f"https://le-courrier-de-cornouaille.example/article/{k}", "title": title,
              "source": "Le Courrier de Cornouaille", "text": "\n\n".join(paragraphs)}
    if dated:
        record["published"] = published
    (new,) = ingest_texts(store, [(f"{k}.jsonl", json.dumps(record).encode())]).new_ids
    return new


def _stories(store: SQLiteStore, ids: list[str]) -> list[str]:
    return [store.get(i).dedup.story_id for i in ids]  # type: ignore[union-attr]


def test_dated_the_profile_joins_the_story_of_three(store: SQLiteStore) -> None:
    """Regression (issue #14's recall: profiles and commentary of an established event):
    the profile shares names and a kind with the election's three articles, few plain
    words; the opening names a kind the story does not tell. At 9181e937 (no rule) the
    profile was a story of its own."""
    ids = [_ingest(store, k, item, dated=True) for k, item in enumerate(ELECTION)]
    before = _stories(store, ids)
    assert before == [before[0]] * 3
    profile = _ingest(store, 3, PROFILE, dated=True)
    opening = _ingest(store, 4, OPENING, dated=True)
    assert _stories(store, ids) == before, "a stored article moved"
    assert _stories(store, [profile, opening]) == [before[0], opening]


def test_undated_stored_articles_stay(store: SQLiteStore) -> None:
    """The same articles without dates, each in its own later batch: what was stored keeps
    its story (the bad-input tests of tests/test_ingest.py ask the same of a folder)."""
    ids = [_ingest(store, k, item, dated=False) for k, item in enumerate(ELECTION)]
    before = _stories(store, ids)
    _ingest(store, 3, PROFILE, dated=False)
    _ingest(store, 4, OPENING, dated=False)
    assert _stories(store, ids) == before, "a stored article moved"


def _article(k: int, item: Item, dated: bool) -> Article:
    published, title, paragraphs = item
    when = datetime.fromisoformat(published)
    raw = RawInput(data=title.encode(), origin=f"{k}.txt", media_type="text/plain",
                   url=f"https://le-courrier-de-cornouaille.example/article/{k}")
    content = Content(title=title, paragraphs=list(paragraphs),
                      published=when if dated else None,
                      published_precision=TIME if dated else NO_DATE)
    return Article(raw=raw, first_seen=when, content=content, dedup=Dedup())


@pytest.mark.parametrize("dated", [True, False])
def test_the_story_stage_is_told_from_the_record(dated: bool) -> None:
    """The story stage reads whether an article is dated from its record
    (``content.published``), not from its minute: first seen at the very times the dated
    ones were published (hours and a day apart), the undated profile asks the plain-word
    bar; dated, it joins the story of three."""
    stage = StoryStage(Stories())
    items = [*ELECTION, PROFILE]
    labels = [stage(_article(k, item, dated)).dedup.story_id  # type: ignore[union-attr]
              for k, item in enumerate(items)]
    assert labels[:3] == [labels[0]] * 3
    assert (labels[3] == labels[0]) is dated


MATCH: list[Item] = [
    ("2026-04-11T17:20:00+01:00", "Rugby: Harrogate edge Tynemouth 19-17 at Claro Road",
     ["Harrogate beat Tynemouth 19-17 at Claro Road on Saturday, scrum-half Callum Threlkeld "
      "scoring the winning try two minutes from time.",
      "Tynemouth had led since the interval. The result lifts Harrogate to third."]),
    ("2026-04-11T18:05:00+01:00", "Threlkeld try sinks Tynemouth as Harrogate climb to third",
     ["A late try from Callum Threlkeld gave Harrogate a 19-17 win over Tynemouth, who had "
      "defended their lead through a wet second half at Claro Road.",
      "Tynemouth coach Gareth Ilsley said his side 'ran out of legs'."]),
    ("2026-04-11T21:40:00+01:00", "Harrogate 19 Tynemouth 17: Ilsley rues a lost lead",
     ["Gareth Ilsley admitted Tynemouth let Harrogate back in after leading 17-9 with twenty "
      "minutes left at Claro Road.", "Harrogate's rugby has rarely looked so sharp, he said, "
                                     "praising Callum Threlkeld."]),
]
COLUMN: Item = (
    "2026-04-12T09:00:00+01:00", "Callum Threlkeld, the smallest man at Claro Road",
    ["He is the shortest player in the Harrogate squad and the most decisive. Callum "
     "Threlkeld spent the afternoon being knocked over by bigger forwards.",
     "Then he darted through a gap nobody else had seen. At 20, the rugby he plays is all "
     "instinct, his old teachers in Ripon say."])


@pytest.mark.parametrize("cues", [True, False])
def test_a_column_joins_a_match_both_cue_and_neither_names(cues: bool) -> None:
    """Regression (r-stories49, ``SHARED_KIND_CUES``): the match's reports and the column
    on its scorer cue sport ("rugby") and name no kind: no kind was shared, and the
    plain-word bar refused the column; with the cues shared, it joins."""
    items = [*MATCH, COLUMN]
    assert not any(k.isalpha() for _p, title, paragraphs in items
                   for k in kinds_of(story_terms(Stories(), "x", title, paragraphs)))
    labels = _feed(items, shared_kind_cues=cues)
    assert labels[:3] == [labels[0]] * 3
    assert (labels[3] == labels[0]) is cues

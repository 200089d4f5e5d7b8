"""Background sentences are no story words (newuser4 N20, addendum "stories").

Wire agencies end every dispatch on a running story with the same background paragraphs.
Four dispatches on four events, each its own news and the same two background paragraphs,
formed one story: the background's words (the running topic's) joined them. The fixture
(``tests/fixtures/stories/wire-background.json``) is written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from veille.dedup.background import Background, sentence_key
from veille.dedup.stories import Stories, story_terms
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

WIRE: dict[str, Any] = json.loads(
    (Path(__file__).parents[1] / "fixtures" / "stories" / "wire-background.json")
    .read_text(encoding="utf-8"))


def _record(n: int, item: dict[str, Any], news: list[str]) -> tuple[str, bytes]:
    body = "\n\n".join([*news, *WIRE["background"]])
    return f"{n}.jsonl", json.dumps(
        {"url": f"https://{item['source']}/depeches/{n}", "title": item["title"],
         "source": item["source"], "published": item["published"], "text": body},
        ensure_ascii=False).encode()


def dispatches() -> list[tuple[str, bytes]]:
    return [_record(n, item, item["news"]) for n, item in enumerate(WIRE["dispatches"])]


OUTLETS = ["lequotidien.example", "lhebdo.example", "lasentinelle.example", "lecho.example"]


def test_dispatches_on_four_events_are_four_stories(store: SQLiteStore) -> None:
    """Regression: the four dispatches carried by four outlets, in one ingest, gave one
    story (a paragraph was left out only when its own source had printed it before)."""
    new = ingest_texts(store, [_record(n, {**item, "source": OUTLETS[n]}, item["news"])
                               for n, item in enumerate(WIRE["dispatches"])]).new_ids
    assert len(new) == 4
    assert len({store.get(i).dedup.story_id for i in new}) == 4  # type: ignore[union-attr]


def test_each_in_its_own_run_they_are_still_four_stories(store: SQLiteStore) -> None:
    """Regression: one `veille ingest` per dispatch (each run starting afresh from the
    store) gave one story too; the background is learnt again from the stored articles."""
    new = [i for record in dispatches() for i in ingest_texts(store, [record]).new_ids]
    assert len({store.get(i).dedup.story_id for i in new}) == 4  # type: ignore[union-attr]


def test_a_reprint_still_joins_the_story_it_copies(store: SQLiteStore) -> None:
    """A copy shares its original's sentences by being a copy: it joins its story."""
    first, *_ = ingest_texts(store, dispatches()).new_ids
    reprint = WIRE["reprint"]
    original = WIRE["dispatches"][reprint["of"]]
    [copy] = ingest_texts(store, [_record(9, reprint, [*original["news"], reprint["extra"]])]
                          ).new_ids
    dedup = store.get(copy).dedup
    assert dedup is not None and dedup.relation == "reprint"
    assert dedup.story_id == store.get(first).dedup.story_id  # type: ignore[union-attr]


def test_one_event_told_by_two_outlets_still_joins(store: SQLiteStore) -> None:
    """What is left after the background is the news: two articles of one event, each with
    the background, still form one story."""
    item = WIRE["dispatches"][0]
    other = {**item, "source": "journal-exemple.fr", "published": "2026-10-12T11:00:00+02:00",
             "title": "Pétion-Ville : l'hôpital Saint-Damien ravagé par un incendie criminel"}
    news = ["Des hommes armés ont mis le feu à l'hôpital Saint-Damien de Pétion-Ville lundi "
            "à l'aube : les patients des urgences ont été évacués vers une clinique voisine, "
            "a raconté le directeur de l'établissement, qui dénonce un incendie criminel."]
    new = ingest_texts(store, [_record(0, item, item["news"]),
                               _record(1, other, news)]).new_ids
    assert len({store.get(i).dedup.story_id for i in new}) == 1  # type: ignore[union-attr]


def test_cold_start_the_first_article_loses_the_background_once_it_is_found() -> None:
    """The first article reads the background (nothing tells it apart yet); the second
    one, no copy of it, finds it and takes it out of the first one's story."""
    stories = Stories()
    background = WIRE["background"]
    first, second = WIRE["dispatches"][:2]
    counts = story_terms(stories, "a", first["title"], [*first["news"], *background])
    assert "gangs" in counts
    stories.assign("a", counts, 0)
    assert "gangs" in stories.active["a"].centroid
    counts = story_terms(stories, "b", second["title"], [*second["news"], *background])
    assert "gangs" not in counts
    assert "gangs" not in stories.active["a"].centroid
    assert "hopital" in stories.active["a"].centroid


def test_the_lead_and_a_copys_sentences_are_read() -> None:
    memory = Background()
    text = WIRE["background"]
    assert memory.split("a", text) == (text, {})
    # the lead (first paragraph) is always read; a copy of "a" reads what it shares with it
    assert memory.split("b", text) == (text[:1], {"a": [text[1]]})
    assert memory.split("c", text, copies=["a"]) == (text[:1], {})


def test_a_sentence_is_the_same_with_other_figures() -> None:
    """Near-verbatim: an agency updates the figures of its background paragraph."""
    assert sentence_key("Le conflit a fait plus de 10 000 morts, selon l'ONU.") == \
        sentence_key("Le conflit a fait plus de 12 500 morts selon l'ONU")
    assert sentence_key("Lire aussi") is None

"""Short English items on different events share only function words: two stories (t-final29 F1).

Two short English items (a bridge closing for repairs, a maternity unit kept open) shared
"will", "said", "last", "had", "Thursday", "next Friday" and no word of what happened; on a
small store (every shared word weighs as a rare one) they became one story of "2 sources,
each with its own article". English function words, days and the words of reporting are no
story terms, as the French ones are not (:data:`veille.dedup.stories.
ENGLISH_FUNCTION_WORDS`), and months are no names. Short items of one event still join.

Texts written for these tests (invented events and people), ingested one record at a time
into a real store.
"""

from __future__ import annotations

import json

from veille.dedup.stories import terms
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

BRIDGE = ("Seaham harbour footbridge to shut for repairs",
          "Seaham's harbour footbridge, which was due to shut last Thursday, will now shut this "
          "Thursday, Durham County Council said yesterday. Work will last until early January, "
          "and a public drop-in will be held next Friday.")
CLINIC = ("Minister pledges to keep Hexham birth centre open",
          "The health minister said on Thursday that the birth centre at Hexham General "
          "Hospital would not shut, days after hundreds of parents marched through the town. "
          "\"We had no choice but to listen,\" she said. A consultation closes next Friday and "
          "the board meets in January.")
BRIDGE_LATER = ("Seaham footbridge repairs to take six weeks",
                "Repairs to Seaham's harbour footbridge, shut since Thursday, will take six "
                "weeks, Durham County Council said, after engineers found corrosion in its "
                "steel deck.")

# t-final29's own reproduction (its inputs' repro/en-whitby.jsonl and en-penrith.jsonl)
WHITBY = ("Whitby swing bridge to close for repairs",
          "Whitby's swing bridge, which was due to close last Thursday, will now close this "
          "Thursday, North Yorkshire Council said yesterday.\n\nThe day before yesterday, "
          "councillors had confirmed the timetable. Work will start on Monday 7 December "
          "and last until early January.\n\nA public meeting was held two weeks ago, and "
          "another will take place on 14 December. \"We had no choice,\" said the council's "
          "highways chief, Keane Duncan, on December 1.",
          "2026-12-03T09:00:00+00:00")
PENRITH = ("Health Secretary vows to keep Penrith maternity unit open",
           "Health Secretary Priya Shah said on Thursday that the maternity unit at Penrith "
           "Community Hospital would not close, days after campaigners marched through the "
           "Cumbrian town.\n\n\"We will not back down on rural care,\" she told MPs in the "
           "Commons. Local MP David Orton welcomed the announcement but said he wanted it in "
           "writing.\n\n\"Words are cheap,\" said campaigner Helen Rigg, who organised last "
           "Saturday's march. \"We'll believe it when we see the rota.\"\n\nThe trust board will "
           "meet on 12 January, and a public consultation closes next Friday.",
           "2026-12-03T14:00:00+00:00")


def _ingest(store: SQLiteStore, items: list[tuple[str, str]]) -> list[str]:
    """The story of each item, ingested one record at a time (by its URL)."""
    for k, (title, text) in enumerate(items):
        record = {"title": title, "text": text, "published": f"2026-12-0{k + 3}T09:00:00+00:00",
                  "source": f"paper{k}.example", "url": f"https://paper{k}.example/n/{k}",
                  "language": "en"}
        ingest_texts(store, [(f"r{k}.jsonl", json.dumps(record).encode())])
    by_url = {}
    for article in store.iter_articles():
        assert article.dedup is not None and article.dedup.story_id
        by_url[article.url] = article.dedup.story_id
    return [by_url[f"https://paper{k}.example/n/{k}"] for k in range(len(items))]


def test_two_short_english_items_sharing_only_common_words_are_two_stories(
        store: SQLiteStore) -> None:
    """Regression (t-final29 F1): one story of a footbridge and a birth centre, on "will",
    "said", "had", "last Thursday" and "next Friday"."""
    bridge, clinic = _ingest(store, [BRIDGE, CLINIC])
    assert bridge != clinic


def test_t_final29_s_bridge_and_maternity_unit_are_two_stories(store: SQLiteStore) -> None:
    """Regression (t-final29 F1, its own records): "will", "said", "last", "Thursday",
    "January", "public" made one story of a swing bridge and a maternity unit."""
    for k, (title, text, published) in enumerate((WHITBY, PENRITH)):
        record = {"title": title, "text": text, "published": published, "language": "en",
                  "source": f"paper{k}.example", "url": f"https://paper{k}.example/r/{k}"}
        ingest_texts(store, [(f"r{k}.jsonl", json.dumps(record).encode())])
    assert len({a.dedup.story_id for a in store.iter_articles() if a.dedup is not None}) == 2


def test_a_short_english_follow_up_joins_its_event(store: SQLiteStore) -> None:
    """The footbridge's follow-up (the repairs' length) joins the footbridge, not the
    birth centre."""
    bridge, clinic, later = _ingest(store, [BRIDGE, CLINIC, BRIDGE_LATER])
    assert bridge == later != clinic


def test_english_function_words_days_and_months() -> None:
    """English function words, days and "said" are no story terms; a month written
    capitalised mid-sentence is a term but no name."""
    found = terms(BRIDGE[0], [BRIDGE[1]])
    assert {"will", "said", "last", "thursday", "friday", "yesterday", "next"}.isdisjoint(found)
    assert "january" in found and "january" not in found.names
    assert "durham" in found.names


def test_a_french_word_folding_to_an_english_function_word_stays_a_term() -> None:
    """"thèse" folds to "these", an English function word only when written so; French
    content words among spaCy's English list ("un four", "une mine", "un ours") stay."""
    found = terms("Une thèse sur les ours et les mines", ["Le four de la mine. These days."])
    assert {"these", "ours", "four", "mine"} <= found.keys()

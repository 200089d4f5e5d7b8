"""Regression (t-final24 F8, issue 14): an agency update sent as JSON Lines with neither URL
nor guid (the same source and ``published``, a later ``updated``, a new headline and a new
first paragraph) was stored as a "republication" of the dispatch, a second article of the
source, instead of a version of it. Now the same source, the same publication time, a later
``updated`` and the text kept make it the dispatch's current version
(``dedup/near.py NearDuplicateStage._updates``). Real ingest into a real SQLite store."""

from __future__ import annotations

import pytest

from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore
from wire_update_kit import DISPATCH, UPDATE, record

OTHER = record("Incendie dans un entrepôt de Fréjus", [
    "Un incendie a détruit mardi soir un entrepôt de 3 000 mètres carrés dans la zone "
    "artisanale de Fréjus, sans faire de blessé, ont indiqué les pompiers du Var.",
    "Une soixantaine de sapeurs-pompiers ont été mobilisés pendant quatre heures pour "
    "venir à bout des flammes, qui ont menacé deux bâtiments voisins de la zone.",
    "L'origine du sinistre n'est pas connue et une enquête a été ouverte par le "
    "parquet de Draguignan, a précisé la gendarmerie dans un communiqué.",
], "2026-11-25T09:20:00+01:00")


@pytest.mark.parametrize("one_batch", [False, True])
def test_an_update_without_url_is_a_version_of_the_dispatch(
        store: SQLiteStore, one_batch: bool) -> None:
    assert ingest_texts(store, [("a.jsonl", DISPATCH)]).new == 1
    inputs = [("b.jsonl", UPDATE)]
    if one_batch:  # the update among other records of its desk's next export
        inputs = [("b.jsonl", UPDATE + OTHER)]
    summary = ingest_texts(store, inputs)
    assert (summary.new, summary.versions) == (int(one_batch), 1)
    [article] = [a for a in store.iter_articles()
                 if a.content is not None and "La Seyne" in a.content.title]
    assert article.content is not None
    assert article.content.title.startswith("Var : une maison s'effondre")
    assert article.dedup is not None and not article.dedup.relation


def test_a_second_dispatch_of_the_same_minute_stays_an_article(store: SQLiteStore) -> None:
    """Another dispatch of the same source at the same minute, with another text: no
    version of the first (the text decides, not the clock)."""
    summary = ingest_texts(store, [("desk.jsonl", DISPATCH + OTHER)])
    assert (summary.new, summary.versions) == (2, 0)


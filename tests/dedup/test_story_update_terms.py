"""An update brings no evidence its earlier versions lack (t-final29 F2).

A tower fire's article, updated with "un suspect interpellé … placé en garde à vue … a
indiqué le parquet", moved into the story of an assault in the same quarter the next day:
the stories are clustered again from the stored articles, which hold their latest content.
An article with versions is clustered on the terms all its versions hold
(:mod:`veille.dedup.version_terms`): the update keeps its article's story. Another outlet's
report of the fire still joins the fire.

Texts written for these tests (invented events and people), ingested one record at a time
into a real store.
"""

from __future__ import annotations

import json

from veille.dedup.stories import Terms
from veille.dedup.version_terms import held_terms
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

FIRE_URL = "https://radio.example/isere/incendie-mistral"
FIRE = {"title": "Grenoble : un incendie dans un immeuble du Mistral, 30 personnes évacuées",
        "text": "Un incendie s'est déclaré dans la nuit de lundi à mardi au cinquième étage d'un "
                "immeuble de la rue Anatole-France, dans le quartier du Mistral à Grenoble. "
                "Trente personnes ont été évacuées.\n\nLes pompiers ont maîtrisé le feu vers "
                "3 heures. Deux personnes ont été légèrement intoxiquées par les fumées.",
        "published": "2026-11-03T06:30:00+01:00", "source": "radio.example", "url": FIRE_URL,
        "language": "fr"}
FIRE_UPDATE = {
    **FIRE,
    "title": "Grenoble : incendie dans un immeuble du Mistral, un suspect interpellé",
    "text": FIRE["text"].replace("Trente personnes ont été évacuées.",
                                 "Trente personnes ont été évacuées. Un homme de 24 ans a été "
                                 "interpellé mardi après-midi.")
    + "\n\nLe suspect, connu des services de police, a été placé en garde à vue, a indiqué "
      "le parquet de Grenoble.",
    "updated": "2026-11-03T15:00:00+01:00"}
ASSAULT = {"title": "Grenoble : un adolescent mis en examen après l'agression d'une surveillante",
           "text": "Un adolescent de 16 ans a été mis en examen mercredi pour violences "
                   "aggravées après l'agression d'une surveillante mardi dans un collège du "
                   "quartier du Mistral, à Grenoble, a annoncé le parquet.\n\nLa surveillante, "
                   "âgée de 38 ans, a été frappée au visage. Une cellule d'écoute a été mise "
                   "en place.",
           "published": "2026-11-04T12:00:00+01:00", "source": "journal.example",
           "url": "https://journal.example/grenoble/agression-college", "language": "fr"}
FIRE_ELSEWHERE = {
    "title": "Incendie au Mistral à Grenoble : trente habitants évacués",
    "text": "Trente habitants d'un immeuble de la rue Anatole-France, dans le quartier du "
            "Mistral à Grenoble, ont été évacués dans la nuit de lundi à mardi après un "
            "incendie au cinquième étage, ont indiqué les pompiers.",
    "published": "2026-11-03T08:00:00+01:00", "source": "quotidien.example",
    "url": "https://quotidien.example/grenoble/incendie", "language": "fr"}


def _ingest(store: SQLiteStore, records: list[dict[str, str]]) -> dict[str, str]:
    """Each record ingested on its own; URL -> story id."""
    for k, record in enumerate(records):
        ingest_texts(store, [(f"r{k}.jsonl", json.dumps(record, ensure_ascii=False).encode())])
    stories = {}
    for article in store.iter_articles():
        assert article.dedup is not None and article.dedup.story_id
        stories[str(article.url)] = article.dedup.story_id
    return stories


def test_an_update_adding_an_arrest_keeps_the_fire_out_of_an_assault_s_story(
        store: SQLiteStore) -> None:
    """Regression (t-final29 F2): the fire's update ("un suspect interpellé", "garde à vue",
    "le parquet") took the fire into the story of an assault in the same quarter."""
    stories = _ingest(store, [ASSAULT, FIRE, FIRE_UPDATE])
    assert len(store.versions(next(iter(
        a.id for a in store.iter_articles() if a.url == FIRE_URL)))) == 1
    assert stories[FIRE_URL] != stories[ASSAULT["url"]]


def test_an_updated_article_keeps_its_event_s_story(store: SQLiteStore) -> None:
    """Another outlet's report of the fire is in the fire's story before and after the
    update."""
    stories = _ingest(store, [FIRE, FIRE_ELSEWHERE, ASSAULT, FIRE_UPDATE])
    assert stories[FIRE_URL] == stories[FIRE_ELSEWHERE["url"]] != stories[ASSAULT["url"]]


def test_held_terms_are_those_every_version_gives() -> None:
    """Each term at its lowest weight, only where every version holds it; names, headline,
    kinds and places likewise."""
    first = Terms({"incendie": 3.0, "grenoble": 4.5, "evacuees": 1.0},
                  names=frozenset({"grenoble"}), headline=frozenset({"incendie", "grenoble"}),
                  kinds=frozenset({"disaster"}), places=frozenset({"town:grenoble"}),
                  mentions=frozenset({"town:grenoble"}))
    update = Terms({"incendie": 4.0, "grenoble": 4.5, "interpelle": 3.0, "parquet": 1.5},
                   names=frozenset({"grenoble"}),
                   headline=frozenset({"incendie", "grenoble", "interpelle"}),
                   kinds=frozenset({"disaster", "crime"}), places=frozenset({"town:grenoble"}),
                   mentions=frozenset({"town:grenoble", "who:suspect"}))
    held = held_terms(update, [first])
    assert dict(held) == {"incendie": 3.0, "grenoble": 4.5}
    assert held.names == {"grenoble"} and held.headline == {"incendie", "grenoble"}
    assert held.kinds == {"disaster"} and held.mentions == {"town:grenoble"}
    assert held_terms(update, []) == update

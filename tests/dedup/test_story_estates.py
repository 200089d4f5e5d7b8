"""Estates, short districts, history, a series' first event and a valley's kicker (issue #14,
f-stories27).

- Two shootings the same night in two Marseille estates, named without a street word ("à la
  Castellane (16e)", "à Frais-Vallon, dans le 13e"), were one story
  (:data:`veille.dedup.stories.ESTATES`, :data:`veille.dedup.specifics.SHORT_DISTRICTS`).
- A basilica's spire reopening, whose lead recalls an 1847 fire, and a deadly fire in the
  same town the same day agreed on a fire (:data:`veille.dedup.stories.HISTORY`).
- Two assaults in one emergency ward four days apart: "quatre jours après une première
  agression" read as a follow-up's back-reference (:data:`veille.dedup.recalls._FIRST_OF`).
- "Tarentaise :" (the Savoie valley) read as the commune of the Loire split an avalanche's
  follow-up off (:data:`veille.dedup.specifics.PAYS_KICKERS`).

The articles are the own text of ``tests/fixtures/stories/estates-history.json``, ingested
one at a time into a real store.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from veille.dedup.estates import estates
from veille.dedup.recalls import without_history, without_recalls
from veille.dedup.specifics import specifics, towns
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

FIXTURE = Path(__file__).parents[1] / "fixtures" / "stories" / "estates-history.json"
SETS: dict[str, list[dict[str, Any]]] = json.loads(FIXTURE.read_text(encoding="utf-8"))


def _stories(store: SQLiteStore, name: str) -> list[str]:
    """The story of each article of the fixture's set ``name``, ingested one at a time."""
    ids = []
    for k, item in enumerate(SETS[name]):
        record = {"title": item["title"], "text": "\n\n".join(item["paragraphs"]),
                  "published": item["published"], "source": item["source"],
                  "url": f"https://example.org/{name}/{k}", "language": "fr"}
        named = (f"{name}-{k}.jsonl", json.dumps(record, ensure_ascii=False).encode())
        ids.extend(ingest_texts(store, [named]).new_ids)
    return [store.get(i).dedup.story_id for i in ids]  # type: ignore[union-attr]


def test_estates_without_a_street_word_are_read() -> None:
    assert estates("Marseille : un homme tué par balle à la Castellane", "") == {"castellane"}
    assert estates("Tirs", "Un homme a été blessé à Frais-Vallon, dans le 13e.") == \
        {"frais-vallon"}
    # Places of another rank, institutions and outlets are no estates.
    body = ("Il a été transporté au CHU Carémeau puis hospitalisé à la Timone, a-t-il "
            "déclaré à La Provence. Au Havre, au Liban, aux Pays-Bas, à Paris, à la SNCF.")
    assert estates("Incendie", body) == frozenset()


def test_short_districts_are_read_in_a_city_of_arrondissements() -> None:
    lead = specifics("Marseille : tirs", "Un homme a été blessé à la Castellane (16e).")[0]
    assert "16e arrondissement" in lead
    assert "13e arrondissement" in specifics("Tirs à Marseille", "Il a été visé dans le 13e.")[0]
    # No such city, or no punctuation after the number: no district.
    assert specifics("Nantes : tirs", "Un homme a été blessé dans le 13e, samedi.")[0] == \
        frozenset()
    assert specifics("Paris : expo", "Un tableau du 13e siècle est exposé.")[0] == frozenset()


def test_history_pieces_are_left_out() -> None:
    text = ("La basilique a inauguré mercredi sa flèche, démontée en 1847 après une tornade "
            "et un incendie, au terme de vingt ans de travaux.")
    assert "incendie" not in without_history(text, 2026)
    assert without_history(text, None) == text
    late = "Un incendie, survenu le 31 décembre 2025, a tout détruit."
    assert without_history(late, 2026) == late


@given(st.text(max_size=200), st.integers(min_value=1900, max_value=2100))
def test_without_history_never_raises_and_only_removes(text: str, year: int) -> None:
    out = without_history(text, year)
    assert len(out) <= len(text)


def test_a_series_first_event_counted_back_to_is_a_recall() -> None:
    paragraph = ("Une aide-soignante a été blessée mardi soir, quatre jours après une "
                 "première agression dans le même service.")
    assert "première" not in " ".join(without_recalls("t", [paragraph])[1])


def test_a_valley_kicker_is_no_commune() -> None:
    assert towns("Tarentaise : le skieur est mort", "")[0] == frozenset()
    assert towns("Mimizan : noyade d'un vacancier", "")[0] == {"town:mimizan"}


def test_two_estates_are_two_stories(store: SQLiteStore) -> None:
    """Regression: the Castellane shooting, the Frais-Vallon one two hours later, the
    Castellane victim named the next day: one story before, two now."""
    castellane, frais_vallon, follow_up = _stories(store, "estates")
    assert castellane == follow_up != frais_vallon


def test_an_event_of_1847_does_not_join_a_fire(store: SQLiteStore) -> None:
    """Regression: a deadly fire in Saint-Denis and the basilica's spire reopening the same
    day, whose lead recalls the 1847 fire: one story before, two now."""
    fire, basilica = _stories(store, "history")
    assert fire != basilica


def test_a_second_assault_in_one_ward_is_another_story(store: SQLiteStore) -> None:
    """Regression: two assaults four days apart at one hospital's emergency ward."""
    first, second = _stories(store, "ward")
    assert first != second


def test_a_follow_up_headed_by_a_valley_joins(store: SQLiteStore) -> None:
    """Regression: "Tarentaise : le skieur … est mort" joins the avalanche at Val-Thorens."""
    first, follow_up = _stories(store, "valley")
    assert first == follow_up

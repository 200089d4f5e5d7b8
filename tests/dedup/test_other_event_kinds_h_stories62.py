"""Another event of the same town, official and day stays apart (h-stories62, t-final61 #3).

- A council leader's opening of a pool, whose last sentence says the ceremony was cut short
  by a roof's collapse elsewhere in the city, joined the collapse's story (the same leader,
  city and day): the collapse named no kind of event in English, and the opening's one
  sentence "cued" an accident, so the kinds agreed (``event_kinds_more``,
  ``stories.OTHER_EVENT_KINDS``).
- A mayor presenting a plan, whose one sentence names the morning's fire, was settled into
  the fire's story as its commentary (``event_kinds_more.MORE_VERBS``,
  ``stories.COMMENTARY_HEADS``).

Texts written for these tests (invented events and people), one record per ingest into a
real store (each ingest re-clusters its window, as ``veille ingest`` does).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from story_records_kit import Item, stories_of
from veille.dedup.event_kinds import event_kinds
from veille.dedup.stories import kinds_of, terms

MONDAY = date(2026, 10, 12)
"""The day of the Glasgow items."""

COLLAPSE = ("Five injured as tenement roof collapses in Glasgow",
            "Five people were injured when the roof of a four-storey tenement collapsed in the "
            "Govanhill area of Glasgow on Monday morning, Scottish Fire and Rescue Service "
            "said.\n\nResidents of 30 flats were moved to a community centre. \"We will find "
            "out why this happened,\" said the council leader, Fiona Rutherglen.\n\nPolice "
            "closed Allison Street.",
            "2026-10-12T09:10:00+01:00", "en")
COLLAPSE_NEXT = ("Govanhill roof collapse: engineers inspect neighbouring tenements",
                 "Engineers were inspecting the tenements next to the building in Govanhill, "
                 "Glasgow, where a roof collapsed on Monday, injuring five people.\n\nCouncil "
                 "leader Fiona Rutherglen said 30 households would be housed in hotels.",
                 "2026-10-12T15:40:00+01:00", "en")
OPENING = ("Glasgow council leader opens £14m swimming pool in Maryhill",
           "The leader of Glasgow City Council, Fiona Rutherglen, on Monday opened the new "
           "£14 million Maryhill swimming pool, with a 25-metre pool and a learner pool.\n\n"
           "\"Every child in Glasgow should learn to swim,\" said Rutherglen, who cut the "
           "ribbon with pupils of two local primary schools.\n\nThe pool opens to the public "
           "on Tuesday.\n\nThe ceremony was shortened after news of a roof collapse in "
           "Govanhill.",
           "2026-10-12T08:30:00+01:00", "en")

FIRE = [("Incendio en una nave de Sevilla: dos heridos y 40 vecinos desalojados",
         "Dos personas resultaron heridas y 40 vecinos fueron desalojados por un incendio en "
         "una nave industrial del polígono Calonge, en Sevilla, según los bomberos.\n\nEl "
         "alcalde, Ramón Valdeolmos, visitó la zona.",
         "2026-10-14T07:30:00+02:00", "es"),
        ("El incendio de Calonge obliga a desalojar a 40 vecinos en Sevilla",
         "Los bomberos de Sevilla controlaron el incendio de una nave del polígono Calonge "
         "que dejó dos heridos. El alcalde Ramón Valdeolmos pidió calma.",
         "2026-10-14T09:45:00+02:00", "es"),
        ("Calonge: la nave incendiada no tenía licencia, según el Ayuntamiento de Sevilla",
         "La nave del polígono Calonge de Sevilla donde se declaró el incendio no tenía "
         "licencia de actividad, informó el alcalde Ramón Valdeolmos.",
         "2026-10-14T12:30:00+02:00", "es")]
PLAN = ("El alcalde de Sevilla presenta un plan de sombra para 60 calles",
        "El alcalde de Sevilla, Ramón Valdeolmos, presentó el miércoles un plan para dar "
        "sombra a 60 calles antes del verano, con toldos y 2.000 árboles.\n\n\"Sevilla será "
        "más fresca\", dijo Valdeolmos en el Ayuntamiento. El acto empezó con un recuerdo a "
        "los heridos del incendio de Calonge.",
        "2026-10-14T11:00:00+02:00", "es")


def _stories(tmp_path: Path, items: list[Item]) -> list[str]:
    return stories_of(tmp_path, items)


@pytest.mark.parametrize("order", ["opening first", "opening last"])
def test_an_opening_recalling_a_collapse_is_not_its_story(tmp_path: Path, order: str) -> None:
    """Regression (t-final61 #3's kind): the opening joined the collapse's story; the
    collapse's follow-up stays with it."""
    items = [OPENING, COLLAPSE, COLLAPSE_NEXT] if order == "opening first" else \
        [COLLAPSE, COLLAPSE_NEXT, OPENING]
    got = dict(zip((i[0] for i in items), _stories(tmp_path, items), strict=True))
    assert got[COLLAPSE[0]] == got[COLLAPSE_NEXT[0]]
    assert got[OPENING[0]] != got[COLLAPSE[0]]


def test_a_plan_recalling_a_fire_is_no_commentary_of_it(tmp_path: Path) -> None:
    """Regression: the mayor's plan was settled into the fire's story of three as its
    commentary (his name, the town, the estate)."""
    items = [*FIRE, PLAN]
    got = dict(zip((i[0] for i in items), _stories(tmp_path, items), strict=True))
    assert len({got[f[0]] for f in FIRE}) == 1
    assert got[PLAN[0]] != got[FIRE[0][0]]


def test_collapses_name_an_accident_in_english_german_italian() -> None:
    for title in ("Three hurt as block of flats collapses in Leicester",
                  "Zwei Verletzte beim Einsturz einer Scheune in Kassel",
                  "Crolla un capannone a Verona, un ferito"):
        assert "accident" in event_kinds(title, ())
    assert "accident" not in event_kinds("Peace talks collapse in Geneva", ())


def test_a_sentence_on_another_event_gives_no_kind() -> None:
    """The opening's kinds hold no accident, not even cued; an article whose headline and
    lead name no kind keeps the kinds its text names (as before)."""
    kinds = kinds_of(terms(OPENING[0], OPENING[1].split("\n\n"), MONDAY, "en"))
    assert "opening" in kinds
    assert not {k for k in kinds if k.lstrip("~=^") == "accident"}
    plain = ("Govanhill residents wait for news",
             ["Residents waited on Tuesday in a community centre.",
              "The roof collapse injured five people on Monday."])
    assert "~accident" in kinds_of(terms(*plain, date(2026, 10, 13), "en")) or \
        "accident" in kinds_of(terms(*plain, date(2026, 10, 13), "en"))

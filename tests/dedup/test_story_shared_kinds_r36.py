"""A profile of an event's people joins the event's story when it shares the story's kind of
event (issue #14, r-stories36: commentary and profile pieces write the event's people and
few of its other words, and the plain-word bar refused them: rpm2's "Le général Jones, moins
connu qu'Hillary mais plus influent"); the same people at an event of another kind stay
apart. Ported by r-stories49 without r-stories36's "works" kind (it alone regrouped stored
articles when a later batch came: tests/test_ingest.py) and told whether an article is
dated (``Stories.assign(dated=...)``) instead of reading one minute as undated.

The texts are written for these tests (fictional towns' people and events, CC0).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from veille.dedup.stories import Stories, story_terms

Item = tuple[str, str, list[str]]  # published, headline, paragraphs

ELECTION: list[Item] = [
    ("2026-03-10T09:00:00+01:00",
     "Municipales : Claire Vautrin élue maire de Quimperlé au second tour",
     ["Claire Vautrin a été élue maire de Quimperlé dimanche soir au second tour des "
      "élections municipales, avec 54 % des voix face au maire sortant Gérard Le Floch.",
      "La participation a atteint 61 %. Le conseil municipal se réunira vendredi pour "
      "installer la nouvelle équipe."]),
    ("2026-03-10T11:00:00+01:00", "Quimperlé : victoire de Claire Vautrin aux municipales",
     ["Le second tour des municipales a tourné à l'avantage de Claire Vautrin à Quimperlé : "
      "sa liste l'emporte avec 54 % des voix contre celle de Gérard Le Floch.",
      "Le maire sortant a reconnu sa défaite devant la mairie et félicité sa rivale."]),
    ("2026-03-10T15:00:00+01:00", "Gérard Le Floch battu à Quimperlé après deux mandats",
     ["Après douze ans à la tête de la ville, Gérard Le Floch perd la mairie de Quimperlé au "
      "second tour des municipales, battu par Claire Vautrin (54 %).",
      "Il siégera dans l'opposition au conseil municipal, a-t-il annoncé."]),
]
PROFILE: Item = (
    "2026-03-11T08:00:00+01:00", "Claire Vautrin, l'infirmière qui voulait changer Quimperlé",
    ["Fille de maraîchers de Clohars-Carnoët, infirmière de nuit pendant vingt ans, Claire "
     "Vautrin n'avait jamais brigué de mandat avant 2020. Ses proches la décrivent têtue, "
     "drôle, peu à l'aise devant les caméras.",
     "Candidate face à Gérard Le Floch, elle a fait campagne à vélo, porte à porte, quartier "
     "par quartier."])
OPENING: Item = (
    "2026-03-12T10:00:00+01:00", "Claire Vautrin inaugure la médiathèque de Quimperlé",
    ["La nouvelle maire de Quimperlé, Claire Vautrin, a inauguré jeudi la médiathèque du "
     "quartier de la gare, en présence de Gérard Le Floch, qui en avait lancé le projet.",
     "Le bâtiment ouvre ses portes au public samedi, avec 40 000 livres et un espace jeux."])


def _feed(items: list[Item], dated: list[bool] | None = None, **rules: Any) -> list[str]:
    stories = Stories(**rules)
    told = dated if dated is not None else [True] * len(items)
    return [stories.assign(f"a{k}", story_terms(stories, f"a{k}", title, paragraphs),
                           int(datetime.fromisoformat(published).timestamp() // 60),
                           dated=told[k])
            for k, (published, title, paragraphs) in enumerate(items)]


def test_a_profile_of_the_winner_joins_the_election_story() -> None:
    """Regression: the profile shares the names (the winner, the town, the defeated mayor)
    and the kind (a candidate: politics) with a story of three articles, few plain words:
    refused by the plain-word bar without the rule (``shared_kind_size=0``, as before)."""
    labels = _feed([*ELECTION, PROFILE])
    assert labels == [labels[0]] * 4
    before = _feed([*ELECTION, PROFILE], shared_kind_size=0)
    assert before[:3] == [before[0]] * 3 and before[3] != before[0]


def test_a_story_of_two_asks_the_plain_words_still() -> None:
    """Two articles make no story's core of kinds: the profile stays out, as before."""
    labels = _feed([ELECTION[0], ELECTION[1], PROFILE])
    assert labels[0] == labels[1] != labels[2]


def test_undated_the_profile_asks_the_plain_words() -> None:
    """Undated files (no publication date: the story stage is told so, ``dated=False``): no
    time says the profile came in the event's days; the plain-word bar is asked as before
    (``shared_kind_dated``). A dated profile and a story of three undated articles: asked
    too (the story holds no three dated members). The fact decides, not the minute: dated
    articles at one minute take the rule (r-stories36 read "undated" from one minute)."""
    at_once = [("2026-03-10T09:00:00+01:00", title, paragraphs)
               for _p, title, paragraphs in [*ELECTION, PROFILE]]
    for items in (at_once, [*ELECTION, PROFILE]):
        labels = _feed(items, [False] * 4)
        assert labels[:3] == [labels[0]] * 3 and labels[3] != labels[0]
        labels = _feed(items, [False, False, False, True])
        assert labels[:3] == [labels[0]] * 3 and labels[3] != labels[0]
        assert _feed(items, [False] * 4, shared_kind_dated=False) == [labels[0]] * 4
        assert _feed(items) == [labels[0]] * 4


@pytest.mark.parametrize("size", [0, 3])
def test_the_same_people_at_another_event_stay_apart(size: int) -> None:
    """The same winner and defeated mayor at a library's opening two days later: the
    article names a kind (opening) the election story does not tell: apart."""
    labels = _feed([*ELECTION, OPENING], shared_kind_size=size)
    assert labels[:3] == [labels[0]] * 3 and labels[3] != labels[0]

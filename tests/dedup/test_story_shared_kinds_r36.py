"""A profile of an event's people joins the event's story when it shares the story's kind of
event (issue #14, r-stories36: commentary and profile pieces write the event's people and
few of its other words, and the plain-word bar refused them: rpm2's "Le général Jones, moins
connu qu'Hillary mais plus influent"); the same people at an event of another kind stay
apart. And works on a tram network are no event of its strike (r-stories35 B1/B4: one
outlet, one day, one story).

The texts are written for these tests (fictional towns' people and events, CC0).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest

from veille.dedup.event_kinds import headline_kinds, kinds_and_cues
from veille.dedup.stories import Stories, story_terms
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

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


def _feed(items: list[Item], **rules: Any) -> list[str]:
    stories = Stories(**rules)
    return [stories.assign(f"a{k}", story_terms(stories, f"a{k}", title, paragraphs),
                           int(datetime.fromisoformat(published).timestamp() // 60))
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


def test_at_one_minute_the_profile_asks_the_plain_words() -> None:
    """Undated files read at once (every article at one minute): no time says the profile
    came in the event's days; the plain-word bar is asked as before
    (``shared_kind_timed``)."""
    undated = [("2026-03-10T09:00:00+01:00", title, paragraphs)
               for _p, title, paragraphs in [*ELECTION, PROFILE]]
    labels = _feed(undated)
    assert labels[:3] == [labels[0]] * 3 and labels[3] != labels[0]
    assert _feed(undated, shared_kind_timed=False) == [labels[0]] * 4


@pytest.mark.parametrize("size", [0, 3])
def test_the_same_people_at_another_event_stay_apart(size: int) -> None:
    """The same winner and defeated mayor at a library's opening two days later: the
    article names a kind (opening) the election story does not tell: apart."""
    labels = _feed([*ELECTION, OPENING], shared_kind_size=size)
    assert labels[:3] == [labels[0]] * 3 and labels[3] != labels[0]


STRIKE: list[Item] = [
    ("2026-05-19T06:40:00+02:00", "Grève à Tisséo : aucun tramway ne circule à Toulouse",
     ["Les conducteurs de Tisséo ont cessé le travail mardi à l'appel de FO pour une hausse "
      "des salaires : aucun tramway ne circule sur les lignes T1 et T2 de Toulouse.",
      "Des navettes de bus desservent les arrêts toutes les quinze minutes. Toulouse "
      "Métropole conseille le covoiturage."]),
    ("2026-05-19T09:20:00+02:00", "Toulouse : le tramway à l'arrêt, les usagers patientent",
     ["À l'arrêt Arènes, des dizaines d'usagers attendaient mardi matin les navettes de bus "
      "qui remplacent le tramway de Toulouse, à l'arrêt en raison de la grève des "
      "conducteurs de Tisséo.", "FO annonce que le mouvement est reconduit mercredi."]),
]
WORKS: Item = (
    "2026-05-19T17:30:00+02:00",
    "Toulouse : la ligne T1 du tramway fermée tout l'été pour travaux",
    ["Du 6 juillet au 31 août, la ligne T1 du tramway de Toulouse sera fermée entre Arènes "
     "et Palais de Justice pour le remplacement des rails, annonce Tisséo.",
     "Des navettes de bus remplaceront le tramway. Toulouse Métropole investit 9 millions "
     "d'euros."])


def test_works_are_a_kind_of_event() -> None:
    """The headlines of works on a network name the kind; a strike's does not."""
    assert "^works" in headline_kinds(WORKS[1])
    assert "^works" in headline_kinds(
        "Le chantier du pont de la Gare prend six mois de retard")
    assert "^works" in headline_kinds("A38 roadworks to close Saltash tunnel for a week")
    assert "works" not in kinds_and_cues(STRIKE[0][1], STRIKE[0][2])


def _record(k: int, item: Item) -> tuple[str, bytes]:
    published, title, paragraphs = item
    return f"{k}.jsonl", json.dumps(
        {"url": f"https://la-depeche-ouest.example/article/{k}", "title": title,
         "source": "La Dépêche de l'Ouest", "published": published,
         "text": "\n\n".join(paragraphs)}, ensure_ascii=False).encode()


def test_through_ingest_works_on_the_network_are_not_its_strike(store: SQLiteStore) -> None:
    """Regression (r-stories35 B1/B4's shape), one outlet, one day, through the ingest loop
    into a real store: the strike's two articles one story, the works another (one story
    before: shared plain words, "tramway", "ligne", "navettes de bus", passed the kinds
    bar, the works naming no kind)."""
    items = [*STRIKE, WORKS]
    new = [i for k, item in enumerate(items)
           for i in ingest_texts(store, [_record(k, item)]).new_ids]
    assert len(new) == 3
    story = [store.get(i).dedup.story_id for i in new]  # type: ignore[union-attr]
    assert story[0] == story[1] != story[2]

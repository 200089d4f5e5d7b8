"""Two events of one kind the same day, each about the person its headline names, are two
stories (newuser14b S9: two actors' obituaries the same day were one story; two trials at
one court). A follow-up naming a new person (the suspect arrested) still joins.

The articles below are own text (invented people and facts), written for these tests.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import veille.dedup.stories as stories_module
from dispatch_kit import feed_stories, stream_record
from veille.dedup import areas
from veille.dedup.people import people
from veille.dedup.stories import Stories
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

Item = dict[str, Any]
_record = partial(stream_record, sources=("le-journal.example", "cine-info.example"),
                  path="disparitions", first_hour=8)
"""A JSON record of the k-th article of a stream, for ingest."""

VALLIER: Item = {
    "title": "Mort de Bernard Vallier, acteur fétiche du cinéma populaire",
    "paragraphs": [
        "L'acteur Bernard Vallier est mort dimanche à Paris, à l'âge de 81 ans, a annoncé sa "
        "famille. Second rôle de plus de soixante films, il avait reçu le César du meilleur "
        "acteur dans un second rôle en 1988.",
        "Ses obsèques seront célébrées dans l'intimité. Le cinéma français perd une figure "
        "familière des comédies des années 1970."]}
VALLIER_2: Item = {
    "title": "Le comédien Bernard Vallier est mort à 81 ans",
    "paragraphs": [
        "Bernard Vallier, second rôle inoubliable des comédies populaires, est mort dimanche "
        "à Paris à 81 ans. Il avait tourné plus de soixante films et reçu un César en 1988.",
        "Ses obsèques auront lieu dans l'intimité familiale, selon ses proches."]}
DELORME: Item = {
    "title": "Mort de Martine Delorme, actrice des années 1960",
    "paragraphs": [
        "L'actrice Martine Delorme est morte dimanche à Lyon, à l'âge de 86 ans, a annoncé son "
        "agent. Révélée en 1962, elle avait tourné une cinquantaine de films.",
        "Elle avait reçu le César de la meilleure actrice dans un second rôle en 1991. Ses "
        "obsèques seront célébrées à Lyon."]}

KILLING: Item = {
    "title": "Rennes : Kevin Marchal, 19 ans, tué au couteau devant une discothèque",
    "paragraphs": [
        "Kevin Marchal, un étudiant de 19 ans, a été tué de plusieurs coups de couteau dans la "
        "nuit de samedi à dimanche devant une discothèque du centre de Rennes.",
        "L'agresseur a pris la fuite. La police judiciaire a ouvert une enquête pour meurtre."]}
KILLING_2: Item = {
    "title": "Un étudiant tué au couteau devant une discothèque à Rennes",
    "paragraphs": [
        "Un étudiant de 19 ans, Kevin Marchal, est mort poignardé devant une discothèque du "
        "centre de Rennes dans la nuit de samedi à dimanche.",
        "L'auteur des coups de couteau est en fuite; une enquête pour meurtre est ouverte."]}
ARREST: Item = {
    "title": "Julien Poirier, suspect du meurtre devant une discothèque de Rennes, interpellé",
    "paragraphs": [
        "Julien Poirier, 23 ans, a été interpellé lundi, soupçonné d'avoir tué de plusieurs "
        "coups de couteau Kevin Marchal, un étudiant de 19 ans, devant une discothèque du "
        "centre de Rennes.",
        "Il a été placé en garde à vue dans les locaux de la police judiciaire."]}



def test_subject_of_a_headline() -> None:
    assert people(VALLIER["title"], VALLIER["paragraphs"][0])[0] == {"person:vallier"}
    assert people(DELORME["title"], DELORME["paragraphs"][0])[0] == {"person:delorme"}
    # Not repeated in the lead, or named late in the headline: no subject.
    assert people(VALLIER["title"], "Un acteur est mort.")[0] == frozenset()
    assert people("Tempête à Brest : le maire Yves Le Gall fait le point",
                  "Yves Le Gall a fait le point.")[0] == frozenset()
    assert "person:vallier" in people(VALLIER_2["title"], " ".join(VALLIER_2["paragraphs"]))[1]


@given(st.text(max_size=200), st.text(max_size=400))
def test_subjects_are_names(title: str, body: str) -> None:
    head, named = people(title, body)
    assert head <= named
    assert all(key.startswith(("person:", "object:")) for key in named)


def test_two_obituaries_the_same_day_are_two_stories(monkeypatch: pytest.MonkeyPatch
                                                     ) -> None:
    """Regression (newuser14b S9's shape): an actor's obituary told twice, then another
    actor's the same day: joined without the rule, apart with it."""
    stream = [VALLIER, VALLIER_2, DELORME]
    on = feed_stories(Stories(), stream)
    assert on[0] == on[1] != on[2]
    monkeypatch.setattr(stories_module, "PEOPLE", False)
    # the regions rule (r-stories56) parts these texts too: off as well, as before it
    monkeypatch.setattr(areas, "AREAS", False)
    off = feed_stories(Stories(), stream)
    assert off[0] == off[1] == off[2]


def test_a_follow_up_naming_the_suspect_still_joins() -> None:
    """The arrest's headline is about the suspect, whom the first reports could not name;
    its text names the victim of the first reports' headline: one story."""
    labels = feed_stories(Stories(), [KILLING, KILLING_2, ARREST], hours=12)
    assert labels[0] == labels[1] == labels[2]



def test_through_ingest_two_obituaries_stay_apart(store: SQLiteStore) -> None:
    """Through the ingest loop into a real store, one ingest per article."""
    new = [i for k, item in enumerate([VALLIER, VALLIER_2, DELORME])
           for i in ingest_texts(store, [_record(k, item)]).new_ids]
    story = [store.get(i).dedup.story_id for i in new]  # type: ignore[union-attr]
    assert story[0] == story[1] != story[2]

"""Enrichment faults a fourth fresh user met (2026-11-30), read through the real pipeline
(French model, alias table, gazetteer): multi-word speech verbs in an incise, a subject
interrupted by a relative clause, an institution's metonymic alias after a venue, and a
headline's topic word taken for a village. Sentences written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.enrich.entities import inflections
from veille.enrich.quotes import find_quotes
from veille.enrich.stage import Resources, pipeline
from veille.record import Article, Content, RawInput


def _enrich(resources: Resources, title: str, *paragraphs: str) -> dict[str, object]:
    article = Article(raw=RawInput(data=b"x", origin="test", media_type="text/plain",
                                   source="example.fr"),
                      content=Content(title=title, paragraphs=list(paragraphs),
                                      published=datetime(2026, 11, 30, tzinfo=UTC),
                                      language="fr"))
    outcome = pipeline(resources).run_one(article)
    assert outcome.ok and outcome.article is not None and outcome.article.enrichment
    return outcome.article.enrichment


def _speakers(enrichment: dict[str, object]) -> list[str]:
    quotes = enrichment["quotes"]
    assert isinstance(quotes, list)
    return [str(q["speaker"]) for q in quotes]


@pytest.mark.parametrize("incise", ["a-t-il fait savoir", "a-t-il fait valoir",
                                    "a-t-il tenu à préciser", "a-t-il fait remarquer",
                                    "fait-il savoir"])
def test_a_locution_of_saying_in_an_inverted_incise_points_back(resources: Resources,
                                                                incise: str) -> None:
    found = _enrich(resources, "Réunion au port de Sète",
                    f"Le directeur du port, Julien Marchand, a reçu les pêcheurs jeudi. « Aucun "
                    f"quai ne fermera avant l'été prochain », {incise}.")
    assert _speakers(found) == ["Julien Marchand"]


def test_a_locution_of_saying_before_its_subject(resources: Resources) -> None:
    found = _enrich(resources, "Réunion au port de Sète",
                    "« Aucun quai ne fermera avant l'été prochain », a fait savoir la "
                    "directrice du port jeudi.")
    assert _speakers(found) == ["directrice du port"]


@pytest.mark.parametrize(("subject", "speaker"), [
    ("La ministre des Transports du Québec, qui était de passage à Sherbrooke,",
     "ministre des Transports du Québec"),
    ("Le ministre des Sports du Manitoba, qui visitait un stade,",
     "ministre des Sports du Manitoba"),
    ("Le ministre des Sports du Manitoba", "ministre des Sports du Manitoba"),
])
def test_a_description_s_complement_is_no_person_s_name(resources: Resources, subject: str,
                                                        speaker: str) -> None:
    found = _enrich(resources, "Tournée en région",
                    f"{subject} a assuré que les régions n'étaient « pas oubliées » par "
                    "le gouvernement.")
    assert _speakers(found) == [speaker]


def test_a_title_before_a_person_s_name_still_gives_the_person(resources: Resources) -> None:
    found = _enrich(resources, "Tournée en région",
                    "La ministre de la Culture du Québec Hélène Tremblay a assuré que les "
                    "musées n'étaient « pas oubliés » par le gouvernement.")
    assert _speakers(found) == ["Hélène Tremblay"]


def _entity_ids(enrichment: dict[str, object]) -> dict[str, list[str]]:
    entities = enrichment["entities"]
    assert isinstance(entities, list)
    return {str(e["id"]): [str(m[2]) for m in e["mentions"]] for e in entities}


@pytest.mark.parametrize("venue", ["l'Accor Arena de", "la salle Arena de", "la gare de",
                                   "le Palais omnisports de", "le quai de", "la rue de"])
def test_an_institution_s_seat_after_a_venue_or_street_noun_is_a_place(
        resources: Resources, venue: str) -> None:
    found = _enrich(resources, "Festival d'hiver",
                    f"Le festival se tiendra en janvier dans {venue} Bercy, à Paris, avec "
                    "plusieurs orchestres européens.")
    assert "veille:bercy" not in _entity_ids(found)


def test_the_seat_as_the_institution_stays_linked_beside_its_street(
        resources: Resources) -> None:
    found = _enrich(resources, "Budget 2027",
                    "Bercy a présenté mardi un budget en baisse. Des syndicats ont manifesté "
                    "quai de Bercy dans l'après-midi.")
    ids = _entity_ids(found)
    assert ids.get("veille:bercy") == ["Bercy"]  # the first, not the quay


def test_the_seat_s_own_long_name_stays_the_institution(resources: Resources) -> None:
    found = _enrich(resources, "Remaniement",
                    "Le Premier ministre a reçu les syndicats à l'hôtel de Matignon jeudi.")
    assert "veille:matignon" in _entity_ids(found)


def _place_ids(enrichment: dict[str, object]) -> set[str]:
    places = enrichment["places"]
    assert isinstance(places, list)
    return {str(p["id"]) for p in places}


def test_a_kicker_the_body_writes_in_lower_case_in_the_plural_is_no_place(
        resources: Resources) -> None:
    found = _enrich(resources, "Hôpital : le cri d'alarme des soignants",
                    "Les hôpitaux de Strasbourg manquent de lits depuis l'automne, selon les "
                    "syndicats de soignants.")
    assert _place_ids(found) == {"geonames:2973783"}  # Strasbourg, not L'Hôpital (Moselle)


@pytest.mark.parametrize("kicker", ["École", "Chemin", "Port"])
def test_a_kicker_that_is_only_a_village_the_body_never_names_is_no_place(
        resources: Resources, kicker: str) -> None:
    found = _enrich(resources, f"{kicker} : la grève continue à Rennes",
                    "Les enseignants ont voté la reconduction du mouvement mardi soir, selon "
                    "l'intersyndicale.")
    places = found["places"]
    assert isinstance(places, list)
    assert [p["name"] for p in places] == ["Rennes"]


@pytest.mark.parametrize(("title", "place"), [
    ("Ukraine : les discussions reprennent lundi", "Q212"),
    ("Lyon : un entrepôt ravagé par les flammes", "geonames:2996944"),
])
def test_a_real_kicker_stays_a_place(resources: Resources, title: str, place: str) -> None:
    found = _enrich(resources, title, "Les pompiers et les diplomates sont restés discrets "
                    "toute la journée de dimanche.")
    assert place in _place_ids(found)


def test_a_village_named_in_the_body_too_stays_a_place(resources: Resources) -> None:
    found = _enrich(resources, "Chemin : la fête du village attire les foules",
                    "Le maire de Chemin, dans le Jura, a accueilli trois mille visiteurs.")
    assert "insee:39138" in _place_ids(found)


def test_a_football_club_named_after_its_city_is_an_organisation(resources: Resources) -> None:
    found = _enrich(resources, "Ligue 1",
                    "Le Paris Saint-Germain recevra le Real Madrid en février, a annoncé la "
                    "fédération.")
    entities = found["entities"]
    assert isinstance(entities, list)
    labels = {str(e["name"]): str(e["label"]) for e in entities}
    assert labels.get("Paris Saint-Germain") == "ORG"
    assert labels.get("Real Madrid") == "ORG"
    places = found["places"]
    assert isinstance(places, list)
    assert "Paris Saint-Germain" not in {str(p["mentioned_as"]) for p in places}


@given(st.text(alphabet="abc «»,-'àé :", max_size=60),
       st.sampled_from(["fait savoir", "tenu à", "fait-il", "tient-elle à dire", "a fait"]))
def test_locutions_never_break_the_quote_reader(noise: str, locution: str) -> None:
    text = f"« Un deux trois quatre cinq », {locution} {noise}"
    assert all(q.text for q in find_quotes(text))


@given(st.from_regex(r"[a-zéèêàôûç]{1,12}", fullmatch=True))
def test_every_inflection_starts_with_the_word_s_stem(word: str) -> None:
    forms = inflections(word)
    assert word in forms and all(f[:max(0, len(word) - 3)] == word[:-3] or len(word) <= 3
                                 for f in forms)

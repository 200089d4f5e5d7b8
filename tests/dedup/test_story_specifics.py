"""Two events of one kind in one town, each told with the street it happened in, are two
stories (newuser12b D1: a scrub fire in the massif de l'Étoile, 13e arrondissement, joined
the story of a deadly building fire rue Félix-Pyat, 3e arrondissement, the same day; an
evacuation rue de Lyon joined it the next day).

The articles below are own text (invented facts in a real town), written for these tests.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dispatch_kit import feed_stories, stream_record
from veille.dedup import areas
from veille.dedup.specifics import specifics, towns
from veille.dedup.stories import Stories
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

Item = dict[str, Any]
_record = partial(stream_record, sources=("le-progres.example", "lyon-info.example"),
                  path="incendies", first_hour=6)
"""A JSON record of the k-th article of a stream, for ingest."""

FIRE_1: Item = {
    "title": "Lyon : deux morts dans l'incendie d'un immeuble de la Guillotière",
    "paragraphs": [
        "Deux personnes sont mortes et six ont été blessées dans l'incendie d'un immeuble "
        "d'habitation de la rue Saint-Michel, dans le 7e arrondissement de Lyon, dans la nuit "
        "de samedi à dimanche, ont indiqué les sapeurs-pompiers du Rhône.",
        "Le feu s'est déclaré vers 3 heures au rez-de-chaussée, avant de se propager par la "
        "cage d'escalier. Une quarantaine d'habitants ont été évacués et une enquête a été "
        "ouverte pour déterminer l'origine de l'incendie."]}
FIRE_2: Item = {
    "title": "Incendie mortel rue Saint-Michel à Lyon : deux morts, six blessés",
    "paragraphs": [
        "Un incendie a fait deux morts et six blessés dans la nuit de samedi à dimanche dans "
        "un immeuble de la rue Saint-Michel, dans le 7e arrondissement de Lyon, selon les "
        "sapeurs-pompiers du Rhône.",
        "Parti du rez-de-chaussée vers 3 heures, le feu a gagné les étages par la cage "
        "d'escalier. Les habitants ont été évacués; l'origine de l'incendie reste inconnue, "
        "une enquête a été ouverte."]}
FOLLOW_UP: Item = {
    "title": "Incendie mortel à Lyon : le parquet ouvre une enquête pour homicides involontaires",
    "paragraphs": [
        "Le parquet de Lyon a ouvert dimanche une enquête pour homicides involontaires après "
        "l'incendie qui a fait deux morts dans la nuit dans un immeuble de la Guillotière, "
        "ont indiqué les sapeurs-pompiers du Rhône.",
        "Les enquêteurs privilégient un départ de feu au rez-de-chaussée, dans un local à "
        "poubelles. Les habitants évacués ont été relogés par la ville."]}
OTHER_FIRE: Item = {
    "title": "Lyon : un incendie ravage un entrepôt, des habitants évacués",
    "paragraphs": [
        "Un incendie a ravagé dimanche après-midi un entrepôt du quai Paul-Sédaillan, dans le "
        "9e arrondissement de Lyon, ont indiqué les sapeurs-pompiers du Rhône. Une vingtaine "
        "d'habitants des immeubles voisins ont été évacués.",
        "Le feu s'est déclaré vers 15 heures et a été maîtrisé en fin de journée. Une enquête a "
        "été ouverte pour déterminer l'origine de l'incendie, qui n'a pas fait de blessé."]}


def test_sub_places_of_a_lead() -> None:
    lead, every = specifics(
        "Marseille : huit hectares brûlés dans le massif de l'Étoile",
        "Un feu a parcouru le massif de l'Étoile, sur les hauteurs du 13e arrondissement. "
        "Il a menacé le quartier de Château-Gombert.")
    assert lead == every == {"etoile", "13e arrondissement", "chateau-gombert"}
    # One place, other street words: one key.
    assert specifics("", "cité de l'Étoile")[0] == specifics("", "avenue de l'Étoile")[0]
    assert specifics("", "au 84 cours Victor-Hugo, sur la place Bellecour")[0] == \
        {"victor-hugo", "bellecour"}


def test_common_words_are_no_places() -> None:
    """A street word used as a common word names no place: a price, "instead of", a
    quotation, a town's estates."""
    for text in ("Au cours de la Réunion, le ministre a parlé.", "le cours du Brent a chuté",
                 "à la place de Jean Dupont", "la mise en place du Plan",
                 "une cité de Marseille", "il a cité Shakespeare", "un quartier de Lyon",
                 "selon la Place Beauvau", "Rue89 a publié"):
        assert specifics("", text) == (frozenset(), frozenset()), text


def test_the_lead_is_the_first_characters() -> None:
    """Places past the lead are mentions only; the text past ``max_chars`` is not read."""
    body = "x " * 400 + "rue Félix-Pyat"
    assert specifics("", body) == (frozenset(), frozenset({"felix-pyat"}))
    assert specifics("", body, max_chars=100) == (frozenset(), frozenset())


@given(st.text(max_size=200), st.text(max_size=2000))
def test_lead_places_are_mentions(title: str, body: str) -> None:
    lead, every = specifics(title, body)
    assert lead <= every



def test_another_fire_in_another_street_is_another_story() -> None:
    """Regression (newuser12b D1's shape): a fire told twice, then another fire in the
    town, in another street and district: joined before (``specifics=False``), apart now."""
    stream = [FIRE_1, FIRE_2, OTHER_FIRE]
    on, off = feed_stories(Stories(), stream), feed_stories(Stories(specifics=False), stream)
    assert on[0] == on[1] != on[2]
    assert off[0] == off[1] == off[2]


def test_the_other_fire_first_is_not_moved_in() -> None:
    """The other fire opens a story between the two reports of the first (provisional):
    the first's story of two does not take it in."""
    on = feed_stories(Stories(), [FIRE_1, OTHER_FIRE, FIRE_2])
    assert on[0] == on[2] != on[1]


def test_a_report_naming_no_street_still_joins() -> None:
    """A side whose lead names no street does not disagree: a follow-up without the street
    joins, and so does a first report without it once the street is named."""
    on = feed_stories(Stories(), [FIRE_1, FIRE_2, FOLLOW_UP])
    assert on[0] == on[1] == on[2]
    on = feed_stories(Stories(), [FOLLOW_UP, FIRE_1, FIRE_2])
    assert on[0] == on[1] == on[2]



def test_through_ingest_the_other_fire_stays_apart(store: SQLiteStore) -> None:
    """Regression through the ingest loop into a real store, one ingest per article (a
    watch's polls): the first fire's three articles are one story, the other fire another."""
    stream = [FIRE_1, FIRE_2, OTHER_FIRE, FOLLOW_UP]
    new = [i for k, item in enumerate(stream)
           for i in ingest_texts(store, [_record(k, item)]).new_ids]
    story = [store.get(i).dedup.story_id for i in new]  # type: ignore[union-attr]
    assert story[0] == story[1] == story[3] != story[2]


OPENING: Item = {
    "title": "Rennes : le ministre de l'Agriculture inaugure le nouveau marché de gros",
    "paragraphs": [
        "Le ministre de l'Agriculture, Paul Kervella, a inauguré samedi le nouveau marché de "
        "gros de Rennes, un équipement de 40 millions d'euros attendu par les producteurs "
        "bretons.",
        "Devant quelque 500 personnes, le ministre a salué « un outil pour les circuits "
        "courts » et annoncé une aide de 5 millions d'euros aux marchés de producteurs."]}
OPENING_2: Item = {
    "title": "Le ministre de l'Agriculture inaugure le marché de gros de Rennes",
    "paragraphs": [
        "Paul Kervella, ministre de l'Agriculture, a inauguré samedi à Rennes le nouveau marché "
        "de gros, un chantier de 40 millions d'euros.",
        "Le ministre a promis une aide de 5 millions d'euros aux marchés de producteurs et "
        "salué les circuits courts devant les élus bretons."]}
PLAN: Item = {
    "title": "À Limoges, le ministre de l'Agriculture présente un plan pour l'élevage",
    "paragraphs": [
        "En clôture du congrès des éleveurs, lundi à Limoges, le ministre de l'Agriculture "
        "Paul Kervella a présenté un plan de 30 millions d'euros pour les jeunes éleveurs.",
        "Le plan prévoit une aide à l'installation et un fonds pour moderniser les "
        "bâtiments d'élevage, a précisé le ministre devant les producteurs."]}


def test_towns_of_a_headline() -> None:
    assert towns("À Lyon, la ministre lance un plan", "")[0] == {"town:lyon"}
    assert towns("Orléans : le centre aquatique ouvre", "à La Rochelle")[1] == \
        {"town:orleans", "town:la rochelle"}
    assert towns("La ministre des Sports inaugure un centre", "") == (frozenset(),
                                                                      frozenset())


def test_one_person_in_two_towns_is_two_stories(monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression (newuser12b D1's minister): one minister at an opening in one town, told
    twice, then at a conference in another two days later, each headline naming its town:
    joined without the towns (``towns=False``), apart with them."""
    stream = [OPENING, OPENING_2, PLAN]
    on = feed_stories(Stories(), stream, hours=20)
    # the regions rule (r-stories56) parts these texts too: off as well, as before it
    monkeypatch.setattr(areas, "AREAS", False)
    off = feed_stories(Stories(towns=False), stream, hours=20)
    assert on[0] == on[1] != on[2]
    assert off[0] == off[1] == off[2]


SHABAB_1: Item = {
    "title": "Mogadiscio : les shebab revendiquent un attentat contre un hôtel, 12 morts",
    "paragraphs": [
        "Les islamistes shebab ont revendiqué l'attaque à la voiture piégée qui a visé "
        "mardi un hôtel du centre de Mogadiscio, faisant au moins douze morts selon la "
        "police somalienne.",
        "Le groupe, affilié à Al-Qaïda, a diffusé un communiqué sur sa radio quelques "
        "heures après l'explosion. Les secours ont évacué les blessés vers l'hôpital."]}
SHABAB_2: Item = {
    "title": "Somalie : au moins douze morts dans un attentat shebab contre un hôtel",
    "paragraphs": [
        "Au moins douze personnes ont été tuées mardi dans l'attentat à la voiture piégée "
        "revendiqué par les shebab contre un hôtel de Mogadiscio, a indiqué la police.",
        "Les shebab ont revendiqué l'attaque dans un communiqué diffusé par leur radio. "
        "Les blessés ont été évacués vers l'hôpital de la capitale somalienne."]}
SHABAB_OTHER: Item = {
    "title": "Kenya : les shebab revendiquent une attaque contre un poste de police à Garissa",
    "paragraphs": [
        "Les islamistes shebab ont revendiqué mardi soir l'attaque d'un poste de police de "
        "la région de Garissa, dans l'est du Kenya, qui a fait quatre morts selon la police.",
        "Le groupe a diffusé un communiqué sur sa radio. Les blessés ont été évacués vers "
        "l'hôpital de Garissa."]}


def test_places_abroad_are_keyed_by_their_country() -> None:
    """A capital and its country are one place; two countries are two (newuser13b M4)."""
    assert towns("Kaboul : un attentat fait 15 morts", "")[0] == \
        towns("Afghanistan : un attentat à Kaboul", "")[0] == {"town:country:af"}
    assert towns("Irak : une attaque près de Kirkouk", "")[0] == {"town:country:iq"}
    assert towns("France : le budget adopté", "") == (frozenset(), frozenset())


def test_one_group_in_two_countries_is_two_stories() -> None:
    """Regression (newuser13b M4's shape): attacks claimed by one group in two countries,
    sharing the group, the claim and the toll's words, were one story on a fresh store
    (there six such events and a flood became one); the one attack told from its city and
    from its country stays one story."""
    on = feed_stories(Stories(), [SHABAB_1, SHABAB_2, SHABAB_OTHER], hours=2)
    assert on[0] == on[1] != on[2]

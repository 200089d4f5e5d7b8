"""What two events of one person or one court share is the actor, not the event's
participants; what a follow-up shares is the event's participants, however it is worded
(issue #14, f-stories22, from t-reader21's held-out set: a minister at a farm, then at the
Sénat, two days apart, was one story; two trials at one cour d'assises the same week were
one story; a reporter's piece from Brest was kept out of the storm's story, whose dispatch
named Landerneau and the Finistère; a coach under pressure after a 1-3 defeat was kept out
of the match's story).

The articles below are own text, written for these tests.
"""

from __future__ import annotations

from dispatch_kit import feed_stories
from veille.dedup.arguments import arguments
from veille.dedup.specifics import towns, within
from veille.dedup.stories import Stories

MINISTER_SCHOOL = {
    "title": "Paul Verdier annonce à Roubaix un plan contre le harcèlement scolaire",
    "paragraphs": [
        "Le ministre de l'Éducation nationale, Paul Verdier, a présenté lundi au collège "
        "Jean-Macé de Roubaix (Nord) un plan contre le harcèlement scolaire, qui prévoit "
        "un référent formé dans chaque établissement dès janvier.",
        "« Aucun élève ne doit avoir peur d'aller en classe », a déclaré Paul Verdier "
        "devant les élèves de quatrième. Le plan coûtera 40 millions d'euros par an.",
        "Les syndicats d'enseignants saluent l'intention mais demandent des moyens."]}
MINISTER_SCHOOL_AGAIN = {
    "title": "Harcèlement scolaire : un référent dans chaque collège, annonce le ministre",
    "paragraphs": [
        "En visite au collège Jean-Macé de Roubaix, le ministre de l'Éducation nationale "
        "Paul Verdier a annoncé lundi un référent harcèlement dans chaque établissement "
        "dès janvier, pour 40 millions d'euros par an.",
        "Les parents d'élèves de Roubaix attendaient ces annonces depuis la mort d'une "
        "collégienne en 2025. Les syndicats demandent des moyens."]}
MINISTER_ASSEMBLY = {
    "title": "Paul Verdier défend devant les députés le budget de l'Éducation",
    "paragraphs": [
        "Le ministre de l'Éducation nationale, Paul Verdier, a défendu mercredi à "
        "l'Assemblée nationale les crédits de son ministère pour 2027, en hausse de 1 %, "
        "face aux critiques de La France insoumise et du Rassemblement national.",
        "« Ce budget protège les élèves et les enseignants », a plaidé Paul Verdier, "
        "citant le plan contre le harcèlement scolaire. Les députés ont adopté les crédits "
        "par 301 voix contre 228."]}

TRIAL_MOTHER = {
    "title": "Douai : une mère accusée d'avoir tué son bébé jugée aux assises",
    "paragraphs": [
        "Le procès de Sandrine Vasseur, 34 ans, accusée d'avoir tué son fils de trois mois "
        "en 2023 à Denain, s'est ouvert lundi devant la cour d'assises du Nord, à Douai.",
        "L'accusée, qui encourt la réclusion criminelle à perpétuité, a reconnu les faits. "
        "Le verdict est attendu mercredi."]}
TRIAL_BAR = {
    "title": "Douai : deux frères jugés aux assises pour l'incendie d'un bar",
    "paragraphs": [
        "Deux frères de 27 et 31 ans comparaissent depuis mardi devant la cour d'assises "
        "du Nord, à Douai, pour avoir incendié en 2024 un bar de Valenciennes dont le "
        "gérant leur avait refusé l'entrée.",
        "Les accusés, qui encourent trente ans de réclusion, nient les faits. Le verdict "
        "est attendu vendredi."]}

STORM_DISPATCH = {
    "title": "Tempête Ciarán : deux morts dans le Morbihan, 90 000 foyers sans électricité",
    "paragraphs": [
        "Deux personnes sont mortes dans la nuit à Pontivy et à Josselin, dans le Morbihan, "
        "après le passage de la tempête Ciarán, qui a soufflé à plus de 140 km/h sur la "
        "Bretagne sud, a annoncé la préfecture.",
        "Quelque 90 000 foyers étaient privés d'électricité mercredi matin."]}
STORM_REPORT = {
    "title": "À Lorient, la tempête Ciarán a couché les arbres du cours de la Bôve",
    "paragraphs": [
        "Des arbres déracinés sur le cours de la Bôve, des bateaux arrachés à leurs "
        "amarres au port de Kernével : Lorient s'est réveillée mercredi matin sonnée par la "
        "tempête Ciarán.",
        "« Le vent hurlait toute la nuit », raconte Mireille, commerçante rue du Port. La "
        "mairie a ouvert une salle pour les habitants dont le toit s'est envolé."]}

MATCH = {
    "title": "Ligue 1 : Lens s'incline à Nice (2-0)",
    "paragraphs": [
        "Le RC Lens s'est incliné samedi sur la pelouse de l'OGC Nice (2-0), lors de la "
        "12e journée de Ligue 1, et recule à la sixième place.",
        "Les Niçois ont marqué par Terem Moffi (23e) et Gaëtan Laborde (71e). « Nous "
        "n'avons pas existé », a reconnu l'entraîneur lensois, Bruno Carlier."]}
MATCH_AFTER = {
    "title": "RC Lens : après la claque à Nice (2-0), Bruno Carlier sous pression",
    "paragraphs": [
        "Trois revers en quatre journées : la défaite à Nice (2-0), samedi, a ravivé les "
        "critiques contre Bruno Carlier à Lens. Lundi, des supporters ont déployé une "
        "banderole devant la Gaillette.",
        "Le président du club a renouvelé sa confiance au technicien avant la réception de "
        "Toulouse."]}


def test_a_ministers_two_events_are_two_stories() -> None:
    """The minister's visit told twice, then her budget two days later: her name and her
    ministry are on both sides, the school, the town and the Assemblée on one only."""
    labels = feed_stories(Stories(), [MINISTER_SCHOOL, MINISTER_SCHOOL_AGAIN,
                                      MINISTER_ASSEMBLY], hours=20)
    assert labels[0] == labels[1]
    assert labels[2] != labels[0]


def test_participants_rule_off_is_as_before() -> None:
    labels = feed_stories(Stories(participants=False),
                          [MINISTER_SCHOOL, MINISTER_SCHOOL_AGAIN, MINISTER_ASSEMBLY],
                          hours=20)
    assert labels[0] == labels[1] == labels[2]


def test_a_charge_written_as_a_verb_is_read() -> None:
    lead, _ = arguments(TRIAL_MOTHER["title"], TRIAL_MOTHER["paragraphs"][0])
    assert "arg:charge:tue fils" in lead or "arg:charge:tue bebe" in lead
    lead, _ = arguments("Procès", "L'infirmier est accusé d'avoir empoisonné quatre "
                        "patients; le maire, accusé d'avoir détourné des fonds publics.")
    assert {"arg:charge:empoisonne patients", "arg:charge:detourne fonds"} <= lead


def test_two_trials_at_one_court_are_two_stories() -> None:
    """One court, one town, one week, the trial's words on both sides: the charges
    differ."""
    labels = feed_stories(Stories(), [TRIAL_MOTHER, TRIAL_BAR], hours=20)
    assert labels[0] != labels[1]


def test_a_town_in_the_other_sides_department_is_no_other_place() -> None:
    _, named = towns(STORM_DISPATCH["title"], " ".join(STORM_DISPATCH["paragraphs"]))
    assert within("town:lorient", named)
    assert not within("town:brest", named)
    _, named = towns("Morbihan : un incendie à Pontivy", "Le feu a pris dans un hangar.")
    assert not within("town:lorient", named)  # the event is at Pontivy, not the Morbihan
    labels = feed_stories(Stories(), [STORM_DISPATCH, STORM_REPORT])
    assert labels[0] == labels[1]


def test_a_follow_up_sharing_the_score_joins_its_match() -> None:
    """Two days later, in words of its own: the score, the clubs and the coach."""
    labels = feed_stories(Stories(), [MATCH, MATCH_AFTER], hours=45)
    assert labels[0] == labels[1]
    labels = feed_stories(Stories(argued=False), [MATCH, MATCH_AFTER], hours=45)
    assert labels[0] != labels[1]

"""Quotes and speakers that are not people (issue 16, branch h-quotes50, t-final50 A7/A8):
a framing adverbial "Côté X," before the subject is never the speaker; "le souverain",
"le monarque" take up the person introduced as king or prince ("le prince Albert II",
a regnal number in the name); an office ("le maire de Y") never names a person introduced
in another office; Spanish and Italian reporting verbs ("afirmó el alcalde, X", "X
defendió que « … »", "», ha dichiarato l'assessora, X") attribute as French ones do.
Synthetic sentences (invented events, none of the tester's nor of the held-out set);
each failed before the fix but the guards, which pass on both sides."""

from __future__ import annotations

import pytest

from veille.enrich.quotes import Quote, find_quotes
from veille.enrich.quotes_refs import introductions
from veille.enrich.romance_speech import ROMANCE_SPEECH_FORMS


def _of(text: str, words: str) -> Quote:
    return next(q for q in find_quotes(text) if q.text.startswith(words))


@pytest.mark.parametrize(("frame", "speaker"), [
    ("Côté suisse, le syndic de Genève", "syndic de Genève"),
    ("Côté patronal, la présidente de la chambre de commerce",
     "présidente de la chambre de commerce"),
    ("Côté espagnol, le maire de Puigcerdà", "maire de Puigcerdà"),
])
def test_a_framing_cote_is_never_the_speaker(frame: str, speaker: str) -> None:
    text = ("Le péage du col sera relevé de 20 % en janvier. " + frame
            + " a jugé la mesure « injuste pour les frontaliers du quotidien ».")
    assert _of(text, "injuste pour").speaker == speaker


def test_a_framing_cote_then_a_named_subject() -> None:  # guard
    text = ("Côté syndical, la secrétaire départementale, Agnès Morlaix, a dénoncé « une "
            "réforme faite sans les agents de terrain ».")
    assert _of(text, "une réforme").speaker == "Agnès Morlaix"


@pytest.mark.parametrize(("intro", "noun", "name"), [
    ("Le prince Frederik II a visité mardi le chantier du port.", "le souverain",
     "Frederik II"),
    ("La reine Margarethe Ire a ouvert mardi la session du Parlement.", "la souveraine",
     "Margarethe Ire"),
    ("Le roi Harald III a reçu mardi les pêcheurs du Finnmark.", "le monarque",
     "Harald III"),
])
def test_a_monarch_noun_takes_up_the_king_or_prince(intro: str, noun: str,
                                                    name: str) -> None:
    text = (intro + " Plusieurs centaines de personnes l'attendaient.\n« Ce port fait "
            "vivre toute la côte depuis des siècles », a déclaré " + noun
            + " devant les élus.")
    assert _of(text, "Ce port fait").speaker == name


def test_a_regnal_number_ends_an_introduced_name() -> None:
    text = "Le prince Rainier IV a inauguré la digue. « Elle protège la ville », a-t-il dit."
    assert any(i.name == "Rainier IV" for i in introductions(text, len(text)))


def test_a_monarch_noun_with_no_monarch_introduced_stays_a_role() -> None:  # guard
    text = ("La ministre Claire Vasseur a visité le port mardi.\n« Ce port fait vivre "
            "toute la côte depuis des siècles », a déclaré le souverain devant les élus.")
    assert _of(text, "Ce port fait").speaker == "souverain"


def test_an_office_never_names_a_person_of_another_office() -> None:
    text = ("La ministre de la Culture, Hélène Dastre, a visité lundi le musée de Vannes.\n"
            "Le préfet du Morbihan, Joël Carradec, accompagnait la délégation.\n"
            "« Les collections seront numérisées d'ici l'été », a assuré la ministre.\n"
            "« Le bâtiment reste trop petit pour elles », a prévenu le maire de Séné.")
    assert _of(text, "Les collections").speaker == "Hélène Dastre"
    assert _of(text, "Le bâtiment").speaker == "maire de Séné"


@pytest.mark.parametrize(("sentence", "words", "speaker"), [
    ('"Las obras terminarán antes del verano que viene", aseguró el consejero de '
     'Territorio, Andreu Planes, en rueda de prensa.', "Las obras", "Andreu Planes"),
    ('La directora del hospital, Carmen Ruiz Olmedo, explicó que la nueva ala "abrirá sus '
     'puertas en marzo sin falta".', "abrirá sus puertas", "Carmen Ruiz Olmedo"),
    ("«Non possiamo più aspettare un altro inverno», ha dichiarato il presidente della "
     "Provincia, Marco Bellandi.", "Non possiamo", "Marco Bellandi"),
    ("La sindaca di Lecco, Giulia Ferrario, ha detto che il ponte «riaprirà entro la fine "
     "del mese».", "riaprirà entro", "Giulia Ferrario"),
    ('"No vamos a renunciar al proyecto de ninguna manera", dijo el alcalde tras el pleno.',
     "No vamos", "alcalde"),
])
def test_spanish_and_italian_reporting_verbs(sentence: str, words: str,
                                             speaker: str) -> None:
    assert _of("El ayuntamiento aprobó el plan.\n" + sentence, words).speaker == speaker


def test_romance_forms_are_whole_forms_not_french_stems() -> None:  # guard
    assert {"afirmó", "dijo", "dichiarato", "detto", "spiegò"} <= ROMANCE_SPEECH_FORMS
    assert not {"précisa", "déclara", "affirma", "dit", "a"} & ROMANCE_SPEECH_FORMS

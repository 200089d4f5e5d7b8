"""Speakers after verify13 (V3, V7), on sentences written here: an office named after a
person introduced in another role is a new speaker, even when that person is named again
by title and surname; a document after "selon" is the channel, not the speaker."""

from __future__ import annotations

import pytest

from veille.enrich.quotes import find_quotes


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(text)]


@pytest.mark.parametrize(("intro", "office", "verb", "expected"), [
    ("Le chauffeur, Luc Grondin, a été interpellé lundi à Cayenne.", "Le préfet",
     "a condamné", "préfet"),
    ("Le prévenu, Luc Grondin, a comparu jeudi devant le tribunal.", "La ministre",
     "a condamné", "ministre"),
    ("L'ancien trésorier, Luc Grondin, a été mis en examen vendredi.", "La maire",
     "a déclaré", "maire"),
    ("L'ancien directeur du club, Luc Grondin, a été condamné mercredi.", "La préfète",
     "a condamné dans un communiqué", "préfète"),
])
def test_an_office_after_a_person_named_again_by_title_is_a_new_speaker(
        intro: str, office: str, verb: str, expected: str) -> None:
    text = (f"Affaire des subventions : les réactions\n\n{intro}\n\n"
            "M. Grondin a contesté les accusations. « Je n'ai rien détourné », a-t-il "
            "assuré à la presse.\n\n"
            f"{office} {verb} « des faits d'une gravité exceptionnelle pour la commune ».")
    assert _speakers(text) == ["M. Grondin", expected]


def test_the_office_the_person_was_given_still_refers_back() -> None:
    text = ("Le ministre de la Culture, Luc Grondin, était à Lille lundi.\n\n"
            "M. Grondin a visité le musée. « Le chantier avance bien », a-t-il dit.\n\n"
            "Le ministre a déclaré « nous tiendrons le calendrier prévu pour l'ouverture ».")
    first, second = _speakers(text)
    assert first == "M. Grondin" and second.endswith("Grondin")  # the minister named


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("L'Organisation mondiale de la santé dénonce « des attaques répétées contre les "
     "hôpitaux », selon un communiqué publié jeudi.", "Organisation mondiale de la santé"),
    ("La Fédération française de rugby condamne « des comportements inacceptables dans "
     "les tribunes », selon un texte transmis aux clubs.", "Fédération française de rugby"),
    ("Le Conseil de l'Europe réclame « une enquête indépendante et rapide », selon un "
     "document diffusé lundi.", "Conseil de l'Europe"),
    ("Le Conseil de l'Europe réclame « une enquête indépendante et rapide », selon un "
     "communiqué de l'Unesco.", "Unesco"),
    ("Le gouvernement a promis une réponse « dans les prochains jours », selon un "
     "conseiller.", "conseiller"),
])
def test_a_document_after_selon_is_the_channel_not_the_speaker(sentence: str,
                                                                speaker: str) -> None:
    assert _speakers(sentence) == [speaker]

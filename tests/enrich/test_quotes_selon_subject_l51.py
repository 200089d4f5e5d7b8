"""A "selon X" source before a clause whose own subject performs the quoted speech act
(t-final51 A6): "Selon l'Élysée, M. Macron a « réaffirmé le soutien de la France »" quotes
Macron, reported by the Élysée, which was given as the speaker. The quoted words are the
source's when they do not open with a reporting verb ("les casseurs ont « tout
saccagé »"). Invented sentences."""

from __future__ import annotations

import pytest

from veille.enrich.quotes import find_quotes


def _speaker(text: str) -> str:
    [quote] = find_quotes(text)
    return quote.speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("Selon l'Élysée, M. Macron a « réaffirmé le soutien de la France » aux forces kurdes.",
     "M. Macron"),
    ("Selon la préfecture, le maire a « regretté une décision hâtive ».", "maire"),
    ("Selon ses proches, la ministre a « dénoncé une manœuvre » lors du conseil.", "ministre"),
    ("D'après son entourage, la ministre Claire Dubreuil a « fermement condamné » ces propos.",
     "Claire Dubreuil"),  # t-final51b A15: an adverb first
])
def test_the_clause_subject_speaks(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


def test_a_pronoun_subject_is_the_previous_speaker() -> None:
    text = ("Le ministre Jean Dupont était à Lyon mardi. Selon son entourage, il a "
            "« dénoncé une manœuvre » de l'opposition.")
    assert _speaker(text) == "Jean Dupont"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Selon la police, les casseurs ont « tout saccagé » dans la rue.", "police"),
    ("Selon l'Élysée, la France « reste engagée » au Levant.", "Élysée"),
    ("Selon l'AFP, « la situation est grave ».", "AFP"),
])
def test_the_source_speaks_otherwise(text: str, speaker: str) -> None:  # guards
    assert _speaker(text) == speaker

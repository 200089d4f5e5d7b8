"""Speakers of the seventeenth version of the quote rules (issue 16, branch s-quotes14), on
sentences written here: pronouns after "Selon X" / "Pour X", verbs of opinion before a
reported clause, a colon closing a reported clause, a verb after a quote with no comma, a
subject pronoun before an incise's verb."""

from __future__ import annotations

import pytest

from veille.enrich.quotes import find_quotes


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(text)]


@pytest.mark.parametrize("noun", ["la situation", "la tension", "la concertation"])
def test_a_noun_of_a_state_is_no_antecedent_of_a_speaking_pronoun(noun: str) -> None:
    text = (f"Selon Anne Roux, porte-parole de la préfecture, {noun} est « sous contrôle ». "
            "Elle ajoute que « les renforts arriveront dans la nuit ».")
    assert _speakers(text) == ["Anne Roux", "Anne Roux"]


def test_the_source_of_a_selon_opener_is_the_next_pronoun_s_antecedent() -> None:
    text = ("« Nous avons gagné », a dit Paul Martin. Selon Anne Roux, la réforme est mal "
            "partie. Elle a ajouté : « Rien n'est réglé pour les agents. »")
    assert _speakers(text) == ["Paul Martin", "Anne Roux"]


@pytest.mark.parametrize("opener", ["Pour Eric Dussart, dans La Voix du Nord,",
                                    "Selon Eric Dussart, dans La Voix du Nord,",
                                    "Pour Eric Dussart,"])
def test_a_pour_opener_names_the_next_pronoun_s_antecedent_not_the_outlet(
        opener: str) -> None:
    text = (f"« Il faut une loi », affirme Bernard Revel dans Midi Libre. {opener} ce n'est "
            "pas suffisant. Il évoque les cas autorisés : « Quatre cent quatre-vingt-quinze "
            "exceptions ? Elles méritaient bien une loi. »")
    assert _speakers(text) == ["Bernard Revel", "Eric Dussart"]


def test_a_subject_pronoun_before_the_verb_after_a_quote_is_its_subject() -> None:
    text = ("« Il faut une loi », affirme Bernard Revel. Pour Eric Dussart, ce n'est pas "
            "suffisant.\n\nRegardant du côté de la Belgique, « où l'euthanasie encadrée est "
            "légalisée depuis cinq ans », il évoque les 495 cas autorisés.")
    assert _speakers(text) == ["Bernard Revel", "Eric Dussart"]


@pytest.mark.parametrize("verb", ["pense", "pensait", "a pensé"])
def test_a_verb_of_thinking_with_que_reports_its_subject_s_opinion(verb: str) -> None:
    text = (f"Francis Brochet, dans Le Progrès, {verb} que « laisser croire qu'une nouvelle "
            "loi pourrait tout régler » serait une hypocrisie.")
    assert _speakers(text) == ["Francis Brochet"]


def test_a_verb_after_a_closing_mark_with_no_comma_is_no_incise() -> None:
    text = ("Le rapport a été publié lundi. Le maire estime que « fermer la piscine cet "
            "été » serait une erreur grave.")
    assert _speakers(text) == ["maire"]


def test_a_colon_after_an_infinitive_of_purpose_keeps_the_reporting_subject() -> None:
    text = ("Didier Pobel, dans Le Dauphiné Libéré, pense que le moment est mal choisi pour "
            "répondre à une telle question : « Comment légiférer à partir d'une aussi "
            "brûlante émotion ? », demande-t-il.")
    assert _speakers(text) == ["Didier Pobel"]


def test_an_elided_que_before_a_fragment_is_no_determiner_of_a_term() -> None:
    text = ("Dans L'Union, Hervé Chabaud considère qu'« aller trop loin » reviendrait à "
            "« donner à la société le droit d'éliminer ceux qui dérangent ».")
    quotes = find_quotes(text)
    assert [q.speaker for q in quotes] == ["Hervé Chabaud"]
    assert len(quotes[0].parts) == 2

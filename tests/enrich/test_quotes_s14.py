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


@pytest.mark.parametrize(("opening", "expected"), [
    ("La réunion a duré trois heures. Le bilan est maigre : le syndicat dénonce",
     "syndicat"),
    ("Publiée par le site, la lettre du comité à la ministre est directe : le comité "
     "souhaite", "comité"),
    ("Une certitude pour Paul Martin : il a dénoncé", "Paul Martin")])
def test_the_subject_after_a_colon_is_the_verb_s(opening: str, expected: str) -> None:
    assert _speakers(f"{opening} « un dialogue de sourds avec la direction ».") == [expected]


@pytest.mark.parametrize(("intro", "office", "expected"), [
    ("La ministre de la Culture, Anne Roux, a reçu lundi Paul Martin.", "le ministre",
     "ministre"),
    ("Paul Martin, le ministre de la Culture, a reçu lundi Anne Roux.", "la ministre",
     "ministre"),
    ("Le ministre de la Culture, Paul Martin, a reçu lundi Anne Roux.", "le ministre",
     "Paul Martin"),
    ("Le ministre de la Culture, Paul Martin, a reçu Anne Roux, ministre des Sports.",
     "la ministre", "Anne Roux")])
def test_a_gendered_office_never_resolves_to_a_person_of_the_other_gender(
        intro: str, office: str, expected: str) -> None:
    text = f"{intro} « Nous sommes d'accord sur l'essentiel », a assuré {office}."
    assert _speakers(text) == [expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Jugeant l'organisation chinoise « impeccable », Jacques Rogge a déclaré que Pékin "
     "avait placé la barre très haut.", "Jacques Rogge"),
    ("Demandant au conseil « de bien vouloir prendre position sur ces atteintes », les "
     "syndicats énumèrent leurs griefs.", "syndicats"),
    ("Dénonçant « une dérive autoritaire du pouvoir », la présidente du groupe a quitté la "
     "séance.", "présidente du groupe")])
def test_a_participle_clause_opening_the_sentence_shares_the_main_subject(
        sentence: str, expected: str) -> None:
    assert _speakers(sentence) == [expected]


def test_an_unquoted_incise_names_its_speaker_past_a_time_word_and_a_role() -> None:
    text = ("Les banques recevront 10 milliards, Crédit Mutuel 1,2 milliard et Caisse "
            "d'Epargne 1,1 milliard, a annoncé hier soir la ministre de l'Economie Christine "
            "Lagarde. Cet apport est indispensable pour qu'elles soient « en mesure de "
            "financer l'économie », a-t-elle précisé.")
    assert _speakers(text) == ["Christine Lagarde"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Une semaine chargée pour Rachida Dati. Elle a tout orchestré mercredi : "
     "petit-déjeuner avec des journalistes, entretien exclusif en une du magazine Le Point. "
     "« Je veux rester prudente », a-t-elle confié.", "Rachida Dati"),
    ("Elle a tout orchestré mercredi : petit-déjeuner avec des journalistes, entretien "
     "exclusif en une du magazine Le Point. « Je veux rester prudente », a-t-elle confié.",
     ""),
    ("Il a enchaîné les entretiens, dont un au quotidien La Croix. « Nous irons vite », "
     "a-t-il confié.", "")])
def test_an_outlet_s_name_is_no_antecedent_of_a_pronoun(text: str, expected: str) -> None:
    assert _speakers(text) == [expected]


@pytest.mark.parametrize(("incise", "expected"), [
    ("a pour sa part souligné son collègue du Budget, Eric Woert", "Eric Woert"),
    ("a quant à elle promis la ministre, Anne Roux", "Anne Roux"),
    ("a pour sa part assuré Paul Martin", "Paul Martin")])
def test_an_incise_with_a_locution_between_its_auxiliary_and_its_participle(
        incise: str, expected: str) -> None:
    text = ("Ces textes seront soumis dès le 5 janvier à l'Assemblée nationale.\n\n"
            f"« On espère gagner de l'ordre de 1 % de croissance », {incise}.")
    assert _speakers(text) == [expected]


def test_a_preposition_after_a_quote_opens_no_incise() -> None:
    text = ("Le député UMP Jean Leonetti juge « dangereux » et « inutile » d'accéder, à titre "
            "exceptionnel, à la demande d'un malade.")
    assert {q.speaker for q in find_quotes(text)} == {"Jean Leonetti"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Ingrid Betancourt est partie aux Seychelles.\nUn vanity de crèmes, cadeau d'un "
     "fabricant de cosmétiques.\nLa marque a hésité, se demandant si ce « geste de femme à "
     "femme » n'était pas « un peu futile ».", ["marque"]),
    ("« Nous avons perdu dix ans », a dit Paul Martin. Le constructeur a répondu : « Les "
     "délais seront tenus. »", ["Paul Martin", "constructeur"])])
def test_a_firm_named_by_a_common_noun_is_a_body_not_the_person_before(
        text: str, expected: list[str]) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(("noun", "expected"), [
    ("Réaction de l'opposition", "opposition"), ("Réaction du maire", "maire"),
    ("Commentaire du syndicat", "syndicat")])
def test_a_reaction_before_a_colon_is_its_agent_s_words(noun: str, expected: str) -> None:
    text = (f"Le projet a été présenté lundi. {noun} : « C'est une mauvaise nouvelle pour "
            "la ville. »")
    assert _speakers(text) == [expected]


def test_a_complement_after_a_preposition_is_no_agent_of_a_noun_of_saying() -> None:
    text = ("Le débat enfle sur les blogs. Une réaction parmi d'autres sur un forum "
            "consacré à la finance : « Soutenons-le, c'est certainement une victime. »")
    assert _speakers(text)[0].startswith("réaction")

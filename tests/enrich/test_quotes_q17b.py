"""Speakers and quotes, issue 16 (branch q-quotes17b, newuser17a's findings), on sentences
written here with other names: a former office holder is not the current one (H2), the
party or source beside a person is not the speaker (H5), a name with a bracketed party
and an apposition before its verb is the subject (H3), titles of works are no quotes
(H9), a headline's quote takes its speaker (H27), English job titles are stripped (H8)."""

from __future__ import annotations

from veille.enrich.quotes import find_quotes


def _speakers(text: str) -> list[str]:
    return [q.speaker for q in find_quotes(text)]


def test_the_head_of_state_is_not_the_former_president_named_before() -> None:
    assert _speakers(
        "Le président péruvien Marcos Ugarte a promulgué mardi la réforme, contestée par "
        "l'ancien président Luis Cabrera. « Le Pérou ne reculera pas devant la rue », a "
        "déclaré le chef de l'Etat lors d'un discours.") == ["Marcos Ugarte"]


def test_the_minister_is_not_the_ex_minister_named_before() -> None:
    assert _speakers(
        "La ministre de la Culture, Odile Ferrand, a reçu les artistes, venus avec l'ex-"
        "ministre Paul Ravel. « Les salles rouvriront en mai », a assuré la ministre."
    ) == ["Odile Ferrand"]


def test_a_former_description_still_takes_the_former_holder() -> None:
    # guard: "l'ancien président" refers back to the one introduced as former
    assert _speakers(
        "Le président Marcos Ugarte a reçu l'ancien président Luis Cabrera. « Je ne me "
        "tairai pas », a lancé l'ancien président.") == ["Luis Cabrera"]


def test_the_party_initials_after_a_role_are_not_the_speaker() -> None:
    assert _speakers(
        "La ministre de la Santé, Ilse Moens, a présenté jeudi son plan. « Quatre hôpitaux, "
        "une seule direction : c'est la réforme », a déclaré la ministre N-VA.") == [
        "Ilse Moens"]


def test_a_party_name_between_the_role_and_the_given_name_is_no_part_of_the_name() -> None:
    assert _speakers(
        "Le député Groen Pieter Claes a interpellé le gouvernement. « Nous attendons des "
        "réponses », a-t-il lancé.") == ["Pieter Claes"]


def test_pour_a_group_then_a_named_subject_saying_is_the_subject() -> None:
    assert _speakers(
        "Pour les socialistes, Julie Marchand a dénoncé une mairie qui « abandonne les "
        "quartiers depuis des années ».") == ["Julie Marchand"]


def test_pour_a_person_still_speaks_when_no_one_else_says() -> None:
    # guard: "Pour X, « … »" and "Pour X, l'essentiel est ailleurs : « … »"
    assert _speakers("Pour Julie Marchand, « la mairie abandonne les quartiers ».") == [
        "Julie Marchand"]


def test_the_agency_that_saw_a_note_is_not_the_speaker() -> None:
    assert "note seen by Bloomberg" not in _speakers(
        'Traders at Barclays called the figures "a sharp disappointment for the group", '
        "according to a note seen by Bloomberg.")
    assert _speakers(
        "Le maire Paul Dufour juge le projet « irréaliste et beaucoup trop cher », selon une "
        "note consultée par l'AFP.") == ["Paul Dufour"]


def test_english_job_titles_are_stripped_from_the_speaker() -> None:
    assert _speakers(
        'Airbus cut its forecast on Tuesday. "We remain cautious," Chief Executive Laurent '
        'Mercier told reporters.\n\nNurses will strike again. "This cannot go on," said '
        'Professor Helen Marsh.\n\n"We will not accept a hard border," Taoiseach Seán Doyle '
        "said in Dublin.") == ["Laurent Mercier", "Helen Marsh", "Seán Doyle"]


def test_a_title_after_a_work_noun_is_no_quote() -> None:
    assert _speakers(
        "Le jury de la Mostra a remis mardi son Lion d'or au film chilien « La Casa del Río », "
        "du réalisateur Tomás Vera.\n\nElle présente son nouveau roman « Les Heures blanches » "
        "à Nantes, a expliqué l'éditrice Claire Bodin.\n\n« Les salles rouvriront en mai », a "
        "déclaré la ministre.") == ["ministre"]


def test_a_headline_quote_before_a_colon_takes_the_speaker_of_the_same_words() -> None:
    assert _speakers(
        "« Nous ne lâcherons rien sur les salaires » : la CFDT appelle à la grève\n\nLa "
        "secrétaire générale de la CFDT, Sophie Arnaud, a appelé mardi à une journée de "
        "grève. « Nous ne lâcherons rien sur les salaires », a-t-elle martelé.") == [
        "Sophie Arnaud"]  # one quote, the headline's span a part of it (r-quotes58)


def test_a_headline_quote_after_a_kicker_takes_the_speaker_of_the_same_words() -> None:
    assert _speakers(
        "Inondations : dans le Var, « on ne peut plus parler d'exception, c'est devenu la "
        "règle »\n\nLes pluies ont encore noyé les vignes. « On ne peut plus parler "
        "d'exception, c'est devenu la règle », constate Paul Giraud, président de la "
        "chambre d'agriculture.") == ["Paul Giraud"]  # one quote (r-quotes58)


def test_a_given_name_with_a_small_letter_after_its_hyphen_is_the_speaker() -> None:
    # not the body in the role's complement ("Grande Mosquée de Lyon")
    assert _speakers(
        "Le recteur de la Grande Mosquée de Lyon, Nour-eddine Benali, a dit attendre le "
        "discours « avec vigilance ».") == ["Nour-eddine Benali"]


def test_a_paper_named_by_its_initials_after_adjectives_stays_the_speaker() -> None:
    # guard: the initials after a body noun and its adjectives are the body's name
    assert _speakers(
        "« Le gouvernement a perdu la main sur le budget », écrit le quotidien conservateur "
        "allemand FAZ.") == ["FAZ"]


def test_a_possessive_role_before_a_name_is_cut_from_the_speaker() -> None:
    assert _speakers(
        "À gauche, Sandrine Morel (PS), infirmière de formation, a mis en garde : « Quand on "
        "baisse les moyens, on ferme des lits. » Son collègue Marc Aubin, ancien maire de "
        "Tulle, a dénoncé un budget « qui oublie les campagnes ».") == [
        "Sandrine Morel", "Marc Aubin"]

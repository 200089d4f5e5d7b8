"""Speakers of the fourteenth version of the quote rules (issue 16, branch s-quotes12), on
sentences written here: a demonstrative time phrase in an incise ("ce jeudi") is no
subject, a "selon X" after the quote wins over a "Pour Y" opening the sentence, speech
verbs of disagreement, the colon-line rule's guards, plural pronouns and complements as
antecedents."""

from __future__ import annotations

import pytest

from veille.enrich.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in find_quotes(text)]


@pytest.mark.parametrize(("time", "subject"), [
    ("ce jeudi", "secrétaire général du syndicat"),
    ("ce matin", "présidente du club"),
    ("cette semaine", "porte-parole de la mairie"),
    ("ce mardi soir", "directeur de l'usine"),
])
def test_a_demonstrative_time_phrase_is_no_subject(time: str, subject: str) -> None:
    found = _speakers(f"« Nous ne céderons rien sur ce dossier », a affirmé {time} le "
                      f"{subject}.")
    assert found == [("Nous ne céderons rien sur ce dossier", subject)]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Pour le gouvernement, la réforme est nécessaire car « le pays doit avancer vite » "
     "après la crise, selon Marc Dupont.", "Marc Dupont"),
    ("Pour la ministre, les syndicats ne sont pas représentatifs car « la majorité des "
     "salariés soutient le projet » depuis le début, selon le porte-parole Jean Roux.",
     "Jean Roux"),
    ("Pour la direction, le site « n'a plus d'avenir dans sa forme actuelle » à ce stade, "
     "d'après Anne Leroy, déléguée syndicale.", "Anne Leroy"),
])
def test_a_selon_closing_the_sentence_wins_over_an_opening_pour(sentence: str,
                                                                  speaker: str) -> None:
    assert [s for _, s in _speakers(sentence)] == [speaker]


def test_an_opening_pour_still_speaks_without_a_source_after() -> None:
    found = _speakers("Pour Paul Martin, c'est « une erreur historique » qui pèsera sur "
                      "les comptes.")
    assert found == [("une erreur historique", "Paul Martin")]


@pytest.mark.parametrize(("verb", "name"), [
    ("proteste", "Pierre Bordry"), ("objecte", "Marie Dupuis"), ("contredit", "Paul Roux"),
    ("conteste", "Anne Leroy")])
def test_verbs_of_disagreement_make_an_incise_inside_a_quote(verb: str, name: str) -> None:
    found = _speakers("Le coureur a refusé de répondre. « Ce chiffre n'a aucun sens, "
                      f"{verb} {name}. Il faut le revoir avant de conclure. »")
    assert [s for _, s in found] == [name]


def test_objectif_is_no_speech_verb() -> None:
    found = _speakers("« Nous tiendrons les délais », a déclaré Jean Roux. « Le chantier "
                      "avance », objectif affiché de la direction.")
    assert found[0][1] == "Jean Roux"


def test_a_colon_line_that_is_a_clause_gives_its_pronoun_antecedent() -> None:
    found = _speakers(
        "Le président de la chaîne, Paul Roux, a reçu les salariés.\nSur la question des "
        "comptes, il l'a laissé entendre à demi-mot, à la sortie de la réunion :\n« Nous "
        "allons travailler à un plan d'affaires pour arriver à l'équilibre. »")
    assert [s for _, s in found] == ["Paul Roux"]


def test_a_quoted_subheading_after_a_colon_line_is_no_quote() -> None:
    found = _speakers("Les syndicats ont publié un texte.\nLes principales raisons de leur "
                      "colère :\n« Bouc émissaire »\nLe texte dénonce la méthode du ministre.")
    assert found == []


def test_a_colon_line_with_a_speech_verb_keeps_an_unpunctuated_quote() -> None:
    found = _speakers("Le ministre a répondu aux députés.\nIl a conclu :\n« Nous ne "
                      "reculerons pas »\nLa séance a été levée.")
    assert found == [("Nous ne reculerons pas", "ministre")]


@pytest.mark.parametrize("text", [
    "Le conseil s'est réuni dans la journée, Claude Martin a pris la parole",
    "Ce matin, Claude Martin a pris la parole",
    "Il a parlé pendant la séance, Claude Martin a répondu",
])
def test_a_complement_before_a_name_marks_no_gender(text: str) -> None:
    from veille.enrich.gender import mention_gender
    assert mention_gender(text, text.index("Claude")) == ""


@pytest.mark.parametrize(("text", "gender"), [
    ("Selon la présidente Claude Martin", "f"),
    ("la ministre, Claude Martin, a parlé", "f"),
    ("Le porte-parole de la fédération, Claude Martin", "m"),
])
def test_a_role_before_a_name_still_marks_its_gender(text: str, gender: str) -> None:
    from veille.enrich.gender import mention_gender
    assert mention_gender(text, text.index("Claude")) == gender


def test_he_can_point_back_to_a_name_after_a_time_complement() -> None:
    found = _speakers("Le conseil s'est réuni dans la journée, Claude Martin a pris la "
                      "parole devant les élus. « Nous ne fermerons pas l'école », a-t-il "
                      "assuré.")
    assert [s for _, s in found] == ["Claude Martin"]


def test_a_plural_pronoun_finds_the_group_past_one_of_its_members() -> None:
    found = dict(_speakers(
        "Les délégués syndicaux de la chaîne, qui avaient été reçus par le ministre, ont "
        "quitté la salle. Pourquoi partir si vite ? « Nous avons été écoutés poliment », "
        "raconte l'un d'entre eux. Ils s'en émeuvent dans leur communiqué. Ils estiment que "
        "« le service public n'a aucune perspective »."))
    assert found["le service public n'a aucune perspective"] == \
        "délégués syndicaux de la chaîne"


def test_a_plural_pronoun_takes_no_single_person() -> None:
    found = _speakers("Le ministre Paul Roux a reçu la délégation. Ils estiment que « le "
                      "service public n'a aucune perspective ».")
    assert [s for _, s in found] != ["Paul Roux"]


def test_a_singular_pronoun_takes_the_complement_of_a_plural_subject() -> None:
    found = dict(_speakers(
        "« Le texte sera revu », a souligné la ministre Anne Roux. Mercredi, les députés de "
        "la commission des lois avaient fait neuf recommandations. Elle a notamment proposé "
        "de retirer du fichier toute personne « ayant exercé un mandat syndical »."))
    assert found["ayant exercé un mandat syndical"] == "commission des lois"


def test_a_complement_of_the_other_gender_is_no_antecedent() -> None:
    found = dict(_speakers(
        "« Le texte sera revu », a souligné la ministre Anne Roux. Les salariés du groupe "
        "ont voté la grève. Elle a rappelé que « rien n'est décidé pour le moment »."))
    assert found["rien n'est décidé pour le moment"] == "Anne Roux"


@pytest.mark.parametrize(("verb", "fragment"), [
    ("continué d'accuser la", "clique du dalaï lama"),
    ("tenu d'affirmer son", "indépendance"),
])
def test_a_fragment_after_an_elided_infinitive_of_saying(verb: str, fragment: str) -> None:
    found = _speakers(f"Mardi, Pékin avait {verb} « {fragment} » devant la presse.")
    assert found == [(fragment, "Pékin")]


def test_an_elided_noun_is_no_verb() -> None:
    assert _speakers("Il a publié des dizaines d'annonces « très attractives » sur le site.") \
        == []

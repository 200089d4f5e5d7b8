"""Speakers of the twelfth version of the quote rules (issue 16, branch s-quotes10), on
sentences written here: a body or a collective noun speaks for itself, an appositive
common noun before a name leaves the name as the speaker, and one person's mentions ("M.
X", "Prénom X", "X") are one entity."""

from __future__ import annotations

import pytest

from veille.enrich.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in find_quotes(text)]


@pytest.mark.parametrize("body", ["patronat", "syndicat", "gouvernement", "direction",
                                  "présidence", "préfecture", "entourage"])
def test_a_body_speaks_not_the_previous_speaker(body: str) -> None:
    found = _speakers(
        "Le ministre Paul Martin a présenté sa réforme des retraites. « C'est une réforme "
        f"juste », a-t-il déclaré. Le {body} a dénoncé « une mesure coûteuse pour les "
        "entreprises ».")
    assert found[1] == ("une mesure coûteuse pour les entreprises", body)


def test_a_body_after_an_organisation_is_that_organisation() -> None:
    found = _speakers(
        "« Les familles paient trop cher leur chauffage », selon l'Unaf. L'association "
        "évoque « des hausses injustifiées et répétées ».")
    assert found[1][1] == "Unaf"


def test_a_person_noun_still_takes_the_previous_speaker() -> None:
    found = _speakers(
        "Claire Petit a présenté sa réforme. « C'est une réforme juste », a-t-elle déclaré. "
        "« C'est une réforme utile », a ajouté la ministre.")
    assert found[1][1] == "Claire Petit"


@pytest.mark.parametrize(("noun", "body"), [
    ("patronat", True), ("syndicat", True), ("gouvernement", True), ("commission", True),
    ("agence", True), ("gendarmerie", True), ("magistrature", True), ("avocat", False),
    ("candidat", False), ("magistrat", False), ("président", False), ("procureure", False),
    ("ministre", False), ("journaliste", False), ("champion", False), ("député", False)])
def test_body_nouns(noun: str, body: bool) -> None:
    from veille.enrich.quotes_refs import is_body

    assert is_body(noun) is body


@pytest.mark.parametrize(("person", "subject", "pronoun"), [
    ("Paul Martin", "Le nouveau gouvernement", "Il"), ("Claire Petit", "La direction", "Elle")])
def test_a_pronoun_after_a_body_subject_is_the_body(person: str, subject: str,
                                                    pronoun: str) -> None:
    found = _speakers(
        f"Le portefeuille de la Justice revient à Jean Dupont. {person} a nommé les "
        f"ministres. {subject} s'est donné pour objectif de réviser le budget. {pronoun} a "
        "cependant déclaré que « cette révision ne doit pas mettre en danger la croissance ».")
    assert found[0][1] == subject.split(" ", 1)[1]


def test_a_pronoun_after_a_named_subject_is_still_the_name() -> None:
    found = _speakers(
        "Le gouvernement a été nommé lundi. Paul Martin s'est donné pour objectif de réviser "
        "le budget. Il a cependant déclaré que « cette révision ne doit pas mettre en danger "
        "la croissance ».")
    assert found[0][1] == "Paul Martin"

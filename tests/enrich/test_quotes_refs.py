"""Reference resolution of quote speakers (issue #16, seventh version): a role description
("le ministre", "la préfète", "le président") is the person introduced before with that
role; a demonstrative description ("cet homme") the person just spoken of. Sentences of
our own."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.enrich.quotes import find_quotes
from veille.enrich.quotes_refs import introductions, resolve_role


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in find_quotes(text)]


@pytest.mark.parametrize(("introduction", "description", "name"), [
    ("Paul Martin, ministre de l'Intérieur, a visité la caserne.", "le ministre",
     "Paul Martin"),
    ("Le ministre de l'Intérieur Paul Martin a visité la caserne.", "le ministre",
     "Paul Martin"),
    ("La préfète de police, Laure Dupont, a visité la caserne.", "la préfète",
     "Laure Dupont"),
    ("La maire de Lyon, Anne Roux, a visité la caserne.", "la maire de Lyon", "Anne Roux"),
    ("L'avocat de Jean Petit, Marc Leroy, a visité la caserne.", "l'avocat", "Marc Leroy"),
])
def test_a_role_description_is_the_person_introduced_with_that_role(
        introduction: str, description: str, name: str) -> None:
    text = (f"{introduction} Les travaux dureront un an. « Nous tiendrons les délais "
            f"annoncés aux habitants », a ajouté {description}.")
    assert _speakers(text) == [("Nous tiendrons les délais annoncés aux habitants", name)]


def test_the_most_recent_person_with_the_role_wins() -> None:
    text = ("Paul Martin, ministre de l'Intérieur, a reçu Jeanne Roy, ministre de la "
            "Santé. « Le plan sera prêt en mars », a précisé la ministre.")
    assert _speakers(text) == [("Le plan sera prêt en mars", "Jeanne Roy")]


def test_gender_agreement_skips_a_person_of_the_other_gender() -> None:
    """"la ministre" is not "M. Martin, ministre de …" even when he is the nearer one."""
    text = ("Mme Jeanne Roy, ministre de la Santé, a reçu M. Paul Martin, ministre de "
            "l'Intérieur. « Le plan sera prêt en mars », a précisé la ministre.")
    assert _speakers(text) == [("Le plan sera prêt en mars", "Mme Jeanne Roy")]


def test_a_complement_must_match_the_role() -> None:
    text = ("Paul Martin, ministre de l'Intérieur, a reçu Jeanne Roy, ministre de la "
            "Santé. « Le plan sera prêt en mars », a précisé le ministre de l'Intérieur.")
    assert _speakers(text) == [("Le plan sera prêt en mars", "Paul Martin")]


def test_a_complement_of_the_role_is_no_name() -> None:
    """"le président de la République" is not a person called "République"."""
    text = ("Nicolas Martin a présenté un fonds. Le président de la République a saisi "
            "l'occasion d'une visite. « Ce fonds aidera les entreprises », a également "
            "proposé le président.")
    assert _speakers(text) == [("Ce fonds aidera les entreprises", "Nicolas Martin")]


def test_a_description_with_no_introduction_stays_the_speaker() -> None:
    text = ("Les travaux dureront un an. « Nous tiendrons les délais annoncés », a ajouté "
            "le procureur.")
    assert _speakers(text) == [("Nous tiendrons les délais annoncés", "procureur")]


def test_an_institution_is_not_the_person_named_before() -> None:
    text = ("Mais Paul Martin a nié tout dopage. L'agence nationale a précisé que "
            "« les contrôles seront refaits en juin prochain ».")
    assert _speakers(text)[0][1] != "Paul Martin"


def test_a_demonstrative_description_is_the_previous_speaker() -> None:
    text = ("Le directeur Paul Martin affirmait que Jeanne Roy et Marc Leroy « ne sont pas "
            "menacés ». « S'il doit y avoir un changement, il se fera avec eux », ajoutait "
            "cet homme qui dirige la rédaction depuis dix ans.")
    assert [s for _, s in _speakers(text)] == ["Paul Martin", "Paul Martin"]


def test_introductions_shapes() -> None:
    text = ("Le quotidien suisse Le Temps écrit. Jeanne Roy, la présidente du FMI, parle. "
            "Le maire de Lyon rend publique sa réponse à Anne Roux.")
    found = [(i.name, i.role, i.gender) for i in introductions(text, len(text))]
    assert ("Jeanne Roy", "présidente du FMI", "f") in found
    assert all(name != "Roux" and name != "Anne Roux" for name, _, _ in found)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcdeéLMPR ,.'’«»-\n")), max_size=200),
       st.sampled_from(["ministre", "la préfète", "le président de la République", "x"]))
def test_resolution_never_raises_and_points_before(text: str, description: str) -> None:
    found = resolve_role(text, description, len(text), "le")
    if found is not None:
        name, (start, end) = found
        assert text[start:end] == name and end <= len(text)
    for intro in introductions(text, len(text)):
        assert text[intro.start:intro.end] == intro.name


def test_a_complement_after_adjectives_must_match_too() -> None:
    """"le premier secrétaire sortant du PS" is not "le premier secrétaire fédéral
    sortant, X" (the complement "du PS" follows adjectives)."""
    text = ("Le premier secrétaire fédéral sortant, Paul Martin, a reconnu l'erreur. Le "
            "premier secrétaire sortant du PS a assuré : « Le risque est la confusion ».")
    assert _speakers(text) == [("Le risque est la confusion",
                                "premier secrétaire sortant du PS")]


def test_an_apposition_ending_its_line_introduces() -> None:
    text = ("Jeanne Roy, ministre de l'Économie\nLe plan coûtera un milliard. « Nous "
            "tiendrons les délais annoncés », a déclaré la ministre de l'Économie.")
    assert _speakers(text) == [("Nous tiendrons les délais annoncés", "Jeanne Roy")]


def test_a_pronoun_after_a_resolved_description_is_that_person() -> None:
    """"a-t-elle ajouté" after "a déclaré la ministre" (resolved to a name far back) is
    the minister, not a feminine subject between the name and the description."""
    text = ("Jeanne Roy, ministre de l'Économie, a parlé mardi.\nLa France envisage un plan "
            "de relance. « Le chiffre est de 1 % du PIB », a déclaré la ministre. « Il "
            "peut être un peu plus élevé », a-t-elle ajouté.")
    assert [s for _, s in _speakers(text)] == ["Jeanne Roy", "Jeanne Roy"]

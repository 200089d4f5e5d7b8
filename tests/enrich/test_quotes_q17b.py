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

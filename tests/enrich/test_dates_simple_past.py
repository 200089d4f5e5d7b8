"""The passé simple is a past, never a future ("déplora mardi" is the Tuesday just gone),
and a weekday after "hier"/"demain" is that day (t-enrich19 E4)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.enrich.dates import find_dates
from veille.enrich.simple_past import simple_past

WEDNESDAY = date(2012, 7, 4)


def _values(text: str, published: date = WEDNESDAY) -> dict[str, str]:
    return {d.text.lower(): d.value for d in find_dates(text, published)}


@pytest.mark.parametrize("verb", ["déplora", "montra", "entra", "déclara", "ignora",
                                  "célébra", "assura", "livra", "espéra", "démarra",
                                  "retira", "annonça", "expliqua", "jugea", "prit",
                                  "répondit", "déclarèrent", "partirent"])
def test_a_passe_simple_before_a_weekday_is_the_day_just_gone(verb: str) -> None:
    found = find_dates(f"Le porte-parole du groupe {verb} mardi la lenteur des travaux.",
                       WEDNESDAY)
    assert [(d.value, d.tense) for d in found] == [("2012-07-03", "past")], verb


@pytest.mark.parametrize("verb", ["déplorera", "montrera", "prendra", "pourra", "verra",
                                  "mettra", "devra", "suivra", "finira", "sortira",
                                  "conclura", "vaincra", "enverra", "déploreront"])
def test_a_future_before_a_weekday_is_the_coming_day(verb: str) -> None:
    found = find_dates(f"Le porte-parole du groupe {verb} mardi la lenteur des travaux.",
                       WEDNESDAY)
    assert [(d.value, d.tense) for d in found] == [("2012-07-10", "future")], verb


def test_yesterday_and_its_weekday_agree_whatever_the_article_says_elsewhere() -> None:
    text = ("Hier mardi, la maire a inauguré la médiathèque. Le conseil votera mardi le "
            "budget des écoles.")
    found = find_dates(text, WEDNESDAY)
    assert [(d.text, d.value) for d in found] == [
        ("Hier", "2012-07-03"), ("mardi", "2012-07-03"), ("mardi", "2012-07-10")]


@pytest.mark.parametrize(("text", "day", "ok"), [
    ("Demain jeudi, les commerçants manifesteront.", "2012-07-05", True),
    ("Avant-hier lundi, la préfecture a levé l'alerte.", "2012-07-02", True),
    ("Aujourd'hui mercredi, la séance reprend.", "2012-07-04", True),
    ("Hier lundi, la séance a été levée.", "2012-07-02", False),  # the writer's slip
])
def test_a_weekday_after_a_named_day_is_that_day(text: str, day: str, ok: bool) -> None:
    found = find_dates(text, WEDNESDAY)
    assert (found[1].value, found[1].weekday_ok) == (day, ok)


_RER_STEMS = st.sampled_from(["déplor", "montr", "entr", "déclar", "ignor", "assur",
                              "livr", "consacr", "intégr", "chiffr", "enterr", "jur",
                              "espér", "célébr", "tir", "admir", "restaur", "démontr"])


@given(_RER_STEMS)
def test_rer_verbs_passe_simple_and_future_are_told_apart(stem: str) -> None:
    assert simple_past(stem + "a")
    assert simple_past(stem + "èrent")
    future = (stem[:-2] + "ère" if stem.endswith("ér") else stem + "e") + "ra"
    assert not simple_past(future)
    assert not simple_past(stem + "eront")

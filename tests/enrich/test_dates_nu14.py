"""Dates mentioned that newuser14a (E10-E14) found false or missed: the irregular futures
and conditionals look forward, an announced event's weekday and a deadline are ahead, a
court's "mis en délibéré au" is the coming day, a season or month keeps the year of its
phrase, "Mai 68" is 1968, and quarters, "le début de l'année", "il y a vingt ans", the
first day of "les 5 et 12 mars" and "le 11-Septembre" are read. The texts are written for
these tests (other names, same shapes as the user's)."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.enrich.dates import find_dates

SUNDAY = date(2026, 11, 29)
MONDAY = date(2026, 11, 30)
TUESDAY = date(2026, 12, 1)
THURSDAY = date(2026, 11, 26)


def _values(text: str, published: date) -> dict[str, str]:
    return {d.text: d.value for d in find_dates(text, published)}


@pytest.mark.parametrize(("text", "published", "mention", "value"), [
    # E10: irregular futures, a conditional future-in-the-past, an announced event, and a
    # weekday after an inverted incise
    ("Avant de regagner Lyon, Mme Roussel fera étape jeudi à Nouméa, a précisé son équipe.",
     SUNDAY, "jeudi", "2026-12-03"),
    ("Le préfet ira à Quimper mercredi.", THURSDAY, "mercredi", "2026-12-02"),
    ("Les élus feront le point mercredi.", THURSDAY, "mercredi", "2026-12-02"),
    ("La ministre a précisé qu'elle recevrait les maires jeudi.", MONDAY, "jeudi",
     "2026-12-03"),
    ("Le conseil a assuré qu'il mettrait le projet aux voix jeudi.", MONDAY, "jeudi",
     "2026-12-03"),
    ("La junte a annoncé une rencontre exceptionnelle vendredi.", THURSDAY, "vendredi",
     "2026-11-27"),
    ("« Nous verrons dès samedi », a-t-elle ajouté, en vue du déplacement à Brest samedi.",
     MONDAY, "samedi", "2026-12-05"),
    # E11: a court's délibéré is a date set, the nearest such day
    ("La décision a été mise en délibéré au 15 décembre.", THURSDAY, "15 décembre",
     "2026-12-15"),
    # E12: a season's year, a coming season, a deadline, a month framed by its year
    ("On se souvient des grèves de l'été 2019 à Rennes.", MONDAY, "l'été 2019",
     "2019-06-01"),
    ("Les sans-abri s'apprêtent à affronter l'hiver, ont averti les associations lundi.",
     MONDAY, "l'hiver", "2026-12-01"),
    ("Les refuges manquent de places à l'approche de l'hiver", MONDAY, "l'hiver",
     "2026-12-01"),
    ("Le maire avait promis une piscine rénovée d'ici l'été.", TUESDAY, "l'été",
     "2027-06-01"),
    ("Le ministre a promis des radars « d'ici à la fin du premier trimestre ».", TUESDAY,
     "du premier trimestre", "2027-01-01"),
    ("L'an dernier, l'usine avait fermé ses portes, en décembre.", TUESDAY, "en décembre",
     "2025-12-01"),
    ("Il y a deux ans, le 3 mars, la digue avait cédé.", TUESDAY, "3 mars",
     "2024-03-03"),
    # E13: a year written with two digits after a month
    ("Depuis Mai 68, le syndicat n'a jamais reculé.", MONDAY, "Depuis Mai 68", "1968-05-01"),
    ("Mai 68 a changé la ville.", MONDAY, "Mai 68", "1968-05-01"),
    # E14: read now
    ("Les ventes ont reculé depuis le début de l'année.", MONDAY, "le début de l'année",
     "2026-01-01"),
    ("Le chômage a baissé au deuxième trimestre, selon l'Insee.", MONDAY,
     "au deuxième trimestre", "2026-04-01"),
    ("Il y a trente ans, la mine fermait.", MONDAY, "Il y a trente ans", "1996-01-01"),
    ("Les tours de scrutin auront lieu les 5 et 12 mars.", MONDAY, "5", "2027-03-05"),
    ("Depuis le 11-Septembre, les aéroports ont changé.", MONDAY, "11-Septembre",
     "2001-09-11"),
])
def test_newuser14a_dates(text: str, published: date, mention: str, value: str) -> None:
    # the last mention with that text (the second "samedi" is the one after the incise)
    assert _values(text, published)[mention] == value


def test_a_quarter_has_its_own_granularity() -> None:
    [found] = find_dates("La croissance a ralenti au troisième trimestre 2025.", MONDAY)
    assert (found.value, found.granularity) == ("2025-07-01", "quarter")


@pytest.mark.parametrize(("text", "published", "mention", "value"), [
    # what must not change: an imperfect in -ouvrait is past, an act's own weekday is past,
    # the occasion of an act is the act's day, a year bound opens no frame
    ("Le public découvrait jeudi la nouvelle salle.", TUESDAY, "jeudi", "2026-11-26"),
    ("Elle a annoncé sa candidature jeudi.", TUESDAY, "jeudi", "2026-11-26"),
    ("Il a annoncé lors d'une réunion jeudi son départ.", TUESDAY, "jeudi", "2026-11-26"),
    ("Depuis 2019, en janvier, les loyers ont augmenté.", TUESDAY, "en janvier",
     "2026-01-01"),
    ("Adopté en 2019, le texte sera appliqué en janvier.", TUESDAY, "en janvier",
     "2027-01-01"),
    ("Les vignerons ont vendangé jeudi.", TUESDAY, "jeudi", "2026-11-26"),
    # a quarter named for its results is the one just over, whatever the verb's tense
    ("La banque doit publier jeudi ses comptes du troisième trimestre.", MONDAY,
     "du troisième trimestre", "2026-07-01"),
])
def test_what_stays(text: str, published: date, mention: str, value: str) -> None:
    assert _values(text, published)[mention] == value


_MONTHS = ["janvier", "Mai", "mai", "Septembre", "décembre"]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["Depuis", "En", "", "Le 11-Septembre et", "L'an dernier,",
                        "Il y a vingt ans,", "d'ici la fin du"]),
       st.sampled_from(_MONTHS + ["l'hiver", "l'été", "troisième trimestre"]),
       st.integers(0, 99), st.sampled_from(["", ",", " a", " personnes", "."]),
       st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)))
def test_new_forms_never_raise_and_stay_in_bounds(lead: str, word: str, number: int,
                                                  tail: str, published: date) -> None:
    text = f"{lead} {word} {number:02d}{tail} la ville fera escale jeudi."
    for found in find_dates(text, published):
        value = date.fromisoformat(found.value)
        if "11-Septembre" in found.text:
            assert value == date(2001, 9, 11)
            continue
        # a year said in two digits is the last such year, never one ahead; nothing the
        # text says reaches more than a century back or more than a year and a bit ahead
        assert date(published.year - 100, 1, 1) <= value <= published + timedelta(days=400)
        if found.granularity == "month" and re.search(r"[A-Za-zé] \d\d$", found.text):
            assert value <= published and value.year % 100 == number

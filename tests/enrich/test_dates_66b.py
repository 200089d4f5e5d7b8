"""Terms set by a past act and nights told as over (h-dates66b, t-final66 F7b, F7).

F7b: "voted to close the centre by the end of March" on 5 February 2026 was March 2025,
"past"; a term after "by", "antes de", "até", "entro", "bis" is the nearest such month.
F7: "dans la nuit de lundi à mardi" told in the past on a Monday was that very night,
ending the next day, yet "past"; a night told as over ends on or before the day of writing.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.enrich.dates import find_dates


def _one(text: str, published: date, language: str, key: str) -> tuple[str, str, str]:
    found = [d for d in find_dates(text, published, language=language) if key in d.text]
    assert found, text
    return found[0].value, found[0].until or found[0].value, found[0].tense


@pytest.mark.parametrize(("language", "text", "key"), [
    ("en", "Councillors voted to shut the depot by the end of April.", "April"),
    ("es", "El pleno acordó desalojar el edificio antes de finales de abril.", "abril"),
    ("pt", "O governo decidiu fechar a urgência até ao final de abril.", "abril"),
])
def test_a_term_set_in_the_past_is_the_nearest_month(language: str, text: str,
                                                     key: str) -> None:
    value, until, tense = _one(text, date(2026, 2, 17), language, key)
    assert (value, until) == ("2026-04-21", "2026-04-30")
    assert tense != "past"


def test_a_term_of_a_month_gone_by_stays_past() -> None:
    value, _, tense = _one("The repairs were finished by the end of January.",
                           date(2026, 5, 4), "en", "January")
    assert value == "2026-01-21" and tense == "past"


@pytest.mark.parametrize(("language", "text", "key"), [
    ("fr", "Des voleurs ont dévalisé dans la nuit de mercredi à jeudi une bijouterie.",
     "mercredi"),
    ("it", "I ladri hanno svaligiato nella notte tra mercoledì e giovedì una gioielleria.",
     "mercoledì"),
    ("pt", "Os ladrões assaltaram na noite de quarta para quinta-feira uma ourivesaria.",
     "quarta"),
])
def test_a_night_told_as_over_ends_by_the_day_of_writing(language: str, text: str,
                                                         key: str) -> None:
    published = date(2026, 12, 9)  # a Wednesday
    found = [d for d in find_dates(text, published, language=language)]
    days = sorted({d.value for d in found} | {d.until for d in found if d.until})
    assert days == ["2026-12-02", "2026-12-03"], found
    assert all(d.tense == "past" for d in found)


@given(st.dates(min_value=date(2001, 1, 1), max_value=date(2090, 1, 1)),
       st.sampled_from(["lundi à mardi", "mardi à mercredi", "samedi à dimanche",
                        "dimanche à lundi"]))
def test_a_past_night_never_ends_after_publication(published: date, night: str) -> None:
    for d in find_dates(f"Un incendie a détruit dans la nuit de {night} une grange.",
                        published, language="fr"):
        if d.tense == "past":
            assert (d.until or d.value) <= published.isoformat()

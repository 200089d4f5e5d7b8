"""t-final50b A2: a plan told in the pluperfect that names a day and a month ("avait prévu
de présenter le texte le 18 décembre, mais …", written on 4 December) was put a year back
(18 December 2025): the pluperfect's past sent it to the last 18 December gone by. A plan
seen from a past moment names its own day, on either side of the writing: the nearest.
A plain past event's day-month still goes back ("avait été élu le 18 décembre")."""

from __future__ import annotations

from datetime import date

import pytest

from veille.enrich.dates import find_dates

WRITTEN = date(2026, 12, 4)


@pytest.mark.parametrize(("text", "value"), [
    ("La mairie avait prévu d'inaugurer la médiathèque le 19 décembre, mais le chantier a "
     "pris du retard.", "2026-12-19"),
    ("The board had planned to publish the audit on December 21, but the auditors asked "
     "for more time.", "2026-12-21"),
    ("Les syndicats avaient prévu de manifester le 28 novembre, mais la préfecture a "
     "interdit le défilé.", "2026-11-28"),
    ("Le maire avait été réélu le 21 décembre, au second tour.", "2025-12-21"),
])
def test_a_plans_day_and_month_is_the_nearest(text: str, value: str) -> None:
    [found] = find_dates(text, WRITTEN)
    assert found.value == value, found

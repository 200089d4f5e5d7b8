"""A past participle that is the attribute of a copula or state verb ("resteront fermées
mardi") takes that verb's tense; only an auxiliary in a compound tense makes a past
(newuser6 M2: "resteront fermées mardi par précaution" was the past Tuesday)."""

from __future__ import annotations

from datetime import date

import pytest

from veille.enrich.dates import find_dates

PUBLISHED = date(2026, 11, 30)  # a Monday
NEXT, LAST = "2026-12-01", "2026-11-24"


@pytest.mark.parametrize(("text", "value"), [
    # future copula
    ("Les écoles resteront fermées mardi par précaution, a annoncé le rectorat.", NEXT),
    ("Les musées demeureront fermés mardi par mesure de sécurité.", NEXT),
    ("La route sera bloquée mardi par arrêté préfectoral.", NEXT),
    ("Les crèches ne seront pas rouvertes mardi par prudence.", NEXT),
    # present copula: no past, the nearest Tuesday
    ("Les écoles restent fermées mardi par précaution.", NEXT),
    # compound past of the copula, and the passive with an auxiliary: past
    ("Les écoles sont restées fermées mardi par précaution.", LAST),
    ("La salle est demeurée fermée mardi par précaution.", LAST),
    ("Les écoles ont été fermées mardi par le préfet.", LAST),
    # the participle alone with its agent is still a done act
    ("La fermeture, décidée mardi par le préfet, inquiète les parents.", LAST),
])
def test_copula_gives_its_tense(text: str, value: str) -> None:
    [found] = [d for d in find_dates(text, PUBLISHED) if d.text == "mardi"]
    assert found.value == value

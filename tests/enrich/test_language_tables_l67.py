"""Every table of :mod:`veille.enrich.date_foreign` that is indexed by a language code
(``_COMING[lang.code]``) holds every language the module reads (t-check67 #1: a Catalan
capture with "el pròxim cap de setmana" and a publication date failed in the story stage
with ``KeyError: 'ca'`` and was not stored: ``_COMING`` had no Catalan row, a gap no test
saw because Catalan publication dates were unread before h-dates67). A structural check
over the module's source, and each language's "next weekend" read end to end."""

from __future__ import annotations

import inspect
import re
from datetime import date

import pytest

import veille.enrich.date_foreign as foreign
from veille.enrich.dates import find_dates

INDEXED = re.compile(r"\b(_[A-Z][A-Z_]*)\[(?:lang\.)?code\]")


def test_every_table_indexed_by_a_language_holds_every_language() -> None:
    source = inspect.getsource(foreign)
    names = set(INDEXED.findall(source)) | {"_COMING"}
    # A table read only behind a membership test ("if code in _ELIDED_MONTHS") may be partial.
    guarded = {name for name in names if re.search(rf"\bcode in {name}\b", source)}
    gaps = {name: sorted(set(foreign.LANGUAGES) - set(getattr(foreign, name)))
            for name in names - guarded if isinstance(getattr(foreign, name, None), dict)}
    assert {name: gap for name, gap in gaps.items() if gap} == {}


NEXT_WEEKEND = {"es": "Las obras acabarán el próximo fin de semana, según el Ayuntamiento.",
                "it": "I lavori finiranno il prossimo fine settimana, secondo il Comune.",
                "de": "Die Arbeiten enden am nächsten Wochenende, teilte die Stadt mit.",
                "pt": "As obras terminam no próximo fim de semana, segundo a Câmara.",
                "ca": "Les obres acabaran el pròxim cap de setmana, segons l'Ajuntament."}


@pytest.mark.parametrize("code", foreign.LANGUAGES)
def test_next_weekend_is_read_in_every_language(code: str) -> None:
    text = NEXT_WEEKEND[code]
    found = find_dates(text, date(2026, 12, 7), language=code)  # a Monday
    # "next weekend" is the one after this week's, in every language (h-dates65)
    assert [m.value for m in found] == ["2026-12-19"], (code, found)


def test_the_coming_weekend_in_catalan() -> None:
    found = find_dates("Les obres acabaran el cap de setmana vinent.", date(2026, 12, 7),
                       language="ca")
    assert [m.value for m in found] == ["2026-12-12"]

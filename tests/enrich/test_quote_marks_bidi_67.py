"""A quote holding right-to-left letters is isolated so its marks land where its reader
expects them in a left-to-right line (t-final67 R3: ”الهجوم …“ in the terminal, « … « on
the page): an RTL language's own marks inside a right-to-left isolate, any other
language's marks outside a first-strong isolate; text without RTL letters unchanged."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from veille.bidi import FSI, PDI, RLI, isolated
from veille.enrich.quote_marks import quote_marks, quoted

CONTROLS = str.maketrans("", "", FSI + PDI + RLI)


def test_an_arabic_quote_takes_its_marks_inside_a_right_to_left_isolate() -> None:
    assert quoted("الهجوم يؤكد", "ar") == f"{RLI}”الهجوم يؤكد“{PDI}"
    assert quoted("פיצוץ בנמל", "he-IL").startswith(RLI)


def test_the_pages_marks_stay_outside_an_arabic_mention() -> None:
    assert quoted("يوم الأربعاء", "fr") == f"« {FSI}يوم الأربعاء{PDI} »"
    assert quoted("يوم الأربعاء", "en") == f"“{FSI}يوم الأربعاء{PDI}”"


def test_left_to_right_text_is_left_alone() -> None:
    assert quoted("Le feu a pris vers 4 heures", "fr") == "« Le feu a pris vers 4 heures »"
    assert isolated("Ouest-France") == "Ouest-France"
    assert isolated("الجزيرة") == f"{FSI}الجزيرة{PDI}"


@given(st.text(max_size=40), st.sampled_from(["fr", "en", "de", "ar", "he", "", "fa-IR"]))
def test_only_isolates_are_added(text: str, language: str) -> None:
    opening, closing = quote_marks(language)
    shown = quoted(text, language)
    assert shown.translate(CONTROLS) == f"{opening}{text}{closing}".translate(CONTROLS)
    assert shown.count(PDI) - text.count(PDI) in (0, 1)

"""Wording a user reported: the facet note for a single result said "Parmi le premier
résultat." ("among the first result"), which reads as a slip."""

from __future__ import annotations

import pytest

from veille.web.i18n import load_locales


@pytest.mark.parametrize(("lang", "one", "many"), [
    ("fr", "D’après le seul résultat.", "Parmi les 50 premiers résultats."),
    ("en", "From the only result.", "Among the first 50 results."),
])
def test_the_facet_note_for_one_result(lang: str, one: str, many: str) -> None:
    t = load_locales()[lang]
    assert t.plural("facet_depth_note", 1) == one
    assert t.plural("facet_depth_note", 50) == many

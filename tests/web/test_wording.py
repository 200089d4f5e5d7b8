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


@pytest.mark.parametrize(("lang", "one", "many"), [
    ("fr", "D’après le seul article trouvé.", "D’après les 34 articles trouvés, tous comptés."),
    ("en", "From the only article found.", "From all 34 articles found."),
])
def test_the_facet_note_when_every_match_is_counted(lang: str, one: str, many: str) -> None:
    """t-reader22 R11: "Parmi les 34 premiers résultats" when 34 was every match."""
    t = load_locales()[lang]
    assert t.plural("facet_all_note", 1) == one
    assert t.plural("facet_all_note", 34) == many


@pytest.mark.parametrize(("text", "said"), [
    ("the cursor was not used (x): the list starts again from its first page",
     "Le curseur n'a pas servi (x) : la liste reprend à sa première page"),
    ('source:"x": no article from a source or site of that name',
     'source:"x" : aucun article d\'une source ou d\'un site de ce nom'),
])
def test_a_notice_is_a_sentence(text: str, said: str) -> None:
    """t-reader22 R11: notices started in lower case; a query clause stays as written."""
    assert load_locales()["fr"].sentence(text).startswith(said.split(" :")[0].split(" (")[0])

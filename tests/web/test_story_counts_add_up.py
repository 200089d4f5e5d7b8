"""Regression (t-reader22 R5): a story's counts did not add up, "3 sources, dont 3
indépendantes, 1 reprise": a source with an article of its own *and* a reprint was counted
as independent, and its reprint again. The counts now say the sources (those with an
article of their own, those that only copy), then the copies in addition, in French and
English with real plurals; the story page, the stories list and ``veille stories`` say the
same (``Translator.story_counts``)."""

from __future__ import annotations

import pytest

from veille.web.i18n import load_locales


@pytest.mark.parametrize(("args", "fr", "en"), [
    ((3, 3, 1, 1), "3 sources, chacune avec un article propre ; en plus : 1 reprise, 1 extrait",
     "3 sources, each with its own article; plus 1 reprint, 1 excerpt"),
    ((1, 1, 0), "1 source, avec un article propre", "1 source, with its own article"),
    ((3, 1, 2), "3 sources : 1 avec un article propre, 2 qui ne font que reprendre ; "
                "en plus : 2 reprises",
     "3 sources: 1 with its own article, 2 only copying; plus 2 reprints"),
    ((2, 1, 1, 0, 0, 1), "2 sources : 1 avec un article propre, 1 qui ne fait que reprendre "
                         "; en plus : 1 reprise · 1 article sans source",
     "2 sources: 1 with its own article, 1 only copying; plus 1 reprint · "
     "1 article without a source"),
])
def test_story_counts_add_up(args: tuple[int, ...], fr: str, en: str) -> None:
    locales = load_locales()
    assert locales["fr"].story_counts(*args) == fr
    assert locales["en"].story_counts(*args) == en
    for text in (fr, en):
        assert "indépendantes" not in text and "independent" not in text

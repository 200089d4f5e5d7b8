"""Regression (t-reader22 R5, t-final22 F16): a story's counts did not add up, "3 sources,
dont 3 indépendantes, 1 reprise": a source with an article of its own *and* a reprint was
counted as independent, and its reprint again. Then "3 sources : 1 avec un article propre, 2
qui ne font que reprendre ; en plus : 1 reprise, 1 extrait" read as five things where the
story had three articles: the copies are among the articles, not in addition. The counts now
say the articles once, with the copies among them, then the sources (those with an article
of their own, those that only copy), in French and English with real plurals and each
language's list form; the story page, the stories list and ``veille stories`` say the same
(``Translator.story_counts``)."""

from __future__ import annotations

import pytest

from veille.web.i18n import load_locales


@pytest.mark.parametrize(("args", "fr", "en"), [
    ((3, 1, 1, 1, 0, 0, 3),
     "3 articles, dont 1 reprise et 1 extrait ; 3 sources : 1 avec un article propre, 2 qui "
     "ne font que reprendre",
     "3 articles, including 1 reprint and 1 teaser; 3 sources: 1 with its own article, 2 "
     "only copying"),
    ((3, 3, 1, 1, 0, 0, 5),
     "5 articles, dont 1 reprise et 1 extrait ; 3 sources, chacune avec un article propre",
     "5 articles, including 1 reprint and 1 teaser; 3 sources, each with its own article"),
    ((1, 1, 0, 0, 0, 0, 1), "1 article ; 1 source, avec un article propre",
     "1 article; 1 source, with its own article"),
    ((3, 1, 2, 0, 0, 0, 3),
     "3 articles, dont 2 reprises ; 3 sources : 1 avec un article propre, 2 qui ne font que "
     "reprendre",
     "3 articles, including 2 reprints; 3 sources: 1 with its own article, 2 only copying"),
    ((2, 1, 1, 0, 0, 1, 3),
     "3 articles, dont 1 reprise ; 2 sources : 1 avec un article propre, 1 qui ne fait que "
     "reprendre · 1 article sans source",
     "3 articles, including 1 reprint; 2 sources: 1 with its own article, 1 only copying · "
     "1 article without a source"),
    ((2, 1, 1, 1, 1, 0, 4),
     "4 articles, dont 1 reprise, 1 extrait et 1 republication par la même source ; 2 "
     "sources : 1 avec un article propre, 1 qui ne fait que reprendre",
     "4 articles, including 1 reprint, 1 teaser, and 1 republication by the same source; 2 "
     "sources: 1 with its own article, 1 only copying"),
    # t-final24 S9: a capture's story, no source at all: "0 sources, each with its own
    # article · 1 article without a source" said one article twice, once as nothing
    ((0, 0, 0, 0, 0, 1, 1), "1 article sans source", "1 article without a source"),
    ((0, 0, 1, 0, 0, 2, 2), "2 articles sans source, dont 1 reprise",
     "2 articles without a source, including 1 reprint"),
])
def test_story_counts_add_up(args: tuple[int, ...], fr: str, en: str) -> None:
    locales = load_locales()
    assert locales["fr"].story_counts(*args) == fr
    assert locales["en"].story_counts(*args) == en
    for text in (fr, en):
        assert "indépendantes" not in text and "independent" not in text
        assert "en plus" not in text and "plus " not in text

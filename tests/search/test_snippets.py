"""Snippets (issue 14): one passage per distinct place in the text, never joined across
paragraphs, never repeated; the lead repeated as the first paragraph is one text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.index.query import parse_query, positive_terms
from veille.search.highlight import Highlighter, distinct_paragraphs


def _analyze(text: str, _language: str) -> list[str]:
    return [text.lower()]


def _highlighter(query: str) -> Highlighter:
    return Highlighter(positive_terms(parse_query(query).node), _analyze)


def _plain(snippet: str) -> str:
    return re.sub(r"</?mark>", "", snippet).removeprefix("… ").removesuffix(" …")


def test_lead_repeated_as_first_paragraph_gives_one_snippet() -> None:
    lead = "Le cyclone a touché Haïti dans la nuit, selon les secours."
    body = "\n\n".join([lead, lead, "Un autre paragraphe sans le mot."])
    snippets = _highlighter("cyclone").snippets(body, "fr")
    assert len(snippets) == 1 and "<mark>cyclone</mark>" in snippets[0]


def test_passages_never_join_two_paragraphs() -> None:
    first = "Premier paragraphe court où parle le ministre."
    second = "Second paragraphe où le ministre répond encore."
    snippets = _highlighter("ministre").snippets(f"{first}\n\n{second}", "fr")
    assert [_plain(s) for s in snippets] == [first, second]


def test_distinct_paragraphs_drop_repeats_and_contained_ones() -> None:
    text = "Alpha beta gamma.\n\nAlpha beta gamma.\n\nAlpha beta gamma delta.\n\nOther."
    spans = distinct_paragraphs(text)
    assert [text[a:b] for a, b in spans] == ["Alpha beta gamma delta.", "Other."]


_WORDS = st.sampled_from(["mot", "ministre", "Haïti", "le", "la", "cyclone", "pluie",
                          "secours", "nuit", "de", "État"])
_PARAGRAPH = st.lists(_WORDS, min_size=1, max_size=80).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PARAGRAPH, min_size=1, max_size=6), st.sampled_from(["cyclone", "ministre"]))
def test_every_snippet_is_a_passage_of_one_paragraph(paragraphs: list[str], q: str) -> None:
    snippets = _highlighter(q).snippets("\n\n".join(paragraphs), "fr")
    assert len(snippets) == len(set(snippets))
    for snippet in snippets:
        assert any(_plain(snippet) in p for p in paragraphs), snippet

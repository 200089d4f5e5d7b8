"""The sentence-break pattern opens with the space it consumes (issue #13): the same breaks
as the pattern it replaced, whose look-behind ``re`` tried at every character."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.enrich.text import _SENTENCE_END, sentences

_REFERENCE = re.compile(r"(?<=[.!?…»\"”])\s+(?=[«\"“A-ZÀ-ÖØ-Þ0-9])|\n+")
"""The pattern before issue #13's rewrite: a stop, spaces, a capital or a digit; or line
breaks."""

PIECES = st.sampled_from([".", "!", "?", "…", "»", '"', "”", "«", "“", " ", "  ", "\n",
                          "\n\n", "\t", "\u00a0", "\u2009", "\r", "A", "É", "Z", "0", "9",
                          "a", "é", "M.", "Mme.", "J.-C.", "etc.", "x", ",", "'"])
TEXTS = st.lists(PIECES, max_size=40).map("".join)


@settings(max_examples=1000, deadline=None)
@given(text=TEXTS)
def test_the_same_breaks_as_the_reference(text: str) -> None:
    assert [m.span() for m in _SENTENCE_END.finditer(text)] == \
        [m.span() for m in _REFERENCE.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=80))
def test_the_same_breaks_on_any_text(text: str) -> None:
    assert [m.span() for m in _SENTENCE_END.finditer(text)] == \
        [m.span() for m in _REFERENCE.finditer(text)]


def test_sentences_split_at_stops_and_line_breaks() -> None:
    text = "Le maire a parlé. M. Dupont a répondu !\n\nLa séance « Budget » a suivi. 3 votes."
    assert [s.text for s in sentences(text)] == [
        "Le maire a parlé.", "M. Dupont a répondu !", "La séance « Budget » a suivi.",
        "3 votes."]

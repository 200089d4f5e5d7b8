"""A heading made of a kicker and a headline in separate elements reads as words apart
(newuser9 R30)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from veille.extract.html.parse import parse_html
from veille.extract.html.walk import walk_body

_WORD = st.text(alphabet="abcdefghÉé", min_size=1, max_size=8)


def _heading_block(markup: str) -> str:
    tree, _ = parse_html(f"<html><body>{markup}</body></html>")
    assert tree.body is not None
    return next(b.text for b in walk_body(tree.body).blocks if b.kind == "h")


def test_kicker_and_headline_spans_are_apart() -> None:
    text = _heading_block("<h2><span>Grève à Nantes</span><span>Les bus restent au dépôt"
                          "</span></h2>")
    assert text == "Grève à Nantes Les bus restent au dépôt"


def test_inline_emphasis_inside_a_sentence_is_unchanged() -> None:
    assert _heading_block("<h2>Le <em>grand</em> retour</h2>") == "Le grand retour"


@given(st.lists(_WORD, min_size=2, max_size=4))
def test_every_element_part_is_its_own_word(words: list[str]) -> None:
    markup = "<h3>" + "".join(f"<span>{w}</span>" for w in words) + "</h3>"
    assert _heading_block(markup).split() == words

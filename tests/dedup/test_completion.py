"""What continues a text cut short (:mod:`veille.dedup.completion`) and what a cut body
looks like (:func:`veille.collect.fetch.open_document`): newuser13b M13."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from veille.collect.fetch import open_document
from veille.dedup.completion import continues

WORDS = st.text(alphabet="abcdéf ", min_size=1, max_size=40).map(str.strip).filter(bool)


@given(st.lists(WORDS, min_size=1, max_size=6), st.integers(0, 5), st.integers(0, 80))
def test_any_cut_of_a_text_is_continued_by_the_text(paragraphs: list[str], at: int,
                                                    chars: int) -> None:
    """Cut after any paragraph, inside it at any character: the whole text continues it
    (unless the cut left nothing, or all of it)."""
    at = min(at, len(paragraphs) - 1)
    cut = [*paragraphs[:at], paragraphs[at][:chars].strip()]
    if not cut[-1]:
        cut = cut[:-1]
    if cut and cut != paragraphs:
        assert continues(cut, paragraphs)


@given(st.lists(WORDS, min_size=1, max_size=6), st.lists(WORDS, min_size=1, max_size=6))
def test_nothing_continues_a_text_it_does_not_repeat(stored: list[str], new: list[str]) -> None:
    if continues(stored, new):
        assert stored[:-1] == new[:len(stored) - 1] and len(new) >= len(stored)


def test_a_changed_or_shorter_text_does_not_continue() -> None:
    assert not continues(["Un.", "Deux trois."], ["Un.", "Deux quatre.", "Cinq."])
    assert not continues(["Un.", "Deux."], ["Un."])
    assert not continues(["Un.", "Deux."], ["Un.", "Deux."])  # nothing more
    assert not continues([], ["Un."])
    assert continues(["Un.", "Le Quai d'Or"], ["Un.", "Le Quai d'Orsay a condamné.", "X."])
    assert continues(["Un.", "Le Quai d&eac"], ["Un.", "Le Quai d'Orsay.", "X."])  # a cut word


def test_an_open_document_is_one_never_closed() -> None:
    assert open_document(b"<!doctype html><html><body><article><p>Un.</p><p>De")
    assert not open_document(b"<html><body><p>Un.</p></body></html>\n<!-- cache -->\n")
    assert not open_document(b"<html><body><p>Un.</p></body>\n")
    assert not open_document(b"<HTML><BODY><p>Un.</p></BODY ></HTML>")
    assert not open_document(b"<p>a fragment, no document</p>")

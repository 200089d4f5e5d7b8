"""Regression (t-reader22 R11): a title "U+202E Titre inversé U+202C et …" kept its closing
U+202C once the override U+202E was dropped: unbalanced bidi controls are dropped now, and
balanced ones (right-to-left text uses them) kept. Property: the result is always balanced."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from veille.record import balanced_bidi, strip_controls

LRE, RLE, PDF, RLO, LRI, RLI, FSI, PDI = ("\u202a", "\u202b", "\u202c", "\u202e", "\u2066",
                                          "\u2067", "\u2068", "\u2069")


def test_a_closer_left_by_a_dropped_override_goes() -> None:
    assert strip_controls(f"{RLO}Titre inversé{PDF} et suite") == "Titre inversé et suite"


def test_balanced_controls_stay() -> None:
    for text in (f"a {RLE}שלום{PDF} b", f"a {RLI}שלום{PDI} b", f"{LRI}x {RLE}y{PDF}{PDI}",
                 f"{FSI}x{PDI}\n{LRE}y{PDF}"):
        assert strip_controls(text) == text


def test_unbalanced_ones_go() -> None:
    assert balanced_bidi(f"a{PDI}b{RLE}c") == "abc"
    assert balanced_bidi(f"{RLI}a{PDF}b{PDI}") == f"{RLI}ab{PDI}"
    assert balanced_bidi(f"{RLI}a{RLE}b{PDI}") == f"{RLI}ab{PDI}"
    assert balanced_bidi(f"{RLE}a\nb{PDF}") == "a\nb"  # a line closes every run


def _balanced(text: str) -> bool:
    for line in text.split("\n"):
        stack: list[str] = []
        for c in line:
            if c in (LRE, RLE, LRI, RLI, FSI):
                stack.append(c)
            elif c == PDF:
                if not stack or stack.pop() not in (LRE, RLE):
                    return False
            elif c == PDI:
                if not stack or stack.pop() not in (LRI, RLI, FSI):
                    return False
        if stack:
            return False
    return True


@given(st.text(alphabet=st.sampled_from([LRE, RLE, PDF, RLO, LRI, RLI, FSI, PDI, "a", "\n"]),
               max_size=40))
def test_what_is_kept_is_balanced(text: str) -> None:
    found = strip_controls(text)
    assert _balanced(found), repr(found)
    assert strip_controls(found) == found

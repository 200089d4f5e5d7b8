"""The one rule every door shows a missing headline by (t-final29 U4): the first words of
the lead, else of the first paragraph, cut at a word with "…" (veille.display_title).
Property tests of the cut, and its cases."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from veille.display_title import (
    ELLIPSIS,
    OPENING_CHARS,
    opening_words,
    plain_title,
    shown_title,
    untitled_text,
)

WORDS = st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Zs", "Cc")),
                         min_size=1, max_size=20), max_size=40)


@given(WORDS, st.sampled_from([" ", "  ", "\n", "\t "]))
def test_the_words_are_the_texts_own_cut_at_a_word(words: list[str], gap: str) -> None:
    text = gap.join(words)
    shown = opening_words(text)
    whole = " ".join(text.split())
    assert len(shown) <= OPENING_CHARS + 1
    if len(whole) <= OPENING_CHARS:
        assert shown == whole
        return
    assert shown.endswith(ELLIPSIS)
    kept = shown[:-1]
    assert whole.startswith(kept)
    # cut at a word boundary (before a space or the punctuation dropped before "…"),
    # unless the first word alone is longer than the limit
    if " " in whole[:OPENING_CHARS + 1]:
        assert whole[len(kept)] in " ,;:–—-(«\"'"
    assert opening_words(shown) == shown  # cut once: the store's words are kept as given


def test_a_long_first_word_is_cut_inside_itself() -> None:
    assert opening_words("x" * 200) == "x" * OPENING_CHARS + ELLIPSIS


def test_a_headline_is_shown_as_is_and_marked_a_headline() -> None:
    assert shown_title("  Rugby :\n Chalon s'impose ", "Le RC Chalon…").text == \
        "Rugby : Chalon s'impose"
    assert shown_title("Rugby", "lead").headline


def test_no_headline_gives_the_lead_then_the_first_paragraph() -> None:
    assert shown_title("", "Le chapeau.", ["Premier."]) == shown_title(" ", "Le chapeau.")
    assert not shown_title("", "Le chapeau.").headline
    assert untitled_text("", "  ", ["", " Premier  paragraphe. "]) == "Premier paragraphe."
    assert untitled_text("Un titre", "Le chapeau.") == ""
    assert shown_title("", "", []).text == ""


def test_the_plain_form_puts_the_mark_before_the_words() -> None:
    assert plain_title("", "(sans titre)", "La RD 906 est coupée.") == \
        "(sans titre) La RD 906 est coupée."
    assert plain_title("", "(untitled)") == "(untitled)"
    assert plain_title("Titre", "(untitled)", "x") == "Titre"

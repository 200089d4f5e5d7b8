"""The per-code-point fold tables (``veille.dedup.fold_table``) against the definition.

Folding a text through the tables must give the words steps 2 and 3 of the signature
definition give (NFKD of the whole text, lowercase, ``œ``/``æ`` spelt out, marks removed,
runs of ``\\w``), with the paragraph separators between the same words; a text the tables
cannot fold character by character must say so (``None``) and be folded the plain way.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st

from veille.dedup import fold_table
from veille.dedup import signature as sig


def reference_tokens(text: str) -> list[str]:
    """The definition's words, with a "|" for each separator (NUL) between them."""
    text = unicodedata.normalize("NFKD", text).lower().replace("œ", "oe").replace("æ", "ae")
    text = "".join(c for c in text
                   if not any(lo <= ord(c) <= hi for lo, hi in sig.COMBINING_RANGES))
    return re.findall(r"\w+|\x00", text.replace("\x00", " \x00 "))


def table_tokens(text: str) -> list[str] | None:
    got = sig._table_points(text)
    if got is None:
        return None
    points, classes = got
    tokens: list[str] = []
    word: list[str] = []
    for code, cls in zip(points.tolist(), classes.tolist(), strict=True):
        if cls == 1:
            word.append(chr(code))
            continue
        if word:
            tokens.append("".join(word))
            word = []
        if code == 0:
            tokens.append("\x00")
    if word:
        tokens.append("".join(word))
    return tokens


def test_every_code_point_the_tables_fold_folds_as_the_definition() -> None:
    unsafe = 0
    for code in range(fold_table.LIMIT):
        c = chr(code)
        text = f"a{c}b {c}x\x00y {c} z{c}"
        got = table_tokens(text)
        if got is None:
            unsafe += 1
            continue
        assert got == reference_tokens(text), hex(code)
    assert unsafe < 3000  # surrogates (2,048) and a few hundred others


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    "a", "É", "é", "e\u0301", "\u0301", "œ", "Œ", "æ", "ĳ", "ﬁ", "½", "…", "’", " ", "\x00", "-",
    "ß", "İ", "ǅ", "ς", "ª", "²", "_", "\u00a0", "\u202f", "1", "ŉ", "\u0345", "ω",
    "\u05b0", "Σ", "中", "𝐀", "\ud800"]), max_size=40).map("".join))
@example("Le cœur de l’Œuvre… à ½ prix\x00— É\u0301té")
@example("\u0301\u0301")
def test_texts_mixing_them_fold_as_the_definition(text: str) -> None:
    got = table_tokens(text)
    if got is None:  # a character that must be folded in context: the plain way
        assert any(c in text for c in "Σ\u05b0中𝐀\ud800ﬁ"), ascii(text)
        return
    assert got == reference_tokens(text)


def test_what_needs_its_context_is_left_to_the_plain_fold() -> None:
    for text in ("ΟΔΟΣ", "a\u05b0b", "中文", "𝐀", "\ud800", "\u3000"):
        assert sig._table_points(text) is None, text
    assert sig._table_points("Le cœur… de l’État") is not None


def test_the_tables_give_the_signature_of_the_plain_fold() -> None:
    paragraphs = ["Le cœur de la manœuvre : l’État a annoncé mardi une réforme… à ½ prix.",
                  "Ex\u0301cepte\u0301 ĳsel ÆGIS, Ǆemal et ŉ — la dépêche de l’agence."]
    text = sig._SEPARATOR.join(sig.counted(paragraphs))
    table = sig._table_points(text)
    assert table is not None
    plain = sig._code_points(sig._folded(text))
    words = [np.asarray(p)[np.asarray(c) == 1].tolist() for p, c in (table, plain)]
    assert words[0] == words[1]

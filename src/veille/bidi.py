"""Isolating right-to-left text inside a line written the other way (UAX #9, isolates).

A name or a quote written right to left (Arabic, Hebrew...) placed in a French or English
line reorders what is around it unless it is isolated: "الجزيرة 1 article" read
"1 الجزيرة article", the closing mark of « يوم الأربعاء » was drawn as « (t-final67 R3).
In plain text (the terminal, a message filled with a name) the isolate is a pair of
Unicode controls: FIRST STRONG ISOLATE (U+2068) … POP DIRECTIONAL ISOLATE (U+2069), which
gives the text its own direction by its first strong letter, like ``<bdi>`` in HTML
(Unicode Standard Annex #9, §2.4 "Explicit Directional Isolates"; W3C, *Inline markup
and bidirectional text in HTML*).
"""

from __future__ import annotations

import unicodedata

FSI = "\u2068"
"""FIRST STRONG ISOLATE: opens an isolate whose direction is its first strong letter's."""
RLI = "\u2067"
"""RIGHT-TO-LEFT ISOLATE: opens an isolate written right to left whatever its letters."""
PDI = "\u2069"
"""POP DIRECTIONAL ISOLATE: closes the isolate :data:`FSI` opened."""

RTL_LANGUAGES = frozenset((
    "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "nqo", "ps", "sd", "syr", "ug",
    "ur", "yi"))
"""Languages written right to left: the CLDR locales whose ``characterOrder`` is
``right-to-left`` (ar, ckb, dv, fa, he, ks, nqo, ps, sd, syr, ug, ur, yi), Aramaic (arc)
and the withdrawn codes still seen in feeds (iw for he, ji for yi)."""

_RIGHT_TO_LEFT = frozenset(("R", "AL"))
"""The bidi classes of letters written right to left (Hebrew R, Arabic letters AL)."""


def has_right_to_left(text: str) -> bool:
    """Whether ``text`` holds a letter written right to left (bidi class R or AL)."""
    return any(unicodedata.bidirectional(c) in _RIGHT_TO_LEFT for c in text)


def isolated(text: str) -> str:
    """``text`` between FSI and PDI when it holds right-to-left letters, so that it
    never reorders the line around it; any other text as it is (a Latin name needs no
    isolate, and no invisible characters are added to what does not need them)."""
    if not text or not has_right_to_left(text) or text.startswith(FSI):
        return text
    return f"{FSI}{text}{PDI}"


def is_right_to_left_language(language: object) -> bool:
    """Whether the language tag ``language`` (``ar``, ``ar-EG``, ``fa_IR``) is one of
    :data:`RTL_LANGUAGES`; False for anything else, an empty tag or not a string."""
    if not isinstance(language, str) or not language.strip():
        return False
    return language.strip().lower().replace("_", "-").split("-", 1)[0] in RTL_LANGUAGES

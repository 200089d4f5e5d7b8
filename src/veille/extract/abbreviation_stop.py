"""A full stop that closes an abbreviation, not a sentence ("30 janv.", "until Sept.", "etc.").

A text capture tells a headline from a paragraph by its final full stop: a headline has
none (:func:`~veille.extract.textshape.title_score`, :func:`~veille.extract.textshape.
is_prose`). A headline that ends on an abbreviation ("Budget : le gouvernement prolonge
les crédits jusqu'au 30 janv.") carries the abbreviation's stop, and was taken for a
sentence of prose: it left the headline search, and the outlet's masthead above it became
the headline (t-final52 A4). Likewise a title inside a line ("M. Macron", "Dr. Smith") is
no sentence's end.

:func:`abbreviated_line` says whether a line's final stop, and every stop inside it, is an
abbreviation's: the month abbreviations of CLDR's abbreviated month names (the forms
:mod:`veille.extract.cldr_months` reads, fr, en, de, es, it, pt), the titles before a name
and "etc." in the same languages. A month abbreviation that is also a word ("may", "set",
"out", "ago", "mar") counts only after a day's number ("le 3 mai." is a date, "walk out."
a sentence).
"""

from __future__ import annotations

import re

__all__ = ["ABBREVIATED_LINE_WORDS", "abbreviated_line", "abbreviation_before"]

#: Words of a line, at most, whose final abbreviation's stop leaves it unended: a headline's
#: length. A longer paragraph ending on "etc." ends a sentence too.
ABBREVIATED_LINE_WORDS = 16

#: CLDR's abbreviated month names without their stop (fr, en, de, es, it, pt).
MONTHS = frozenset("""janv févr fevr avr juil sept oct nov déc dec
    jan feb mar apr aug sep
    okt dez
    ene abr ago dic
    gen genn feb febbr mag giu lug ott
    fev out""".split())
#: ... which are words too: they count only after a day's number.
WORD_MONTHS = frozenset("mar may set out ago des mag gen mai".split())
#: Titles before a name and Latin or usual abbreviations, folded to lower case, without
#: their stop (fr, en, de, es, it).
TITLES = frozenset("""m mm mme mmes mlle mgr dr pr prof me st ste mr mrs ms jr sr
    sra srta dña sig sigg dott avv ing hr""".split())
#: ... which count written with a capital only ("M. Macron", not the "m." of "p.m.").
#: Other usual abbreviations, in any case.
OTHERS = frozenset("etc usw bzw ecc vs cf ca".split())

_LAST = re.compile(r"(?:(\d{1,2})(?:er|º|\.)?\s+)?(?<![.\w])([^\W\d_]+)\.[\"'»”’)\]]*\s*$")
_INNER = re.compile(r"([^\W_]+)[.!?…][\"»”’)]?\s+[\"«“‘(]?([A-ZÀ-ÖØ-Þ0-9][^\W_]*)")


def abbreviation_before(word: str, after_number: bool = False) -> bool:
    """Whether ``word`` (the letters right before a full stop) is an abbreviation of
    :data:`OTHERS`, :data:`TITLES` (capitalised) or :data:`MONTHS` (a word-month only
    ``after_number``)."""
    key = word.casefold()
    if key in OTHERS:
        return True
    if key in TITLES:
        return word[:1].isupper()
    if key in WORD_MONTHS:
        return after_number
    return key in MONTHS


def abbreviated_line(text: str) -> bool:
    """Whether ``text`` is a line of at most :data:`ABBREVIATED_LINE_WORDS` words that ends
    on an abbreviation's full stop, every other stop in it an abbreviation's too
    ("Grève : le préavis prolongé jusqu'au 15 févr.", "Nantes : vélos, scooters, etc."): no
    sentence ends in it. False for a line ending otherwise, or holding a sentence's end."""
    stripped = text.rstrip()
    if not stripped.endswith((".", ".»", ".”", ".)", ".'", '."')) or stripped.endswith(".."):
        return False
    if len(stripped.split()) > ABBREVIATED_LINE_WORDS:
        return False
    last = _LAST.search(stripped)
    if last is None or not abbreviation_before(last.group(2), last.group(1) is not None):
        return False
    for inner in _INNER.finditer(stripped):
        stop = stripped[inner.end(1)]
        if stop != ".":
            return False
        word = inner.group(1)
        if word.isdigit() and len(word) <= 2 and inner.group(2).casefold() in MONTHS:
            continue  # a day's ordinal before its month ("12. Okt.", German)
        if not abbreviation_before(word):
            return False
    return True

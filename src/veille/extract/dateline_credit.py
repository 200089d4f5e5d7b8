"""An agency credited at the start or the end of a date line: "14/03/2026 - 10:15 - EFE",
"22 avril 2026 à 08h40 (AFP)", "ANSA - 22/04/2026 08:40", "EFE/ Alzira | 22 abr. 2026",
"Valencia, 14 mar (EFE).-" (a dispatch's dateline alone on its line), "(AFP) 22/04/2026
09:12".

A byline names its agency and :func:`~veille.extract.bylines.split_byline` reads it; a
date line closed or opened by one was read for its date only, so the copy's
``evidence["credit"]`` stayed empty and the copy was said a "reprint of" another outlet's
instead of the agency's copy (t-final66 F6, h-copies66b "still wrong" 1: El Periòdic's
"14/03/2026 - 10:15 - EFE"; h-copies67).

The agency is one of veille's table (:mod:`veille.extract.agencies`) as written ("AFP",
"EFE", "dpa", "Europa Press"; a strict form such as "TT" or "MAP" only in parentheses), set
off by a separator (a dash, a bar, a slash, a middle dot, a comma) or parentheses, and
what is left of the line must be a date line (:func:`~veille.extract.textshape.is_dateline`):
"22/04/2026 - 08:40 - Comarcas" credits nothing. No I/O."""

from __future__ import annotations

from datetime import UTC, datetime

from veille.extract import textshape as ts
from veille.extract.agencies import agency_named, folded_words, names_pattern, written_pattern
from veille.extract.datelines import opening_of
from veille.lazy_re import lazy_compile

#: A date line is short: a longer line is text, and is not read.
MAX_LINE_CHARS = 160

_SEP = r"[|/·•–—,-]"
#: An agency's name closing the line after a separator or in parentheses, with the
#: punctuation a dispatch's dateline ends with ("(EFE).-", "(AFP) -").
_TRAILING = lazy_compile(
    rf"(?:\s*{_SEP}\s*(?P<name>{written_pattern()})|\s*\((?P<paren>{names_pattern()})\))"
    r"\s*[.:\-–—]*\s*$")
#: An agency's name opening the line before a separator, or in parentheses.
_LEADING = lazy_compile(
    rf"^\s*(?:(?P<name>{written_pattern()})\s*{_SEP}|\((?P<paren>{names_pattern()})\)"
    rf"\s*{_SEP}?)\s*")


def dateline_credits(line: str) -> list[str]:
    """The agencies credited at the start or end of the date line ``line``, as written
    (several when both ends name one: "AFP - 22/04/2026 - dpa"); [] when the line names
    none there, is longer than :data:`MAX_LINE_CHARS`, or is no date line once they are
    set aside. A name in parentheses may be any form of the table, a strict one as
    written ("(TT)"); elsewhere the non-strict forms as written only ("- Ap" is none)."""
    text = " ".join(line.split())
    if not text or len(text) > MAX_LINE_CHARS or folded_words().isdisjoint(
            w.lower() for w in _words(text)):
        return []
    alone = _dispatch_dateline(text)
    if alone:
        return [alone]
    found: list[str] = []
    for pattern in (_LEADING, _TRAILING):
        match = pattern.search(text)
        if match is None:
            continue
        name = match.group("name") or match.group("paren")
        if agency_named(name) is None:
            continue
        found.append(name)
        text = (text[match.end():] if pattern is _LEADING else text[:match.start()]).strip()
    if not found or not text or not ts.is_dateline(text):
        return []
    return list(dict.fromkeys(found))


#: A word after a dateline alone on its line, so that it reads as the dispatch's opening.
_PROBE = "Text"
_ANY_TIME = datetime(2000, 1, 1, tzinfo=UTC)  # the date is not read for the credit


def _dispatch_dateline(text: str) -> str:
    """The agency of a dispatch's dateline printed alone on its line ("Valencia, 14 mar
    (EFE).-", "Berlin (dpa) -"), read as the paragraph it opens would be
    (:func:`~veille.extract.datelines.opening_of`); "" when the line is not wholly one."""
    found = opening_of(f"{text} {_PROBE}", zone=UTC, now=_ANY_TIME)
    if found is None or found.end < len(text) or not found.credit:
        return ""
    agency = agency_named(found.credit)  # as written: "- ap" credits no AP
    return found.credit if agency is not None and (
        found.credit in agency.forms or found.credit in agency.strict) else ""


def _words(text: str) -> list[str]:
    return "".join(c if c.isalnum() else " " for c in text).split()

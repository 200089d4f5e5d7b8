"""The agency credited at the end of an article's text: "… transmis au Sénat. (avec AFP)".

A paper that runs or rewrites an agency's dispatch says so where the text ends, in its
last paragraph or on a line of its own: "(avec AFP)", "(AFP)", "(Belga)", "avec Reuters",
"— AFP", "Source : AFP", "ats/jpr". That credit is the one statement a copy makes about
whose text it is, and deduplication reads it when the times cannot tell which copy came
first (``dedup/credit_order.py``, docs/dedup.md). Before, only a credit standing alone on a
line after an HTML page's or a capture's text was read
(:func:`veille.extract.bylines.closing_signatures`); one closing the last sentence, and any
in a declared text (a JSON record, a wire item's body), was not: ``evidence.credit`` stayed
empty and the agency's own dispatch became the "reprint" of the paper that credited it
(t-reader21 R3).

Read for every extractor (:class:`veille.extract.stage.ExtractStage`), on the text as
extracted; the credit stays in the text (it is what the page printed), and is added to
``evidence["credit"]`` beside the credits other parts of the page gave (a byline's "Le
Monde avec AFP", an opening dateline's "(Belga)").

What counts as a credit is :func:`~veille.extract.bylines.credit_line`'s and
:func:`~veille.extract.bylines.signature_credit`'s rule (the agencies of
``extract/data/news_agencies.tsv``, strict forms such as "TT" only in parentheses): a
parenthesis naming someone else ("(avec Damien Leloup)", "(photo)") is no credit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from veille.extract.bylines import CONTRIBUTION_PHRASES, closing_signatures, credit_line

__all__ = ["TAIL_CHARS", "add_credits", "closing_credit", "inner_credits", "trailing_credit",
           "without_credit"]

#: Characters at the end of the last paragraph where a closing credit is looked for: the
#: longest credit line (120 characters, :func:`~veille.extract.bylines.credit_line`) and
#: the sentence end before it.
TAIL_CHARS = 160

#: A parenthesis closing the text ("… au Sénat. (avec AFP)", "… au Sénat (AFP).").
_PAREN = re.compile(r"\((?P<inner>[^()]{1,120})\)\s*\.?\s*$")
#: A dash and the names after it ("… au Sénat. — AFP", "… au Sénat – Reuters"): an en or em
#: dash anywhere, a hyphen only after a sentence's end (it joins words elsewhere).
_DASH = re.compile(r"(?:[—–]|(?:^|(?<=[.!?…»”\"]))\s*-)\s*(?P<names>[^—–()]{1,120}?)\s*\.?\s*$")
#: The words after the last sentence's end ("… au Sénat. Avec AFP", "… Source : AFP.").
_AFTER_SENTENCE = re.compile(r"[.!?…»”\"]\s+(?P<tail>[^.!?…»”\"]{1,120}?)\s*\.?\s*$")


def closing_credit(paragraph: str) -> tuple[int, list[str]]:
    """(where the credit closing ``paragraph`` starts, its agencies in the table's
    spelling), or ``(-1, [])`` when none closes it: the whole paragraph when it is only a
    credit ("Avec AFP", "(ats)", "Source : AFP"), else a parenthesis ("(avec AFP)"), a
    dash and names ("— AFP"), or the words after its last sentence ("Avec Reuters"). Only
    the last :data:`TAIL_CHARS` characters are read."""
    bare = paragraph.rstrip()
    if not bare.strip():
        return -1, []
    whole = closing_signatures([bare])
    if whole:
        return len(bare) - len(bare.lstrip()), whole
    offset = max(0, len(bare) - TAIL_CHARS)
    tail = bare[offset:]
    paren = _PAREN.search(tail)
    if paren is not None:
        # "(avec AFP)": the credit line's own forms, in or out of its parentheses.
        found = closing_signatures([f"({paren.group('inner')})"])
        if found:
            return offset + paren.start(), found
    dash = _DASH.search(tail)
    if dash is not None:
        found = credit_line(dash.group("names"))
        if found:
            return offset + dash.start(), found
    after = _AFTER_SENTENCE.search(tail)
    if after is not None:
        found = closing_signatures([after.group("tail")])
        if found:
            return offset + after.start("tail"), found
    return -1, []


def trailing_credit(paragraphs: Sequence[str]) -> list[str]:
    """The agencies credited where ``paragraphs`` (an article's text) ends, in the table's
    spelling (``["AFP"]``, ``["AFP", "Reuters"]``), or ``[]``: the credit closing its last
    paragraph that holds text (:func:`closing_credit`)."""
    last = next((p for p in reversed(paragraphs) if p.strip()), "")
    return closing_credit(last)[1]


#: A credit that says the agency's text went into the paper's ("avec AFP", "with Reuters",
#: "Con información de EFE", "Mit Material von dpa"), in parentheses or not.
_CONTRIBUTION = re.compile(rf"^[(\s—–-]*(?:avec|with|mit|con|{CONTRIBUTION_PHRASES})\s",
                           re.IGNORECASE)


def inner_credits(paragraphs: Sequence[str]) -> list[str]:
    """The agencies credited at the end of a paragraph of ``paragraphs`` that is not the
    last one holding text, in the table's spelling: a paper that merged a dispatch into its
    own text credits it where the dispatch's part ends ("… vendredi. (Avec AFP)", "… la
    medida. Con información de EFE."), and its own text goes on after it (t-final55b A15).
    Only a credit that says so (:data:`_CONTRIBUTION`: "avec", "with", "con información
    de"…) counts there; a bare "(AFP)" closing a middle paragraph may be a source's quote
    or a photo's caption. The last paragraph is :func:`trailing_credit`'s."""
    texts = [p for p in paragraphs if p.strip()]
    found: list[str] = []
    for paragraph in texts[:-1]:
        start, agencies = closing_credit(paragraph)
        if start > 0 and _CONTRIBUTION.match(paragraph[start:]):
            found.extend(a for a in agencies if a not in found)
    return found


def without_credit(paragraph: str) -> str:
    """``paragraph`` without the credit closing it (:func:`closing_credit`), its trailing
    spaces removed; unchanged when none closes it."""
    start, _found = closing_credit(paragraph)
    return paragraph[:start].rstrip() if start >= 0 else paragraph


def add_credits(evidence: dict[str, str], agencies: Sequence[str]) -> None:
    """``agencies`` added to ``evidence["credit"]`` (names joined by ", "), each once, after
    the credits it holds."""
    credits = [c for c in evidence.get("credit", "").split(", ") if c]
    credits.extend(a for a in agencies if a not in credits)
    if credits:
        evidence["credit"] = ", ".join(credits)

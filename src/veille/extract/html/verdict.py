"""A fact-check's verdict ("Plutôt vrai", "Faux", "Trompeur"): the answer the article
exists to give, printed in a box the body sieve drops (a short label, no sentence) and
declared in a JSON-LD ``ClaimReview`` the record had no field for (newuser15b X16). It is
kept in ``evidence["verdict"]`` (docs/record.md), as a match sheet's score is in
``evidence["match_sheet"]``.

Sources, first that answers: the ``ClaimReview`` node's ``reviewRating`` (its
``alternateName``, the rating's words in schema.org's fact-check markup, else its
``name``, else ``ratingValue``/``bestRating``); else the first element whose class names
a verdict (``verdict-box``, ``factcheck-verdict``), its text without a "Verdict" label, at
most :data:`MAX_CHARS` characters.
"""

from __future__ import annotations

import re
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from veille.extract.html.controls import VERDICT
from veille.extract.html.jsonld import text_of, types_of
from veille.extract.html.parse import LexborNode, clean_text

__all__ = ["verdict"]

#: A verdict is a few words; a longer text is an explanation, not the verdict.
MAX_CHARS = 80
_LABEL = re.compile(r"^(?:notre\s+)?(?:verdict|conclusion|rating|our\s+ruling)\s*[:\-–—]?\s*",
                    re.IGNORECASE)


def _rating(value: Any) -> str:
    if isinstance(value, list):
        return _rating(value[0]) if value else ""
    if not isinstance(value, dict):
        return text_of(value)
    words = text_of(value.get("alternateName")) or text_of(value.get("name"))
    if words:
        return words
    score, best = text_of(value.get("ratingValue")), text_of(value.get("bestRating"))
    return f"{score}/{best}" if score and best else score


def _declared(objects: list[dict[str, Any]]) -> str:
    for obj in objects:
        if "ClaimReview" in types_of(obj):
            found = _rating(obj.get("reviewRating"))
            if found:
                return found[:MAX_CHARS]
    return ""


def _printed(tree: LexborHTMLParser, boxes: list[LexborNode] | None) -> str:
    body = tree.body
    if body is None:
        return ""
    for node in (body.css(VERDICT) if boxes is None else boxes)[:3]:
        text = _LABEL.sub("", clean_text(node.text(deep=True, separator=" ")))
        if text and len(text) <= MAX_CHARS:
            return text
    return ""


def verdict(tree: LexborHTMLParser, objects: list[dict[str, Any]],
            boxes: list[LexborNode] | None = None) -> str:
    """The page's fact-check verdict (module docstring), or ``""``. ``boxes``: the body's
    elements whose class names a verdict, when already found
    (:func:`~.controls.body_controls`), else found here."""
    return _declared(objects) or _printed(tree, boxes)

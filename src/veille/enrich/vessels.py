"""Ships' names: a ship prefix and the name after it ("USS Harry S. Truman", "HMS Prince
of Wales", "BRP Teresa Magbanua"), a vessel, never a person nor a place.

Navies and merchant fleets write a ship's name after a prefix of capitals that says whose
ship it is (Wikipedia, "Ship prefix"; US Navy, OPNAVINST 5030.1: "USS" United States
Ship, "USNS" a Military Sealift Command ship; Royal Navy "HMS"; Commonwealth navies
"HMAS", "HMCS", "HMNZS"; "INS" India, "BRP" the Philippines, "ROKS" South Korea, "TCG"
Türkiye, "RFS" Russia; "MV" motor vessel, "RV" research vessel). The name is often a
person's or a place's ("Harry S. Truman", "Prince of Wales", "Gerald R. Ford"), which
read alone made the person "Harry Uss" (a surname in capitals first:
:mod:`veille.enrich.surname_first`) and the place "Wales" (issue 16). Prefixes that are
also common acronyms ("SS", "MS", "JS") are left out.
"""

from __future__ import annotations

import re

SHIP_PREFIXES = ("USS", "USNS", "USCGC", "HMS", "HMAS", "HMCS", "HMNZS", "HMY", "INS",
                 "BRP", "ROKS", "TCG", "RFS", "MV", "RV")
"""Ship prefixes that are no other common acronym (module docstring)."""

_WORD = r"(?:[A-Z]\.|[A-ZÀ-ÖØ-Þ][\w'’-]*|\d+)"
VESSEL = re.compile(
    r"(?<![\w-])(?:" + "|".join(SHIP_PREFIXES) + r")[ \u00a0]+" + _WORD
    + r"(?:[ \u00a0]+(?:(?:of|the|de|del|la|von)[ \u00a0]+)?" + _WORD + r")*")
"""A ship prefix and the capitalised words, initials ("S.") and particles ("of") of the
ship's name after it."""


def vessel_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each ship's name in ``text``, prefix included (:data:`VESSEL`),
    a final point that ends the sentence left out."""
    spans = []
    for match in VESSEL.finditer(text):
        end = match.end()
        if text[end - 1] == "." and not re.search(r"(?<![\w])[A-Z]\.$", text[:end - 1]) \
                and (end == len(text) or text[end:end + 1].isspace()):
            end -= 1
        spans.append((match.start(), end))
    return spans


def without_vessels(text: str, found: list[tuple[int, int, str]]
                    ) -> list[tuple[int, int, str]]:
    """``found`` (spans ``(start, end, label)`` of ``text``) without those that overlap a
    ship's name (:func:`vessel_spans`): a vessel is no person, place or body."""
    ships = vessel_spans(text)
    if not ships:
        return found
    return [f for f in found if not any(s < f[1] and f[0] < e for s, e in ships)]

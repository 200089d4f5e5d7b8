"""French communes a recogniser missed, found where the text itself says what they are.

spaCy's French model leaves out small communes it never saw ("Le réacteur de Civaux, dans
la Vienne", "les liaisons vers l'île de Sein": f-places26 and f-places27, no place at all).
Two French constructions name a commune and say so, and :func:`stated_commune_spans`
reads them with the gazetteer:

- a capitalised name right before its département or region, written as the French press
  places a town: ", dans la Vienne", ", dans le Finistère", ", en Bretagne" (Grevisse, *Le
  Bon Usage*: "dans" + the article before a département's name, "en" before a region's
  feminine name), or its département's code in brackets, "Civaux (86)": a span when the
  gazetteer has a commune of that name in that département or region;
- the name after "l'île de", "l'île d'" or "les îles de" when the gazetteer has the
  whole ("île de Sein": the commune Île-de-Sein) and the short name for the same place
  ("Sein", ``curated_place_names.tsv``): the short name (a span in lower case, "île de
  Batz", is no entity).

The name must be capitalised and not a function word; a span the recogniser already has
at that place wins (:func:`with_stated_communes`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from veille.enrich.entities import Recognizer, Span
from veille.enrich.places import Gazetteer, Place

_NAME = (r"[A-ZÀ-ÖØ-Þ][\w’'-]*(?:[ \u00a0-](?:(?:sur|sous|en|de|du|des|la|le|les|lès|lez"
         r"|d['’]|l['’])[ \u00a0-]?)?[A-ZÀ-ÖØ-Þ][\w’'-]*){0,3}")
_PLACED = re.compile(r"(" + _NAME + r"),[ \u00a0]+(?:dans[ \u00a0]+(?:le|la|les|l['’])[ \u00a0]*"
                     r"|en[ \u00a0]+)(" + _NAME + r")")
"""A name, a comma, "dans" and an article or "en", and a name: "Civaux, dans la Vienne"."""
_CODED = re.compile(r"(" + _NAME + r")[ \u00a0]+\((0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])\)")
"""A name and its département's code in brackets: "Civaux (86)"."""
_ISLAND = re.compile(r"(?i:\b(?:l['’]|les[ \u00a0]+)((?:île|ile|îles|iles)[ \u00a0]+"
                     r"(?:de[ \u00a0]+|d['’])))(" + _NAME + r")")
"""The name after "l'île de", "l'île d'", "les îles de": "l'île de Sein"."""


def _communes(gazetteer: Gazetteer, name: str) -> list[Place]:
    return [p for p in gazetteer.candidates(name) if p.country == "FR" and p.kind == "commune"]


def stated_commune_spans(text: str, gazetteer: Gazetteer) -> list[Span]:
    """``(start, end, "LOC")`` for each commune ``text`` names and places (rules in the
    module's docstring), in text order."""
    out: list[Span] = []
    for match in _PLACED.finditer(text):
        areas = [a for a in gazetteer.candidates(match.group(2))
                 if a.country == "FR" and a.kind in ("department", "region")]
        towns = _communes(gazetteer, match.group(1))
        if any((a.kind == "department" and t.department == a.department)
               or (a.kind == "region" and t.admin1 == a.admin1) for a in areas for t in towns):
            out.append((match.start(1), match.end(1), "LOC"))
    for match in _CODED.finditer(text):
        code = match.group(2)
        if any(t.department == code for t in _communes(gazetteer, match.group(1))):
            out.append((match.start(1), match.end(1), "LOC"))
    for match in _ISLAND.finditer(text):
        whole = {p.id for p in gazetteer.candidates(match.group(1) + match.group(2))
                 if p.country == "FR" and p.kind in ("island", "commune")}
        if not whole:
            continue
        if whole & {p.id for p in gazetteer.candidates(match.group(2))}:  # "Sein", "Molène"
            out.append((match.start(2), match.end(2), "LOC"))
    return sorted(set(out))


def with_stated_communes(recognizer: Recognizer, gazetteer: Gazetteer) -> Recognizer:
    """``recognizer``'s spans and, where none overlaps, :func:`stated_commune_spans`'. A
    recogniser's span in lower case that holds one ("île de Sein", which entity
    resolution drops as a description) gives way to it."""
    def recognise_batch(texts: Sequence[str]) -> list[list[Span]]:
        out = []
        for text, spans in zip(texts, recognizer(texts), strict=True):
            stated = stated_commune_spans(text, gazetteer)
            spans = [(s, e, label) for s, e, label in spans if not (
                text[s:s + 1].islower() and any(s <= c[0] and c[1] <= e for c in stated))]
            extra = [c for c in stated if not any(s < c[1] and c[0] < e for s, e, _ in spans)]
            out.append(sorted([*spans, *extra]))
        return out
    return recognise_batch

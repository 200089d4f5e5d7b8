"""The agency or the outlet a description stands for: "ajoute l'agence onusienne",
"écrit le quotidien".

A dispatch names an agency once ("le Programme alimentaire mondial (PAM) a alerté …",
"L'Organisation internationale pour les migrations (OIM) a recensé …") or cites an
outlet as its source ("D'après Le Monde, …", "Selon le Tages-Anzeiger, …"), then speaks
of it by the noun of its kind: "« … », précise l'agence basée à Rome", "a déploré
l'agence des Nations unies", "« … », écrit le quotidien". A definite description with
no name of its own takes up the nearest earlier mention of a referent of its kind
(Poesio & Vieira 1998, direct anaphora of a definite description; Grevisse § 587):

- an agency's noun ("agence", and "organisation" with a complement) takes the nearest
  organisation entity whose name is headed by an agency's noun (:data:`AGENCY_HEADS`),
  or its acronym given in parentheses after that name;
- an outlet's noun (:data:`OUTLET_NOUNS`) takes the nearest outlet cited as a source,
  "selon X", "d'après X", or named after an outlet's noun ("au quotidien La Provence"),
  when X is no person.

The description stays when no referent of its kind is mentioned before it (f-speakers26;
t-enrich25 E11: "ajoute l'agence onusienne" after the HCR, "écrit le quotidien" after
"D'après Le Monde").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from veille.enrich.text import fold

__all__ = ["AGENCY_HEADS", "OUTLET_NOUNS", "described_body"]

AGENCY_HEADS = frozenset(
    "agence organisation programme haut commissariat office fonds bureau".split())
"""Folded first words of an agency's name ("Agence internationale de l'énergie",
"Organisation internationale pour les migrations", "Programme alimentaire mondial",
"Haut-Commissariat aux réfugiés", "Office des Nations unies contre la drogue", "Fonds
des Nations unies pour l'enfance", "Bureau international du travail")."""
OUTLET_NOUNS = frozenset(
    "quotidien journal hebdomadaire mensuel magazine bimensuel".split())
"""Folded nouns naming a newspaper or a magazine ("le quotidien", "le journal
zurichois", "l'hebdomadaire")."""
MAX_DISTANCE = 1500
"""Most characters between the referent's mention and the description."""

_DETERMINER_BEFORE = re.compile(r"(?i)(?<![\w'’-])(?:le|la|l['’])\s*$")
_AGENCY_NAME = re.compile(
    r"(?:Agence|Organisation|Programme|Haut-Commissariat|Office|Fonds|Bureau)"
    r"[^().;«»\n]{0,90}\(\s*$")
"""An agency's name just before an opening parenthesis: the acronym inside is its own."""
_GENERIC_AGENCY = re.compile(
    r"(?:agence|organisation)(?: (?:onusienne|internationale|humanitaire|europeenne|"
    r"specialisee|des nations unies|de l'onu|basee(?: a [\w' ]+)?))?")
"""Folded descriptions of an agency that say nothing of its name ("l'agence", "l'agence
onusienne", "l'agence des Nations unies", "l'agence basée à Rome"): any agency fits; a
description with other words ("l'agence régionale de santé") takes only an agency whose
name holds them."""
_CITED = re.compile(
    r"(?:(?<![\w'’-])(?:[Ss]elon|[Dd]['’]après)[ \xa0]+(?:(?:le|la|les)[ \xa0]+|l['’])?"
    r"|(?<![\w'’-])(?:quotidien|journal|hebdomadaire|magazine|mensuel)[ \xa0]+"
    r"(?:[a-zà-ÿ]+[ \xa0]+)?)"
    r"((?:L[ae][ \xa0]+|L['’]|Les[ \xa0]+)?[A-ZÀ-Ý][\w'’-]*(?:[ \xa0]+(?:de[ \xa0]+|du[ \xa0]+)?"
    r"[A-ZÀ-Ý][\w'’-]*){0,3})")
"""An outlet cited as a source ("Selon le Tages-Anzeiger", "D'après Le Monde") or
named after an outlet's noun ("au quotidien La Provence", "le journal zurichois NZZ")."""


def _agency_mention(text: str, entity: dict[str, object], m_start: int) -> bool:
    name = fold(str(entity.get("name") or ""))
    first = name.split()[0] if name else ""
    if first in AGENCY_HEADS or name.startswith("haut commissariat"):
        return True
    return bool(_AGENCY_NAME.search(text, max(0, m_start - 100), m_start))


def _agency(text: str, start: int, entities: Sequence[dict[str, object]],
            words: Sequence[str]) -> tuple[str, tuple[int, int], str] | None:
    """The nearest agency mention before ``start`` whose name holds every folded word of
    ``words`` (the description's own complements: "régionale", "sante")."""
    best: tuple[int, int, str, str] | None = None
    for entity in entities:
        if entity.get("label") not in ("ORG", "MISC") or not all(
                w in fold(str(entity.get("name") or "")).split() for w in words):
            continue
        for mention in entity.get("mentions") or []:  # type: ignore[attr-defined]
            m_start, m_end, surface = int(mention[0]), int(mention[1]), str(mention[2])
            if m_end > start or start - m_end > MAX_DISTANCE or \
                    not _agency_mention(text, entity, m_start):
                continue
            if best is None or m_start > best[0]:
                best = (m_start, m_end, surface, str(entity.get("id") or ""))
    if best is None:
        return None
    return best[2], (best[0], best[1]), best[3]


def _outlet(text: str, start: int, entities: Sequence[dict[str, object]]
            ) -> tuple[str, tuple[int, int], str] | None:
    persons = {fold(str(e.get("name") or "")) for e in entities if e.get("label") == "PER"}
    found = None
    for match in _CITED.finditer(text, max(0, start - MAX_DISTANCE), start):
        name = match.group(1)
        if fold(name) in persons or any(fold(name) in p.split() for p in persons if p):
            continue  # "selon Paul Roux": a person, no outlet
        found = match
    if found is None:
        return None
    name, span = found.group(1), found.span(1)
    ident = next((str(e.get("id") or "") for e in entities
                  if fold(str(e.get("name") or "")) in (fold(name), fold(re.sub(
                      r"^(?:L[ae][ \xa0]+|L['’]|Les[ \xa0]+)", "", name)))), "")
    return name, span, ident


def described_body(text: str, speaker: str, start: int,
                   entities: Sequence[dict[str, object]]
                   ) -> tuple[str, tuple[int, int], str] | None:
    """The agency or outlet a definite description ``speaker`` at ``start`` ("agence
    onusienne", "agence des Nations unies", "quotidien", "journal zurichois"; its article
    before it) stands for: the surface, span and entity id (or "") of the nearest
    mention before it of a referent of its kind (module docstring). ``entities``: the
    article's entities, each with ``mentions`` ([start, end, surface]). None when the
    noun is of no such kind, when no determiner stands before it, or when nothing of its
    kind is mentioned before it."""
    words = speaker.split()
    if not words or not speaker[:1].islower() or start < 0 or \
            not _DETERMINER_BEFORE.search(text, max(0, start - 4), start) or len(words) > 6:
        return None
    head = fold(words[0])
    if head in ("agence", "organisation"):
        generic = _GENERIC_AGENCY.fullmatch(fold(speaker)) is not None
        if head == "organisation" and not generic:
            return None  # ("l'organisation" alone: an association's noun, body_referents)
        found = _agency(text, start, entities, () if generic else tuple(
            w for w in fold(speaker).split()[1:] if len(w) > 3))
        return found
    if head in OUTLET_NOUNS and not any(w[:1].isupper() for w in words[1:]):
        return _outlet(text, start, entities)
    if head in OUTLET_NOUNS and not any(w[:1].isupper() for w in words[1:]):
        return _outlet(text, start, entities)
    return None

"""Where an article's text comes from when its byline or dateline credits a news agency.

Two cases, told apart because a reader weighs them differently (r-ux55, issue 14):

- ``with``: the outlet's own text, written with the agency's dispatch ("Par Claire
  Montval (avec AFP)", "By Thomas Whitfield with Reuters", "Lucía Herrera, con EFE"):
  shown "d'après AFP" / "with AFP". The article is independent coverage: a story counts
  it as its outlet's (``independent`` does not change for a credit).
- ``dispatch``: the text is the agency's dispatch itself: the article copies another
  outlet's (a ``relation``), runs the same dispatch as another outlet's article (the
  copies' shared wire: :func:`veille.web.queries._same_wire`, ``Link.shared``), opens with
  the agency's dateline ("SAINT-PRIEST (AFP) - …"), or is the agency's own item (its
  source is the agency: :func:`veille.dedup.credit_order.credits_outlet`).

The agencies are those ``evidence["credit"]`` names (:mod:`veille.extract.agencies`, a
sourced table); an article crediting none has no origin.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from veille.dedup.credit_order import credits_outlet

WITH = "with"
DISPATCH = "dispatch"

DATELINE_CHARS = 80
"""How far into the first paragraph an agency's dateline may end ("SAINT-PRIEST (AFP) -",
"PARIS, 4 déc 2026 (AFP) —")."""


@dataclass(frozen=True, slots=True)
class Origin:
    """An article's agency (``agency``: the credit as read, "AFP" or "AFP, Reuters") and
    ``kind``: :data:`WITH` or :data:`DISPATCH`."""

    agency: str
    kind: str

    def to_dict(self) -> dict[str, str]:
        return {"agency": self.agency, "kind": self.kind}


def opens_with_dateline(paragraphs: Sequence[str], credit: str) -> bool:
    """Whether the first paragraph opens with a dateline naming one of ``credit``'s
    agencies in parentheses and a dash: "SAINT-PRIEST (AFP) - Un violent incendie…"."""
    if not paragraphs:
        return False
    head = paragraphs[0][:DATELINE_CHARS]
    names = [re.escape(n.strip()) for n in credit.split(",") if n.strip()]
    return bool(names) and re.search(
        rf"\(\s*(?:{'|'.join(names)})\s*\)\s*[-–—]", head) is not None


def same_wire(credit: str, other_credit: str, other_source: str, *,
              copies_this: bool) -> str:
    """The agency both articles credit ("AFP") when both credit the same one, as written or
    by another of its names ("EFE", "Agencia EFE"): two outlets' copies of one dispatch,
    neither the other's source (newuser15a W15). Also
    the agency ``credit`` names when the other article is that agency's own text that the
    store calls a copy of this one (``copies_this``; t-reader22 R2). "" otherwise."""
    if not credit:
        return ""
    if credit == other_credit or (copies_this and credits_outlet(credit, other_source)):
        return credit
    mine = _agencies(credit)
    return credit if mine and mine == _agencies(other_credit) else ""


def _agencies(credit: str) -> frozenset[str]:
    """The agencies ``credit`` names (names joined by ", "; each a whole agency name,
    :func:`veille.extract.agencies.agency_named`), by key: "EFE" and "Agencia EFE" are
    one (t-final66 F6: Levante-EMV's "EFE" and Las Provincias' "Agencia EFE" copies were
    "reprint of" each other, not two runs of one dispatch). Empty when a name is none."""
    from veille.extract.agencies import agency_named

    found = [agency_named(name.strip()) for name in credit.split(",") if name.strip()]
    return frozenset(a.key for a in found if a is not None) \
        if found and all(a is not None for a in found) else frozenset()


def origin_of(credit: str, source: str, paragraphs: Sequence[str], *, copy: bool,
              same_dispatch: bool) -> Origin | None:
    """The origin of an article crediting ``credit`` (None when it credits no agency).

    ``copy``: the article copies another (its ``relation``); ``same_dispatch``: another
    outlet's article runs the same dispatch (a shared wire between them)."""
    credit = credit.strip()
    if not credit:
        return None
    whole = copy or same_dispatch or credits_outlet(credit, source) or \
        opens_with_dateline(paragraphs, credit)
    return Origin(credit, DISPATCH if whole else WITH)

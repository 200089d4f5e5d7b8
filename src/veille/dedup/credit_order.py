"""Which of two copies is the original when their times cannot tell: the one the other
credits, else the agency's own (docs/dedup.md, "Which copy is the original").

Pages and feeds round or shift their times, so two copies stamped within a few minutes of
each other are in no known order (``store/dedup_sql.ORIGINAL_TOLERANCE``), nor is a copy
dated to the day against a time of that day, nor an undated one. What the copies say of
themselves then decides, before their lengths do:

1. **A copy that credits the other's outlet is its copy.** "Le texte sera transmis au
   Sénat. (avec AFP)" (``evidence.credit``, :mod:`veille.extract.trailing_credit` and the
   other credit readers) names whose text it runs: never the original of afp.com's
   dispatch, whatever its clock says (t-reader21 R3: 20 Minutes' copy stamped 16:28 made
   the AFP dispatch stamped 16:30 its "reprint", the story "first published by
   20minutes.fr"). A credit names an outlet when it names the agency whose host or name
   the outlet's source is (:func:`outlet_agency`), or the source itself.
2. **Else an agency's own article is the original of an outlet's copy.** Agencies write
   dispatches for outlets to run; an outlet's copy within minutes of the agency's, with no
   credit read, is still the dispatch run.

When both or neither credit the other, and both or neither are an agency's, nothing is
said here: the texts decide (a copy containing the other's text, ``near.contains``), then
the first seen stays the original. A copy *surely* published first is never displaced by
these rules: they answer only what the times leave open.
"""

from __future__ import annotations

from dataclasses import dataclass

from veille.extract.agencies import Agency, agency_named, agency_of_host
from veille.extract.textshape import fold

__all__ = ["Outlet", "credit_order", "credits_outlet", "outlet_agency"]


@dataclass(frozen=True, slots=True)
class Outlet:
    """Who published one copy, as the store knows it: its ``source`` (a host such as
    ``afp.com``, or a declared name) and the agencies it credits (``evidence["credit"]``,
    names joined by ", ")."""

    source: str
    credit: str = ""


def outlet_agency(source: str) -> Agency | None:
    """The news agency whose own article a copy of ``source`` is: the agency owning the
    host (``afp.com``, ``www.reuters.com``), or the agency named by a source given as a
    name ("AFP"); None for any other outlet."""
    name = " ".join(source.split())
    if not name:
        return None
    return agency_of_host(name.lower().removeprefix("www.")) if "." in name and \
        " " not in name else agency_named(name)


def credits_outlet(credit: str, source: str) -> bool:
    """Whether the credit ``credit`` (agency names joined by ", ") names the outlet
    ``source``: one of its names is the agency of ``source`` (:func:`outlet_agency`), or
    is ``source`` itself written the same way (accents and case aside)."""
    if not credit.strip() or not source.strip():
        return False
    agency = outlet_agency(source)
    for name in (n.strip() for n in credit.split(",")):
        if not name:
            continue
        if agency is not None and agency_named(name) is agency:
            return True
        if fold(name) == fold(source):
            return True
    return False


def credit_order(new: Outlet, stored: Outlet) -> bool | None:
    """Whether the copy of ``new`` is the original of the copy of ``stored`` when their
    times cannot tell (module docstring): False when ``new`` credits ``stored``'s outlet
    and not the reverse, True the other way round; else, when exactly one is an agency's
    own article, whether it is ``new``; else None (no evidence here)."""
    new_credits = credits_outlet(new.credit, stored.source)
    stored_credits = credits_outlet(stored.credit, new.source)
    if new_credits != stored_credits:
        return stored_credits
    new_agency = outlet_agency(new.source) is not None
    stored_agency = outlet_agency(stored.source) is not None
    if new_agency != stored_agency:
        return new_agency
    return None

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

1b. **An agency's signed dispatch is the original of an outlet's copy that credits no
   one.** An agency signs its dispatch in its dateline ("CHAMONIX (AFP) - ...",
   :func:`text_credit`): its own article crediting itself is the text it wrote, and an
   outlet running it without a credit is still running it (t-final22 F6: AFP's dispatch
   was the "reprint" of a regional site's uncredited copy stamped 25 minutes earlier,
   "first published by ledauphine.com"). Like rule 1, this is the texts' own word and
   reaches as far as :data:`CREDIT_SPAN`; an agency's article that does not sign itself
   (no dateline read) has only rule 2.

When both or neither credit the other, and both or neither are an agency's, nothing is
said here: the texts decide (a copy containing the other's text, ``near.contains``), then
the first seen stays the original.

**A credit reaches further than a clock** (:data:`CREDIT_SPAN`). Rule 2 (an agency's own
article, no credit read) answers only what the times leave open: within minutes. Rule 1 is
the copy's own word on whose text it runs, and it decides against times up to
:data:`CREDIT_SPAN` apart: a copy ending "(avec AFP)" stamped 12 minutes before the AFP
dispatch was its "original", the story "first published by Foot Mercato" (t-reader22 R2):
sites' CMS stamps (the draft's creation, a time read in the wrong zone) are off by far
more than the five minutes that separate two clocks. Beyond the span the times decide: a
copy a day and more before the credited outlet's text ran an earlier dispatch of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from veille.extract.agencies import Agency, agency_named, agency_of_host
from veille.extract.datelines import dateline_credit
from veille.extract.textshape import fold

__all__ = ["CREDIT_SPAN", "DATELINE_PARAGRAPHS", "Outlet", "credit_order", "credited_order",
           "credits_outlet", "outlet_agency", "signed", "text_credit"]

DATELINE_PARAGRAPHS = 3
"""The first paragraphs where a dateline may open the text (a lead may come first), as
``index/own_agency.py`` reads them."""

CREDIT_SPAN = timedelta(hours=24)
"""How far apart two copies' times may be while a credit in one of them still says which
is the original (rule 1 of the module docstring), whatever their order by the clock.

Source of the bound: a time read in the wrong zone is off by the zone's offset, up to 14
hours (UTC offsets in use run from -12:00 to +14:00, IANA tz database); a CMS that stamps a
page at its draft's creation, or a paper that dates its web copy by the day's edition, is off
by up to a day. Agencies' dispatches are run by outlets within that day. Past a day, a copy
dated before the text it credits ran an earlier dispatch that the store does not hold:
the times decide (the earlier copy stays the original of what the store holds)."""


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


def credited_order(new: Outlet, stored: Outlet) -> bool | None:
    """Rules 1 and 1b (module docstring): False when ``new`` credits ``stored``'s outlet
    and not the reverse, True the other way round; else, when one is an agency's signed
    dispatch (:func:`signed`) and the other an outlet's copy crediting no one, whether it
    is ``new``; else None. It decides against times up to :data:`CREDIT_SPAN` apart."""
    new_credits = credits_outlet(new.credit, stored.source)
    stored_credits = credits_outlet(stored.credit, new.source)
    if new_credits != stored_credits:
        return stored_credits
    if signed(new) and not stored.credit.strip() and outlet_agency(stored.source) is None:
        return True
    if signed(stored) and not new.credit.strip() and outlet_agency(new.source) is None:
        return False
    return None


def signed(outlet: Outlet) -> bool:
    """Whether a copy is an agency's signed dispatch: its source is an agency's
    (:func:`outlet_agency`) and its credits name that agency (its dateline's,
    :func:`text_credit`)."""
    return outlet_agency(outlet.source) is not None and credits_outlet(outlet.credit,
                                                                       outlet.source)


def text_credit(credit: str, paragraphs: Sequence[str]) -> str:
    """``credit`` (a record's ``evidence["credit"]``, names joined by ", ") with the agency
    a dateline opening one of the first ``paragraphs`` names ("CHAMONIX (AFP) - ...":
    :func:`veille.extract.datelines.dateline_credit`; JSON records and an agency's own
    site do not put it in the evidence: ``index/own_agency.py``)."""
    names = [n.strip() for n in credit.split(",") if n.strip()]
    for paragraph in paragraphs[:DATELINE_PARAGRAPHS]:
        found = dateline_credit(paragraph)
        if found is not None:
            names.append(found[0])
            break
    return ", ".join(dict.fromkeys(names))


def credit_order(new: Outlet, stored: Outlet) -> bool | None:
    """Whether the copy of ``new`` is the original of the copy of ``stored`` when their
    times cannot tell (module docstring): False when ``new`` credits ``stored``'s outlet
    and not the reverse, True the other way round; else, when exactly one is an agency's
    own article, whether it is ``new``; else None (no evidence here)."""
    credited = credited_order(new, stored)
    if credited is not None:
        return credited
    new_agency = outlet_agency(new.source) is not None
    stored_agency = outlet_agency(stored.source) is not None
    if new_agency != stored_agency:
        return new_agency
    return None

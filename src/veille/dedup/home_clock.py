"""Whose clock a zone-less time is read on, and which of two copies crediting an agency
came first (docs/dedup.md, "Which copy is the original"; q-first28, t-final28 F1).

1. **An assumed zone is the outlet's own zone unless evidence says otherwise.** A time
   printed without a zone on a French outlet's page ("Mardi 10 février 2026 à 10:15" on
   France Bleu Isère) is read in Europe/Paris (``evidence.timezone`` "assumed …",
   ``extract/timezones.page_zone``): that is the outlet's clock. France's press *may*
   print a territory's clock (La Réunion, Nouméa, Papeete: t-final25 F7, Réunion la 1ère's
   07:30 on a ``.fr`` domain), so the assumed time spans those clocks
   (``published_order.zone_slack``) only when something says the page is an overseas
   territory's (:func:`overseas_outlet`): its domain, URL's first path segment or outlet
   name names a territory (``enrich/source_regions.source_areas``: ``.re``, "Martinique la
   1ère", ``/nouvellecaledonie/``), or its headline or opening paragraphs name one
   (:data:`TERRITORY_NAMES`). Otherwise only the assumed zone's own country's clocks count
   (none but Paris for France). t-final28 F1: France Bleu's 10:15 (Isère) spanned Papeete
   to Wallis, so Le Figaro's stated 09:32 was "in no known order" with it and became its
   "reprint"; the story said "first published by francebleu.fr or Le Figaro".
2. **A copy that credits an agency is never the original over an earlier copy**
   (:func:`read_order`). Where the clocks leave two copies in no known order (an assumed
   zone's slack) and no credit names the other's outlet (``credit_order``), a copy that
   credits an agency ("Le Figaro avec AFP") ran that agency's dispatch: it copied no
   other copy, and two copies crediting one agency are siblings, neither the other's
   source. The one published first *as read* (each time in its own or assumed zone, no
   slack) is then the group's original (shown first), by more than the tolerance; within
   it nothing is said here (the texts, then the first seen decide).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta

from veille.dedup.published_order import published_before
from veille.enrich.source_regions import source_areas
from veille.extract.agencies import agency_named

__all__ = ["OPENING_PARAGRAPHS", "TERRITORY_NAMES", "credits_agency", "overseas_outlet",
           "read_order"]

OPENING_PARAGRAPHS = 5
"""The paragraphs read for a territory's name (:func:`overseas_outlet`): a local outlet
names its territory in its opening, a metropolitan story may cite one further down."""

TERRITORY_NAMES = re.compile(
    r"(?<![\w-])(?:La Réunion|la Réunion|Martinique|Guadeloupe|Guyane|Mayotte|"
    r"Nouvelle-Calédonie|Polynésie|Tahiti|Wallis|Futuna|Saint-Pierre-et-Miquelon|"
    r"Saint-Denis de La Réunion|Fort-de-France|Pointe-à-Pitre|Basse-Terre|Cayenne|"
    r"Mamoudzou|Nouméa|Papeete|Mata-Utu)(?![\w-])")
"""France's overseas départements and collectivities on another clock than Paris's and
their chief towns (INSEE, Code officiel géographique), as a French text writes them:
"La Réunion" with its article ("une réunion" is a meeting)."""


def overseas_outlet(source: str, url: str = "", site_name: str = "",
                    texts: Sequence[str] = ()) -> bool:
    """Whether a page may print an overseas territory's clock (rule 1 of the module
    docstring): its ``source`` (a host or a name), ``url`` or ``site_name`` puts the outlet
    in a territory (:func:`veille.enrich.source_regions.source_areas` gives a country other
    than "FR"), or its headline and first :data:`OPENING_PARAGRAPHS` paragraphs
    (``texts``, headline first) name one (:data:`TERRITORY_NAMES`). Never raises."""
    areas = source_areas(source, site_name, url or "")
    if any(country != "FR" for country, _ in areas):
        return True
    return any(TERRITORY_NAMES.search(text) for text in texts[:OPENING_PARAGRAPHS + 1]
               if isinstance(text, str))


def credits_agency(credit: str) -> bool:
    """Whether ``credit`` (``evidence.credit``, names joined by ", ") names a news agency
    (:func:`veille.extract.agencies.agency_named`, ``extract/data/news_agencies.tsv``):
    "AFP", "Reuters"; not a byline's desk ("Actu Réunion")."""
    return any(agency_named(name.strip()) is not None for name in credit.split(",")
               if name.strip())


def read_order(new: tuple[datetime | None, str | None], new_credit: str,
               stored: tuple[datetime | None, str | None], stored_credit: str,
               tolerance: timedelta) -> bool | None:
    """Rule 2 of the module docstring: when either copy credits a news agency
    (:func:`credits_agency` of ``new_credit``, ``stored_credit``), True when ``new``
    (``(published, precision)``) came out more than ``tolerance`` before ``stored`` as
    read (no zone slack), False the reverse; None when neither credits one, either is
    undated, or the times as read are within the tolerance (a day-only date and a time of
    its day included)."""
    if not (credits_agency(new_credit) or credits_agency(stored_credit)):
        return None
    (when, precision), (other, other_precision) = new, stored
    if when is None or other is None:
        return None
    if published_before(when, precision, other, other_precision, tolerance):
        return True
    if published_before(other, other_precision, when, precision, tolerance):
        return False
    return None

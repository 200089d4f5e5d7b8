"""Whose clock a zone-less time is read on, and which of two copies crediting an agency
came first (docs/dedup.md, "Which copy is the original"; q-first28, t-final28 F1).

1. **An assumed zone is the outlet's own clock unless the outlet says otherwise.** A time
   printed without a zone on a French outlet's page is read in Europe/Paris; it spans an
   overseas territory's clock only when the outlet's name, domain or address names that
   territory (``extract/timezones.outlet_zones``, ``published_order.zone_slack``'s
   ``outlet``; f-order28, t-final27 F7). t-final28 F1: France Bleu's 10:15 (Isère) spanned
   Papeete to Wallis, so Le Figaro's stated 09:32 was "in no known order" with it and
   became its "reprint"; the story said "first published by francebleu.fr or Le Figaro".
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

from datetime import datetime, timedelta

from veille.dedup.published_order import published_before
from veille.extract.agencies import agency_named

__all__ = ["credits_agency", "read_order"]


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

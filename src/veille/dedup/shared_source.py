"""Two copies neither of which can be shown first: they share a source, neither copied the
other (t-final52b B6).

The store files one of two near-identical copies under the other whatever happens (a story
counts one text once): by their times, a credit, an agency's own article, the longer text,
an update stated, else the first seen (``store/dedup_sql.py`` ``take_original``). When the
two came out at the same time (to :data:`~veille.store.dedup_sql.ORIGINAL_TOLERANCE`), no
credit names the other's outlet, neither is an agency's own article and neither holds a
sentence more, that filing is no evidence of who copied whom: Le Parisien's page and
BFMTV's "avec AFP" page, stamped 08:30 both, were "Le Parisien [reprint] of BFMTV" because
Le Parisien's page states an update. Such a pair is shown as sharing its source: the agency
either credits ("same AFP dispatch as"), else an unnamed one ("same source as").
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from veille.dedup.credit_order import Outlet, credit_order

SAME_TIME = timedelta(minutes=5)
"""Two publications this close are at the same time (pages and feeds round or shift times
by a minute or two: ``store/dedup_sql.ORIGINAL_TOLERANCE``)."""
SENTENCE = 8
"""Shingles by which one text holds a sentence more (``near.CUT_SHINGLES``)."""


def shared_source(one: tuple[datetime | None, bool, Outlet, int],
                  other: tuple[datetime | None, bool, Outlet, int]) -> str | None:
    """The source two copies share when neither can be shown first (see the module), each
    given as ``(published, known to the day only, outlet, distinct 3-grams of the text it
    published then, its first version)``: the agency
    either credits (its name, the first of ``one``'s credits that ``other`` credits too,
    else the first either credits), ``""`` when neither credits one; ``None`` when one can
    be shown first (a time more than :data:`SAME_TIME` earlier, a day-only date, a credit
    naming the other's outlet, an agency's own article, a sentence more of text)."""
    (when, day, outlet, size), (other_when, other_day, other_outlet, other_size) = one, other
    if when is None or other_when is None or day or other_day:
        return None
    if abs(when.astimezone(UTC) - other_when.astimezone(UTC)) > SAME_TIME:
        return None
    if credit_order(outlet, other_outlet) is not None:
        return None
    if abs(size - other_size) >= max(SENTENCE, max(size, other_size) / 20):
        return None
    mine = [n.strip() for n in outlet.credit.split(",") if n.strip()]
    theirs = [n.strip() for n in other_outlet.credit.split(",") if n.strip()]
    both = [n for n in mine if n in theirs]
    return (both or mine or theirs or [""])[0]

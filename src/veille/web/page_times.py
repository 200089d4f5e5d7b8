"""Times an article page compares: which of two articles came out first ("parue avant",
"parue après", "parue à la même heure")."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

Order = Literal["earlier", "later", "same", ""]


def time_order(other: datetime | None, this: datetime | None) -> Order:
    """``"earlier"`` when ``other`` was published before ``this``, ``"later"`` after it,
    ``"same"`` at the same instant; ``""`` when either is unknown. A time without a zone is
    read as UTC. The article page's wire label said "même dépêche AFP, parue après" of an
    update that carries the dispatch's own 06:30, from the store's link direction alone
    (t-final24 S9): the times say it when both are known."""
    if other is None or this is None:
        return ""
    a = other if other.tzinfo else other.replace(tzinfo=UTC)
    b = this if this.tzinfo else this.replace(tzinfo=UTC)
    return "same" if a == b else "earlier" if a < b else "later"

"""Times an article page compares: which of two articles came out first ("parue avant",
"parue après", "parue à la même heure"), and when veille first saw an article that has
versions."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal, Protocol

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


class _Seen(Protocol):
    seen_at: datetime


class _Versioned(Protocol):
    @property
    def first_seen(self) -> datetime: ...
    @property
    def versions(self) -> list[_Seen]: ...


def first_seen_of(article: _Versioned) -> datetime:
    """When veille first saw ``article`` (an ``ArticleDetail``): its ``first_seen``, or its
    first version's ``seen_at`` when that is earlier (a page whose record was stored again
    on an update: "Vu pour la première fois le 3 déc. 10:34" over "Version 1, vue le 3 déc.
    10:33", t-final24 S7). Times without a zone are read as UTC."""
    def aware(t: datetime) -> datetime:
        return t if t.tzinfo else t.replace(tzinfo=UTC)
    return min([article.first_seen, *(v.seen_at for v in article.versions)], key=aware)

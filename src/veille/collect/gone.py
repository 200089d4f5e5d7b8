"""An article whose own page its site removed: the last fetch of the article's URL, after
the article was stored from it, answered ``410 Gone`` or ``404 Not Found``.

That fetch is already in the store (``fetch_state``: the URL's last fetch keeps the raw
input stored from it, with the error and the time): nothing more is written, and a later
fetch that stores the page again clears it. RFC 9110 section 15.5.11: a ``410`` is the
site saying the page is gone "likely permanently"; a ``404`` on a page that was there
before is the same to a reader (newuser13b M1: such an article stayed "live" everywhere,
with nothing telling the user it was retracted)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from veille.store.base import FetchRecord

GONE = ("http-410", "http-404")
"""The fetch errors that say the site removed a page it served before."""


@dataclass(frozen=True, slots=True)
class Unpublished:
    """The site removed the article's page: it answered HTTP ``status`` at ``seen``."""

    status: int
    seen: datetime


def unpublished(state: FetchRecord | None) -> Unpublished | None:
    """What the last fetch of an article's URL (``state``, from ``Store.fetch_state``)
    says: :class:`Unpublished` when it answered 410 or 404 although an input was stored
    from that URL before (``raw_id``), else None (never fetched, stored from a file, or
    the page is there)."""
    if state is None or not state.raw_id or state.error not in GONE:
        return None
    return Unpublished(status=int(state.error.split("-")[1]), seen=state.fetched_at)


class _States(Protocol):
    def fetch_states(self, urls: Iterable[str]) -> dict[str, FetchRecord]: ...


def unpublished_of(store: _States, urls: Iterable[str | None]) -> dict[str, Unpublished]:
    """:func:`unpublished` for the articles of a list (search results, the latest list, an
    export), by URL, in one read of the store: only the URLs whose page its site removed
    (a journalist wants to know what was unpublished: the rows are marked, not hidden)."""
    states = store.fetch_states(u for u in urls if u)
    return {url: gone for url, state in states.items() if (gone := unpublished(state))}

"""What a saved search matches now: the one query path of every adapter (``veille saved
show``, ``/saved/{id}``, ``GET /api/v1/saved-searches/{id}``, ``/feeds/saved/{id}.atom``
and ``.json``).

A saved search "matches exactly what search finds" (docs/monitoring.md): its query and
filters run as ``veille search`` runs them (:func:`~veille.monitor.matching.full_query`),
newest first, without the copies its alerts leave out. Before, the CLI ran the query while
the web page, the API and the feeds listed only the articles matched since the search was
saved (t-final36 A6: "4 articles match now" against "1 article"). A search that follows
stories lists its stored matches (what a story gains is no query).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from veille.errors import VeilleError
from veille.store.base import UNMATCHED, SavedSearch
from veille.withdrawals import withdrawn_of

if TYPE_CHECKING:
    from veille.service import Veille

SCANNED_MATCHES = 1000
"""How many of a saved search's matches, newest first, are read to leave out the copies its
alerts leave out (:meth:`Veille.copies_left_out`); past them, the total counts the copies of
the matches not read, and ``unchecked`` says how many were not read."""


@dataclass
class CurrentMatches:
    """The articles a saved search matches now, newest published first."""

    ids: list[str]
    """At most the limit asked, an article it alerted on that no longer matches last."""
    total: int
    unchecked: int = 0
    kinds: dict[str, str] = field(default_factory=dict)
    """Article id → the kind of its newest stored match ("new", "update", "unmatched"...),
    for the articles it alerted on."""
    versions: dict[str, int] = field(default_factory=dict)
    new_ids: set[str] = field(default_factory=set)
    """The articles matched (alerted) since the last visit."""


def current_matches(service: Veille, search: SavedSearch, limit: int) -> CurrentMatches:
    """The articles ``search`` matches now (see the module), at most ``limit``."""
    from veille.monitor.matching import full_query, group_hosts

    store = service.store
    stored = store.matches(search.id, limit=10_000)  # newest first
    new_ids = {m.article_id for m in stored if m.seq > search.visited_seq}
    kinds: dict[str, str] = {}
    versions: dict[str, int] = {}
    for m in stored:
        kinds.setdefault(m.article_id, m.kind)  # each article's newest match
        versions.setdefault(m.article_id, m.version)
    found = None
    unchecked = 0
    if not search.stories:
        sources = {s.name: s.url for s in store.registered_sources()}
        groups = group_hosts([(n, sources[n]) for n in store.source_names(search.groups)]) \
            if search.groups else []
        try:
            found = _search_matches(service, search, full_query(search, groups), limit)
        except VeilleError:
            found = None  # no index yet (nothing ingested): what was matched, if anything
    if found is not None:
        ids, total, unchecked = found
        # an article it announced that no longer matches is listed too, so marked; and
        # one its agency killed since (its kill no longer matches: t-final61 #4)
        killed = withdrawn_of(store, (i for i in kinds if i not in ids))
        gone_out = [i for i, kind in kinds.items()
                    if (kind == UNMATCHED or i in killed) and i not in ids]
        ids, total = ids + gone_out[:max(0, limit - len(ids))], total + len(gone_out)
    else:
        ids = list(kinds)[:limit]
        total = len(kinds)
    return CurrentMatches(ids=ids, total=total, unchecked=unchecked, kinds=kinds,
                          versions=versions, new_ids=new_ids)


def _search_matches(service: Veille, search: SavedSearch, query: str,
                    limit: int) -> tuple[list[str], int, int]:
    """The ids ``search`` matches now, newest first, at most ``limit``, how many in
    all, without the copies it leaves out when it leaves out reprints (their original
    matches too: what it alerts), read by pages of the search (t-final32 #12), and how
    many matches past :data:`SCANNED_MATCHES` were counted without that check."""
    per_page = 100
    kept: list[str] = []
    left_out = 0
    page = 1
    while True:
        found = service.search(query, page=page, per_page=per_page, sort="date")
        ids = [h.id for h in found.hits]
        dropped = service.copies_left_out(search, ids)
        left_out += len(dropped)
        kept.extend(i for i in ids if i not in dropped)
        read = page * per_page
        if not search.collapse and len(kept) >= limit or read >= found.total \
                or read >= SCANNED_MATCHES or not ids:
            unchecked = max(0, found.total - read) if search.collapse else 0
            return kept[:limit], found.total - left_out, unchecked
        page += 1

"""Alerts as a derived view of the store's change log.

:class:`AlertView` follows the log like the search index does (:mod:`veille.index.sync`):
for each chunk of changes it reads the new and updated articles, runs every saved search
against them (:mod:`veille.monitor.matching`), and writes, **in one store transaction**,
the matches, one outbox row per (saved search, article, version, channel) keyed by a unique
idempotency key, and its own applied seq (``view_state``). A crash before that commit
leaves nothing (the chunk is matched again); after it, the outbox holds what is to be sent,
and :mod:`veille.monitor.deliver` sends it. So a match is never lost and never queued twice.

The view registers its position with the store at each catch-up, so the log's compaction
keeps what it has not matched. An alert is about an event, not a state, so a view left
behind by compaction (not seen for ``changelog_follower_days``) cannot be rebuilt: it says
so on the ``veille.monitor`` log and goes on from the compacted seq.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from veille.enrich.aliases import current
from veille.errors import SearchIndexError
from veille.extract.wire import withdrawn
from veille.extract.word_salad import unread_body
from veille.index.sync import CATCH_UP_CHUNK, ChangeLog, crash_point
from veille.index.tantivy_index import TantivyIndex
from veille.monitor.breaking import crossing_key, crossings
from veille.monitor.matching import (
    Matcher,
    earlier_copies,
    group_hosts,
    original_of,
)
from veille.record import COMPLETED, REPRINT_RELATIONS, Article, utcnow
from veille.store.base import UNMATCHED, Change, Delivery, Match, SavedSearch
from veille.store.sqlite import SQLiteStore
from veille.store.sqlite_monitor import ALERT_VIEW as VIEW_NAME
from veille.store.sqlite_overrides import OVERRIDE_CHANGE

log = logging.getLogger("veille.monitor")

INDEX_GRACE = timedelta(seconds=10)
"""How long the alert view waits for the live index to apply a change before it matches
that change on a scratch index instead (nobody is indexing: alerts must not stall)."""


ALERT_KINDS = frozenset({"new", "version"})
"""Changes that can alert: an article seen for the first time, or a new version of it."""


def delivery_key(search_id: int, article_id: str, version: int, channel: str) -> str:
    """The idempotency key of one delivery (what the receiver may deduplicate on)."""
    return f"{search_id}/{article_id}/v{version}/{channel}"


def due_time(digest: str, now: datetime, *, digest_hour: int = 7) -> datetime:
    """When an e-mail of this digest mode is due: now, at the next full hour, or at the
    next ``digest_hour``:00 UTC."""
    if digest == "hourly":
        return now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    if digest == "daily":
        at = now.replace(hour=digest_hour, minute=0, second=0, microsecond=0)
        return at if at > now else at + timedelta(days=1)
    return now


class AlertView:
    """The alert view of one store (see the module's docstring)."""

    name = VIEW_NAME

    def __init__(self, store: SQLiteStore, *, default_language: str = "fr",
                 digest_hour: int = 7, data_dir: Path | None = None,
                 live: Callable[[], TantivyIndex | None] | None = None) -> None:
        self.store = store
        self.data_dir = data_dir
        """Where the user's alias table is (None: the shipped one)."""
        self.default_language = default_language
        self.digest_hour = digest_hour
        self.live = live
        """The live search index (when a local tantivy one): chunks it has applied are
        matched on it rather than on a scratch index."""
        self._matcher: Matcher | None = None
        self._index: TantivyIndex | None = None

    def catch_up(self, *, chunk: int = CATCH_UP_CHUNK) -> int:
        """Match every change the view lacks (like :func:`veille.index.sync.catch_up`),
        on the live index for the changes it has applied; a change it has not applied
        yet waits for it, up to :data:`INDEX_GRACE` after its commit. Returns how many
        changes were applied."""
        index = self.live() if self.live is not None else None
        try:
            bound = index.applied_seq() if index is not None else None
        except SearchIndexError:  # a damaged index: match on scratch ones meanwhile
            index = bound = None
        applied = self.applied_seq()
        self.store.confirm_follower(self.name, applied)
        total = 0
        while True:
            changes = self.store.changes(after=applied, limit=chunk)
            if applied < (compacted := self.store.compacted_seq()):
                log.warning("veille: alerts: changes %d..%d were compacted before the alert "
                            "view matched them; their articles are not alerted",
                            applied + 1, compacted)
                self.store.record_matches(VIEW_NAME, compacted, [], [])
                applied = compacted
                continue
            if not changes:
                break
            self._index = None
            if bound is not None and changes[0].seq <= bound:
                changes = [c for c in changes if c.seq <= bound]
                self._index = index
            elif bound is not None and utcnow() - self.store.change_time(
                    changes[0].seq) < INDEX_GRACE:
                break  # the writer indexes it in a moment: match it then, on the index
            self.apply(changes, self.store)
            applied, total = changes[-1].seq, total + len(changes)
            self.store.confirm_follower(self.name, applied)
        self._index = None
        return total

    def applied_seq(self) -> int:
        seq = self.store.view_seq(VIEW_NAME)
        if seq == 0 and not self.store.saved_searches():
            return self.store.change_seq()  # nothing to match: nothing to replay either
        return seq

    def _groups(self, groups: Sequence[str]) -> list[str]:
        sources = {s.name: s.url for s in self.store.registered_sources()}
        return group_hosts([(n, sources[n]) for n in self.store.source_names(groups)])

    def apply(self, changes: Sequence[Change], store: ChangeLog) -> None:
        searches = [s for s in self.store.saved_searches() if s.created_seq < changes[-1].seq]
        latest: dict[str, Change] = {}
        enriched_only: set[str] = set()
        overridden: set[str] = set()
        for change in changes:
            if change.kind in ALERT_KINDS:
                latest[change.article_id] = change
                enriched_only.discard(change.article_id)
                overridden.discard(change.article_id)
            elif change.kind == OVERRIDE_CHANGE and change.article_id not in latest:
                # a story edit by hand: a copy taken out of its original's story is an
                # article of its own from now on, which a search leaving out reprints
                # never announced (t-final56 B3, t-final56b A1)
                latest[change.article_id] = change
                overridden.add(change.article_id)
            elif change.kind == COMPLETED and change.article_id not in latest:
                # a text cut short, completed: no update, but new to a search only the
                # rest of the text matches (newuser13b M13)
                latest[change.article_id] = change
            elif change.kind == "enrich" and change.article_id not in latest:
                # entities arrive after the article: entity: filters (and aliases) can
                # match only now; an article matched before is not alerted again
                latest[change.article_id] = change
                enriched_only.add(change.article_id)
        articles = store.get_many(latest) if searches and latest else {}
        # A wire item its provider canceled or withheld is no news to announce (its
        # article page says so): it alerts no search (newuser12 W1); but a search that
        # announced an earlier version is told, as of a correction (t-final61 #4).
        killed = {i: a for i, a in articles.items()
                  if a.content and withdrawn(a.content.evidence)}
        articles = {i: a for i, a in articles.items() if i not in killed}
        # a body of no prose (a keyword dump, a list of names) is no news either: its few
        # words matched every search naming a place of the day (t-final61 #6)
        articles = {i: a for i, a in articles.items()
                    if not (a.content and unread_body(a.content.evidence))}
        kills = self._withdrawals(killed, searches, latest)
        articles = self._detached_as_own(articles)
        articles = {i: a for i, a in articles.items()
                    if i not in overridden or original_of(a) is None}
        latest = {i: c for i, c in latest.items() if i not in overridden or i in articles}
        found: dict[int, list[str]] = {}
        through_copy: set[tuple[int, str]] = set()
        gone: list[tuple[int, str]] = []
        if articles:
            if self._matcher is None:
                self._matcher = Matcher(default_language=self.default_language)
            found = self._matcher.match(list(articles.values()), searches, self._groups,
                                        current(self.data_dir), live=self._index,
                                        originals=self._originals(articles, searches),
                                        names=self.store)
            gone = self._no_longer_matching(found, searches, articles, latest)
            found, through_copy = self._without_repeats(found, {s.id: s for s in searches},
                                                        articles)
            found = self._without_alerted_copies(found, {s.id: s for s in searches},
                                                 articles)
        matches, deliveries = self._queue(
            found, {s.id: s for s in searches}, latest,
            self.store.stored_seqs(i for i in enriched_only if i in articles), through_copy,
            overridden)
        self._queue_crossings(found, searches, articles, changes[-1].seq, matches, deliveries)
        self._queue_unmatched(gone, {s.id: s for s in searches}, latest, matches, deliveries)
        self._queue_withdrawals(kills, {s.id: s for s in searches}, latest, matches,
                                deliveries)
        crash_point("alerts-before-commit")
        self.store.record_matches(VIEW_NAME, changes[-1].seq, matches, deliveries)
        crash_point("alerts-after-match")

    def _without_repeats(self, found: dict[int, list[str]], searches: Mapping[int, SavedSearch],
                         articles: Mapping[str, Article]
                         ) -> tuple[dict[int, list[str]], set[tuple[int, str]]]:
        """``found`` without the originals stored after copies of them that a search
        leaving out reprints already matched (:func:`earlier_copies`): the dispatch was
        alerted through the copy. A correction of such an original (its current text a
        later version) is kept: it updates the dispatch the search alerted, as a
        correction of the copy would (docs/monitoring.md); the second value holds those
        (search, original) pairs whose copy the search announced since its current
        definition, which :meth:`_queue` sends as updates, not as new articles."""
        earlier = {i: copies for i, a in articles.items()
                   if (copies := earlier_copies(a))}
        if not earlier:
            return found, set()
        pairs = [(sid, copy) for sid, ids in found.items() if searches[sid].collapse
                 for i in ids for copy in earlier.get(i, ())]
        before = self.store.matched_before(pairs)
        announced = self.store.matched_before(
            [p for p in pairs if p in before],
            {sid: s.created_seq for sid, s in searches.items()})
        corrected = {i for i in earlier if self.store.versions(i)}
        kept: dict[int, list[str]] = {}
        through_copy: set[tuple[int, str]] = set()
        for sid, ids in found.items():
            kept[sid] = []
            for i in ids:
                copies = earlier.get(i, [])
                if searches[sid].collapse and any((sid, c) in before for c in copies):
                    if i not in corrected:
                        continue  # the late original's own text: alerted through a copy
                    if any((sid, c) in announced for c in copies):
                        through_copy.add((sid, i))
                kept[sid].append(i)
        return kept, through_copy

    def _detached_as_own(self, articles: dict[str, Article]) -> dict[str, Article]:
        """``articles`` with each copy its story no longer holds as one (its original in
        another story: taken out by hand, ``veille stories detach``; the story
        membership's copy flag, :func:`veille.store.dedup_sql.copy_in_story`) read as an
        article of its own: no copy relation (nor the near copies that would make it a late
        original, :func:`earlier_copies`), so a search leaving out reprints matches it like
        any article (its record keeps the link, for an undo; docs/dedup.md)."""
        copies = {i for i, a in articles.items() if original_of(a) is not None}
        if not copies:
            return articles
        held = self.store.story_of(copies)
        own = {i for i in copies if i in held and not held[i][1]}
        return {i: replace(a, dedup=replace(a.dedup, relation="", duplicate_of=None,
                                            near_duplicates=[]))
                if i in own and a.dedup is not None else a for i, a in articles.items()}

    def _originals(self, articles: Mapping[str, Article],
                   searches: Sequence[SavedSearch]) -> list[Article]:
        """The stored originals of the copies in ``articles`` (not in it themselves), which
        a search leaving out reprints matches too (:meth:`Matcher.match`)."""
        if not any(s.collapse for s in searches):
            return []
        wanted = {o for a in articles.values()
                  if (o := original_of(a)) is not None and o not in articles}
        return list(self.store.get_many(sorted(wanted)).values()) if wanted else []

    def _without_alerted_copies(self, found: dict[int, list[str]],
                                searches: Mapping[int, SavedSearch],
                                articles: Mapping[str, Article]) -> dict[int, list[str]]:
        """``found`` without the copies (left in by :meth:`Matcher.match`: their original
        does not match) whose original or another copy of it a search leaving out
        reprints already matched, before or earlier in this chunk: one alert per dispatch
        and search, as for an original stored after its copies (:meth:`_without_repeats`)."""
        copy_of = {i: o for ids in found.values() for i in ids
                   if (o := original_of(articles[i])) is not None}
        if not copy_of:
            return found
        family = {o: [o, *(link.other_id for link in self.store.links(o)
                           if link.direction == "by" and link.relation in REPRINT_RELATIONS)]
                  for o in set(copy_of.values())}
        pairs = [(sid, other) for sid, ids in found.items() if searches[sid].collapse
                 for i in ids if i in copy_of for other in family[copy_of[i]] if other != i]
        before = self.store.matched_before(pairs)
        kept: dict[int, list[str]] = {}
        for sid, ids in found.items():
            seen: set[str] = set()
            kept[sid] = []
            for i in ids:
                original = copy_of.get(i)
                if original is not None and searches[sid].collapse:
                    if original in seen or any((sid, other) in before
                                               for other in family[original] if other != i):
                        continue
                    seen.add(original)
                kept[sid].append(i)
        return {sid: ids for sid, ids in kept.items() if ids}

    def _queue(self, found: dict[int, list[str]], searches: dict[int, SavedSearch],
               latest: dict[str, Change], enriched: Mapping[str, int] | None = None,
               through_copy: set[tuple[int, str]] | frozenset[tuple[int, str]] = frozenset(),
               overridden: set[str] | frozenset[str] = frozenset()
               ) -> tuple[list[Match], list[Delivery]]:
        """Matches and deliveries; ``through_copy``: (search, original) pairs whose
        dispatch the search announced through a copy (:meth:`_without_repeats`), updates
        like the article's own; ``enriched``: articles whose only change is their
        enrichment (id -> seq of their first change), alerted only when their current
        version was never matched before (a new article, or an update of a version whose
        entities only its enrichment gave) and stored after the saved search's current
        definition (its ``created_seq``): an enrichment alerts what it adds, never
        replays the archive (a re-enrichment, a changed query); ``overridden``: articles
        whose only change is a story edit by hand (a copy detached from its original's
        story), alerted only to searches that never matched them."""
        enriched = enriched or {}
        now = utcnow()
        pairs = [(sid, aid) for sid, ids in found.items() for aid in ids]
        before = self.store.matched_before(pairs)
        # "update" only for an article announced since the search's current definition:
        # a changed query starts again like a new search (docs/monitoring.md, newuser8 Q13)
        announced = self.store.matched_before(
            pairs, {sid: s.created_seq for sid, s in searches.items()})
        versions = {aid: len(self.store.versions(aid)) + 1 for _sid, aid in pairs}
        # when each article was first stored: one stored before the search's current
        # definition and never matched by it is no news to it (newuser16c N10)
        stored = self.store.stored_seqs(aid for sid, aid in pairs if (sid, aid) not in before)
        # A version's entities arrive with its enrichment: an entity search that matched
        # an earlier version gets the update then, as a word search gets it at once.
        done = self.store.matched_versions(
            (sid, aid, versions[aid]) for sid, aid in pairs
            if aid in enriched and (sid, aid) in before)
        matches: list[Match] = []
        deliveries: list[Delivery] = []
        for search_id, article_id in pairs:
            search, change = searches[search_id], latest[article_id]
            if change.seq <= search.created_seq or search.breaking:
                continue
            version = versions[article_id]
            if article_id in enriched and ((search_id, article_id, version) in done
                                           or enriched[article_id] <= search.created_seq):
                continue
            if change.kind == COMPLETED and (search_id, article_id) in before:
                continue  # the same version, read whole: never "Article mis à jour"
            if article_id in overridden and (search_id, article_id) in before:
                continue  # a story edit changes no text: only what was never announced
            if (search_id, article_id) not in before \
                    and stored.get(article_id, 0) <= search.created_seq:
                # stored before the search (or the follow) existed in its current
                # definition, never announced by it: a later version (a correction, a
                # re-enrichment) is not "Nouvel article" (newuser16c N10), and only
                # articles stored after a search alert it (docs/monitoring.md)
                continue
            kind = "update" if (search_id, article_id) in announced \
                or (search_id, article_id) in through_copy else "new"
            matches.append(Match(search_id, article_id, version, kind, change.seq, now))
            deliveries.extend(self._deliveries(search, article_id, version, kind, now))
        return matches, deliveries

    def _no_longer_matching(self, found: Mapping[int, list[str]],
                            searches: Sequence[SavedSearch], articles: Mapping[str, Article],
                            latest: Mapping[str, Change]) -> list[tuple[int, str]]:
        """The (search, article) pairs whose article's current version no longer matches a
        search that announced an earlier version since its current definition (its last
        match is a ``new`` or ``update`` of an earlier version): a correction that removed
        what the alert was about ("attaque de Daech" -> "du JNIM", newuser16c N3).

        Only an enriched version is judged (the article carries its enrichment: the
        ``enrich`` change after a ``version``, or a version enriched on write), since an
        ``entity:`` or ``place:`` search can match a version only once its entities are
        there; a ``new`` article or a text completed in place is never one."""
        candidates = [a for a, art in articles.items() if art.enrichment is not None
                      and latest[a].kind in ("version", "enrich")]
        if not candidates:
            return []
        matched = {(sid, aid) for sid, ids in found.items() for aid in ids}
        pairs = [(s.id, aid) for s in searches if not s.breaking for aid in candidates
                 if (s.id, aid) not in matched]
        if not pairs:
            return []
        announced = self.store.matched_before(pairs, {s.id: s.created_seq for s in searches})
        if not announced:
            return []
        last = self.store.last_matches(sorted(announced))
        versions = {aid: len(self.store.versions(aid)) + 1 for _sid, aid in announced}
        gone = [(sid, aid) for sid, aid in sorted(announced)
                if (m := last.get((sid, aid))) is not None and m.kind in ("new", "update")
                and m.version < versions[aid]]
        # A copy left out because its original matches too (reprints collapsed) still
        # matches the query: only the query (with its filters) decides here.
        collapsed = [replace(s, collapse=False) for s in searches
                     if s.collapse and any(sid == s.id for sid, _aid in gone)]
        if collapsed and self._matcher is not None:
            again = self._matcher.match([articles[a] for a in {aid for _s, aid in gone}],
                                        collapsed, self._groups, current(self.data_dir),
                                        live=self._index, names=self.store)
            gone = [(sid, aid) for sid, aid in gone if aid not in again.get(sid, ())]
        return gone

    def _withdrawals(self, killed: Mapping[str, Article], searches: Sequence[SavedSearch],
                     latest: Mapping[str, Change]) -> list[tuple[int, str]]:
        """The (search, article) pairs to tell of a withdrawal: each article of ``killed``
        (its agency canceled or withheld it in a new version) that a search announced
        since its current definition, at an earlier version (a new or update alert): the
        reader who got the dispatch must learn not to use it, whatever its text now says
        (a kill often reads "KILL: … ne pas utiliser" and matches no query). Never for an
        article the search did not announce: a withdrawal is no news of its own."""
        candidates = [a for a in killed if latest[a].kind == "version"]
        pairs = [(s.id, a) for s in searches if not s.breaking for a in candidates]
        if not pairs:
            return []
        announced = self.store.matched_before(pairs, {s.id: s.created_seq for s in searches})
        if not announced:
            return []
        last = self.store.last_matches(sorted(announced))
        versions = {aid: len(self.store.versions(aid)) + 1 for _sid, aid in announced}
        return [(sid, aid) for sid, aid in sorted(announced)
                if (m := last.get((sid, aid))) is not None and m.kind in ("new", "update")
                and m.version < versions[aid]]

    def _queue_withdrawals(self, kills: Sequence[tuple[int, str]],
                           searches: Mapping[int, SavedSearch], latest: Mapping[str, Change],
                           matches: list[Match], deliveries: list[Delivery]) -> None:
        """An ``update`` match and alert for each pair of :meth:`_withdrawals`, once per
        version, on the search's channels: the alert carries the article's ``withdrawn``
        status (:func:`veille.monitor.deliver.article_payload`) and the e-mail says it."""
        now = utcnow()
        for search_id, article_id in kills:
            search, change = searches[search_id], latest[article_id]
            version = len(self.store.versions(article_id)) + 1
            matches.append(Match(search_id, article_id, version, "update", change.seq, now))
            deliveries.extend(self._deliveries(search, article_id, version, "update", now))

    def _queue_unmatched(self, gone: Sequence[tuple[int, str]],
                         searches: Mapping[int, SavedSearch], latest: Mapping[str, Change],
                         matches: list[Match], deliveries: list[Delivery]) -> None:
        """A ``unmatched`` match and notice for each pair of :meth:`_no_longer_matching`,
        once per version (its key ``search/article/vN/channel``), on the search's channels
        as an update would go (docs/monitoring.md, "An update that no longer matches")."""
        now = utcnow()
        for search_id, article_id in gone:
            search, change = searches[search_id], latest[article_id]
            version = len(self.store.versions(article_id)) + 1
            matches.append(Match(search_id, article_id, version, UNMATCHED, change.seq, now))
            deliveries.extend(self._deliveries(search, article_id, version, UNMATCHED, now))

    def _deliveries(self, search: SavedSearch, article_id: str, version: int, kind: str,
                    now: datetime) -> list[Delivery]:
        """One outbox row per channel of ``search`` for this (article, version): an e-mail
        due at its digest's time, a webhook now."""
        return [Delivery(key=delivery_key(search.id, article_id, version, channel),
                         search_id=search.id, article_id=article_id, version=version,
                         kind=kind, channel=channel,
                         due_at=due_time(search.digest, now, digest_hour=self.digest_hour)
                         if channel == "email" else now)
                for channel in search.channels()]

    def _queue_crossings(self, found: dict[int, list[str]], searches: Sequence[SavedSearch],
                         articles: dict[str, Article], seq: int, matches: list[Match],
                         deliveries: list[Delivery]) -> None:
        """Story alerts: the stories of the articles each one matched that crossed its
        threshold now (see :mod:`veille.monitor.breaking`)."""
        now = utcnow()
        for search in searches:
            if not search.breaking or search.id not in found:
                continue
            stories = [d.story_id for aid in found[search.id]
                       if (d := articles[aid].dedup) is not None and d.story_id]
            for crossed in crossings(self.store, search, stories):
                matches.append(Match(search.id, crossed.article_id, crossed.number,
                                     "breaking", seq, now))
                deliveries.extend(Delivery(
                    key=crossing_key(search.id, crossed.story_id, crossed.number, channel),
                    search_id=search.id, article_id=crossed.article_id,
                    version=crossed.number, kind="breaking", channel=channel,
                    due_at=due_time(search.digest, now, digest_hour=self.digest_hour)
                    if channel == "email" else now) for channel in search.channels())

    def close(self) -> None:
        if self._matcher is not None:
            self._matcher.close()
            self._matcher = None

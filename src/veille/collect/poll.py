"""From sources to articles: poll feeds and sitemaps, fetch their pages, ingest them.

One poll of a feed or sitemap is a conditional GET (nothing more when it answers 304), the
listing read safely, then the pages it lists that were never fetched (or that the listing
says changed since, :meth:`Collector._changed`), fetched concurrently under the fetcher's
per-host limits, and handed to the ingest loop as raw HTML inputs. Every page's fetch state
and response headers go to the store, so a page is not fetched again unless its listing
announces a change, and can be re-extracted without the network. A page that fails gets a
one-line error in the summary and the failures table; the others go on.
"""

from __future__ import annotations

import asyncio
import ipaddress
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

from veille.collect.feed_files import (
    FOLLOW_HINT,
    SUMMARY_FIELDS,
    cut_listing,
    feed_file_items,
    last_entry_cut,
    listing_kind,
)
from veille.collect.feeds import Entry, Listing, listing_date, parse_listing
from veille.collect.fetch import Fetcher, FetchPolicy, Response
from veille.collect.gone import GONE
from veille.collect.item_versions import Candidates, predecessor
from veille.collect.leases import claim, this_holder
from veille.collect.listed import listed_document, listed_text, listed_title, listing_hints
from veille.collect.netguard import never_allowed
from veille.collect.outlets import host_name, outlet_name, site_outlet
from veille.collect.revisit import (
    REVISIT_LEASE,
    due_revisits,
    lasting,
    retry_time,
    revisit_hours,
    wall_error,
)
from veille.collect.sites import same_site
from veille.collect.urls import same_resource
from veille.collect.wire import sniff_wire, wire_items
from veille.errors import FetchError, InputError, ItemError, ItemProblem
from veille.extract.stage import HTML
from veille.extract.walls import WALL_REASON
from veille.ingest import (
    BatchSink,
    Ingestor,
    IngestSummary,
    StoryFollower,
    ingest_paths,
    source_zone,
)
from veille.record import (
    LISTING_SUMMARY_HINT,
    MOVED_HINT,
    POSSIBLY_CUT,
    TRANSFER_HINT,
    ZONE_HINT,
    RawInput,
    article_id,
    sha256_hex,
    source_from_url,
    utcnow,
)
from veille.settings import Settings
from veille.store.base import Failure, FetchRecord, Source, StoredResponse
from veille.store.sqlite import SQLiteStore

CAPTURE = "text/plain"
#: Text a page is captured as: plain text, and Markdown (html2text, a read-later tool's
#: export), which the capture extractor reads as structure (docs/extraction.md).
CAPTURE_TYPES = (CAPTURE, "text/markdown", "text/x-markdown")
MAX_PAGES_PER_POLL = 500
MAX_CHILD_SITEMAPS = 50
PAGE_TYPES = ("text/html", "application/xhtml+xml", "", *CAPTURE_TYPES)
"""What a page fetch extracts: HTML, and a text capture served as ``text/plain`` or Markdown
(a text dump of a page, a text mirror: read as a file capture is, its relative dates
against the fetch time; newuser13a C10, verify13 V1)."""


def _openable(url: str) -> bool:
    """Whether ``fetch_allow`` could open the address of ``url``: a named host (the guard
    decides when it connects), or an address outside the link-local and metadata ones no
    setting opens (:func:`veille.collect.netguard.never_allowed`)."""
    host = (urlsplit(url).hostname or "").strip("[]")
    try:
        return not never_allowed(ipaddress.ip_address(host))
    except ValueError:
        return True


@dataclass(slots=True)
class PollSummary:
    """What a poll did: listings fetched or unchanged, pages fetched or skipped, and the
    ingest summary of the pages.

    Requests for listings add up as ``listings + listings_not_modified +
    listings_failed``; requests for pages as ``pages + (not_modified -
    listings_not_modified) + pages_failed`` (:meth:`request_counts`). ``skipped``: the
    listed pages not asked for, fetched before."""

    listings: int = 0
    """Listings (feeds, sitemaps) read: answered with a body and parsed."""
    not_modified: int = 0
    """Requests answered ``304 Not Modified``: listings and pages."""
    pages: int = 0
    """Pages downloaded (answered with a body)."""
    skipped: int = 0
    refused_urls: set[str] = field(default_factory=set)
    """Listed pages not asked because an earlier fetch of them was refused for good (a
    ``404``, ``robots.txt``, an address the fetch guard refuses...), never stored: counted
    apart from ``skipped`` (t-final55 A4: such pages were counted "already fetched"), once
    however many listings name them."""
    waiting_urls: set[str] = field(default_factory=set)
    """Listed pages not asked because an earlier refusal that may pass (``429``,
    ``503``...) set a time before which they are not asked again (``retry_at``): counted
    apart from ``skipped`` (newuser16c N6: such a page, never stored, was counted as
    "already fetched"), once however many listings name them (verify18a V1)."""
    next_retry: datetime | None = None
    """The earliest of those pages' ``retry_at``."""
    listings_not_modified: int = 0
    """Of ``not_modified``, the listings."""
    listings_failed: int = 0
    """Listings refused or that could not be fetched."""
    pages_failed: int = 0
    """Pages that could not be fetched (an extraction failure is the ingest's)."""
    pages_removed: int = 0
    """Pages of articles veille holds that their site removed (HTTP 404 or 410): what the
    site did, observed and recorded (the article is marked unpublished), not a failure
    (newuser16c N15)."""
    left: int = 0
    """Pages wanted but left for the next poll by the per-poll cap (``max_pages``)."""
    ingest: IngestSummary = field(default_factory=IngestSummary)
    errors: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    """What the user should know that is no failure: pages left for the next poll, a
    source whose feed moved (its URL updated) or is gone (paused)."""

    @property
    def waiting(self) -> int:
        """How many listed pages wait for their retry (:attr:`waiting_urls`)."""
        return len(self.waiting_urls)

    def request_counts(self) -> tuple[tuple[int, int, int, int],
                                      tuple[int, int, int, int, int]]:
        """``(asked, read, unchanged, failed)`` of the listings, adding up: ``asked = read
        + unchanged + failed``; then ``(asked, read, unchanged, removed, failed)`` of the
        pages, ``asked = read + unchanged + removed + failed``. ``unchanged`` is an HTTP
        304; ``removed`` a held article's page its site removed (:attr:`pages_removed`)."""
        pages_304 = self.not_modified - self.listings_not_modified
        return ((self.listings + self.listings_not_modified + self.listings_failed,
                 self.listings, self.listings_not_modified, self.listings_failed),
                (self.pages + pages_304 + self.pages_removed + self.pages_failed,
                 self.pages, pages_304, self.pages_removed, self.pages_failed))

    def revisit_counts(self) -> tuple[int, int, int, int]:
        """``(read, changed, unchanged, failed)`` of a round of revisits, adding up:
        ``read = changed + unchanged + failed``. A page answering ``304`` and a page
        answering ``200`` with the text already stored (most article pages send no
        ETag or Last-Modified) are both unchanged (newuser10 S12: the second was counted
        nowhere); a version, or a reused URL's new article, is changed; a failed fetch
        or extraction failed; an input that is no article (``skipped``) unchanged."""
        done = self.ingest
        changed = done.versions + done.new + done.completed
        unchanged = self.not_modified + done.duplicate + done.skipped
        return changed + unchanged + done.failed, changed, unchanged, done.failed


class Collector:
    """Polls sources and fetches URLs into one store."""

    def __init__(self, store: SQLiteStore, settings: Settings, *,
                 policy: FetchPolicy | None = None, sinks: Sequence[BatchSink] = (),
                 max_pages: int = MAX_PAGES_PER_POLL) -> None:
        self.store = store
        self.settings = settings
        self.policy = policy or FetchPolicy.from_settings(settings)
        self.sinks = list(sinks)
        self.max_pages = max_pages
        self.stories = StoryFollower(store)
        """The story state every ingest of this collector shares: warmed once, then kept
        current from the store's change log (a watch's polls do not warm it again)."""
        self.stories.defer = True  # stories clustered again once per poll (settle)

    def zone_of(self, source: Source) -> str:
        """The time zone setting of ``source``: its own (``veille sources add
        --timezone``), else the one ``source_timezones`` gives its name, else "" (the
        zone is then read from each page: :func:`veille.extract.timezones.page_zone`)."""
        return source.timezone or source_zone(self.settings, source.name)

    def poll(self, sources: Sequence[Source]) -> PollSummary:
        """One pass over ``sources``; folders are ingested, the rest fetched."""
        summary = PollSummary()
        web = [s for s in sources if s.kind != "folder"]
        for source in sources:
            if source.kind == "folder":
                done = ingest_paths(self.store, [Path(source.url)], settings=self.settings,
                                    source=source.name, sinks=self.sinks,
                                    stories=self.stories, folder_items=True,
                                    zone=self.zone_of(source))
                merge_ingest(summary.ingest, done)
        if web:
            asyncio.run(self._poll_web(web, summary))
        self.stories.settle()
        return summary

    def fetch_urls(self, urls: Sequence[str]) -> PollSummary:
        """Fetch pages named explicitly (conditional GET when they were fetched before). A
        page on a registered source's site carries that site's outlet name, as the pages
        its feeds list do (:func:`veille.collect.outlets.site_outlet`); another page its
        host."""
        summary = PollSummary()
        registered = self.store.registered_sources()
        by_source: dict[str | None, list[str]] = {}
        for url in dict.fromkeys(urls):
            by_source.setdefault(site_outlet(url, registered), []).append(url)
        by_name = {s.name: s for s in registered}
        zones = {name: self.zone_of(by_name[name]) if name in by_name
                 else source_zone(self.settings, name) for name in by_source if name}
        asyncio.run(self._fetch_pages(by_source, summary, force=True, zones=zones))
        self.stories.settle()
        return summary

    def revisit(self, now: datetime | None = None) -> PollSummary:
        """Read again the recent pages whose revisit is due at ``now`` (default: now), by
        conditional GETs under the fetcher's per-host limits (:mod:`veille.collect.revisit`;
        settings ``revisit_hours`` and ``revisit_max``). A changed page becomes a version.
        Each page is first claimed in the store (``revisit:URL``, a lease of
        :data:`~veille.collect.revisit.REVISIT_LEASE`): one another poller of the store
        holds is left to it, so two pollers do not read one page twice.

        Raises :class:`~veille.errors.ConfigError` for a bad ``revisit_hours``."""
        summary = PollSummary()
        hours = revisit_hours(self.settings.revisit_hours)
        if not hours or self.settings.revisit_max <= 0:
            return summary
        now = now or utcnow()
        rows = self.store.revisit_candidates(now - timedelta(hours=2 * hours[-1]))
        due = due_revisits(rows, now, hours, self.settings.revisit_max)
        holder = this_holder()
        due = [(url, source) for url, source in due
               if claim(self.store, f"revisit:{url}", holder=holder, now=now,
                        until=now + REVISIT_LEASE)]
        if not due:
            return summary
        try:
            asyncio.run(self._revisit(due, summary))
            self.stories.settle()
        finally:
            for url, _ in due:
                with suppress(Exception):  # the lease lapses by itself (REVISIT_LEASE)
                    self.store.release(f"revisit:{url}", holder=holder)
        return summary

    async def _revisit(self, due: list[tuple[str, str]], summary: PollSummary) -> None:
        """The pages ``(url, source)``, each under its stored source (so a changed page is
        a version of its article), all sites at once as a poll does."""
        by_source: dict[str, list[str]] = {}
        for url, source in due:
            by_source.setdefault(source, []).append(url)
        claimed: set[str] = set()
        async with Fetcher(self.policy) as fetcher:
            await asyncio.gather(*(self._pages(fetcher, urls, summary, force=True,
                                               claimed=claimed, source=source)
                                   for source, urls in by_source.items()))

    async def _poll_web(self, sources: Sequence[Source], summary: PollSummary) -> None:
        """All sources at once: per-host politeness then spaces each site's requests while
        the other sites proceed (one after another, a hundred polite sites would take a
        hundred times as long). A source that fails does not stop the others: each one
        finishes, then the first unexpected error (a bug) is raised."""
        claimed: set[str] = set()
        async with Fetcher(self.policy) as fetcher:
            done = await asyncio.gather(*(self._poll_source(fetcher, source, summary, claimed)
                                          for source in sources), return_exceptions=True)
        for outcome in done:
            if isinstance(outcome, BaseException):
                raise outcome

    async def _poll_source(self, fetcher: Fetcher, source: Source, summary: PollSummary,
                           claimed: set[str]) -> None:
        """One source. A listing is recorded as seen (its ETag and Last-Modified kept for
        the next conditional GET) only once its pages are fetched and stored: a poll that
        stops half-way (an error) or leaves pages for the next poll (``max_pages``) gets
        the whole listing again next time, not a 304.

        A ``url`` source is its page, read again at each poll by a conditional GET (its
        ETag and Last-Modified): a changed page is a version of its article (newuser10
        S13: a page fetched once was never asked again). What the source's own URL
        answered then decides its fate (:meth:`_follow_up`): moved for good, or gone.
        The articles of its own site carry the site's outlet name, whichever of the
        site's sources this is (:func:`veille.collect.outlets.outlet_name`)."""
        outcome: dict[str, Response | ItemError] = {}
        outlet = outlet_name(source, self.store.registered_sources())
        if source.kind == "url":
            await self._pages(fetcher, [source.url], summary, force=True, claimed=claimed,
                              source=outlet, outcomes=outcome,
                              zone=self.zone_of(source))
            self._follow_up(source, outcome.get(source.url), summary)
            return
        seen: list[FetchRecord] = []
        listing = await self._listing(fetcher, source.url, summary, seen, outcome=outcome)
        self._follow_up(source, outcome.get(source.url), summary)
        if listing is not None:
            complete = await self._listing_pages(fetcher, source.url, listing, summary,
                                                 claimed=claimed, outlet=outlet,
                                                 zone=self.zone_of(source))
            if not complete:
                seen = [replace(record, etag=None, last_modified=None) for record in seen]
        self.store.record_fetches(seen)

    async def _listing_pages(self, fetcher: Fetcher, url: str, listing: Listing,
                             summary: PollSummary, *, claimed: set[str], outlet: str | None,
                             zone: str, summaries: str = "") -> bool:
        """Fetch and store the pages the listing at ``url`` names, as a poll of its source
        does (a registered source's, or one given to ``veille fetch``): each item's page,
        the item's own text when its page fails or it has none. True when nothing is left
        for a later read of the listing (:meth:`_pages`): only then may its validators be
        kept (t-final67 C1: a 304 hid the items of a listing read but not followed).
        ``summaries`` (the field an item's summary is read from, "RSS description"…): an
        item that carries only its summary is stored from it when its page fails, marked
        as a summary, as ``veille ingest`` stores a saved feed's (``veille fetch FEED``
        did so before it followed the feed; :mod:`veille.collect.feed_files`)."""
        self._corrections(listing)
        hints = {entry.url: listing_hints(entry, listing.language, feed_title=listing.title,
                                           feed_url=url)
                 for entry in listing.entries}
        fallbacks = {entry.url: entry for entry in listing.entries if entry.content_html}
        for entry in listing.entries if summaries else ():
            if not entry.content_html.strip() and entry.summary_html.strip():
                fallbacks[entry.url] = replace(entry, content_html=entry.summary_html)
                hints[entry.url][LISTING_SUMMARY_HINT] = summaries
        outlets = {entry.url: entry.outlet for entry in listing.entries}
        changed = self._announced(listing.entries)
        changed |= self._redated([e for e in listing.entries if e.url not in changed])
        changed |= self._retitled([e for e in listing.entries if e.url not in changed])
        return await self._pages(fetcher, [entry.url for entry in listing.entries],
                                 summary, force=False, claimed=claimed, hints=hints,
                                 source=outlet, fallbacks=fallbacks,
                                 listing=(url, outlets), changed=changed, zone=zone)

    def _corrections(self, listing: Listing) -> None:
        """Give each new id-less, page-less item of ``listing`` that corrects a stored one
        (:func:`veille.collect.item_versions.predecessor`: that item left the listing, the
        dates are within a day, the texts read as one corrected) the stored item's
        identity, in place, so that it is stored as its next version, not a second article
        (verify10: a correction that also moved the date, or edited an item known by the
        digest of its text)."""
        listed = [entry.url for entry in listing.entries]
        stored: Candidates | None = None
        for number, entry in enumerate(listing.entries):
            if not entry.linkless or entry.guid.strip() or \
                    self.store.fetch_state(entry.url) is not None:
                continue
            stored = stored or Candidates(self.store, entry.url)
            earlier = predecessor(stored, listed_document(entry), entry.published, listed)
            if earlier is not None:
                listed.append(earlier)  # one correction per stored item
                listing.entries[number] = replace(entry, url=earlier)

    def _follow_up(self, source: Source, outcome: Response | ItemError | None,
                   summary: PollSummary) -> None:
        """What a source's own URL answered says of the source (newuser10 S17). Moved for
        good (every redirect ``301`` or ``308``, RFC 9110 section 15.4: "any future
        references ... ought to use one of the enclosed URIs"): the source takes the new
        URL, under its name, and a notice says so; when another source already polls that
        URL, this one is paused instead (the same feed twice). Gone (``410``, RFC 9110
        section 15.5.11: "likely to be permanent"): the source is paused, with a notice
        giving the commands to resume or remove it. A ``404`` may pass and is polled
        again."""
        if isinstance(outcome, ItemError):
            if outcome.reason == "http-410":
                self.store.pause_source(source.name)
                summary.notices.append(
                    f"{source.name}: {source.url} answered 410 Gone (the site removed it): "
                    f"paused (`veille sources remove {source.name}` to forget it, "
                    f"`veille sources resume {source.name}` to try again)")
            return
        if outcome is None or not outcome.moved_permanently:
            return
        target = outcome.final_url
        other = next((s for s in self.store.registered_sources()
                      if s.name != source.name and same_resource(s.url, target)), None)
        if other is not None:
            self.store.pause_source(source.name)
            summary.notices.append(
                f"{source.name}: {source.url} moved permanently to {target}, which source "
                f"{other.name} already polls: paused (`veille sources remove {source.name}`)")
            return
        self.store.add_source(replace(source, url=target))
        summary.notices.append(f"{source.name}: {source.url} moved permanently to {target}: "
                               "the source now polls the new address")

    async def _listing(self, fetcher: Fetcher, url: str, summary: PollSummary,
                       seen: list[FetchRecord], depth: int = 0,
                       outcome: dict[str, Response | ItemError] | None = None
                       ) -> Listing | None:
        """The listing at ``url`` (and the sitemaps an index names), or None when it is
        unchanged or failed. Its fetch records go to ``seen``, for the caller to store once
        the pages are safe; what ``url`` itself answered (a response or the error) to
        ``outcome``."""
        state = self.store.fetch_state(url)
        try:
            response = await fetcher.fetch(url, etag=state.etag if state else None,
                                           last_modified=state.last_modified if state else None)
            if outcome is not None:
                outcome[url] = response
            if response.moved_permanently:  # the validators are the new address's too
                seen.append(_record(response.final_url, response))
            if response.not_modified:
                seen.append(_record(url, response))
                summary.not_modified += 1
                summary.listings_not_modified += 1
                return None
            listing = parse_listing(response.body, url=response.final_url)
        except ItemError as exc:
            if outcome is not None:
                outcome[url] = exc
            summary.listings_failed += 1
            self._failed(exc, summary)
            return None
        return await self._read_listing(fetcher, url, response, listing, summary, seen, depth)

    async def _read_listing(self, fetcher: Fetcher, url: str, response: Response,
                            listing: Listing, summary: PollSummary, seen: list[FetchRecord],
                            depth: int = 0) -> Listing:
        """The listing ``listing`` read from ``response`` (what ``url`` answered): its
        fetch record goes to ``seen``; a cut listing loses its cut entry (said in a
        notice); its refused items are failures; the sitemaps an index names are read
        (``depth`` 0) and their entries added."""
        seen.append(_record(url, response))
        summary.listings += 1
        cut = cut_listing(response.body)
        if cut:  # the entry the cut runs through is not read: its link may be cut too
            kept = listing.children if cut == "a sitemap index" else listing.entries
            parsed = len(kept) + (0 if kept is listing.children else listing.rejected_count)
            if kept and last_entry_cut(response.body, cut, parsed):
                kept.pop()
        if cut:  # its whole entries are read; say the rest was lost (t-final62 #9)
            summary.notices.append(
                f"{url}: {cut} cut short: it ends before its closing tag; the whole entries "
                "before the cut were read (the site may be writing it: it is read again at "
                "the next poll)")
        for number, error in enumerate(listing.rejected):
            self._failed(error, summary, item=number)
        more = listing.rejected_count - len(listing.rejected)
        if more:  # counted, not stored one by one (bounded)
            problem = ItemProblem(url, "bad-url", f"{more} more items refused for a broken link")
            summary.errors.append(problem.one_line())
            summary.ingest.problems.append(problem)
            summary.ingest.read += more
            summary.ingest.failed += more
            summary.ingest.reasons["bad-url"] += more
        if depth == 0:
            for child in listing.children[:MAX_CHILD_SITEMAPS]:
                sub = await self._listing(fetcher, child, summary, seen, depth=1)
                if sub is not None:
                    listing.entries.extend(sub.entries)
        return listing

    def _failed(self, exc: ItemError, summary: PollSummary, *, item: int | None = None) -> None:
        """One failure of a listing: a refused listing, or (``item``: its position among the
        refused ones) a listing item refused for a broken link. Either counts as one item
        read and failed in the ingest summary (so ``read = new + versions + duplicate +
        failed`` holds), goes to the source's errors, and is stored as one failure: a
        refused item under ``<listing URL>#item-<n>``, since the items of one listing
        share its URL as origin and the failures table keeps one row per origin and
        reason."""
        summary.errors.append(exc.one_line())
        summary.ingest.problems.append(ItemProblem.of(exc))
        summary.ingest.read += 1
        summary.ingest.failed += 1
        summary.ingest.reasons[exc.reason] += 1
        failure = _failure(exc)
        if item is None:
            self.store.record_fetches([FetchRecord(url=exc.origin, status=0,
                                                   fetched_at=utcnow(), error=exc.reason)])
        else:
            failure = replace(failure, origin=f"{exc.origin}#item-{item}")
        self.store.put_batch([], [failure])

    def _wanted(self, url: str) -> bool:
        """Not fetched yet, or only failed for a reason that may pass (a ``429`` or
        ``503`` once its ``retry_at`` has passed: :mod:`veille.collect.revisit`)."""
        state = self.store.fetch_state(url)
        if state is None:
            return True
        if state.raw_id:
            return False
        if state.error == "blocked-address":
            return self._address_opened(url)
        return not lasting(state.error) and (state.retry_at is None
                                             or state.retry_at <= utcnow())

    def _address_opened(self, url: str) -> bool:
        """Whether a page refused before for its address (``blocked-address``) may now be
        asked: the refusal was the configuration's, not the site's, so a ``fetch_allow``
        opened since lifts it (t-final55 A4: pages refused before ``VEILLE_FETCH_ALLOW``
        was set were never asked once it was). A host written as an address is checked
        against the policy; a named host is asked again whenever ``fetch_allow`` opens some
        network, the guard deciding again when it connects. Link-local and metadata
        addresses stay refused (:func:`veille.collect.netguard.never_allowed`)."""
        host = (urlsplit(url).hostname or "").strip("[]")
        try:
            ip = ipaddress.ip_address(host)
        except ValueError:
            return bool(self.policy.allow.allow)
        return self.policy.allow.permits(ip)

    def _retry_times(self, urls: list[str]) -> dict[str, datetime]:
        """The ``retry_at`` of those ``urls`` never stored that wait for it (a refusal
        that may pass, :meth:`_wanted`), by URL."""
        now = utcnow()
        states = self.store.fetch_states(urls) if urls else {}
        return {url: state.retry_at for url, state in states.items() if not state.raw_id
                and state.retry_at is not None and state.retry_at > now
                and not lasting(state.error)}

    def _changed(self, entry: Entry) -> bool:
        """True when the listing announces that an item already stored has changed since
        (newuser6 M8): an item that names no page carries a text whose digest is not the
        stored input's id (the stored input *is* that text,
        :func:`~veille.collect.listed.listed_document`), or
        the item's ``modified`` date (Atom ``updated``, JSON Feed ``date_modified``) is
        later than the one recorded with the stored page (its ``modified`` hint; for a
        page stored before that hint existed, later than the page's last fetch). The
        item is then read again: its page by a conditional GET, or the feed's text
        re-ingested; dedup makes it a version (same URL, same source). Per item only that
        timestamp is recorded, with the listing's other hints, and nothing is fetched
        when the date and text did not change. A zone-less ``modified`` is not compared
        (its zone is the page's, unknown before extraction)."""
        when = entry.modified
        if not entry.linkless and (when is None or when.tzinfo is None):
            return False  # nothing announced: no store read either
        state = self.store.fetch_state(entry.url)
        if state is None or not state.raw_id:
            return False  # never stored: :meth:`_wanted` decides
        if entry.linkless:
            return state.raw_id not in {sha256_hex(listed_document(entry)),  # t-final30 B1
                                        sha256_hex(listed_document(entry, identity=False))}
        assert when is not None
        recorded = listing_date(self.store.raw_hints(state.raw_id).get("modified", ""))
        if recorded is None or recorded.tzinfo is None:
            recorded = state.fetched_at if state.fetched_at.tzinfo else \
                state.fetched_at.replace(tzinfo=UTC)
        return when > recorded

    def _announced(self, entries: list[Entry]) -> set[str]:
        """The stored items the listing says changed (:meth:`_changed`). A listing that
        announces a change of more than half of its stored items at once by their
        ``modified`` date (3 or more: a sitemap whose every ``lastmod`` is the time it was
        built, a feed stamping ``updated`` on each build) says nothing of an update: none is
        read again for it, as :meth:`_redated` does with publication dates (t-final58 #9:
        a sitemap's ``lastmod`` was not read, a corrected page waited for the revisit)."""
        texts = {entry.url for entry in entries if entry.linkless and self._changed(entry)}
        dated = [entry for entry in entries if not entry.linkless
                 and entry.modified is not None and entry.modified.tzinfo is not None]
        moved = {entry.url for entry in dated if self._changed(entry)}
        if len(moved) >= 3:
            stored = sum(1 for entry in dated if self._stored(entry.url))
            if 2 * len(moved) > stored:
                moved = set()
        return texts | moved

    def _stored(self, url: str) -> bool:
        state = self.store.fetch_state(url)
        return state is not None and bool(state.raw_id)

    def _redated(self, entries: list[Entry]) -> set[str]:
        """The stored items whose listed publication date (RSS ``pubDate``, Atom
        ``published``...) moved since their page was stored: a feed re-dating an item
        says it was updated (newuser11b U8), so its page is read again (a conditional GET)
        and a changed page stored as a new version. Compared with the date recorded with
        the stored page (its ``published`` hint, updated by :meth:`_pages` when the page
        read again was unchanged: once per move of the date). A listing that moves the
        date of more than half of its stored dated items at once (and of 3 or more)
        stamps its items with the time it was built, which says nothing of an update:
        none is read again for it."""
        moved: set[str] = set()
        dated = 0
        for entry in entries:
            if entry.linkless or entry.published is None:
                continue
            state = self.store.fetch_state(entry.url)
            if state is None or not state.raw_id:
                continue
            kept = self.store.raw_hints(state.raw_id)
            recorded = listing_date(kept.get("published", ""))
            if recorded is None or (recorded.tzinfo is None) != (entry.published.tzinfo is None):
                continue
            dated += 1
            if entry.published not in _seen_dates(kept):
                moved.add(entry.url)
        return set() if len(moved) >= 3 and 2 * len(moved) > dated else moved

    def _retitled(self, entries: list[Entry]) -> set[str]:
        """The stored items whose listed title is none the site's listings gave their
        page before (its ``title`` hint and :data:`TITLE_SEEN_HINT`): a retitle the feed
        announces, often with the page's silent correction and no date moved (newuser13b
        M12: "trois" became "quatre arrestations" in the RSS and on the page, and veille
        kept the old headline). The page is read again (a conditional GET), once per new
        title: an unchanged page keeps the title as seen. A listing that changes the
        titles of more than half of its stored items at once (3 or more: a new template)
        announces no update."""
        moved: set[str] = set()
        titled = 0
        for entry in entries:
            title = listed_title(entry)
            if entry.linkless or not title:
                continue
            state = self.store.fetch_state(entry.url)
            if state is None or not state.raw_id:
                continue
            kept = self.store.raw_hints(state.raw_id)
            if not kept.get("title"):
                continue
            titled += 1
            if title not in _seen_lines(kept, "title"):
                moved.add(entry.url)
        return set() if len(moved) >= 3 and 2 * len(moved) > titled else moved

    async def _pages(self, fetcher: Fetcher, urls: list[str], summary: PollSummary, *,
                     force: bool, claimed: set[str],
                     hints: dict[str, dict[str, str]] | None = None,
                     source: str | None = None,
                     fallbacks: dict[str, Entry] | None = None,
                     listing: tuple[str, dict[str, str]] | None = None,
                     changed: set[str] | frozenset[str] = frozenset(),
                     outcomes: dict[str, Response | ItemError] | None = None,
                     zone: str = "", follow_listings: bool = False) -> bool:
        """Fetch and ingest pages; ``claimed`` holds the URLs another source of the same run
        is already fetching (two feeds often list one article); ``hints`` what the listing
        said of each URL. True when every page wanted was fetched and stored, or its failure
        recorded: nothing is left over for a later poll of the same listing. ``source`` is the
        registered source's name, which the articles of its own site carry (the host when
        ``None``); ``listing`` the listing's URL and each item's outlet (its ``<source>``),
        which decide per item whether another outlet published it (:func:`item_source`);
        ``changed`` the stored items the listing says changed (:meth:`_changed`), read
        again (a page by a conditional GET); ``outcomes`` receives what each page
        answered; ``zone`` the source's time zone setting (:meth:`zone_of`), given to
        every input as a hint (:data:`~veille.record.ZONE_HINT`); ``follow_listings``: a
        page that is a feed or sitemap is followed as a source's listing is
        (:meth:`_follow_listing`, ``veille fetch FEED``), else read as a saved feed file. A
        page refused for a reason that may pass (a timeout, a ``503``), or waiting for its
        retry time, leaves the listing incomplete (t-final67 C1). Past ``max_pages`` pages,
        the rest is left for the next poll, counted in ``summary.left`` and said in a notice
        (newuser10 S19: it was silent)."""

        def outlet(page: str) -> str | None:
            return source if listing is None else item_source(source, listing=listing[0],
                                                              page=page)

        def listed(url: str, page: str) -> dict[str, str]:
            """This poll's hints of ``url`` with the item's ``<source>`` claim, if any."""
            given = {**(hints or {}).get(url, {}), **({ZONE_HINT: zone} if zone else {})}
            claim = source_claim(listing[1].get(url, ""), page) if listing else ""
            return {**given, "source_claim": claim} if claim else given

        todo = [u for u in dict.fromkeys(urls)
                if u not in claimed and (force or u in changed or self._wanted(u))]
        waits = self._retry_times([u for u in dict.fromkeys(urls)
                                   if u not in claimed and u not in todo])
        passed = [u for u in dict.fromkeys(urls)
                  if u not in claimed and u not in todo and u not in waits]
        states = self.store.fetch_states(passed) if passed else {}
        refused = {u for u in passed if (state := states.get(u)) is not None
                   and not state.raw_id and state.error}
        summary.refused_urls.update(refused)
        # a page refused for an address fetch_allow may still open keeps its listing read
        # whole at the next poll (no conditional GET), so that it is asked once the setting
        # opens it, however quiet the feed (t-final55b A13: a 304 hid it for good)
        held_back = any(states[u].error == "blocked-address" and _openable(u) for u in refused)
        summary.skipped += len(set(urls)) - len(todo) - len(waits) - len(refused)
        summary.waiting_urls.update(waits)
        if waits:
            summary.next_retry = min([*waits.values(), *filter(None, [summary.next_retry])])
        complete = len(todo) <= self.max_pages
        if not complete:
            left = len(todo) - self.max_pages
            summary.left += left
            summary.notices.append(
                f"{source}: {left} more page(s) left for the next poll ({self.max_pages} "
                "pages at most per poll)" if source else f"{left} more URL(s) not fetched "
                f"({self.max_pages} at most per run): run `veille fetch` again with them")
        todo = todo[: self.max_pages]
        claimed.update(todo)
        listed_items = {u: e for u, e in (fallbacks or {}).items() if e.linkless}
        earlier = {u: state.raw_id for u in todo if u in changed and u not in listed_items
                   and (state := self.store.fetch_state(u)) is not None and state.raw_id}
        answers = await asyncio.gather(*(_nothing() if u in listed_items else
                                         self._page(fetcher, u, force or u in changed)
                                         for u in todo))
        items: list[RawInput | ItemError] = []
        records, responses = [], []
        unchanged: list[str] = []
        found: list[tuple[str, Response]] = []
        passing = bool(waits)
        for url, outcome in zip(todo, answers, strict=True):
            if outcomes is not None and outcome is not None:
                outcomes[url] = outcome
            if outcome is None:  # the item names no page: the feed's text is the article
                raw = listed_text(listed_items[url], "the item names no page",
                                   listed(url, ""), outlet(""))
                items.append(raw)
                records.append(FetchRecord(url=url, status=0, fetched_at=raw.fetched_at,
                                           raw_id=raw.raw_id))
                continue
            if isinstance(outcome, ItemError):
                held_back |= outcome.reason == "blocked-address" and _openable(url)
                entry = (fallbacks or {}).get(url)
                gone = outcome.reason in GONE and (known := self.store.fetch_state(url)) \
                    is not None and bool(known.raw_id)
                if gone and entry is None:
                    summary.pages_removed += 1
                else:
                    summary.pages_failed += 1
                if gone:  # newuser13b M1
                    summary.notices.append(
                        f"{url}: the site removed the page of an article veille holds "
                        f"({outcome.reason.replace('http-', 'HTTP ')}): the article is "
                        "marked unpublished on its page and in the API (`veille show`)")
                    if entry is None:
                        # What the site did, observed and recorded: no failed item, so
                        # no "check the URL" and no exit status 1 (newuser16c N15).
                        now = utcnow()
                        records.append(FetchRecord(
                            url=url, status=0, fetched_at=now, error=outcome.reason,
                            retry_at=retry_time(outcome.reason, _retry_after(outcome), now)))
                        continue
                passing |= entry is None and not lasting(outcome.reason)
                items.append(outcome if entry is None else listed_text(
                    entry, outcome.one_line(), listed(url, url), outlet(url)))
                now = utcnow()
                records.append(FetchRecord(url=url, status=0, fetched_at=now,
                                           error=outcome.reason, retry_at=retry_time(
                                               outcome.reason, _retry_after(outcome), now)))
                continue
            if outcome.not_modified:
                if url in earlier:
                    unchanged.append(url)
                summary.not_modified += 1
                records.append(_record(url, outcome))
                continue
            if follow_listings and listing_kind(outcome.body):
                found.append((url, outcome))  # followed once this batch is stored
                continue
            summary.pages += 1
            wire = fetched_wire(outcome, outlet(outcome.final_url))
            if wire:  # a NewsML-G2 or ninjs item at a URL (newuser16b C23)
                items.extend(wire)
                first = next((w.raw_id for w in wire if isinstance(w, RawInput)), None)
                records.append(_record(url, outcome, first))
                if first is not None:
                    responses.append(StoredResponse(
                        raw_id=first, url=url, final_url=outcome.final_url,
                        status=outcome.status, headers=outcome.headers,
                        fetched_at=outcome.fetched_at))
                continue
            feed = fetched_feed(outcome, outlet(outcome.final_url))
            if feed:  # a feed's URL given to `veille fetch` (t-final61 #11: refused)
                items.extend(feed)
                first = next((f.raw_id for f in feed if isinstance(f, RawInput)), None)
                records.append(_record(url, outcome, first))
                summary.notices.append(
                    f"{url}: a feed, read as a saved feed file is (each item that carries its "
                    f"text, or its summary, is an article); {FOLLOW_HINT}")
                continue
            moved = self._moved(url, outcome)
            page_hints = self._listed(url, listed(url, outcome.final_url))
            if "site_name" in page_hints and host_name(outcome.final_url) != host_name(url):
                # the feed title's outlet was read against the listed page's host; a page
                # redirected to another host is that host's (a query feed's item)
                page_hints = {k: v for k, v in page_hints.items() if k != "site_name"}
            raw = RawInput(data=outcome.body, origin=outcome.final_url,
                           media_type=_page_type(outcome.headers.get("content-type", "")),
                           url=outcome.final_url, fetched_at=outcome.fetched_at,
                           hints={**page_hints,
                                  **({MOVED_HINT: moved} if moved else {}),
                                  **({TRANSFER_HINT: POSSIBLY_CUT}
                                     if outcome.possibly_cut else {})},
                           source=outlet(outcome.final_url))
            if moved:
                self._absorb(moved, raw)
            if outcome.possibly_cut:  # newuser13b M13
                summary.notices.append(
                    f"{url}: the page may be cut short (no Content-Length, and the "
                    "connection closed with its HTML still open, twice): stored as read, "
                    f"marked ({TRANSFER_HINT}: {POSSIBLY_CUT}); a later whole read "
                    "completes it")
            items.append(raw)
            if earlier.get(url) == raw.raw_id:
                unchanged.append(url)
            records.append(_record(url, outcome, raw.raw_id))
            if not same_resource(url, outcome.final_url):
                # reached through a redirect: the page's own address, the article's URL, is
                # fetched too, so a 404 there later marks it unpublished (t-final62 #5)
                records.append(_record(outcome.final_url, outcome, raw.raw_id))
            responses.append(StoredResponse(
                raw_id=raw.raw_id, url=url, final_url=outcome.final_url,
                status=outcome.status, headers=outcome.headers, fetched_at=outcome.fetched_at))
        done = Ingestor(self.store, batch_size=self.settings.batch_size,
                        sinks=self.sinks, stories=self.stories).run(items)
        records = self._walls(records, done.problems, items)
        self.store.record_fetches(records, responses)
        merge_ingest(summary.ingest, done)
        for url in unchanged:
            # read again for a listed date that moved, and unchanged: the stored page keeps
            # the listing's new dates, so the same move is not read again next poll
            fresh = (hints or {}).get(url, {})
            dates = {k: v for k, v in fresh.items() if k in _DATE_HINTS or k == "title"}
            before = self.store.raw_hints(earlier[url])
            seen = {**_with_seen(before, fresh), **_with_seen(before, fresh, "title")}
            self.store.relist(earlier[url], {**dates, **seen})
        for url, response in found:
            await self._follow_listing(fetcher, url, response, summary, claimed=claimed,
                                       outlet=outlet(response.final_url), zone=zone)
        return complete and not held_back and not passing

    async def _follow_listing(self, fetcher: Fetcher, url: str, response: Response,
                              summary: PollSummary, *, claimed: set[str],
                              outlet: str | None, zone: str) -> None:
        """A feed or sitemap given to ``veille fetch`` (``response``, what ``url``
        answered): its items' pages fetched and stored as a poll of a source does
        (:meth:`_listing_pages`, under the same fetch policy), and its validators kept
        only when nothing was left over, so that a later poll of the same URL as a source
        is no 304 hiding items never fetched (t-final67 C1: "read 3, new 0, failed 3 …
        gives a link and no text", then 304 for good)."""
        seen: list[FetchRecord] = []
        if response.moved_permanently:
            seen.append(_record(response.final_url, response))
        try:
            parsed = parse_listing(response.body, url=response.final_url)
        except ItemError as exc:
            summary.listings_failed += 1
            self._failed(exc, summary)
            return
        listing = await self._read_listing(fetcher, url, response, parsed, summary, seen)
        before = summary.ingest.read
        kind = listing_kind(response.body)
        complete = await self._listing_pages(fetcher, url, listing, summary, claimed=claimed,
                                             outlet=outlet, zone=zone,
                                             summaries=SUMMARY_FIELDS.get(kind, "summary"))
        if not complete:
            seen = [replace(record, etag=None, last_modified=None) for record in seen]
        self.store.record_fetches(seen)
        kind = kind.removeprefix("an ").removeprefix("a ")
        followed = next((s.name for s in self.store.registered_sources()
                         if same_resource(s.url, url) or same_resource(s.url, response.final_url)),
                        None)
        advice = (f"it is source {followed}, polled by `veille watch`" if followed else
                  f"to follow it as it changes, `veille sources add {url}`")
        summary.notices.append(
            f"{url}: {kind} of {len(listing.entries)} item(s); their pages were fetched "
            f"as `veille watch` fetches a source's ({summary.ingest.read - before} read"
            f"{'' if complete else '; the rest is fetched at the next read'}); {advice}")

    def _walls(self, records: list[FetchRecord], problems: Sequence[ItemProblem],
               items: Sequence[RawInput | ItemError]) -> list[FetchRecord]:
        """``records`` with each page refused as a wall (a consent wall, a login form:
        :data:`~veille.extract.walls.WALL_REASON`) recorded as a failure that may pass
        (:func:`~veille.collect.revisit.wall_error`, no validators, asked again at the
        next round, :data:`~veille.collect.revisit.WALL_TRIES` times in all), not as a
        page fetched: the wall is what the site answered this time (verify16 Z13)."""
        walled = {p.origin for p in problems if p.reason == WALL_REASON}
        if not walled:
            return records
        pages = {i.raw_id: i.origin for i in items if isinstance(i, RawInput)}
        kept: list[FetchRecord] = []
        for record in records:
            if record.raw_id and pages.get(record.raw_id) in walled:
                state = self.store.fetch_state(record.url)
                record = replace(record, raw_id=None, etag=None, last_modified=None,
                                 error=wall_error(state.error if state else ""),
                                 retry_at=None)
            kept.append(record)
        return kept

    def _moved(self, url: str, response: Response) -> str:
        """The id of the article stored from ``url`` when ``response`` says the site moved
        that page for good to another URL of the same site (every redirect ``301`` or
        ``308``, RFC 9110 section 15.4: "any future references ... ought to use one of
        the enclosed URIs"; the same registrable domain, :func:`veille.collect.sites.
        same_site`), else "". The page at the new URL is then a version of that article
        (:data:`~veille.record.MOVED_HINT`), not a second one (newuser13b M2)."""
        target = response.final_url
        if not response.moved_permanently or same_resource(url, target) or \
                not same_site(source_from_url(url) or "", source_from_url(target) or ""):
            return ""
        state = self.store.fetch_state(url)
        if state is None or not state.raw_id:
            return ""
        known = article_id(url=url, raw_id="")
        # A page moved before: its address's own article was merged into the one it
        # became, whose current URL this is (verify18a V2: a second move was found only
        # by reading the first address).
        for candidate in (known, self.store.merged_into(known)):
            if candidate and candidate in self.store.get_many([candidate]):
                return candidate
        return ""

    def _absorb(self, moved: str, raw: RawInput) -> None:
        """Before ``raw`` (the page a stored article ``moved`` to) is ingested as that
        article's version: the article stored from the new URL before veille knew of the
        move (its listing named the new URL first: a "republication" of ``moved``, of the
        same source, from these very bytes) is that page, and is removed, so that the page
        becomes the moved article's version and the site's one article is one article
        (newuser13b M2). An article at the new URL with other bytes, or of another
        source, is left alone. The removed article's id leads to ``moved`` from then on
        (newuser16c N8)."""
        if not raw.url:
            return
        there = article_id(url=raw.url, raw_id="")
        found = self.store.get_many([there, moved])
        other, article = found.get(there), found.get(moved)
        if other is None or article is None or there == moved or \
                other.raw.raw_id != raw.raw_id or other.source != article.source:
            return
        self.store.delete_articles([there], merged_into=moved)

    def _listed(self, url: str, fresh: dict[str, str]) -> dict[str, str]:
        """What the listings said of ``url``: this poll's ``fresh`` hints over those kept
        with the page's last stored input. A page fetched again (``veille fetch``, or a
        listing that no longer carries it) is still the page its feed dated and signed: a
        new version must not lose the date and authors only the feed gave (newuser4
        N11)."""
        state = self.store.fetch_state(url)
        if state is None or not state.raw_id:
            return fresh
        earlier = self.store.raw_hints(state.raw_id)  # not the whole raw input
        kept = {key: value for key, value in earlier.items() if key in LISTING_HINTS
                and key.split("_")[0] not in fresh}  # a fresh date or byline wins whole
        kept.update({**_with_seen(earlier, fresh), **_with_seen(earlier, fresh, "title")})
        return {**kept, **fresh} if kept else fresh

    async def _fetch_pages(self, by_source: dict[str | None, list[str]], summary: PollSummary,
                           *, force: bool, zones: dict[str, str]) -> None:
        """The pages of each outlet (``None``: each page's host), all sites at once, each
        outlet's in its time zone setting (``zones``)."""
        claimed: set[str] = set()
        async with Fetcher(self.policy) as fetcher:
            await asyncio.gather(*(self._pages(fetcher, urls, summary, force=force,
                                               claimed=claimed, source=source,
                                               zone=zones.get(source or "", ""),
                                               follow_listings=True)
                                   for source, urls in by_source.items()))

    async def _page(self, fetcher: Fetcher, url: str, force: bool) -> Response | ItemError:
        state = self.store.fetch_state(url) if force else None
        try:
            response = await fetcher.fetch(url, etag=state.etag if state else None,
                                           last_modified=state.last_modified if state else None)
        except FetchError as exc:
            return exc
        if not response.not_modified and response.media_type not in PAGE_TYPES \
                and sniff_wire(response.body) is None and not listing_kind(response.body):
            return InputError(f"not a web page ({response.media_type})", origin=url,
                              reason="not-html", hint="veille fetches HTML pages, text "
                              "captures (text/plain, text/markdown) and wire items "
                              "(NewsML-G2, ninjs); a feed or sitemap is added with `veille "
                              "sources add`, other files are read with `veille ingest`")
        return response


def item_source(name: str | None, *, listing: str, page: str) -> str | None:
    """The source of one listed item: the site its page was fetched from, which is the
    feed's only for a single-outlet feed. A Google News query feed or an aggregator lists
    many outlets' articles; giving them all the feed's name made another outlet's copy of
    a dispatch a same-source republication and a story of many outlets "1 source"
    (newuser6 M4). The site is the page's (``page``, its final URL after redirects: Google
    News' links redirect to the outlet's page). When that site is the listing's own (the
    same registrable domain by the Public Suffix List, :func:`veille.collect.sites.
    same_site`: ``rss.lefigaro.fr`` lists ``www.lefigaro.fr``, while ``a.blogspot.com``
    and ``b.blogspot.com`` are two sites), or the item has no page (``page`` empty), the
    item takes the registered source ``name`` (the user's ``--name`` keeps working);
    otherwise the page's host without ``www.``. ``None`` means "the page's host" (the
    default for an article with a URL).

    The item's own ``<source>`` is a claim of the feed, never the source: any feed can
    write any outlet there, and believed it credited a page fetched from one site to
    another outlet (newuser10 S15). It is kept as evidence (:func:`source_claim`)."""
    home = source_from_url(listing) or ""
    site = source_from_url(page) or ""
    if not site or same_site(site, home):
        return name
    return site


def source_claim(outlet: str, page: str) -> str:
    """What the evidence says of an item's ``<source>`` claim (``outlet``, a URL) against
    the site its page was fetched from (``page``; "" when it has none): "" when there is
    no claim. The claim is credit ("via"), not the article's source (:func:`item_source`)."""
    named = source_from_url(outlet) or ""
    if not named:
        return ""
    site = source_from_url(page) or ""
    if site and same_site(site, named):
        return f"the feed item's <source> names {named}, the site the page is on"
    where = f"the page is on {site}" if site else "the item has no page"
    return f"the feed item's <source> names {named} (not believed: {where})"


async def _nothing() -> None:
    """The outcome of an item with no page to fetch."""
    return None


_DATE_HINTS = frozenset({"published", "published_from", "published_precision", "modified",
                         "modified_precision"})
"""The hints that say when the listing dates an item (:meth:`Collector._redated`)."""
LISTING_HINTS = frozenset({"published", "published_from", "published_precision", "authors",
                           "authors_from", "language", "modified", "modified_precision",
                           "title"})
"""The hints :func:`_hints` gives: what a listing says of a page (not how it was read)."""


SEEN_HINT = "published_seen"
"""The publication dates the site's listings gave a stored page, one ISO 8601 date a line
(the ``published`` hint is the one its extraction used): a page two feeds date
differently is not read again for either date (:meth:`Collector._redated`)."""
MAX_SEEN_DATES = 20
"""The most dates kept in :data:`SEEN_HINT` (the latest): bounded."""


TITLE_SEEN_HINT = "title_seen"
"""The titles the site's listings gave a stored page, one a line, as :data:`SEEN_HINT`
keeps dates (:meth:`Collector._retitled`)."""
_SEEN = {"published": SEEN_HINT, "title": TITLE_SEEN_HINT}


def _seen_lines(kept: dict[str, str], key: str = "published") -> list[str]:
    """Every value of hint ``key`` (``published``, ``title``) the listings gave the page
    whose stored hints are ``kept``: the one kept and those seen."""
    return [line for line in (kept.get(key, ""), *kept.get(_SEEN[key], "").splitlines())
            if line]


def _seen_dates(kept: dict[str, str]) -> set[datetime]:
    """Every publication date the listings gave the page whose stored hints are ``kept``."""
    return {when for line in _seen_lines(kept) if (when := listing_date(line)) is not None}


def _with_seen(kept: dict[str, str], fresh: dict[str, str],
               key: str = "published") -> dict[str, str]:
    """The seen hint (:data:`SEEN_HINT`, :data:`TITLE_SEEN_HINT`) of hint ``key`` of a
    page whose stored hints are ``kept`` once a listing gives it ``fresh`` hints: the
    values seen before and the new one (the latest :data:`MAX_SEEN_DATES`), or nothing
    when no listing ever gave one."""
    lines = [*_seen_lines(kept, key), fresh.get(key, "")]
    values = list(dict.fromkeys(line for line in lines if line))[-MAX_SEEN_DATES:]
    return {_SEEN[key]: "\n".join(values)} if values else {}


def fetched_wire(response: Response, source: str | None) -> list[RawInput | ItemError]:
    """The wire items of a fetched answer whose body is a NewsML-G2 item or message or a
    ninjs item (:func:`veille.collect.wire.sniff_wire`, by content whatever its
    ``Content-Type``: agencies serve them as ``application/xml``, ``application/json``,
    ``application/vnd.iptc.g2.newsitem+xml``…), one raw input each as from a file
    (:func:`veille.collect.wire.wire_items`), dated by the fetch; [] for any other body.
    A wire item's identity is its guid, so the answer's URL is not its page."""
    kind = sniff_wire(response.body)
    if kind is None:
        return []
    return [replace(item, fetched_at=response.fetched_at) if isinstance(item, RawInput)
            else item
            for item in wire_items(response.body, media_type=kind,
                                   origin=response.final_url, source=source)]


def fetched_feed(response: Response, source: str | None) -> list[RawInput | ItemError]:
    """The items of a fetched answer whose body is a feed (RSS, Atom, JSON Feed) or a
    sitemap, by its content whatever its ``Content-Type``
    (:func:`veille.collect.feed_files.listing_kind`), read as ``veille ingest`` reads a
    saved feed file (:func:`~veille.collect.feed_files.feed_file_items`: one article per
    item that carries its text; a sitemap is refused with how to follow it), dated by the
    fetch; [] for any other body. A feed URL given to ``veille fetch`` was refused "not a
    web page" (t-final61 #11)."""
    kind = listing_kind(response.body)
    if not kind:
        return []
    return [replace(item, fetched_at=response.fetched_at) if isinstance(item, RawInput)
            else item
            for item in feed_file_items(response.body, kind=kind,
                                        origin=response.final_url, source=source)]


def _page_type(content_type: str) -> str:
    """``text/html``, or ``text/plain`` for a text capture, with the header's parameters:
    extraction reads the charset there."""
    given = content_type.split(";", 1)[0].strip().lower()
    kind = given if given in CAPTURE_TYPES else HTML
    params = content_type.split(";", 1)[1].strip() if ";" in content_type else ""
    return f"{kind}; {params}" if params else kind


def _record(url: str, response: Response, raw_id: str | None = None) -> FetchRecord:
    """The fetch record of ``response``. A body possibly cut short keeps no validators:
    its ETag and Last-Modified name the whole page, and the next conditional GET would be
    answered ``304`` over the part read (newuser13b M13)."""
    whole = not response.possibly_cut
    return FetchRecord(url=url, status=response.status, fetched_at=response.fetched_at,
                       etag=response.headers.get("etag") if whole else None,
                       last_modified=response.headers.get("last-modified") if whole else None,
                       raw_id=raw_id)


def _retry_after(error: ItemError) -> float | None:
    """The seconds the site's ``Retry-After`` asked to wait, for a fetch error."""
    return error.retry_after if isinstance(error, FetchError) else None


def _failure(exc: ItemError) -> Failure:
    return Failure(origin=exc.origin, reason=exc.reason, message=exc.one_line())


def merge_ingest(total: IngestSummary, part: IngestSummary) -> None:
    """Add one ingest summary's counts to another's."""
    total.read += part.read
    total.unread += part.unread
    total.new += part.new
    total.duplicate += part.duplicate
    total.versions += part.versions
    total.completed += part.completed
    total.failed += part.failed
    total.skipped += part.skipped
    total.skipped_kinds.update(part.skipped_kinds)
    total.reasons.update(part.reasons)
    total.new_ids.extend(part.new_ids)
    total.problems.extend(part.problems)

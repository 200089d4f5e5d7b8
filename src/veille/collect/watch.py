"""The source registry's schedule, and ``veille watch``: a polling loop that survives
restarts.

Everything the loop knows lives in the store (each source's next due time, each URL's
fetch state), so a restarted loop carries on where the last one stopped, and nothing is
fetched twice. Sleeping is bounded so a new source registered meanwhile is picked up soon.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

from veille.collect.leases import claim, this_holder
from veille.collect.netguard import AddressPolicy, blocked_address, never_allowed
from veille.collect.poll import Collector, PollSummary, merge_ingest
from veille.collect.urls import same_resource
from veille.errors import ConfigError
from veille.extract.timezones import check_zone
from veille.record import utcnow
from veille.store.base import SOURCE_KINDS, Source
from veille.store.sqlite import SQLiteStore

KINDS = SOURCE_KINDS
MAX_SLEEP = 60.0
POLL_LEASE = timedelta(minutes=15)
"""How long a poller holds a source it polls (:func:`poll_once`) if it dies before giving
it back: then another poller polls it at most this much later. Longer than a poll of one
source takes (its feed and each new page, under the fetch timeouts)."""


def guess_kind(target: str) -> str:
    """A folder on disk, a sitemap (by name), else a feed."""
    if "://" not in target:
        return "folder"
    path = urlsplit(target).path.lower()
    return "sitemap" if "sitemap" in path else "feed"


def new_source(target: str, *, name: str | None = None, kind: str | None = None,
               every_s: int = 900, timezone: str = "",
               allow: AddressPolicy | None = None) -> Source:
    """A source to register, checked: a known kind, an http(s) URL or an existing folder,
    and ``timezone`` ("" or a zone of the tz database, :func:`~veille.extract.timezones.
    check_zone`). Given the fetcher's ``allow`` policy (``fetch_allow``), a URL whose host
    is or resolves to an address the fetcher would refuse (private, loopback, link-local
    such as the cloud metadata address 169.254.169.254: :mod:`veille.collect.netguard`)
    is refused now, naming the setting, rather than failing at every poll."""
    kind = kind or guess_kind(target)
    if kind not in KINDS:
        raise ConfigError(f"unknown source kind {kind!r}", hint=f"use one of {', '.join(KINDS)}")
    if kind == "folder":
        folder = Path(target).expanduser().resolve()
        if not folder.is_dir():
            raise ConfigError(f"{target} is not a folder", hint="give a folder or an http(s) URL")
        target = str(folder)
    elif urlsplit(target).scheme not in ("http", "https") or not urlsplit(target).hostname:
        raise ConfigError(f"{target!r} is not an http(s) URL", hint="give the feed's full URL")
    elif allow is not None:
        refuse_blocked(target, allow)
    if every_s < 60:
        raise ConfigError("a source may be polled at most once a minute", hint="--every 60")
    if timezone.strip():
        try:
            timezone = check_zone(timezone)
        except ValueError as exc:
            raise ConfigError(str(exc), hint="give a tz database name such as "
                              "Pacific/Noumea, or none to read the zone from the pages"
                              ) from None
    default_name = (urlsplit(target).hostname or "").removeprefix("www.") or Path(target).name
    return Source(name=name or default_name, kind=kind, url=target, every_s=every_s,
                  timezone=timezone.strip())


def refuse_blocked(url: str, allow: AddressPolicy) -> None:
    """:class:`ConfigError` when the fetcher would refuse ``url``'s host
    (:func:`veille.collect.netguard.blocked_address`), saying which setting opens it."""
    host = urlsplit(url).hostname or ""
    blocked = blocked_address(host, allow)
    if blocked is None:
        return
    if never_allowed(blocked):
        # the cloud metadata address and its link-local networks: no setting opens them,
        # so no how-to either (t-final32 #15: it suggested adding 169.254.169.254)
        raise ConfigError(f"{url[:200]} points at a link-local address ({blocked}), where "
                          "cloud servers keep their credentials, which veille never "
                          "fetches (no setting allows it)",
                          hint="give the address of the site itself (a public one, or one "
                               "of your own network)")
    network = str(blocked)
    raise ConfigError(f"{url[:200]} points at a non-public address ({blocked}), which veille "
                      "never fetches", hint=f"if it is your own network, allow it with "
                      f"fetch_allow = \"{network}\" in veille.toml or "
                      f"VEILLE_FETCH_ALLOW={network}")


def register(store: SQLiteStore, source: Source, *, named: bool) -> tuple[Source, bool]:
    """Register ``source`` without ever replacing another one; returns the source as stored
    and whether it is new. The same URL registered again updates that source (its kind and
    schedule) under its name; so does a variant of its URL that differs only by tracking
    parameters, the fragment or the host's case (:func:`veille.collect.urls.
    same_resource`; newuser10 S17: ``feed.xml?utm_source=x`` became a second source
    polling the same feed), which keeps the registered URL, and its time zone setting
    unless a new one is given. A default name (the host)
    already taken by another URL gets the URL's last path word ("lemonde.fr-politique"),
    then a number; an explicit ``--name`` already taken by another URL is an error: a
    site has many feeds, and a second ``add`` silently replaced the first (fresh user
    nu3, F-m).

    Raises :class:`ConfigError` for a taken explicit name, or a URL registered under
    another name than the explicit one."""
    existing = store.registered_sources()
    same_url = next((s for s in existing if s.url == source.url), None) or next(
        (s for s in existing if s.kind != "folder" and source.kind != "folder"
         and same_resource(s.url, source.url)), None)
    if same_url is not None and named and same_url.name != source.name:
        raise ConfigError(f"{source.url} is already registered as {same_url.name!r}",
                          hint=f"`veille sources remove {same_url.name}` first to rename it")
    if same_url is not None:  # the registered address stays (not a tracking variant)
        kept = Source(name=same_url.name, kind=source.kind, url=same_url.url,
                      every_s=source.every_s, timezone=source.timezone or same_url.timezone)
        store.add_source(kept)
        return kept, False
    taken = {s.name: s.url for s in existing}
    name = source.name
    if name in taken:
        if named:
            raise ConfigError(f"a source named {name!r} already exists ({taken[name]})",
                              hint="choose another --name, or `veille sources remove "
                                   f"{name}` first")
        words = [re.sub(r"[^\w-]+", "-", Path(w).stem).strip("-")
                 for w in urlsplit(source.url).path.split("/")]
        words = [w for w in words if w]
        stem = f"{name}-{words[-1]}" if words else name
        name, number = stem, 2
        while name in taken:
            name, number = f"{stem}-{number}", number + 1
    added = Source(name=name, kind=source.kind, url=source.url, every_s=source.every_s,
                   timezone=source.timezone)
    store.add_source(added)
    return added, True


def due(sources: Sequence[Source], now: datetime) -> list[Source]:
    return [s for s in sources if not s.paused and (s.next_due is None or s.next_due <= now)]


def poll_once(store: SQLiteStore, collector: Collector, sources: Sequence[Source],
              polled: list[Source] | None = None) -> PollSummary:
    """Poll ``sources`` together and write each one's next due time and last error (for
    a source the poll paused, moved onto another's feed or gone, the notice why).

    Each source is first claimed in the store (a lease of :data:`POLL_LEASE`,
    :meth:`~veille.store.sqlite.SQLiteStore.claim`): one another poller of the same store
    holds (``serve --watch`` beside ``veille watch``, two ``watch --once``) is skipped, so
    its feed and pages are not fetched twice in the same second (t-final58 #21); the lease
    is given back after the poll, and lapses by itself if the poller dies; a poller of this
    host that died (``kill -9``) has its leases taken over at once (t-final67 R1,
    :mod:`veille.collect.leases`). ``polled``, when
    given, is extended with the sources this call polled."""
    started = utcnow()
    holder = this_holder()
    claimed = [s for s in sources
               if claim(store, f"source:{s.name}", holder=holder, now=started,
                        until=started + POLL_LEASE)]
    if polled is not None:
        polled.extend(claimed)
    if not claimed:
        return PollSummary()
    polled_through = False
    try:
        summary = collector.poll(claimed)
        paused = {s.name for s in store.registered_sources() if s.paused}
        for source in claimed:
            error = next((e for e in summary.errors if e.startswith(source.url)), "")
            if source.name in paused:
                error = next((n for n in summary.notices
                              if n.startswith(f"{source.name}: ")), error)
            store.source_polled(source.name, at=started,
                                next_due=started + timedelta(seconds=source.every_s),
                                error=error)
        polled_through = True
    finally:
        for source in claimed:
            try:
                store.release(f"source:{source.name}", holder=holder)
            except Exception:
                if polled_through:
                    raise
                # the poll's own error (a full disk, with what was stored) is the one to
                # tell; the lease lapses by itself after POLL_LEASE
    return summary


def watch(store: SQLiteStore, collector: Collector, *, once: bool = False,
          report: Callable[[list[Source], PollSummary], None] | None = None,
          sleep: Callable[[float], None] = time.sleep,
          idle: Callable[[Source | None, datetime | None], None] | None = None,
          tick: Callable[[], None] | None = None) -> PollSummary:
    """Poll due sources until interrupted; with ``once``, every active source, then return.

    Each round also revisits the recent pages due (:mod:`veille.collect.revisit`), reported
    with no source. Before each wait, ``idle`` gets the next source due and when
    (``None, None`` when no source is active), so a caller can say what the loop waits
    for. ``tick`` runs after
    each round, polled or idle (the service sends due alerts there)."""
    total = PollSummary()
    while True:
        sources = store.registered_sources()
        todo = [s for s in sources if not s.paused] if once else due(sources, utcnow())
        if todo:
            polled: list[Source] = []
            summary = poll_once(store, collector, todo, polled)
            if report and polled:  # none when another poller holds them all
                report(polled, summary)
            _add(total, summary)
        revisited = collector.revisit()  # recent pages whose revisit is due (revisit.py)
        if revisited.revisit_counts()[0] or revisited.errors:
            if report:
                report([], revisited)
            _add(total, revisited)
        if tick:
            tick()
        if once:
            return total
        upcoming = sorted(((s.next_due, s) for s in store.registered_sources()
                           if not s.paused and s.next_due is not None), key=lambda p: p[0])
        if idle:
            idle(upcoming[0][1] if upcoming else None, upcoming[0][0] if upcoming else None)
        wait = (upcoming[0][0] if upcoming else utcnow()) - utcnow()
        sleep(min(MAX_SLEEP, max(1.0, wait.total_seconds())))


def _add(total: PollSummary, part: PollSummary) -> None:
    total.listings += part.listings
    total.not_modified += part.not_modified
    total.pages += part.pages
    total.skipped += part.skipped
    total.waiting_urls |= part.waiting_urls
    total.refused_urls |= part.refused_urls
    if part.next_retry is not None:
        total.next_retry = min(filter(None, [total.next_retry, part.next_retry]))
    total.listings_not_modified += part.listings_not_modified
    total.listings_failed += part.listings_failed
    total.pages_failed += part.pages_failed
    total.pages_removed += part.pages_removed
    total.left += part.left
    total.errors.extend(part.errors)
    total.notices.extend(part.notices)
    merge_ingest(total.ingest, part.ingest)

"""``veille sources add|list|remove|pause|resume``, ``veille watch`` and ``veille fetch``."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

import click

from veille.cli.context import app, creates_store
from veille.cli.ingest import print_summary, require_searchable
from veille.cli.render import json_text, one_line, utc_minute
from veille.cli.suggest import SuggestingGroup
from veille.errors import NotFound
from veille.record import utcnow
from veille.store.base import SOURCE_KINDS, Source

if TYPE_CHECKING:  # the collectors are imported when a command runs (start-up time)
    from veille.collect.poll import PollSummary
    from veille.monitor.deliver import DeliveryReport


@click.group("sources", cls=SuggestingGroup)
def sources_command() -> None:
    """The sources `veille watch` polls: feeds, sitemaps, single URLs and folders."""


@creates_store
@sources_command.command("add")
@click.argument("target")
@click.option("--name", help="A short name (default: the site's host, or the folder's name).")
@click.option("--kind", type=click.Choice(SOURCE_KINDS), help="Default: a folder on disk, a "
              "sitemap when the URL says so, else a feed (RSS, Atom, JSON Feed).")
@click.option("--every", "every_s", type=int, default=900, show_default=True,
              help="Seconds between two polls.")
@click.option("--timezone", default="", metavar="ZONE",
              help="The zone of this source's dates written without one, a tz database "
                   "name (Pacific/Noumea): for an outlet whose pages do not say where they "
                   "are written (an overseas newsroom on a .fr domain).")
@click.pass_context
def add_command(ctx: click.Context, target: str, name: str | None, kind: str | None,
                every_s: int, timezone: str) -> None:
    """Register a feed, sitemap or page URL, or a folder; it is due at once."""
    from veille.collect.netguard import AddressPolicy
    from veille.collect.watch import new_source, register

    # checked before the store opens: a refused URL leaves no store behind
    checked = new_source(target, name=name, kind=kind, every_s=every_s, timezone=timezone,
                         allow=AddressPolicy.parse(app(ctx).settings.fetch_allow))
    source, new = register(app(ctx).store, checked, named=bool(name))
    zone = f", dates without a zone in {source.timezone}" if source.timezone else ""
    click.echo(f"{'added' if new else 'updated'} {source.name} ({source.kind}, every "
               f"{source.every_s} s{zone}): {source.url}")
    if name:
        _named_elsewhere(ctx, source)


def _named_elsewhere(ctx: click.Context, source: Source) -> None:
    """Say so when the ``--name`` just given will name no article: another source of the
    same site was registered first, and a site's articles carry its first source's name
    (:func:`veille.collect.outlets.outlet_name`, docs/collect.md *Whose articles*;
    t-final52 B7: "added X" said nothing of it, and the articles kept the other name)."""
    from veille.collect.outlets import outlet_name

    registered = [s for s in app(ctx).store.registered_sources() if s.url != source.url]
    carried = outlet_name(source, registered)
    if carried != source.name:
        click.echo(f"note: the articles of this site are named {carried!r}, the name of its "
                   f"first registered source, not {source.name!r}; to name them "
                   f"{source.name!r}, remove that source and add it again after this one "
                   "(docs/collect.md, Whose articles)", err=True)


@sources_command.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the sources as JSON.")
@click.pass_context
def list_command(ctx: click.Context, as_json: bool) -> None:
    """The registered sources, their schedule and their last error."""
    from veille.collect.leases import describe

    reader = app(ctx).reader
    sources = reader.registered_sources()
    now = utcnow()
    held = {key.removeprefix("source:"): describe(holder, until)
            for key, (holder, until) in reader.leases("source:").items() if until > now}
    if as_json:
        click.echo(json_text([{**_as_dict(s), "lease": held.get(s.name)} for s in sources],
                             indent=2))
        return
    for s in sources:
        state = "paused" if s.paused else f"due {utc_minute(s.next_due)}" if s.next_due else ""
        if s.name in held:  # a poller has it (t-final67 R1: a dead one's was not said)
            state += f" ({held[s.name]})"
        error = f"  last error: {s.last_error}" if s.last_error else ""
        zone = f" ({s.timezone})" if s.timezone else ""
        click.echo("\t".join([one_line(s.name), s.kind, one_line(s.url),
                              f"every {s.every_s} s{zone}", state + one_line(error)]))
    if not sources:
        click.echo("no sources; add one with `veille sources add URL`", err=True)


def _as_dict(source: Source) -> dict[str, object]:
    return {"name": source.name, "kind": source.kind, "url": source.url,
            "every_s": source.every_s, "paused": source.paused,
            "timezone": source.timezone or None,
            "next_due": source.next_due.isoformat() if source.next_due else None,
            "last_polled": source.last_polled.isoformat() if source.last_polled else None,
            "last_error": source.last_error}


def _change(ctx: click.Context, done: bool, name: str, what: str) -> None:
    if not done:
        raise NotFound(f"no source named {name!r}", hint="see `veille sources list`")
    click.echo(f"{what} {name}")


@sources_command.command("remove")
@click.argument("name")
@click.pass_context
def remove_command(ctx: click.Context, name: str) -> None:
    """Forget a source (what it brought stays in the store)."""
    _change(ctx, app(ctx).store.remove_source(name), name, "removed")


@sources_command.command("pause")
@click.argument("name")
@click.pass_context
def pause_command(ctx: click.Context, name: str) -> None:
    """Stop polling a source until it is resumed."""
    _change(ctx, app(ctx).store.pause_source(name), name, "paused")


@sources_command.command("resume")
@click.argument("name")
@click.pass_context
def resume_command(ctx: click.Context, name: str) -> None:
    """Poll a paused source again."""
    _change(ctx, app(ctx).store.pause_source(name, paused=False), name, "resumed")


def _waiting(summary: PollSummary) -> str:
    """``; waiting for a retry N (the next at 07:42 UTC)`` when listed pages wait for the
    time a refusal gave (newuser16c N6), else ""."""
    if not summary.waiting or summary.next_retry is None:
        return ""
    return (f"; waiting for a retry {summary.waiting} (the next at "
            f"{summary.next_retry.astimezone(UTC):%Y-%m-%d %H:%M} UTC)")


def _refused(summary: PollSummary) -> str:
    """``; refused before (not asked) N`` when listed pages were not asked because an
    earlier fetch of them was refused for good (t-final55 A4: they were counted "already
    fetched"), else ""."""
    count = len(summary.refused_urls)
    return f"; refused before (not asked) {count}" if count else ""


def _print(summary: PollSummary) -> None:
    """The run's requests, each counted once (polls and revisits together; newuser11b
    U34: "listings 0, unchanged 5" mixed feeds answered 304 with revisited pages)."""
    (asked, read, same, failed), (p_asked, got, p_same, removed, p_failed) = \
        summary.request_counts()
    gone = f"removed by their site (404, 410) {removed}, " if removed else ""
    click.echo(f"listings asked {asked}: read {read}, unchanged (304) {same}, failed "
               f"{failed}; pages asked {p_asked}: downloaded {got}, unchanged (304) {p_same}, "
               f"{gone}failed {p_failed}; listed pages already fetched (not asked) "
               f"{summary.skipped}{_refused(summary)}{_waiting(summary)}", err=True)
    print_summary(summary.ingest)  # its errors hold the listings' failures too


def _print_alerts(report: DeliveryReport) -> None:
    """The alerts a watch sent and failed, by channel, on the line `alerts send` prints
    (t-final36 B5: `watch --once` delivered alerts and said nothing of them)."""
    by_channel = ", ".join(f"{channel} {sent} sent, {failed} failed" for channel, (sent, failed)
                           in sorted(report.channels.items()))
    click.echo(f"alerts: sent {report.sent}, failed {report.failed}"
               + (f" ({by_channel})" if by_channel else ""), err=True)
    for error in dict.fromkeys(report.errors):
        click.echo(f"  {error}", err=True)


@creates_store
@click.command("watch")
@click.option("--once", is_flag=True, help="Poll every active source once, then exit "
              "(for cron); without it, poll each source when it is due, until interrupted.")
@click.pass_context
def watch_command(ctx: click.Context, once: bool) -> None:
    """Poll the registered sources; safe to stop and restart at any time.

    Ends with one line counting the run's requests (listings and pages: asked, read or
    downloaded, unchanged (304), failed; listed pages already fetched, not asked), then
    the articles stored; docs/collect.md says what each number counts."""
    from veille.cli.saved import say_no_smtp_once
    from veille.ingest import IngestStopped

    state = app(ctx)
    say_no_smtp_once(state.service)

    def report(sources: list[Source], summary: PollSummary) -> None:
        names = ", ".join(s.name for s in sources[:5]) + (" ..." if len(sources) > 5 else "")
        if sources:
            click.echo(f"polled {names}: new {summary.ingest.new}, failed "
                       f"{summary.ingest.failed}", err=True)
        else:  # the round's revisits of recent pages (docs/collect.md)
            read, changed, unchanged, failed = summary.revisit_counts()
            click.echo(f"revisited {read} page(s): {changed} changed, {unchanged} unchanged, "
                       f"failed {failed}", err=True)
        for notice in summary.notices:
            click.echo(notice, err=True)
        if summary.ingest.index_error:
            click.echo(f"warning: {summary.ingest.index_error}", err=True)

    said: list[tuple[str, datetime | None]] = []

    def idle(source: Source | None, when: datetime | None) -> None:
        # Said once per wait, not at every wake-up of the bounded sleep.
        if said and said[-1] == (source.name if source else "", when):
            return
        said.append((source.name if source else "", when))
        if source is None or when is None:
            click.echo("waiting: no active source (add one with `veille sources add URL`)",
                       err=True)
        else:
            click.echo(f"waiting: next poll {source.name} at "
                       f"{when.astimezone(UTC):%Y-%m-%d %H:%M:%S} UTC (Ctrl-C to stop)",
                       err=True)

    try:
        total = state.service.watch(once=once, report=report, idle=idle)
    except IngestStopped as stopped:  # what the stopped ingest stored, then the one line
        print_summary(stopped.summary)
        raise
    _print(total)
    if state.service.delivered is not None:
        _print_alerts(state.service.delivered)
    require_searchable(total.ingest.index_error)
    if total.ingest.failed or total.errors:
        ctx.exit(1)


@creates_store
@click.command("fetch")
@click.argument("urls", nargs=-1, required=True)
@click.pass_context
def fetch_command(ctx: click.Context, urls: tuple[str, ...]) -> None:
    """Fetch pages now and ingest them (a conditional GET when fetched before).

    A feed's or sitemap's URL is followed as `veille watch` polls a source: each item's
    page is fetched (the item's own text when its page fails); to follow it as it
    changes, `veille sources add URL`.
    """
    summary = app(ctx).service.fetch(list(urls))
    for notice in summary.notices:
        click.echo(notice, err=True)
    _print(summary)
    require_searchable(summary.ingest.index_error)
    if summary.ingest.failed:
        ctx.exit(1)

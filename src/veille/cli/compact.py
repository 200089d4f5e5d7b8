"""``veille compact``: remove the changes of the store's log every follower has applied."""

from __future__ import annotations

from datetime import datetime

import click

from veille.cli.context import app
from veille.cli.render import count_noun, json_text
from veille.errors import NotFound
from veille.record import utcnow
from veille.store.changelog import Compaction, Follower


def _ago(when: datetime, now: datetime) -> str:
    seconds = max(0, int((now - when).total_seconds()))
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            return f"{count_noun(seconds // size, unit)} ago"
    return "just now"


def _follower_line(follower: Follower, done: Compaction, now: datetime) -> str:
    if follower.applied_seq < done.compacted_seq:
        state = "behind the compacted log: rebuilds from the store when it next runs"
    elif follower.name in done.expired:
        state = "not seen for too long: no longer holds the log"
    else:
        state = "holds the log" if follower.name == done.held_by else "live"
    return (f"  {follower.name:<24} at change {follower.applied_seq:<10} seen "
            f"{_ago(follower.seen_at, now)}; {state}")


def held_sentence(done: Compaction, keep_hours: float) -> str:
    """Why the changes after the compacted ones stay, in a sentence a user can act on:
    the setting's name and what to change, or the follower that has not applied them
    and how to drop it (t-final25 S15: "kept from there for keep_age")."""
    kept = f"the changes after {done.compacted_seq} stay"
    if done.held_by == "keep_age":
        return (f"{kept}: they are younger than changelog_keep_hours ({keep_hours:g} h); "
                "lower it (VEILLE_CHANGELOG_KEEP_HOURS, or changelog_keep_hours in "
                "veille.toml) to remove changes sooner")
    if done.held_by == "the newest change":
        return f"{kept}: the newest change is always kept (followers go on from it)"
    return (f"{kept}: follower {done.held_by!r} has not applied them yet; they go once it "
            f"has (`veille compact --forget {done.held_by!r}` if it is retired; it "
            "rebuilds from the store if it runs again)")


@click.command("compact")
@click.option("--dry-run", is_flag=True, help="Say what would be removed, remove nothing.")
@click.option("--forget", "forget", multiple=True, metavar="NAME",
              help="Stop keeping changes for this follower first (a retired replica, an "
                   "abandoned rebuild); it rebuilds from the store if it runs again.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
def compact_command(ctx: click.Context, dry_run: bool, forget: tuple[str, ...],
                    as_json: bool) -> None:
    """Compact the store's change log: remove the changes every registered follower (the
    search index, enrichment, alerts) has applied.

    The index and the alert view catch up first. Changes younger than
    changelog_keep_hours stay; a follower not seen for changelog_follower_days no longer
    holds the log (it rebuilds from the store when it runs again). Writes compact on
    their own past changelog_compact_rows changes.
    """
    state = app(ctx)
    service, store = state.service, state.store
    for name in forget:
        if not store.forget_follower(name):
            raise NotFound(f"no follower named {name!r} (--forget)",
                           hint="`veille compact --dry-run` lists the followers")
    if not dry_run:
        service.sync(wait=0)
        service.match_alerts()
    done = service.compact(dry_run=dry_run)
    sizes = store.log_stats()
    if as_json:
        click.echo(json_text({
            "dry_run": dry_run, "removed": done.removed, "seconds": round(done.seconds, 3),
            "compacted_before": done.compacted_before, "compacted_seq": done.compacted_seq,
            "head": done.head, "held_by": done.held_by, "expired": done.expired,
            "followers": [{"name": f.name, "applied_seq": f.applied_seq,
                           "seen_at": f.seen_at.isoformat()} for f in done.followers],
            **sizes}, indent=2))
        return
    now = utcnow()
    click.echo("followers of the change log:" if done.followers else "no registered followers")
    for follower in done.followers:
        click.echo(_follower_line(follower, done, now))
    verb = "would remove" if dry_run else "removed"
    click.echo(f"{verb} {count_noun(done.removed, 'change')} in {done.seconds:.2f} s")
    if done.held_by:
        click.echo(held_sentence(done, state.settings.changelog_keep_hours))
    click.echo(f"log: {count_noun(sizes['log_rows'], 'change')} kept, oldest "
               f"{sizes['log_oldest_seq']}, head {done.head}, compacted up to "
               f"{sizes['log_compacted_seq']}")

"""``veille ingest`` and ``veille reextract``."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from veille.cli.context import AppContext, app, creates_store
from veille.cli.progress import progress_bar, progress_bars
from veille.cli.render import count_noun, json_text, one_line
from veille.errors import SearchIndexError
from veille.source_name import checked_source

if TYPE_CHECKING:  # the pipeline is imported when a command runs (start-up time)
    from veille.ingest import IngestSummary

MAX_ERRORS_SHOWN = 20


def checked_zone(value: str) -> str:
    """``--timezone``'s value checked against the tz database ("" when not given)."""
    from veille.extract.timezones import check_zone

    if not value:
        return ""
    try:
        return check_zone(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


def print_summary(summary: IngestSummary) -> None:
    """The one-screen summary: counts (``read + not read = new + duplicate + failed +
    versions + skipped``, the last shown only when some item was no article; "not read"
    only when some input failed before a byte was read, a path that does not exist:
    :data:`veille.ingest.UNREAD_REASONS`), then each failure on one line."""
    skipped = (f", skipped {summary.skipped} (not articles: {skipped_kinds(summary)})"
               if summary.skipped else "")
    unstored = (f", not stored {summary.unstored} (the run stopped)"
                if summary.unstored else "")
    unread = f" ({summary.unread} not read)" if summary.unread else ""
    completed = (f", completed {summary.completed} (cut short before, read whole now: "
                 "no update)" if summary.completed else "")
    click.echo(f"read {summary.read}, new {summary.new}, duplicate {summary.duplicate}, "
               f"failed {summary.failed}{unread}, versions {summary.versions}{completed}{skipped}"
               f"{unstored}",
               err=True)
    for message in summary.errors[:MAX_ERRORS_SHOWN]:
        click.echo(f"  failed: {one_line(message)}", err=True)
    if summary.own_source:  # t-final25 S2: --source applies to inputs naming no outlet
        names = "names its" if summary.own_source == 1 else "name their"
        click.echo(f"  {count_noun(summary.own_source, 'input')} {names} own outlet, kept "
                   "over --source (which applies to inputs naming none; see the notes)",
                   err=True)
    if summary.dates_unused:
        click.echo(f"  {count_noun(summary.dates_unused, 'article')} with a date not used "
                   "(a record's field, a feed item's date: see the notes)", err=True)
    grouped = grouped_notes(summary.notes, summary.note_kinds)
    for note in grouped[:MAX_ERRORS_SHOWN]:
        click.echo(f"  note: {one_line(note)}", err=True)
    if len(grouped) > MAX_ERRORS_SHOWN:
        click.echo(f"  ... and {len(grouped) - MAX_ERRORS_SHOWN} more notes "
                   "(see `veille ingest --json`)", err=True)
    if len(summary.errors) > MAX_ERRORS_SHOWN:
        click.echo(f"  ... and {len(summary.errors) - MAX_ERRORS_SHOWN} more "
                   "(see `veille stats --failures`)", err=True)


NAMED_ALIKE = 3
"""How many notes of one kind are printed each; more are one line that names this many
inputs and counts the others."""


def grouped_notes(notes: Sequence[str], kinds: Sequence[str]) -> list[str]:
    """``notes`` (``origin: what`` lines, in input order) with one line per kind
    (``kinds``, same index; a note without a kind is its own): a kind said of
    :data:`NAMED_ALIKE` inputs or fewer is their notes as they are; of more, one line
    ``"N inputs (a#1, #2, #3 and N-3 more), the first: what"``
    with the first one's text, its inputs in input order (t-final61 #11: a 1,000-item
    feed printed 1,000 identical notes). ``veille ingest --json`` keeps every line."""
    groups: dict[str, list[str]] = {}
    for n, note in enumerate(notes):
        kind = kinds[n] if n < len(kinds) and kinds[n] else f"#{n}"
        groups.setdefault(kind, []).append(note)
    lines = []
    for members in groups.values():
        if len(members) <= NAMED_ALIKE:  # a few: each is told
            lines.extend(members)
            continue
        origins = [_origin_of(note) for note in members]
        first_text = members[0][len(origins[0]) + 2:] if origins[0] else members[0]
        named = _short_origins(origins[:NAMED_ALIKE])
        lines.append(f"{len(members)} inputs ({named} and {len(members) - NAMED_ALIKE} "
                     f"more), the first: {first_text}")
    return lines


def _origin_of(note: str) -> str:
    """The origin a note line starts with (``origin: what``), "" when it names none."""
    head, sep, _ = note.partition(": ")
    return head if sep else ""


def _short_origins(origins: Sequence[str]) -> str:
    """``origins`` joined, each item of the first one's file shortened to ``#N``
    ("feed.xml#1, #2, #3")."""
    file = origins[0].rpartition("#")[0] if "#" in origins[0] else ""
    return ", ".join(o[len(file):] if file and n and o.startswith(file + "#") else o
                     for n, o in enumerate(origins))


def skipped_kinds(summary: IngestSummary) -> str:
    """What the skipped items were, most frequent first ("1 picture, 1 package item");
    their counts add up to ``summary.skipped`` (newuser12 W14: the summary named only
    "wire pictures, videos..." whatever was skipped)."""
    kinds = summary.skipped_kinds.most_common()
    named = sum(n for _, n in kinds)
    if named < summary.skipped:
        kinds.append(("other", summary.skipped - named))
    return ", ".join(f"{n} {kind if n == 1 or kind == 'other' else kind + 's'}"
                     for kind, n in kinds)


def counted(n: int, noun: str) -> str:
    """``n`` and ``noun``, plural past one ("1 change", "0 changes", "2 changes")."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def enrich_backlog(pending: int, before: int, *, followed: bool = False,
                   stored: int | None = None) -> str:
    """The note saying which changes await ``veille enrich`` after ``ingest`` or
    ``reextract`` ("" when none): ``pending`` after the run, of which those beyond the
    ``before`` it found are its own (newuser11b U26: an older backlog read as the run's
    result). ``before`` is capped at ``pending``: an enrichment that ran meanwhile may have
    taken older ones. With ``followed`` (a ``serve --watch`` or ``watch`` enriches in the
    background: :func:`veille.follower_presence.running_elsewhere`), it says that process
    enriches them, not to run ``veille enrich`` (t-final51 B9). ``stored``: what the run
    wrote (new articles, versions, completions), when known: a run that wrote nothing has
    no change of its own, whatever another process wrote meanwhile (t-final62: a second
    ingest of an unchanged folder, beside another ingest, said "285 changes of this run")."""
    if pending <= 0:
        return ""
    if followed:
        return (f"note: enrichment: {counted(pending, 'change')} "
                f"{'is' if pending == 1 else 'are'} being enriched by the running "
                "follower (`veille serve --watch` or `veille watch`); entities and places "
                "searched meanwhile are those found before")
    earlier = pending if stored == 0 else min(before, pending)
    own = pending - earlier
    verb = "awaits" if pending == 1 else "await"
    if own and earlier:
        what = f"{counted(own, 'change')} of this run and {earlier} from before it {verb}"
    elif own:
        what = f"{counted(own, 'change')} of this run {verb}"
    else:
        what = (f"{counted(earlier, 'change')} from before this run or from another "
                f"process (none of its own) still {verb}")
    return (f"note: enrichment: {what} `veille enrich` (entities and places searched "
            "meanwhile are those found before)")


def _followed(state: AppContext) -> bool:
    """Whether a running process enriches this data directory's store in the background."""
    from veille.follower_presence import running_elsewhere

    return running_elsewhere(state.settings.data_dir, "enrichment")


def require_searchable(message: str) -> None:
    """Fail the command (status 2, one line) when stored changes are left unsearchable."""
    if message:
        raise SearchIndexError(message)


WATCHED_BYTES = 100_000
"""Bytes of input (files, folders walked) from which `veille ingest` shows its progress
whatever the number of files: a JSON Lines file of a hundred articles takes seconds."""


def input_bytes(paths: tuple[Path, ...]) -> int:
    """The size of the files ``paths`` name and hold (folders walked, as the ingest walks
    them; ``-`` and unreadable ones count 0), stopping past :data:`WATCHED_BYTES`."""
    from veille.collect.files import list_files

    total = 0
    for path in list_files([p for p in paths if str(p) != "-"]):
        try:
            total += path.stat().st_size
        except OSError:
            continue
        if total >= WATCHED_BYTES:
            break
    return total


@creates_store
@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--source", callback=lambda _c, _p, v: checked_source(v),
              help="Name the site of the inputs that name none of their own "
              "(text captures; records without url or source; pages without a canonical "
              "URL; enables learning its page chrome across captures): its domain "
              "(lemonde.fr) or its name (\"Le Monde\").")
@click.option("--timezone", "zone", default="", metavar="ZONE",
              callback=lambda _c, _p, v: checked_zone(v),
              help="The time zone of the inputs' dates printed without one (an IANA name: "
              "Indian/Reunion, America/Martinique), as `sources add --timezone` sets it for "
              "a source; by default the zone of --source's setting, else the page's country, "
              "domain or language (docs/html-extraction.md, \"Time zones\").")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--executor", default=None, metavar="SPEC",
              help="Where extraction runs: local (default), dask-local, or dask://host:port "
              "(a Dask scheduler, for large WARC imports); the store is written here.")
@click.pass_context
def ingest_command(ctx: click.Context, paths: tuple[Path, ...], source: str | None,
                   zone: str, as_json: bool, executor: str | None) -> None:
    """Ingest files, directories (recursively) and - (standard input).

    Accepts text captures (.txt), HTML pages (.html, .htm), JSON Lines of articles (.jsonl),
    JSON (.json), gzip files of any of these, WARC archives (.warc, .warc.gz, CC-NEWS
    included), wire files (NewsML-G2 .xml, ninjs .json) and saved feeds (RSS, Atom, JSON
    Feed: one article per item that carries its text). Safe to re-run: what is stored
    is skipped, so an interrupted import resumes. The search index follows; the exit status
    is not 0 while stored articles are left unsearchable.
    """
    from veille.collect.files import count_files
    from veille.collect.warc import archive_bytes
    from veille.ingest import IngestStopped

    state = app(ctx)
    archives = archive_bytes(list(paths))  # WARC files: their bytes too (one bar a line)
    files = count_files(list(paths))
    bars = [("ingesting files", files), ("inputs done", 0)] + (
        [("reading archives", archives)] if archives else [])
    stored_before = state.store.counts()["articles"]
    lag_before = state.store.enrich_lag()
    # t-final65 C8: a folder of two files, one a JSON Lines of 100 articles, said nothing
    # for seconds; its size says it is long too (a line from the start, then progress)
    watched = files >= 20 or archives > 0 or input_bytes(paths) >= WATCHED_BYTES
    try:
        with progress_bars(bars, enabled=watched) as advances:
            summary = state.service.ingest(*paths, source=source, stdin=sys.stdin.buffer,
                                           file_progress=advances[0], progress=advances[1],
                                           archive_progress=advances[-1] if archives
                                           else None, executor=executor, zone=zone)
    except IngestStopped as stopped:  # what was stored, then the one-line error
        if as_json:
            click.echo(json_text(stopped.summary.as_dict(), indent=2))
        print_summary(stopped.summary)
        raise
    except KeyboardInterrupt:  # t-final24 S11: "aborted", and nothing on what was kept
        kept = state.store.counts()["articles"] - stored_before
        click.echo(f"\ninterrupted: {count_noun(kept, 'new article')} kept (each batch is "
                   "committed whole); run the same command again to resume: what is "
                   "stored is skipped", err=True)
        ctx.exit(130)
    if as_json:
        click.echo(json_text(summary.as_dict(), indent=2))
    print_summary(summary)
    # t-final34 B1: entities, places, dates and quotes wait for `veille enrich` (unless
    # the setting enrich_on_write is on): say so rather than leave them empty unexplained
    line = enrich_backlog(state.store.enrich_lag(), lag_before, followed=_followed(state),
                          stored=summary.new + summary.versions + summary.completed)
    if line:
        click.echo(line, err=True)
    require_searchable(summary.index_error)
    if summary.failed:
        ctx.exit(1)


@click.command("reextract")
@click.option("--executor", default=None, metavar="SPEC",
              help="Where extraction runs: local (default), dask-local, or "
              "dask://host:port (a Dask scheduler); one writer here commits in order.")
@click.pass_context
def reextract_command(ctx: click.Context, executor: str | None) -> None:
    """Run extraction again over every stored raw input (after an upgrade).

    A run that was killed resumes after the last batch it committed.
    """
    state = app(ctx)
    total = state.store.counts()["articles"]
    earlier = state.store.enrich_lag()
    with progress_bar("re-extracting", total=total, enabled=total >= 20) as advance:
        result = state.service.reextract(progress=advance, executor=executor)
    click.echo(f"articles {result.seen}, changed {result.changed}, failed {result.failed}",
               err=True)
    for message in result.errors[:MAX_ERRORS_SHOWN]:
        click.echo(f"  failed: {one_line(message)}", err=True)
    line = enrich_backlog(result.enrich_pending, earlier, followed=_followed(state),
                          stored=result.changed)
    if line:
        click.echo(line, err=True)
    require_searchable(result.index_error)
    if result.failed:
        ctx.exit(1)

"""``veille ingest`` and ``veille reextract``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from veille.cli.context import app
from veille.cli.progress import progress_bar
from veille.cli.render import json_text, one_line
from veille.cli.search import index_sinks
from veille.collect.files import count_files
from veille.collect.warc import archive_bytes
from veille.ingest import IngestSummary, ingest_paths
from veille.maintenance import reextract

MAX_ERRORS_SHOWN = 20


def print_summary(summary: IngestSummary) -> None:
    """The one-screen summary: counts, then each failure on one line."""
    click.echo(f"read {summary.read}, new {summary.new}, duplicate {summary.duplicate}, "
               f"failed {summary.failed}", err=True)
    for message in summary.errors[:MAX_ERRORS_SHOWN]:
        click.echo(f"  failed: {one_line(message)}", err=True)
    if len(summary.errors) > MAX_ERRORS_SHOWN:
        click.echo(f"  ... and {len(summary.errors) - MAX_ERRORS_SHOWN} more "
                   "(see `veille stats --failures`)", err=True)


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--source", help="Name the site these inputs come from (enables learning its "
              "page chrome across captures).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
def ingest_command(ctx: click.Context, paths: tuple[Path, ...], source: str | None,
                   as_json: bool) -> None:
    """Ingest files, directories (recursively) and - (standard input).

    Accepts text captures (.txt), HTML pages (.html, .htm), JSON Lines of articles (.jsonl),
    JSON (.json), gzip files of any of these, WARC archives (.warc, .warc.gz, CC-NEWS
    included) and wire files (NewsML-G2 .xml, ninjs .json). Safe to re-run: what is stored
    is skipped, so an interrupted import resumes.
    """
    state = app(ctx)
    archives = archive_bytes(list(paths))  # WARC files: progress in bytes, not files
    total = archives or count_files(list(paths))
    label = "reading archives" if archives else "ingesting"
    with progress_bar(label, total=total, enabled=total >= 20) as advance:
        summary = ingest_paths(state.store, list(paths), settings=state.settings, source=source,
                               stdin=sys.stdin.buffer, progress=None if archives else advance,
                               archive_progress=advance if archives else None,
                               sinks=index_sinks(state))
    if as_json:
        click.echo(json_text(summary.as_dict(), indent=2))
    print_summary(summary)
    if summary.failed:
        ctx.exit(1)


@click.command("reextract")
@click.pass_context
def reextract_command(ctx: click.Context) -> None:
    """Run extraction again over every stored raw input (after an upgrade)."""
    state = app(ctx)
    total = state.store.counts()["articles"]
    with progress_bar("re-extracting", total=total, enabled=total >= 20) as advance:
        result = reextract(state.store, progress=advance, sinks=index_sinks(state))
    click.echo(f"articles {result.seen}, changed {result.changed}, failed {result.failed}",
               err=True)
    for message in result.errors[:MAX_ERRORS_SHOWN]:
        click.echo(f"  failed: {one_line(message)}", err=True)
    if result.failed:
        ctx.exit(1)

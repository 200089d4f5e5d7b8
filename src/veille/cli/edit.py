"""``veille edit ID --source X``: a user's correction of a stored article (issue 14).

Thin: the service does the edit (:mod:`veille.source_edits`); this prints what it did in
the terminal's language, or its JSON (the API's shape) with ``--json``. The edit is
recorded as made by the user running the command (their login name).
"""

from __future__ import annotations

import getpass

import click

from veille.cli.context import app, full_id
from veille.cli.render import json_text, ui_strings
from veille.source_edits import clock_of, unknown_outlet


def _user() -> str:
    """Who runs the command: the login name, "cli" when the system names none."""
    try:
        return getpass.getuser() or "cli"
    except (KeyError, OSError):  # no name for this uid (a container's)
        return "cli"


@click.command("edit")
@click.argument("article_id")
@click.option("--source", required=True, metavar="SOURCE",
              help="The outlet the article comes from: its domain (lemonde.fr) or its name "
                   "(\"Le Monde\"), as `ingest --source` takes it. The raw input is kept; "
                   "`reextract` keeps the edit.")
@click.option("--json", "as_json", is_flag=True,
              help="Print what was done as JSON (the API's shape).")
@click.pass_context
def edit_command(ctx: click.Context, article_id: str, source: str, as_json: bool) -> None:
    """Correct a stored article: give it another source (when `ingest` had no --source,
    or guessed wrong). The search index, stories, clocks and alerts follow; the edit is
    recorded (who, when) in the article's record (`ext.source_edit`). A name that is
    neither a domain nor in veille's outlet table is kept, with a note on stderr saying
    so and which clock the article's times are now read on."""
    store = app(ctx).service.store
    done = app(ctx).service.edit_source(full_id(store, article_id), source, _user())
    if as_json:
        click.echo(json_text(done.to_dict(), indent=2))
        return
    click.echo(ui_strings()("cli_source_edited", article=done.article_id,
                            source=done.source, was=done.was or "-"))
    if unknown_outlet(done.source):
        # said, not refused: a blog or a local paper is a fine source veille's tables
        # lack; the note says what the article's clock now rests on (t-final51b B7)
        clock = clock_of(store.get(done.article_id))
        click.echo(ui_strings()("cli_source_unknown_outlet", source=done.source,
                                clock=clock or ui_strings()("cli_source_no_clock")),
                   err=True)

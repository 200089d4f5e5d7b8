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
    recorded (who, when) in the article's record (`ext.source_edit`)."""
    store = app(ctx).service.store
    done = app(ctx).service.edit_source(full_id(store, article_id), source, _user())
    if as_json:
        click.echo(json_text(done.to_dict(), indent=2))
        return
    click.echo(ui_strings()("cli_source_edited", article=done.article_id,
                            source=done.source, was=done.was or "-"))

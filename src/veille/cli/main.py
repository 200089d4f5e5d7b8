"""Entry point of the ``veille`` command and its error handling.

Errors veille raises on purpose (:class:`~veille.errors.VeilleError`) print as one line with
what to do next, and exit with status 2; nothing prints a traceback to a user.
"""

from __future__ import annotations

import sys

import click

from veille.cli.compact import compact_command
from veille.cli.context import AppContext
from veille.cli.deploy import migrate_store_command
from veille.cli.enrich import (
    aliases_command,
    enrich_command,
    entities_command,
    quotes_command,
    reenrich_command,
)
from veille.cli.ingest import ingest_command, reextract_command
from veille.cli.read import export_command, latest_command, show_command, stats_command
from veille.cli.render import one_line
from veille.cli.saved import alerts_command, saved_command, user_command
from veille.cli.search import check_command, reindex_command, search_command
from veille.cli.serve import serve_command
from veille.cli.sources import fetch_command, sources_command, watch_command
from veille.cli.stories import duplicates_command, stories_command
from veille.errors import VeilleError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--data-dir", envvar="VEILLE_DATA_DIR", type=click.Path(file_okay=False),
              help="Where veille keeps its store and index [env: VEILLE_DATA_DIR; "
                   "default: ~/.local/share/veille].")
@click.version_option(package_name="veille")
@click.pass_context
def cli(ctx: click.Context, data_dir: str | None) -> None:
    """veille: collect, extract, deduplicate and search the news. French first."""
    obj = AppContext(overrides={"data_dir": data_dir} if data_dir else {})
    ctx.obj = obj
    ctx.call_on_close(obj.close)


for command in (ingest_command, reextract_command, show_command, latest_command,
                export_command, stats_command, search_command, reindex_command,
                check_command, compact_command,
                serve_command,
                sources_command, watch_command, fetch_command,
                stories_command, duplicates_command,
                enrich_command, reenrich_command, entities_command, quotes_command,
                aliases_command, migrate_store_command,
                saved_command, alerts_command, user_command):
    cli.add_command(command)


_INTERRUPTED = ("interrupted: what was committed is kept; run the same command again to "
                "resume")


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; return the exit status instead of raising."""
    try:
        status = cli.main(args=argv, prog_name="veille", standalone_mode=False)
    except VeilleError as exc:
        click.echo(f"error: {one_line(exc.one_line())}", err=True)
        return 2
    except click.exceptions.Abort as exc:
        # click turns Ctrl-C into Abort: say what an interrupt leaves (t-final24 S11)
        click.echo(_INTERRUPTED if isinstance(exc.__cause__, KeyboardInterrupt)
                   else "aborted", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except KeyboardInterrupt:
        click.echo(_INTERRUPTED, err=True)
        return 130
    except BrokenPipeError:
        return 0
    return status if isinstance(status, int) else 0


if __name__ == "__main__":
    sys.exit(main())

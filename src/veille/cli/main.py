"""Entry point of the ``veille`` command and its error handling.

Errors veille raises on purpose (:class:`~veille.errors.VeilleError`) print as one line with
what to do next, and exit with status 2; nothing prints a traceback to a user.
"""

from __future__ import annotations

import importlib
import logging
import sys

import click

from veille.cli.context import AppContext
from veille.cli.render import one_line
from veille.cli.suggest import SuggestingGroup
from veille.errors import VeilleError, is_rust_panic

_COMMANDS: dict[str, str] = {
    "aliases": "veille.cli.enrich:aliases_command",
    "alerts": "veille.cli.saved:alerts_command",
    "check": "veille.cli.search:check_command",
    "compact": "veille.cli.compact:compact_command",
    "duplicates": "veille.cli.stories:duplicates_command",
    "edit": "veille.cli.edit:edit_command",
    "enrich": "veille.cli.enrich:enrich_command",
    "entities": "veille.cli.enrich:entities_command",
    "export": "veille.cli.read:export_command",
    "fetch": "veille.cli.sources:fetch_command",
    "ingest": "veille.cli.ingest:ingest_command",
    "latest": "veille.cli.read:latest_command",
    "migrate-store": "veille.cli.deploy:migrate_store_command",
    "places": "veille.cli.enrich:places_command",
    "quotes": "veille.cli.enrich:quotes_command",
    "reenrich": "veille.cli.enrich:reenrich_command",
    "reextract": "veille.cli.ingest:reextract_command",
    "reindex": "veille.cli.search:reindex_command",
    "saved": "veille.cli.saved:saved_command",
    "search": "veille.cli.search:search_command",
    "serve": "veille.cli.serve:serve_command",
    "show": "veille.cli.read:show_command",
    "sources": "veille.cli.sources:sources_command",
    "stats": "veille.cli.read:stats_command",
    "stories": "veille.cli.stories:stories_command",
    "user": "veille.cli.saved:user_command",
    "watch": "veille.cli.sources:watch_command",
}
"""Each command's name and where it is defined (``module:attribute``): a command's module
is imported when the command runs (or ``--help`` lists it), never at start-up, so
``veille search`` does not pay for the ingest pipeline's imports (f-startup28)."""


class LazyGroup(SuggestingGroup):
    """A :class:`click.Group` whose commands (:data:`_COMMANDS`) are imported on first use
    (click's documented lazy-loading pattern); a mistyped one names the nearest
    (:class:`~veille.cli.suggest.SuggestingGroup`)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*_COMMANDS, *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in _COMMANDS:
            module, attribute = _COMMANDS[cmd_name].split(":")
            command = getattr(importlib.import_module(module), attribute)
            assert isinstance(command, click.Command)
            self.add_command(command, cmd_name)
        return self.commands.get(cmd_name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--data-dir", envvar="VEILLE_DATA_DIR", type=click.Path(file_okay=False),
              help="Where veille keeps its store and index [env: VEILLE_DATA_DIR; "
                   "default: ~/.local/share/veille].")
@click.version_option(package_name="veille")
@click.pass_context
def cli(ctx: click.Context, data_dir: str | None) -> None:
    """veille: collect, extract, deduplicate and search the news. French first."""
    install_log_lines()
    obj = AppContext(overrides={"data_dir": data_dir} if data_dir else {})
    ctx.obj = obj
    ctx.call_on_close(obj.close)


class LogLines(logging.Handler):
    """What veille's modules log at WARNING and above, as the CLI's own lines on standard
    error: ``warning: ...``, ``error: ...`` (docs/cli.md, "Exit statuses and errors").
    Without a handler, Python's last resort printed the bare message (t-final51b B1: "the
    saved story state cannot follow the store's log ..." with no prefix). Written through
    :func:`click.echo`, so the stream is the one of the command running (a test's runner
    swaps it), one line each (:func:`~veille.cli.render.one_line`)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            kind = "error" if record.levelno >= logging.ERROR else "warning"
            text = one_line(record.getMessage())
            for prefix in ("warning: ", "error: ", "veille: "):
                text = text.removeprefix(prefix)  # said once, by this line's own prefix
            click.echo(f"{kind}: {text}", err=True)
        except Exception:  # noqa: BLE001 - logging's contract: a handler never raises
            self.handleError(record)


def install_log_lines() -> None:
    """Put one :class:`LogLines` on the root logger at WARNING (once per process)."""
    root = logging.getLogger()
    if not any(isinstance(h, LogLines) for h in root.handlers):
        root.addHandler(LogLines(logging.WARNING))


_INTERRUPTED = ("interrupted: what was committed is kept; run the same command again to "
                "resume")


USAGE_STATUS = 2
"""The exit status of every error line: a command or value veille cannot use (an unknown
option, a missing argument, a bad value), or a name or id that names nothing. A command
that ran and found a problem (``check``, a failed item of ``ingest``, a query a warning
left empty) exits 1; docs/cli.md, "Exit statuses and errors"."""


def error_line(exc: VeilleError) -> str:
    """The one line an error prints: ``error: what; what to do next`` (t-final32 #13,
    t-final31 U6: "Error: ..." and "error: ... (...)" side by side)."""
    text = exc.one_line()
    if exc.hint and text.endswith(f" ({exc.hint})"):
        text = f"{text[:-len(exc.hint) - 3]}; {exc.hint}"
    return f"error: {one_line(text)}"


def click_error_line(exc: click.ClickException) -> str:
    """A click error (an unknown option, a missing argument, a bad value) as veille's own
    error line (click printed a usage block and "Error: ..."), with what to do next: the
    command's --help (or the nearest command's name, said by the message)."""
    message = exc.format_message().strip()
    message = message[:1].lower() + message[1:]
    if not isinstance(exc, click.UsageError):
        return f"error: {one_line(message)}"
    command = exc.ctx.command_path if exc.ctx is not None else "veille"
    message = message.rstrip(".")
    if "; " in message or "(" in message and message.endswith(")"):
        return f"error: {one_line(message)}"  # it says what to do already
    return f"error: {one_line(message)}; see `{command} --help`"


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; return the exit status instead of raising."""
    try:
        status = cli.main(args=argv, prog_name="veille", standalone_mode=False)
    except VeilleError as exc:
        click.echo(error_line(exc), err=True)
        return USAGE_STATUS
    except click.exceptions.Abort as exc:
        # click turns Ctrl-C into Abort: say what an interrupt leaves (t-final24 S11)
        click.echo(_INTERRUPTED if isinstance(exc.__cause__, KeyboardInterrupt)
                   else "aborted", err=True)
        return 130
    except click.ClickException as exc:
        click.echo(click_error_line(exc), err=True)
        return USAGE_STATUS
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except KeyboardInterrupt:
        click.echo(_INTERRUPTED, err=True)
        return 130
    except BrokenPipeError:
        return 0
    except BaseException as exc:
        if not is_rust_panic(exc):
            raise
        # a compiled library (tantivy) panicked outside the index's own handlers
        click.echo(f"error: internal failure in a compiled library: {one_line(str(exc))}; "
                   "run `veille check --repair`, and report it if it comes back", err=True)
        return 2
    return status if isinstance(status, int) else 0


if __name__ == "__main__":
    sys.exit(main())

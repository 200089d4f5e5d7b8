"""A mistyped command names the nearest ones (t-final29 U6: ``veille serach`` said "No such
command" and nothing more), in the terminal's language (:func:`veille.cli.render.
cli_language`).

The nearest commands are those whose :class:`difflib.SequenceMatcher` ratio is 0.6 or more
(:func:`difflib.get_close_matches`'s default cut-off, which click uses for options) and
near the closest's, and those the typed word begins (``veille stor`` → ``stories``), at
most three.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

import click

MAX_SUGGESTED = 3
CUTOFF = 0.6
""":func:`difflib.get_close_matches`'s default ratio: "serach"/"search" is 0.83,
"stoires"/"stories" 0.86, "latset"/"latest" 0.83; "zzz" matches none."""
MARGIN = 0.1
"""A close spelling is named only within this ratio of the closest: "serach" is "search"
(0.83), not also "enrich" (0.67) or "user" (0.60)."""


def nearest(name: str, commands: Iterable[str]) -> list[str]:
    """The commands nearest ``name``: close spellings (a :class:`difflib.SequenceMatcher`
    ratio of :data:`CUTOFF` or more, within :data:`MARGIN` of the closest), then those
    that begin with it (three letters or more), at most :data:`MAX_SUGGESTED`, nearest
    first."""
    known = sorted(set(commands))
    typed = name.lower()
    ratios = sorted(((difflib.SequenceMatcher(None, typed, c).ratio(), c) for c in known),
                    key=lambda rc: -rc[0])
    best = ratios[0][0] if ratios else 0.0
    close = [c for r, c in ratios if r >= CUTOFF and r >= best - MARGIN]
    begun = [c for c in known if len(typed) >= 3 and c.startswith(typed)]
    return list(dict.fromkeys([*close, *begun]))[:MAX_SUGGESTED]


class UnknownCommand(click.UsageError):
    """``no such command 'serach'; did you mean 'search'?`` (French: ``commande inconnue :
    'serach'; vouliez-vous dire 'search' ?``), the CLI's error line (``error: what; what to
    do next``: :func:`veille.cli.main.click_error_line`); exit status 2, as click's own."""

    def __init__(self, name: str, commands: Iterable[str], ctx: click.Context | None) -> None:
        from veille.cli.render import ui_strings

        say = ui_strings()
        message = say("cli_no_such_command", name=name)
        found = nearest(name, commands)
        if found:
            names = say("cli_or").join(f"'{c}'" for c in found)
            message += "; " + say("cli_did_you_mean", names=names)
        super().__init__(message, ctx=ctx)
        self.name = name
        self.suggestions = found


class SuggestingGroup(click.Group):
    """A :class:`click.Group` whose unknown command raises :class:`UnknownCommand`, naming
    the nearest of every command it lists (lazy ones included: click's own suggestion
    reads only the commands already loaded)."""

    def resolve_command(self, ctx: click.Context, args: list[str]
                        ) -> tuple[str | None, click.Command | None, list[str]]:
        name = click.utils.make_str(args[0]) if args else ""
        if (name and not name.startswith("-") and not ctx.resilient_parsing
                and self.get_command(ctx, name) is None):
            raise UnknownCommand(name, self.list_commands(ctx), ctx)
        return super().resolve_command(ctx, args)

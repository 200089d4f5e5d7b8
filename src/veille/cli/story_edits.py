"""``veille stories detach|join|overrides|undo``: a journalist's corrections of stories.

Thin: the service does the edit (:mod:`veille.story_edits`); these print what it did in
the terminal's language, or its JSON (the API's shape) with ``--json``. An unknown id or
an edit that would change nothing is one line saying what to run instead (exit 2).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from veille.cli.context import app, full_id
from veille.cli.render import json_text, ui_strings
from veille.dedup.story_overrides import DETACH, StoryOverride

if TYPE_CHECKING:  # the pipeline is imported when an edit runs (start-up time)
    from veille.story_edits import StoryEdit

_JSON = click.option("--json", "as_json", is_flag=True,
                     help="Print what was done as JSON (the API's shape).")


MEMBERS_SHOWN = 3
"""A detach's line names that many of the articles it keeps its article apart from: the
story it names may be the article's own id (it gave the story its id, t-final29 F3),
and they say what it was taken away from."""


def _line(override: StoryOverride) -> str:
    """One override on one line: its number, what it says, when."""
    say = ui_strings()
    key = "cli_override_detach" if override.kind == DETACH else "cli_override_join"
    when = f"{override.created_at:%Y-%m-%d %H:%M}" if override.created_at else ""
    shown = ", ".join(override.members[:MEMBERS_SHOWN]) + (
        ", …" if len(override.members) > MEMBERS_SHOWN else "")
    return f"#{override.id}  {when}  " + say(key, article=override.article_id,
                                             other=override.other_id, members=shown or "-")


HEADLINE_CHARS = 70
"""A headline in an edit's message is cut there, at a word (with "…"): the line names
the stories, it does not show them."""


def _headline(edit: StoryEdit, key: str, *, story: bool = False) -> str:
    """The headline of the article ``key``, or with ``story`` the title of the story
    ``key`` (a story is named after one of its articles: t-final33 #12)."""
    found = edit.story_titles.get(key, "") if story else ""
    text = " ".join((found or edit.headlines.get(key, "")).split()) or "-"
    if len(text) <= HEADLINE_CHARS:
        return text
    return text[:HEADLINE_CHARS - 1].rsplit(" ", 1)[0].rstrip(" :,;") + "…"  # at a word


def _done(edit: StoryEdit, key: str, as_json: bool) -> None:
    """Print what ``edit`` did: the article moved and the stories left and joined, each
    with its headline (t-final29 F3: "X taken out of story X; now in story X" named the
    same id three times). A detach whose article gave its story the id names the story
    of its former story mates by its new id (``_renamed``)."""
    if as_json:
        click.echo(json_text(edit.to_dict(), indent=2))
        return
    say = ui_strings()
    renamed = key == "cli_override_detached" and edit.left_story_id not in (
        "", edit.was_story_id)
    for override in edit.overrides:
        click.echo(say(key + ("_renamed" if renamed else ""), article=override.article_id,
                       title=_headline(edit, override.article_id),
                       other=override.other_id, other_title=_headline(edit, override.other_id),
                       was=edit.was_story_id or "-", left=edit.left_story_id or "-",
                       left_title=_headline(edit, edit.left_story_id, story=True),
                       story=edit.story_id or "-",
                       story_title=_headline(edit, edit.story_id, story=True),
                       id=override.id))


@click.command("detach")
@click.argument("article_id")
@_JSON
@click.pass_context
def detach_command(ctx: click.Context, article_id: str, as_json: bool) -> None:
    """Take ARTICLE_ID out of its story, for good: it becomes its own story (with its
    copies) and is never put with that story's articles again."""
    store = app(ctx).service.store
    _done(app(ctx).service.detach_article(full_id(store, article_id)),
          "cli_override_detached", as_json)


@click.command("join")
@click.argument("article_id")
@click.argument("other_id")
@_JSON
@click.pass_context
def join_command(ctx: click.Context, article_id: str, other_id: str, as_json: bool) -> None:
    """Put ARTICLE_ID in the story of OTHER_ID (an article or a story id), for good."""
    store = app(ctx).service.store
    other = full_id(store, other_id)
    if other == other_id and not store.ids_starting(other_id.strip().lower(), limit=1):
        other = full_id(store, other_id, story=True)  # not an article's start: a story's
    _done(app(ctx).service.join_articles(full_id(store, article_id), other),
          "cli_override_joined", as_json)


@click.command("undo")
@click.argument("override")
@_JSON
@click.pass_context
def undo_command(ctx: click.Context, override: str, as_json: bool) -> None:
    """Undo the override numbered OVERRIDE (see `veille stories overrides`), or every
    override of the article OVERRIDE names: its story is the rules' again."""
    _done(app(ctx).service.undo_story_override(override), "cli_override_undone", as_json)


@click.command("overrides")
@click.argument("article_id", required=False)
@click.option("--json", "as_json", is_flag=True,
              help="One JSON array of the overrides (the API's shape).")
@click.pass_context
def overrides_command(ctx: click.Context, article_id: str | None, as_json: bool) -> None:
    """The corrections made by hand, oldest first (those naming ARTICLE_ID when given)."""
    found = app(ctx).reader.story_overrides([article_id] if article_id else None)
    if as_json:
        click.echo(json_text([o.to_dict() for o in found], indent=2))
        return
    if not found:
        click.echo(ui_strings()("cli_overrides_none"), err=True)
    for override in found:
        click.echo(_line(override))


EDIT_COMMANDS = (detach_command, join_command, overrides_command, undo_command)

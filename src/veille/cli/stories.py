"""Story and duplicate commands: ``stories`` and ``duplicates``.

Thin: they read what ingest found (links, versions, story membership) from the store and
print it, as text for people or as JSON for scripts.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

import click

from veille.cli.context import app, article_by_id, full_id
from veille.cli.render import (
    json_text,
    not_prose_mark,
    one_line,
    own_moment,
    published_text,
    relation_mark,
    title_line,
    ui_plural,
    ui_strings,
    utc_minute,
    zone_note,
)
from veille.cli.story_edits import EDIT_COMMANDS
from veille.dedup.other_languages import Evidence, linked_coverage
from veille.dedup.version_times import (
    current_declared,
    current_seen,
    replaced_at,
    stated_update,
)
from veille.errors import NotFound
from veille.outlet_names import names_of, shown
from veille.record import DAY
from veille.store.base import (
    UNATTRIBUTED,
    Link,
    StoryArticle,
    StorySummary,
    copies_before_first,
    copy_counts,
    first_zone_assumed,
    order_unknown_members,
    outlets_known,
)
from veille.story_edits import shaped_by
from veille.story_wire import names_first_run, stored_story_wire
from veille.withdrawals import list_marks, withdrawn_mark

if TYPE_CHECKING:  # opened by the command (start-up time)
    from veille.store.sqlite import SQLiteStore


def _member(m: StoryArticle, names: dict[str, str],
            killed: Mapping[str, str] | None = None,
            unread: Mapping[str, str] | None = None) -> dict[str, Any]:
    return {"id": m.article_id, "url": m.url, "source": m.source,
            "outlet": shown(m.source, names), "title": m.title, "untitled_text": m.lead,
            "date": m.time.isoformat(), "published_precision": m.precision, "reprint": m.reprint,
            "relation": m.relation, "published_zone_assumed": m.zone_assumed,
            # a wire kill or hold (t-final61 #4), as every list marks it
            "withdrawn": (killed or {}).get(m.article_id, ""),
            # a body of no prose (t-check62), as every list marks it
            "not_prose": (unread or {}).get(m.article_id, "")}


def story_dict(store: SQLiteStore, summary: StorySummary,
               cache: dict[str, Evidence | None] | None = None) -> dict[str, Any]:
    """One story with its counts and articles: the shape of ``--json`` and of the API
    (``reprints`` counts other outlets' copies; ``teasers`` and ``republications`` apart);
    ``other_languages`` and ``coverage``: :func:`~veille.dedup.other_languages.
    linked_coverage` (``cache``: the
    evidence read for a listing's earlier stories)."""
    members = store.story(summary.story_id)
    linked, covered = linked_coverage(store, summary.story_id, members, cache)
    copies = copy_counts(members)
    earlier = copies_before_first(members, summary.first, summary.first_precision,
                                  tied=summary.first_tied)
    # each source beside the outlet name the pages show, as the API gives it (f-outlet27)
    names = names_of(store, (*(m.source for m in members), summary.first_source,
                             *summary.first_tied))
    killed, unread = list_marks(store, (m.article_id for m in members))
    wire = stored_story_wire(store, members)
    if wire is not None:
        names.update(names_of(store, wire.sources[:1]))
    return {"id": summary.story_id, "title": summary.title,
            "untitled_text": summary.lead, "articles": summary.articles,
            "sources": summary.sources, "independent_sources": summary.independent,
            "unsourced": summary.unsourced, "reprints": copies["reprint"],
            "teasers": copies["teaser"],
            "republications": copies["republication"],
            "unattributed": copies[UNATTRIBUTED],
            "first": summary.first.isoformat(), "last": summary.last.isoformat(),
            "first_precision": summary.first_precision, "first_source": summary.first_source,
            # read in an assumed zone: labelled where shown (t-final27 F7)
            "first_zone_assumed": first_zone_assumed(members, summary),
            "first_outlet": shown(summary.first_source, names),
            # the first publication's own headline (the title is the fullest article's)
            "first_title": summary.first_title,
            "first_tied": list(summary.first_tied),
            "first_same_minute": summary.first_same_minute,
            "first_tied_outlets": [shown(x, names) for x in summary.first_tied],
            "last_precision": summary.last_precision,
            # the agency whose dispatch the copies are, as the story API gives it
            # (h-copies66; in the CLI's story line since h-copies67)
            "wire": {"agency": wire.agency, "outlets": len(wire.sources),
                     "first_source": wire.sources[0],
                     "first_outlet": shown(wire.sources[0], names),
                     "articles": list(wire.articles),
                     "first_run": names_first_run(wire, summary.first_source,
                                                  summary.first_tied)}
            if wire is not None else None,
            # a copy dated before the first publication: the timeline's first row
            "earlier_copy": _member(earlier[0], names) if earlier else None,
            # and the earliest of the other kind (an excerpt; a full copy), t-final22 F15
            "earlier_copies": [_member(m, names) for m in earlier],
            "items": [_member(m, names, killed, unread) for m in members],
            # the story of a body of no prose (a keyword dump, a list of names: alone in
            # it), why; "" for prose (t-check62: listed as news, unmarked)
            "not_prose": next((unread[m.article_id] for m in members
                               if m.article_id in unread), "") if len(members) == 1 else "",
            # one event's stories in other languages, linked, never merged (r-coverage60)
            "other_languages": linked, "coverage": covered,
            # the corrections made by hand that shaped it, as the story page says them
            "edits": [{"id": o.id, "kind": o.kind, "article_id": o.article_id,
                       "title": title} for o, title in shaped_by(
                           store, summary.story_id, [m.article_id for m in members])]}


class StoriesGroup(click.Group):
    """``veille stories [STORY_ID]`` lists stories (or shows one), and its subcommands
    correct them (``detach``, ``join``, ``overrides``, ``undo``: f-detach28): a first
    argument that names no subcommand is a story id, shown by the hidden ``show``."""

    def resolve_command(self, ctx: click.Context, args: list[str]
                        ) -> tuple[str | None, click.Command | None, list[str]]:
        if args and args[0] not in self.commands:
            return "show", self.commands["show"], args
        return super().resolve_command(ctx, args)


_LIMIT = click.option("-n", "limit", default=20, show_default=True,
                      type=click.IntRange(1, 10_000), help="How many stories.")
_MIN_ARTICLES = click.option("--min-articles", default=1, show_default=True,
                             type=click.IntRange(1),
                             help="Only stories with at least this many articles.")
_NOT_PROSE = click.option("--not-prose", "not_prose", is_flag=True,
                         help="List the stories of pages of no prose too (a keyword "
                              "dump, a list of names: alone in their story), marked; "
                              "left out by default.")
_JSON = click.option("--json", "as_json", is_flag=True,
                     help="One JSON array of stories (with STORY_ID: one JSON object): "
                          "counts, and each article's id, URL, source and date; the "
                          "total, and a note when -n cut the list, on stderr.")


@click.group("stories", cls=StoriesGroup, invoke_without_command=True,
             subcommand_metavar="[STORY_ID | COMMAND ARGS...]")
@_LIMIT
@_MIN_ARTICLES
@_NOT_PROSE
@_JSON
@click.pass_context
def stories_command(ctx: click.Context, limit: int, min_articles: int, not_prose: bool,
                    as_json: bool) -> None:
    """Stories, most recently active first, with independent coverage and reprints apart,
    and how many there are in all ("58 stories in all", on stderr); with STORY_ID, that
    story: its counts, who published first, and its timeline. A story linked to the same
    event's stories in other languages says them, with the outlets and languages across
    them and the first publication in any language. The commands below correct a story
    by hand (kept for good: every later clustering respects them). The story of a page of
    no prose (a keyword dump, a list of names) is left out unless --not-prose."""
    if ctx.invoked_subcommand is not None:
        return
    store = app(ctx).reader
    found = store.stories(limit=limit, min_articles=min_articles, prose_only=not not_prose)
    total = store.story_count(min_articles=min_articles, prose_only=not not_prose)
    cache: dict[str, Evidence | None] = {}
    if as_json:  # one document, like every other --json of a listing
        click.echo(json_text([story_dict(store, s, cache) for s in found], indent=2))
    else:
        # every outlet a header names, the earlier copy's too (t-final21 F2b: "gazettesud.fr"
        # in one data dir, "Gazette Sud" in another, where the name was read for another line)
        stories = [(story_dict(store, s, cache), s) for s in found]
        outlets = names_of(store, (x for d, s in stories for x in (
            s.first_source, *s.first_tied, *_earlier_source(d))))
        for story, summary in stories:
            _story_header(story, summary, outlets)
    # the total, as the web's list says it (t-reader20 R13), on stderr as `veille
    # search` prints its count: stdout stays the list (a bare JSON array with --json,
    # whose shape scripts rely on); a cut list says how to get the rest (t-reader21 R17:
    # `--json` gave 20 of 90 stories and nothing told a script so)
    click.echo(ui_plural("stories_total", total), err=True)
    if total > len(found):
        click.echo(ui_strings()("cli_stories_cut", shown=len(found), total=total,
                                all=str(min(total, 10_000))), err=True)


@stories_command.command("show")
@click.argument("story_id")
@_LIMIT
@_MIN_ARTICLES
@_JSON
@click.pass_context
def show_story_command(ctx: click.Context, story_id: str, limit: int, min_articles: int,
                       as_json: bool) -> None:
    """One story (``veille stories STORY_ID``): its counts, who published first, and its
    timeline; ``--json`` before or after the id."""
    del limit, min_articles  # the listing's, accepted beside an id as before
    parent = ctx.parent.params if ctx.parent is not None else {}
    _one_story(app(ctx).reader, story_id, as_json=as_json or bool(parent.get("as_json")))


def _earlier_source(story: dict[str, Any]) -> list[str]:
    """The sources of the copies dated before the story's first publication."""
    return [str(c["source"]) for c in story.get("earlier_copies") or [] if c.get("source")]


def _story_header(story: dict[str, Any], summary: StorySummary,
                  outlets: dict[str, str]) -> None:
    """A story's three lines: id, last date and title; its counts; who published first
    (newuser17c S10: the list never said it)."""
    # An undated story's time is when veille first saw it, said so (newuser11 U3).
    say = ui_strings()
    when = (say("cli_date_unknown", when=f"{summary.last:%Y-%m-%d}")
            if summary.last_precision == "seen"
            else own_moment(summary.last, summary.last_precision)[:10])
    click.echo(f"{summary.story_id}  {when}  {title_line(summary.title, summary.lead)}"
               f"{not_prose_mark(story.get('not_prose', ''))}")
    # The web's words, in the terminal's language (t-reader22 R5: counts that add up).
    click.echo("    " + ui_strings().story_counts(
        summary.sources, summary.independent, story["reprints"], story["teasers"],
        story["republications"], summary.unsourced, summary.articles,
        story["unattributed"]))
    click.echo("    " + first_published_text(story, summary, outlets))
    wire = story.get("wire")
    if wire:  # "EFE dispatch carried by 3 outlets", as the story page says it
        line = say.plural("story_wire", int(wire["outlets"]), agency=wire["agency"])
        if not wire_first(story, summary):
            line += " · " + say("story_wire_first", outlet=one_line(wire["first_outlet"]))
        click.echo("    " + line)
    if story.get("other_languages"):
        click.echo("    " + other_languages_text(story))
    # the timeline's first rows are no first publication: say why (t-reader21 R10), for
    # an excerpt and for a full copy both (t-final22 F15), in the terminal's language
    for earlier in story.get("earlier_copies") or []:
        kind = say("cli_excerpt_before" if earlier["relation"] == "teaser"
                   else "cli_copy_before")
        when = own_moment(datetime.fromisoformat(earlier["date"]),
                          earlier["published_precision"])
        by = one_line(shown(earlier["source"], outlets)) if earlier["source"] else ""
        click.echo("    " + say("cli_earlier_copy", kind=kind,
                                    who=by or say("cli_unknown_source"), when=when))


def other_languages_text(story: dict[str, Any]) -> str:
    """"also in other languages: English (3 articles from 2 outlets, the first by
    Reuters), Italian (…); 8 outlets in 3 languages, 6 with their own article, 2 reprints;
    first published in any language by Reuters (English), 2026-02-02 17:55": the line
    ``veille stories`` prints under a story linked to others (``story``:
    :func:`story_dict`), in the terminal's language, as the story page says it. Each
    linked story's counts are its own and its first outlet is said as the first
    (t-final61: "French (Libération, 3 articles)" gave Libération the story's 3)."""
    say = ui_strings()

    def said(x: dict[str, Any]) -> str:
        first = say.other_language_first(one_line(x["first_outlet"]) if x["first_outlet"]
                                         else "", int(x["articles"]))
        counts = say.other_language_counts(x)
        return f"{say.language_name(x['language'])} ({counts}{', ' + first if first else ''})"

    others = ", ".join(said(x) for x in story["other_languages"])
    covered = story["coverage"]
    text = say("story_also_in", others=others) + say("list_semicolon") \
        + say.coverage_counts(covered)
    first = covered.get("first")
    if first:
        text += say("list_semicolon") + say(
            "story_first_across", who=one_line(first["outlet"] or first["id"]),
            language=say.language_name(first["language"]),
            when=own_moment(datetime.fromisoformat(first["date"]), first["precision"]))
        if first.get("tied"):
            text += " " + say("story_first_across_tied", others=say("alternatives_separator").join(
                one_line(t["outlet"] or t["id"]) for t in first["tied"]))
    return text


def first_published_text(story: dict[str, Any], summary: StorySummary,
                         outlets: Mapping[str, str]) -> str:
    """"first published by Ouest-France and 20 Minutes, 2026-12-04 07:42 (same minute)":
    a story's first publication in the terminal's language, as its page says it
    (``story``: :func:`story_dict`; ``outlets``: the shown names); ``veille stories`` and
    ``veille show`` print it."""
    say = ui_strings()
    # Another source the same day, one of the two dated to the day only: no known order.
    # Every word in the terminal's language (t-reader23 R9: French counts, then "first
    # published by" in English).
    first = shown(summary.first_source, outlets) if summary.first_source else ""
    who = one_line(first) or say("cli_unknown_source")
    same = summary.first_same_minute  # outlets at one minute: "X, Y and Z" (r-stories54)
    for n, source in enumerate(summary.first_tied, 1):
        other = one_line(shown(source, outlets))
        who = (f"{who}, {other}" if n < len(summary.first_tied) else
               say("cli_first_and", first=who, other=other)) if same else \
            say("cli_first_or", first=who, other=other)
    unknown = f" ({say('story_first_same_minute' if same else 'story_first_order_unknown')})" \
        if summary.first_tied else ""
    # Tied with a day-only date: the day alone, no time of either (t-reader22 R11).
    precision = DAY if summary.first_tied and not same else summary.first_precision
    # Tied, the headline is one outlet's only: given to both, it said the other ran it
    # (t-reader25 R3); none then.
    titled = f" {say('cli_first_titled', title=one_line(summary.first_title))}" \
        if summary.first_title and summary.first_title != summary.title and \
        not summary.first_tied else ""
    assumed = f" ({say('cli_assumed_time')})" if story.get("first_zone_assumed") else ""
    when = own_moment(summary.first, precision) + assumed
    if wire_first(story, summary):  # "EFE dispatch, carried first by Levante-EMV, …"
        return say("cli_first_published_wire", agency=one_line(story["wire"]["agency"]),
                   who=who, when=when) + titled
    return say("cli_first_published", who=who, when=when) + titled + unknown


def wire_first(story: dict[str, Any], summary: StorySummary) -> bool:
    """Whether the story's first publication is the first run of the agency dispatch its
    copies carry, by another outlet than the agency, none tied with it
    (``story["wire"]["first_run"]``, :func:`veille.story_wire.names_first_run`): its line
    then names the agency ("EFE dispatch, carried first by Levante-EMV"), not the outlet as
    the text's author (h-copies66b "still wrong" 2)."""
    del summary  # the story's JSON says it (``wire.first_run``)
    wire = story.get("wire")
    return bool(wire and wire.get("first_run"))


def _one_story(store: SQLiteStore, story_id: str, *, as_json: bool) -> None:
    """``veille stories ID``: the story page's header and timeline, or its JSON object;
    :class:`~veille.errors.NotFound` for an unknown id (newuser17c S10)."""
    # an old id of the story (renamed after its original, merged) leads to it; the
    # start of one story id names it
    story_id = store.story_id_of(story_id) or full_id(store, story_id, story=True)
    story_id = store.story_id_of(story_id) or story_id
    summary = next(iter(store.stories(limit=1, story_id=story_id)), None)
    if summary is None:
        raise NotFound(f"no story with id {story_id!r}",
                       hint="list story ids with `veille stories`, or see an article's "
                            "story with `veille duplicates ID`")
    story = story_dict(store, summary)
    if as_json:
        click.echo(json_text(story, indent=2))
        return
    members = store.story(story_id)
    killed = {item["id"]: item["withdrawn"] for item in story["items"] if item["withdrawn"]}
    outlets = names_of(store, [*(m.source for m in members), *summary.first_tied,
                               summary.first_source, *_earlier_source(story)])
    _story_header(story, summary, outlets)
    say = ui_strings()
    click.echo(f"    {zone_note()}")
    for edit in story["edits"]:
        click.echo(f"    {say('story_edited')} (#{edit['id']}): "
                   + say(f"story_edit_{edit['kind']}", title=one_line(edit["title"])))
    unordered = order_unknown_members(members)
    for member in members:
        mark = relation_mark(member.relation or "reprint") if member.reprint else ""
        if member.article_id in unordered:
            mark += f" [{ui_strings()('story_item_order_unknown')}]"
        # The headline shown is the newest version's: say when it came, as the story page
        # does (t-reader23 R7: "trois morts" at 07:40, when AFP said two).
        changed = stated_update(member.time, member.updated) if member.versions else None
        if changed is not None:
            mark += (f" [{ui_strings()('story_item_updated')} "
                     f"{own_moment(changed, 'time')}]")
        assumed = f" ({ui_strings()('cli_assumed_time')})" if member.zone_assumed else ""
        click.echo(f"  {own_moment(member.time, member.precision)}{assumed}  "
                   f"{one_line(shown(member.source, outlets))}{mark}  "
                   f"{member.article_id}  {title_line(member.title, member.lead)}"
                   f"{withdrawn_mark(killed.get(member.article_id, ''))}")


def _link_label(link: Link, known: bool = True) -> str:
    """How the other article relates to this one, read from this one: "reprint of" (this
    is the copy), "reprinted by" (the other is the copy; fresh user nu3, N18: originals were
    labelled "reprint"), "exact copy"; "same AFP dispatch as" / "same source as" for two
    copies neither of which can be shown first (``Link.shared``, t-final52b B6); with
    ``known`` False (either article without a source), a reprint is "same text as (outlet
    unknown)" (h-copies66: whose text it is cannot be told)."""
    say = ui_strings()  # the terminal's language (t-reader23 R9: "teaser of" in French)
    if link.relation == "exact":
        return say("cli_link_exact")
    if link.relation == "reprint" and link.shared is not None:  # neither first (B6)
        return say("cli_link_shared_wire", agency=link.shared) if link.shared else \
            say("cli_link_shared_source")
    if link.relation == "reprint" and not known:
        return say(f"cli_link_unattributed_{'by' if link.direction == 'by' else 'of'}")
    if link.direction == "by":
        key = {"reprint": "cli_link_reprinted_by", "teaser": "cli_link_teased_by",
               "republication": "cli_link_republished_by"}.get(link.relation)
        return say(key) if key else f"{link.relation} by"
    key = {"reprint": "cli_link_reprint_of", "teaser": "cli_link_teaser_of",
           "republication": "cli_link_republication_of"}.get(link.relation)
    return say(key) if key else f"{link.relation} of"


def _apart(stories: Mapping[str, tuple[str, bool]], one: str, other: str) -> bool:
    """Whether two linked articles are in two stories (``stories``: ``Store.story_of``): a
    copy taken out of its original's story by hand, or its original taken out
    (``veille stories detach``); its lists show it unmarked, its link is kept for ``undo``."""
    mine, theirs = stories.get(one, ("", False))[0], stories.get(other, ("", False))[0]
    return bool(mine and theirs and mine != theirs)


_WHEN_WIDTH = 24
"""The width of the declared-time column of ``veille duplicates`` ("2026-12-01 09:12"
and a zone mark, " UTC-10")."""


def _declared(value: datetime | None) -> str:
    """A version's declared time (:attr:`veille.store.base.Version.declared_at`) for its
    column: the minute in its own zone, its offset always beside it (:func:`own_moment`:
    printed bare beside veille's UTC column, a Paris 16:05 read as 35 minutes after a
    15:30 UTC that came after it, t-final52 A17), or "unknown" in the terminal's
    language when the version declared none."""
    text = own_moment(value, "time") if value is not None else \
        ui_strings()("cli_version_declared_unknown")
    return f"{text:<{_WHEN_WIDTH}}"


def _linked_ids(store: SQLiteStore, story_id: str | None) -> list[dict[str, Any]]:
    """``veille duplicates --json``'s ``other_languages``: the stories of the same event in
    other languages as ``stories --json`` gives them; empty for an article in no story."""
    story_id = store.story_id_of(story_id) or story_id if story_id else None
    if not story_id:
        return []
    return linked_coverage(store, story_id, store.story(story_id))[0]


def _story_line(store: SQLiteStore, story_id: str | None) -> None:
    """The article's story, id and title, and the command that shows it (t-final29 U6:
    the hint of `veille stories ID` sent here to find an article's story, which was not
    printed); nothing for an article in no story."""
    story_id = store.story_id_of(story_id) or story_id if story_id else None
    summary = next(iter(store.stories(limit=1, story_id=story_id)), None) if story_id \
        else None
    if summary is None:
        return
    click.echo(ui_strings()("cli_article_story", story=summary.story_id,
                            title=title_line(summary.title, summary.lead),
                            articles=ui_plural("entity_story_articles", summary.articles)))
    # the same event in other languages, with the coverage across them (r-coverage60)
    story: dict[str, Any] = {"id": summary.story_id}
    story["other_languages"], story["coverage"] = linked_coverage(
        store, summary.story_id, store.story(summary.story_id))
    if story["other_languages"]:
        click.echo("  " + other_languages_text(story))


@click.command("duplicates")
@click.argument("article_id")
@click.option("--json", "as_json", is_flag=True, help="Print links and versions as JSON.")
@click.pass_context
def duplicates_command(ctx: click.Context, article_id: str, as_json: bool) -> None:
    """The story of one article, its copies (reprints, teasers, exact copies) and its
    earlier versions."""
    store = app(ctx).reader
    article = article_by_id(store, article_id)
    links = store.links(article.id)
    versions = store.versions(article.id)
    revised = current_seen(article, versions)
    if as_json:
        click.echo(json_text({
            "id": article.id,
            "story": article.dedup.story_id if article.dedup else None,
            # the stories of the same event in other languages (r-coverage60)
            "other_languages": _linked_ids(store, article.dedup.story_id
                                           if article.dedup else None),
            "links": [{"id": lk.other_id, "relation": lk.relation, "score": lk.score,
                       "origin": lk.origin, "source": lk.source, "direction": lk.direction,
                       "version": lk.version, "shared": lk.shared}
                      for lk in links],
            "versions": [{"version": v.version,
                          "declared_at": v.declared_at.isoformat() if v.declared_at else None,
                          "seen_at": v.seen_at.isoformat(),
                          "replaced_at": replaced.isoformat()
                          if (replaced := replaced_at(v)) else None,
                          "captured_at": v.captured_at.isoformat()
                          if v.captured_at else None,
                          "title": v.title, "diff": v.diff} for v in versions],
            "revised_at": revised.isoformat() if revised else None,
            "declared_at": declared.isoformat()
            if (declared := current_declared(article)) else None,
        }, indent=2))
        return
    say = ui_strings()
    _story_line(store, article.dedup.story_id if article.dedup else None)
    if not links and not versions:
        click.echo(f"{article.id}: no duplicates or versions known")
    # Each copy with its outlet, date and headline, not its id alone (t-reader23 R12).
    others = store.get_many(lk.other_id for lk in links if lk.relation != "exact")
    outlets = names_of(store, (a.source for a in others.values()))
    stories = store.story_of([article.id, *others])
    for lk in links:
        where = f"{lk.source or '?'} {lk.origin}" if lk.relation == "exact" else lk.other_id
        other = others.get(lk.other_id) if lk.relation != "exact" else None
        if other is not None and (content := other.content) is not None:
            title = title_line(content.title, content.lead, content.paragraphs)
            where += f"  {shown(other.source, outlets)}  {published_text(content)}  {title}"
        if lk.version is not None:  # the original's version the copy holds (t-final52b A7)
            where += f"  ({say('cli_link_version', n=lk.version)})"
        if _apart(stories, article.id, lk.other_id):  # a detach split them (t-final52 B1)
            where += f"  ({say('cli_link_other_story')})"
        known = other is None or outlets_known(other.source, article.source)
        click.echo(f"{_link_label(lk, known):>13}  {lk.score:.2f}  {one_line(where)}")
    # Each content with its own declared time and the time veille first saw it, in
    # labelled columns, the current one last (newuser11b U22; t-final27 F8: veille's
    # ingest time read as the version's date).
    if versions:
        click.echo(f" {'':>8}  #  {say('cli_version_declared'):<{_WHEN_WIDTH}}  "
                   f"{say('cli_version_seen'):<20}  {say('cli_version_title')}")
    for v in versions:
        click.echo(f" {say('cli_version'):>8}  {v.version}  {_declared(v.declared_at)}  "
                   f"{utc_minute(v.seen_at)}  {title_line(v.title)}")
    if versions:
        title = article.content.title if article.content else ""
        when = utc_minute(revised or article.first_seen)  # veille's time: said in UTC
        click.echo(f" {say('cli_version_current'):>8}  {len(versions) + 1}  "
                   f"{_declared(current_declared(article))}  {when}  {title_line(title)}")


for _edit in EDIT_COMMANDS:  # veille stories detach|join|overrides|undo (f-detach28)
    stories_command.add_command(_edit)

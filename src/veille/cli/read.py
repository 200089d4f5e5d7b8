"""Reading commands: ``show``, ``latest``, ``export`` and ``stats``."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, BinaryIO

import click

from veille.cli.context import app, article_by_id
from veille.cli.render import (
    article_lines,
    article_text,
    block,
    count_noun,
    display_zone,
    json_text,
    one_line,
    with_dropped,
)
from veille.collect.gone import Unpublished, unpublished, unpublished_of
from veille.errors import ArgumentError, NotFound
from veille.extract.word_salad import unread_body
from veille.outlet_names import names_of
from veille.store.base import relations_of

if TYPE_CHECKING:  # imported when a command opens them (start-up time)
    from veille.store.base import Failure
    from veille.store.sqlite import SQLiteStore


@click.command("show")
@click.argument("article_id")
@click.option("--json", "as_json", is_flag=True, help="Print the full record as JSON.")
@click.option("--raw", is_flag=True, help="Print the raw input the article came from, "
              "byte for byte (on a terminal, without its control characters).")
@click.pass_context
def show_command(ctx: click.Context, article_id: str, as_json: bool, raw: bool) -> None:
    """Show one article by id: its metadata (a refused date of publication with why),
    its text, then what enrichment found (people, organisations and places named, the
    places with their country, the dates mentioned with their value and whether they are
    ahead of or before the publication, the quotes with their speaker; a few of each,
    --json for all) and what extraction left out."""
    store = app(ctx).reader
    article = article_by_id(store, article_id)
    gone = unpublished(store.fetch_state(article.url)) if article.url else None
    if raw:
        # The bytes exactly as ingested (whatever their encoding), so that
        # `veille show ID --raw > page.txt` gives back the capture itself.
        data = store.get_raw(article.raw.raw_id).data
        if sys.stdout.isatty():  # a page's escapes would act on the terminal
            data = block(data.decode("utf-8", "replace")).encode("utf-8")
        click.echo(data if data.endswith(b"\n") else data + b"\n", nl=False)
    elif as_json:
        click.echo(json_text(with_dropped(_with_gone(article.to_dict(), gone), article),
                             indent=2))
    else:
        from veille.cli.article_links import link_meta
        from veille.cli.enrichment_text import enrichment_lines

        outlet = names_of(store, [article.source]).get(article.source, "")
        click.echo(article_text(article, gone=gone, after_text=enrichment_lines(article),
                                outlet=outlet, links=link_meta(store, article)))


def _with_gone(record: dict[str, Any], gone: Unpublished | None) -> dict[str, Any]:
    """An article's JSON record, with ``unpublished: {status, seen}`` when its site removed
    its page (newuser13b M1: ``show --json``, ``latest --json`` and the export say it)."""
    if gone is not None:
        record["unpublished"] = {"status": gone.status, "seen": gone.seen.isoformat()}
    return record


@click.command("latest")
@click.option("-n", "limit", default=20, show_default=True, type=click.IntRange(1, 10_000),
              help="How many articles.")
@click.option("--json", "as_json", is_flag=True, help="One JSON record per line.")
@click.option("--tz", "tz", default="", metavar="ZONE",
              help="Show every time in this zone (an IANA name: Europe/Paris, UTC; or "
                   "local, the terminal's), its offset beside it; by default each time "
                   "is on its article's own clock. No effect on --json.")
@click.pass_context
def latest_command(ctx: click.Context, limit: int, as_json: bool, tz: str) -> None:
    """The latest news, newest first; then, apart, the articles whose date is unknown,
    newest first seen first (they are never listed as today's news). Each outlet by its
    name (docs/web.md, Outlet names); a copy marked [reprint], [teaser],
    [republication] or [same text, outlet unknown] after it, as `veille stories ID` marks
    it."""
    zone = display_zone(tz)
    store = app(ctx).reader
    dated = store.latest(limit=limit, dated=True)
    undated = store.latest(limit=limit - len(dated), dated=False) if len(dated) < limit else []
    gone = unpublished_of(store, (a.url for a in [*dated, *undated]))  # marked, not hidden
    outlets = {} if as_json else names_of(store, (a.source for a in [*dated, *undated]))
    if as_json:
        for article in [*dated, *undated]:
            record = _with_gone(article.to_dict(), gone.get(article.url or ""))
            # marked, as the API's rows (t-check62): "" for prose
            record["not_prose"] = unread_body(article.content.evidence) \
                if article.content else ""
            click.echo(json_text(record))
    else:
        # a copy out of its original's story is its story's own text (t-final52 B1); a
        # copy of or by a text without a source is "same text, outlet unknown", not a
        # reprint (h-copies66): each as the story page says it (relations_of)
        relations = relations_of(store, [i for i, (story, _copy) in store.story_of(
            [a.id for a in [*dated, *undated]]).items() if story])
        for line in article_lines([*dated, *undated], gone, outlets, zone=zone,
                                  relations=relations):
            click.echo(line)
    if not dated and not undated and not as_json:
        click.echo(f"no articles in {app(ctx).settings.data_dir} yet (`veille ingest` or "
                   "`veille fetch` adds some)", err=True)


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "csv"]), default=None,
              help="JSON Lines, one JSON array (json), or CSV (UTF-8).  [default: jsonl; "
              "csv with --excel]")
@click.option("--query", "-q", help="Only what this search finds (newest first, up to "
              "10,000).")
@click.option("--saved", help="Only what this saved search matched (name or id).")
@click.option("--story", help="Only the articles of this story.")
@click.option("--order", type=click.Choice(["newest", "timeline"]), default="newest",
              show_default=True, help="With --story: newest first, as every export, or "
              "in the story's timeline order (oldest first, as its page).")
@click.option("--excel", is_flag=True, help="CSV that Excel opens directly: UTF-16 with a "
              "BOM, tab-separated (see docs/monitoring.md); implies --format csv.")
@click.option("-o", "--output", type=click.File("wb"), default="-",
              help="Write to this file instead of standard output.")
@click.pass_context
def export_command(ctx: click.Context, fmt: str | None, query: str | None, saved: str | None,
                   story: str | None, order: str, excel: bool, output: BinaryIO) -> None:
    """Export articles: every stored record as JSON Lines by default; with --query, --saved
    or --story, one row each (id, title, source, published, URL, language, story,
    relation, snippet, original_id, outlet, authors, updated) as CSV, JSON Lines or one JSON
    array (--format json, also without a selection). Exit status 1 when a --query
    exports nothing because of a warning (a filter that matches nothing: an unreadable
    date as date:2026-13-01, an unknown place:, entity:, source: or lang:). The saved
    searches are not exported (a note on stderr says how many): copy them with `veille
    saved list --json` and `veille saved add` in the other store."""
    from veille.index.query import empties_query
    from veille.monitor import export
    if excel and fmt in ("jsonl", "json"):
        # newuser13b M6: --excel alone wrote JSON Lines into the user's ".csv" file
        raise ArgumentError("--excel writes CSV for Excel, not JSON",
                            hint=f"drop --format {fmt}, or drop --excel for JSON")
    fmt = fmt or ("csv" if excel else "jsonl")
    store = app(ctx).reader
    if not (query or saved or story or fmt == "csv"):
        records = _full_records(store)
        lines = export.json_array_lines(records) if fmt == "json" else (
            json_text(record) + "\n" for record in records)
        for line in lines:
            output.write(line.encode())
        _note_saved_not_exported(store.saved_searches())
        return
    ids: Iterable[str]
    warnings: list[str] = []
    found: list[str] = []
    unmatched: dict[str, datetime] = {}
    if query:
        service = app(ctx).service

        def warn(warning: str) -> None:
            warnings.append(warning)
            click.echo(f"warning: {one_line(warning)}", err=True)

        # up to MAX_EXPORT ids, listed first: none with warnings is a failure
        ids = found = list(export.search_ids(
            lambda r: service.search(r.query, page=r.page, per_page=r.per_page, sort=r.sort),
            query, warn=warn))
    elif saved:
        search = store.saved_search(saved)
        ids = store.matched_newest_first(search.id, limit=export.MAX_EXPORT)
        unmatched = store.unmatched_now(search.id)
    elif story:
        members = store.story(store.story_id_of(story) or story)  # an old id leads to it
        if not members:
            raise NotFound(f"no story {story!r}", hint="see `veille stories` for the ids")
        ids = export.story_ids(members, order)
    else:
        ids = (a.id for a in store.iter_articles())
    rows = export.rows(store, ids, unmatched)
    lines = export.csv_lines(rows, excel=excel) if fmt == "csv" else \
        export.json_array_lines(rows) if fmt == "json" else export.jsonl_lines(rows)
    for chunk in export.encode(lines, excel=excel and fmt == "csv"):
        output.write(chunk)
    if empties_query(warnings) and not found:
        # the query matches nothing because of what it was warned about (date:2026-13-01):
        # a script must not take the empty file for "no news" (newuser8 Q7)
        click.echo("nothing exported: the query matches nothing (see the warnings above)",
                   err=True)
        ctx.exit(1)


def _full_records(store: Any) -> Iterator[dict[str, Any]]:
    """Every stored record, as ``veille export`` writes it without a selection (the
    article's record, its unpublished mark, the ids merged into it, its earlier versions
    and the story overrides naming it first: f-b2-32, lost on re-import), one at a time."""
    from veille.store.sqlite_history import EXPORT_OVERRIDES, EXPORT_VERSIONS

    merged = store.merged_ids()  # ids merged into an article lead to it (V3)
    versioned = store.versioned_ids()
    overrides = store.exported_overrides()
    for article in store.iter_articles():
        gone = unpublished(store.fetch_state(article.url)) if article.url else None
        record = _with_gone(article.to_dict(), gone)
        if article.id in merged:
            record["merged_ids"] = merged[article.id]
        if article.id in versioned:
            record[EXPORT_VERSIONS] = store.exported_versions(article.id)
        if article.id in overrides:
            record[EXPORT_OVERRIDES] = overrides[article.id]
        yield record


def _note_saved_not_exported(searches: Sequence[object]) -> None:
    """Say on stderr that the store's saved searches are not in the export, and how to copy
    them (t-final34 B5: re-ingested, an export left "no saved searches" and nothing had said
    so)."""
    if searches:
        n = len(searches)
        click.echo(f"note: the {n} saved search{'es' if n > 1 else ''} of this store "
                   f"{'are' if n > 1 else 'is'} not exported (an export carries articles); "
                   "copy them with `veille saved list --json` and `veille saved add` in the "
                   "other store", err=True)


#: What a count means where its name alone misleads (newuser10 S7: "duplicates: 3200" in a
#: store of 2,400 distinct articles read as 3,200 duplicate articles).
STATS_NOTES = {
    "duplicates": " (inputs not stored as articles: found already stored or an exact copy "
                  "of a stored article, summed over every ingest: a folder read twice "
                  "counts twice; stored copies are under copies)",
    "copies": " (stored articles copying an earlier one: reprints, teasers, "
              "republications, marked so by `veille latest`; `veille duplicates ID` lists "
              "one article's copies)",
    "raw_inputs": " (distinct inputs kept, copies and versions included)",
}


@click.command("stats")
@click.option("--failures", "show_failures", is_flag=True,
              help="List the recent failures (not pages a later fetch stored).")
@click.option("--json", "as_json", is_flag=True,
              help="Print the counts as one JSON object (with --failures, the recent "
                   "failures under \"recent_failures\").")
@click.pass_context
def stats_command(ctx: click.Context, show_failures: bool, as_json: bool) -> None:
    """Counts of what the store holds, the store's and the index's last change (and the
    lag between them), and recent failures."""
    from veille.service import Veille

    state = app(ctx)
    store = state.reader  # read-only when the data directory is
    service = Veille(state.settings, store=store)
    try:
        stats = service.stats()
    finally:
        service.close()
    if as_json:
        _stats_json(store, stats, show_failures)
        return
    for name, value in stats.items():
        if value != "":
            click.echo(f"{name:>12}: {value}{STATS_NOTES.get(name, '')}")
    if show_failures:
        failures = store.failures()
        fixed = resolved_since(store, failures)
        for failure in failures:
            if failure.origin not in fixed:
                click.echo(f"  {one_line(failure.message)}")
        if shown := sum(f.origin in fixed for f in failures):
            click.echo(f"  ({count_noun(shown, 'earlier failure')} not shown: a later fetch "
                       "of the same URL stored the page)")


def _stats_json(store: SQLiteStore, stats: dict[str, Any], show_failures: bool) -> None:
    """``veille stats --json``: the counts as one JSON object (the keys the text lists, the
    index's error "" when it reads), with ``recent_failures`` (origin, message, and whether
    a later fetch stored the page: ``resolved``) when asked. t-final62: `stats` had no
    ``--json``."""
    answer = dict(stats)
    if show_failures:
        failures = store.failures()
        fixed = resolved_since(store, failures)
        answer["recent_failures"] = [{"origin": f.origin, "message": one_line(f.message),
                               "resolved": f.origin in fixed} for f in failures]
    click.echo(json.dumps(answer, ensure_ascii=False, default=str))


def resolved_since(store: SQLiteStore, failures: Iterable[Failure]) -> set[str]:
    """The failed URLs whose last fetch since stored the page without an error (an
    article or a copy of one holds its input): what failed then works now, and is not a
    current problem (newuser16c N6: `stats --failures` listed pages stored since)."""
    urls = {f.origin for f in failures if f.origin.startswith(("http://", "https://"))}
    states = store.fetch_states(urls) if urls else {}
    fetched = {url: s.raw_id for url, s in states.items() if s.raw_id and not s.error}
    known = store.known_raw_ids(fetched.values()) if fetched else set()
    return {url for url, raw_id in fetched.items() if raw_id in known}

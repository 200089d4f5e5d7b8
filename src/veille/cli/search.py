"""``veille search``, ``veille reindex`` and ``veille check``."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

import click

from veille.cli.context import app
from veille.cli.progress import progress_bar
from veille.cli.render import (
    SOURCE_WIDTH,
    aligned,
    count_noun,
    gone_mark,
    json_text,
    not_prose_mark,
    one_line,
    relation_mark,
    source_column,
    title_line,
    ui_strings,
)
from veille.collect.gone import Unpublished, unpublished_of
from veille.outlet_names import names_of
from veille.search.types import Sort
from veille.store.base import relations_of, untitled_openings
from veille.withdrawals import list_marks, withdrawn_mark

if TYPE_CHECKING:
    from veille.search.paging import Paged


def _to_json(paged: Paged) -> dict[str, Any]:
    data = asdict(paged.response)
    for hit in data["hits"]:  # every time of a hit in ISO 8601, as the API gives it
        for key in ("published", "story_latest"):
            hit[key] = hit[key].isoformat() if hit[key] else None
    data["warnings"][:0] = paged.warnings
    data["next_cursor"], data["prev_cursor"] = paged.next_cursor, paged.prev_cursor
    return data


def result_count(total: int, took_ms: float, lang: str | None = None) -> str:
    """The search summary line in the terminal's language (``lang``, else
    :func:`~veille.cli.render.cli_language`), through the UI's catalogs: "1 result (2.7
    ms)", "12 results (…)", "3 résultats (134,0 ms)" (t-reader24 R7: English in a French
    terminal while ``veille stories`` spoke French)."""
    from babel.numbers import format_decimal

    strings = ui_strings(lang)
    ms = format_decimal(round(took_ms, 1), format="0.0", locale=strings.locale)
    return strings.plural("cli_results_count", total, ms=ms)


def _print_text(paged: Paged, gone: Mapping[str, Unpublished],
                outlets: Mapping[str, str], relations: Mapping[str, str],
                openings: Mapping[str, str], killed: Mapping[str, str],
                unread: Mapping[str, str]) -> None:
    """Result lines; each date is the article's calendar day in its own offset (the search
    service gives each hit its record's own time; the index keeps the UTC instant), like
    ``latest`` and the ``date:`` filter (fresh user nu3, F-o: 23:30 in Montréal was printed
    as the next day). A copy is marked after its outlet ([reprint], [teaser]:
    ``relations``, as ``veille latest`` marks it; t-final21 F3b). An untitled hit shows
    the first words of its text (``openings``: t-final29 U4)."""
    import html
    import re

    def plain(markup: str) -> str:
        return html.unescape(re.sub(r"</?mark>", "", markup))

    response = paged.response
    for warning in [*paged.warnings, *response.warnings]:
        click.echo(f"warning: {one_line(warning)}", err=True)
    first = (response.page - 1) * response.per_page
    click.echo(result_count(response.total, response.took_ms), err=True)
    rows = []
    for rank, hit in enumerate(response.hits, start=first + 1):
        when = hit.published.strftime("%Y-%m-%d") if hit.published else "----------"
        more = f"  (+{hit.others})" if hit.others else ""
        source = source_column(one_line(outlets.get(hit.source, hit.source))) + relation_mark(
            relations.get(hit.id, ""))
        rows.append([f"{rank:>3}. {hit.id}", when, source,
                     f"{title_line(hit.title, openings.get(hit.id, ''))}{more}"
                     f"{gone_mark(gone.get(hit.url or ''))}"
                     f"{withdrawn_mark(killed.get(hit.id, ''))}"
                     f"{not_prose_mark(unread.get(hit.id, ''))}"])
    for hit, line in zip(response.hits, aligned(rows, (0, 0, SOURCE_WIDTH)), strict=True):
        click.echo(line)
        for snippet in hit.snippets[:1]:
            click.echo(f"     {one_line(plain(snippet))}")
    if paged.next_cursor:
        click.echo(f"next page: --cursor {paged.next_cursor}", err=True)


class QueryCommand(click.Command):
    """A command whose words may start with "-" (an exclusion: ``veille search -grève``).

    Click reads any argument starting with "-" as an option (``-grève`` as ``-g``, and
    ``-nucléaire`` as ``-n ucléaire``), so before parsing, a one-dash argument that is
    not one of the command's options (exactly, or ``-n`` with its number attached:
    ``-n20``) is kept as a query word. Double-dash arguments stay options, so a mistyped
    ``--sortt`` is still an error, and ``--`` still ends the options."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        names = {name for param in self.get_params(ctx) if isinstance(param, click.Option)
                 for name in (*param.opts, *param.secondary_opts)}
        kept: list[str] = []
        for position, arg in enumerate(args):
            if arg == "--":
                kept.extend(args[position:])
                break
            word = (arg.startswith("-") and not arg.startswith("--") and len(arg) > 1
                    and arg not in names and not (arg[:2] in names and arg[2:].isdigit()))
            # A leading space is not an option prefix; the query is split on spaces.
            kept.append(" " + arg if word else arg)
        return super().parse_args(ctx, kept)


@click.command("search", cls=QueryCommand)
@click.argument("query", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Print the response as JSON.")
@click.option("--sort", type=click.Choice(["relevance", "date", "fresh"]), default="relevance",
              show_default=True, help="Relevance (BM25), newest first, or relevance with a "
              "boost for recent articles.")
@click.option("-n", "per_page", default=10, show_default=True, type=click.IntRange(1, 100),
              help="Results per page.")
@click.option("--page", default=1, show_default=True, type=click.IntRange(1, 1000),
              help="Which page of results, by number, as the API's page (a list that "
              "changed since its first page shifts under it: follow --cursor instead).")
@click.option("--collapse", is_flag=True,
              help="One result per story, with how many other articles and sources of the "
              "story matched.")
@click.option("--cursor", default=None,
              help="The next page of the same list (the same QUERY, -n, --sort and "
              "--collapse): a previous answer's next_cursor, from this command or the API. "
              "The list stays as it was at its first page: articles stored since are left "
              "out, none is given twice or skipped; --page is then ignored.")
@click.option("--not-prose", "not_prose", is_flag=True,
              help="Search the articles whose body is no prose too (pages of headlines, "
              "keyword dumps), marked [not prose]; left out by default.")
@click.pass_context
def search_command(ctx: click.Context, query: tuple[str, ...], as_json: bool, sort: Sort,
                   per_page: int, page: int, collapse: bool, cursor: str | None,
                   not_prose: bool) -> None:
    """Search the articles; see docs/search.md for the query language.

    Words are ANDed; "exact phrases", OR, -word or NOT, (groups), title: source: lang:,
    author:"Jean Dupont" (auteur:), entity: place:, date:2019-01..2019-03, after:,
    before:, and prefix* are understood. A query may start with a "-" word: veille
    search -grève SNCF.

    Each outlet by its name; a copy marked [reprint], [teaser] or [republication] after
    it, as `veille latest` marks it. Exit status 1 when the query finds nothing because of
    a warning (a filter that matches nothing: an unreadable date as date:2026-13-01, an
    unknown place:, entity:, source: or lang:), as `veille export`.
    """
    from veille.index.query import empties_query

    paged = app(ctx).service.search_page(" ".join(query), page=page, per_page=per_page,
                                         sort=sort, facets=as_json, collapse=collapse,
                                         cursor=cursor, not_prose=not_prose)
    gone = unpublished_of(app(ctx).reader, (hit.url for hit in paged.response.hits))
    killed, unread = list_marks(app(ctx).reader, (hit.id for hit in paged.response.hits))
    replica = app(ctx).service.replica()  # read_url: say what a lagging replica misses
    if replica is not None and replica.lag:
        click.echo(f"note: {replica.one_line()}", err=True)
    if as_json:
        data = _to_json(paged)
        if replica is not None:
            data.update(replica.as_dict())
        # The API's hit shape (HitModel: t-reader19 R19): its relation to its story, its
        # outlet's shown name, and whether its site unpublished it, marked, not hidden
        # (newuser13b M1).
        relations = relations_of(app(ctx).reader, (hit["id"] for hit in data["hits"]))
        outlets = names_of(app(ctx).reader, (hit["source"] for hit in data["hits"]))
        openings = untitled_openings(app(ctx).reader, (
            hit["id"] for hit in data["hits"] if not str(hit["title"]).strip()))
        # the API's published_zone_assumed (r-sources35): a time printed with no zone
        from veille.web.models import zone_assumed
        timed = [hit["id"] for hit in data["hits"]
                 if hit["published"] and hit["published_precision"] == "time"]
        stored = app(ctx).reader.get_many(timed) if timed else {}
        for hit in data["hits"]:
            found_article = stored.get(hit["id"])
            hit["published_zone_assumed"] = (zone_assumed(found_article.content)
                                             if found_article is not None else "")
            hit["relation"] = relations.get(hit["id"], "")
            hit["untitled_text"] = openings.get(hit["id"], "")  # the API's (t-final29 U4)
            hit["outlet"] = outlets.get(hit["source"], hit["source"])  # the API's, F9
            hit.update(withdrawn=killed.get(hit["id"], ""), withdrawn_at=None,
                       withdrawn_status=None, not_prose=unread.get(hit["id"], ""))
            if (found := gone.get(hit.get("url") or "")) is not None:
                hit["unpublished"] = {"status": found.status, "seen": found.seen.isoformat()}
                hit.update(withdrawn="unpublished", withdrawn_at=found.seen.isoformat(),
                           withdrawn_status=found.status)
        facets = data.get("facets", {}).get("source", [])
        named = names_of(app(ctx).reader, (f["value"] for f in facets))
        for facet in facets:  # the API's source facets (t-final54 B5)
            facet["outlet"] = named.get(facet["value"], facet["value"])
        click.echo(json_text(data, indent=2))
    else:
        hits = paged.response.hits
        _print_text(paged, gone, names_of(app(ctx).reader, (hit.source for hit in hits)),
                    relations_of(app(ctx).reader, (hit.id for hit in hits)),
                    untitled_openings(app(ctx).reader,
                                      (hit.id for hit in hits if not hit.title.strip())),
                    killed, unread)
    if paged.response.total == 0 and empties_query([*paged.warnings,
                                                    *paged.response.warnings]):
        # nothing found because of what the warnings say (date:2026-13-01, an unknown
        # place:): exit 1, as `veille export` of the same query (t-final32 #14)
        ctx.exit(1)


@click.command("reindex")
@click.pass_context
def reindex_command(ctx: click.Context) -> None:
    """Rebuild the search index from the store (the store is the source of truth).

    The new index is built beside the live one, which keeps answering, and swapped in
    at once; whatever state the old index is in (damaged, outdated) does not matter.
    """
    from veille.backends import index_target

    state = app(ctx)
    total = state.store.counts()["articles"]
    with progress_bar("indexing", total=total, enabled=total >= 1000) as advance:
        count = state.service.reindex(progress=advance)
    click.echo(f"indexed {count_noun(count, 'article')} in {index_target(state.settings)}",
               err=True)


@click.command("check")
@click.option("--repair", is_flag=True, help="Fix what differs: catch up, remove stale "
              "documents, write missing or different ones (a rebuild only when index files "
              "are damaged).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.pass_context
def check_command(ctx: click.Context, repair: bool, as_json: bool) -> None:
    """Compare the store and the search index (ids, content hashes, file checksums).

    Exits 1 when they differ (without --repair), 0 when they agree or were repaired.
    Without --repair it only reads: a read-only data directory (a snapshot) is compared
    as it is. With a read replica (read_url), says how far it is behind the primary.
    """
    drift = app(ctx).service.check(repair_drift=repair)
    if as_json:
        click.echo(json.dumps(drift.as_dict(), ensure_ascii=False, indent=2))
    for line in drift.lines():
        click.echo(line, err=True)
    if repair and drift.found:
        click.echo(f"repaired: {drift.repaired} documents written or removed", err=True)
    elif not drift.found:
        click.echo("the index agrees with the store", err=True)
    if drift.found and not repair:
        click.echo("run `veille check --repair` to fix it", err=True)
        ctx.exit(1)

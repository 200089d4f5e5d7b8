"""``veille search`` and ``veille reindex``, and the index sink the ingest commands use."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

import click

from veille.cli.context import AppContext, app
from veille.cli.progress import progress_bar
from veille.cli.render import json_text, one_line
from veille.errors import SearchIndexError
from veille.index.sync import IndexSink, rebuild
from veille.index.tantivy_index import FORMAT, META_FILE, TantivyIndex, remove_index
from veille.ingest import BatchSink
from veille.search.service import search
from veille.search.types import SearchRequest, SearchResponse, Sort
from veille.store.readonly import READ_COMMANDS


def open_index(state: AppContext) -> TantivyIndex:
    """The index of this data directory, closed when the command ends."""
    if state.settings.index_dir.is_dir() and not os.access(state.settings.index_dir, os.W_OK):
        raise SearchIndexError(
            f"the search index in {state.settings.index_dir} is read-only, and tantivy "
            "writes its lock files even to search",
            hint=f"make it writable, or pass --data-dir a writable copy; {READ_COMMANDS} "
                 "still read a read-only data directory")
    index = TantivyIndex(state.settings.index_dir,
                         default_language=state.settings.default_language)
    click.get_current_context().call_on_close(index.close)
    return index


def index_sinks(state: AppContext) -> Sequence[BatchSink]:
    """The sink that keeps the index in step during ``ingest`` and ``reextract``.

    If the index cannot be written, the articles are still stored; a warning says to run
    ``veille reindex``.
    """
    try:
        index = open_index(state)
    except SearchIndexError as exc:
        click.echo(f"warning: search index not updated: {exc.one_line()}", err=True)
        return ()
    if index.count() == 0 and state.store.counts()["articles"] > 0:
        click.echo("warning: the search index lacks the articles stored before it existed; "
                   "run `veille reindex` once", err=True)
    sink = IndexSink(index)

    def report() -> None:
        if sink.error is not None:
            click.echo(f"warning: search index not updated: {sink.error.one_line()}; "
                       "run `veille reindex` afterwards", err=True)

    click.get_current_context().call_on_close(report)
    return (sink,)


def _to_json(response: SearchResponse) -> dict[str, Any]:
    data = asdict(response)
    for hit in data["hits"]:
        hit["published"] = hit["published"].isoformat() if hit["published"] else None
    return data


def _print_text(response: SearchResponse) -> None:
    import html
    import re

    def plain(markup: str) -> str:
        return html.unescape(re.sub(r"</?mark>", "", markup))

    for warning in response.warnings:
        click.echo(f"warning: {one_line(warning)}", err=True)
    first = (response.page - 1) * response.per_page
    click.echo(f"{response.total} results ({response.took_ms:.1f} ms)", err=True)
    for rank, hit in enumerate(response.hits, start=first + 1):
        when = hit.published.strftime("%Y-%m-%d") if hit.published else "----------"
        click.echo(f"{rank:>3}. {hit.id}  {when}  {one_line(hit.source):<20.20}  "
                   f"{one_line(hit.title)}")
        for snippet in hit.snippets[:1]:
            click.echo(f"     {one_line(plain(snippet))}")


@click.command("search")
@click.argument("query", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Print the response as JSON.")
@click.option("--sort", type=click.Choice(["relevance", "date", "fresh"]), default="relevance",
              show_default=True, help="Relevance (BM25), newest first, or relevance with a "
              "boost for recent articles.")
@click.option("-n", "per_page", default=10, show_default=True, type=click.IntRange(1, 100),
              help="Results per page.")
@click.option("--page", default=1, show_default=True, type=click.IntRange(1, 1000),
              help="Which page of results.")
@click.pass_context
def search_command(ctx: click.Context, query: tuple[str, ...], as_json: bool, sort: Sort,
                   per_page: int, page: int) -> None:
    """Search the articles; see docs/search.md for the query language.

    Words are ANDed; "exact phrases", OR, -word or NOT, (groups), title: source: lang:,
    date:2019-01..2019-03, after:, before:, and prefix* are understood.
    """
    state = app(ctx)
    if not (state.settings.index_dir / META_FILE).is_file():
        raise SearchIndexError(f"no search index in {state.settings.index_dir}",
                               hint="run `veille reindex` to build it from the store")
    request = SearchRequest(query=" ".join(query), page=page, per_page=per_page, sort=sort,
                            facets=as_json)
    response = search(request, index=open_index(state))
    if as_json:
        click.echo(json_text(_to_json(response), indent=2))
    else:
        _print_text(response)


@click.command("reindex")
@click.pass_context
def reindex_command(ctx: click.Context) -> None:
    """Rebuild the search index from the store (the store is the source of truth)."""
    state = app(ctx)
    index_dir = state.settings.index_dir
    meta = index_dir / META_FILE
    if index_dir.exists() and (not meta.is_file()
                               or json.loads(meta.read_text()).get("format") != FORMAT):
        remove_index(index_dir)  # another format: start from an empty directory
    index = open_index(state)
    total = state.store.counts()["articles"]
    with progress_bar("indexing", total=total, enabled=total >= 1000) as advance:
        count = rebuild(state.store, index, progress=advance)
    click.echo(f"indexed {count} articles in {index_dir}", err=True)

"""Enrichment commands: ``enrich``, ``reenrich``, ``entities``, ``quotes`` and ``aliases``.

Thin: the work is in :mod:`veille.enrich` behind the application service; these print what
the store's enrichment tables hold, as text for people or JSON for scripts.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict
from datetime import datetime
from typing import TYPE_CHECKING

import click

from veille.bidi import isolated
from veille.cli.context import app
from veille.cli.render import count_noun, title_line, ui_strings
from veille.cli.suggest import SuggestingGroup
from veille.enrich import aliases as alias_table
from veille.enrich.cyrillic_forms import nominatives
from veille.enrich.english_names import language_names, shown_name
from veille.enrich.entity_names import WRITTEN_ARTICLES, entities_named, written_ids, written_query
from veille.enrich.quote_marks import quoted
from veille.enrich.speaker_filter import speaker_filter
from veille.enrich.text import fold
from veille.errors import ArgumentError, NotFound
from veille.store.base import untitled_openings

if TYPE_CHECKING:  # the enrichment pipeline is imported when a command runs
    from veille.cli.context import AppContext
    from veille.enrich.view import EnrichResult


def _report(result: EnrichResult, lag: int, *, as_json: bool = False) -> None:
    """Print what a run did: one line of counts, the languages left unread, the first
    errors on stderr; with ``as_json`` one JSON object (``enriched``, ``failed``,
    ``pending``: articles; ``unread``: language code → articles; ``errors``: one line
    each, the first 100) — t-final62: `enrich` had no ``--json``."""
    if as_json:
        click.echo(json.dumps({"enriched": result.enriched, "failed": result.failed,
                               "pending": lag,
                               "unread": dict(sorted(Counter(result.unread.values()).items())),
                               "errors": result.errors[:100]}, ensure_ascii=False))
        return
    click.echo(f"enriched: {result.enriched}  failed: {result.failed}  pending: {lag}")
    t = ui_strings()
    for language, n in sorted(Counter(result.unread.values()).items()):
        click.echo("  " + t.plural("enrich_unread_count", n, language=t.language_name(language)))
    for line in result.errors[:20]:
        click.echo(f"  {line}", err=True)


@click.command("enrich")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
def enrich_command(ctx: click.Context, as_json: bool) -> None:
    """Enrich the articles added or changed since the last run (entities, places, dates
    mentioned, quotes): the enrichment view catches up with the store's change log."""
    service = app(ctx).service
    result = service.enrich()
    _report(result, service.store.enrich_lag(), as_json=as_json)
    if result.failed:
        ctx.exit(1)


@click.command("reenrich")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
def reenrich_command(ctx: click.Context, as_json: bool) -> None:
    """Enrich every stored article again, e.g. after editing the alias table. A run that is
    killed is finished by the next `veille enrich` (or the server's follower)."""
    service = app(ctx).service
    result = service.reenrich()
    _report(result, service.store.enrich_lag(), as_json=as_json)
    if result.failed:
        ctx.exit(1)


@click.command("entities")
@click.option("-n", "limit", default=30, show_default=True, type=click.IntRange(1, 10_000),
              help="How many entities.")
@click.option("--label", type=click.Choice(alias_table.LABELS), help="Only this kind.")
@click.option("--name", help="Only entities named by this: a word of the name, or a word's "
                                "start, or an alias; else, said so, a name containing it.")
@click.option("--id", "entity_id", help="One entity: its articles and co-occurring entities.")
@click.option("--json", "as_json", is_flag=True,
              help="One JSON object per line (with --name, each says its \"match\": "
                   "words or substring, as the API does).")
@click.pass_context
def entities_command(ctx: click.Context, limit: int, label: str | None, name: str | None,
                     entity_id: str | None, as_json: bool) -> None:
    """Entities named in stored articles, by number of articles."""
    store = app(ctx).store
    if entity_id:
        entity = store.entity(entity_id)
        if entity is None:
            raise NotFound(f"no entity {entity_id!r}", hint="see `veille entities` for the ids")
        articles = store.entity_articles(entity_id, limit=limit)
        others = store.cooccurring(entity_id, limit=limit)
        # its other names, as its web page and /api/v1/entities/{id} list them (t-check62
        # claim 8: the CLI listed none)
        also = alias_table.aliases_of(alias_table.current(app(ctx).settings.data_dir), entity_id,
                          entity.name)
        if as_json:
            click.echo(json.dumps({**asdict(entity), "aliases": also,
                                   "articles": [asdict(a) for a in articles],
                                   "cooccurring": [asdict(o) for o in others]},
                                  ensure_ascii=False))
            return
        click.echo(f"{entity.id}  {entity.label}  {entity.name}  "
                   f"({count_noun(entity.articles, 'article')}, "
                   f"{count_noun(entity.mentions, 'mention')})")
        if also:
            click.echo(f"  {ui_strings()('entity_aliases')} " + "; ".join(also))
        openings = untitled_openings(store, (a.article_id for a in articles if not a.title))
        for a in articles:
            when = f"date unknown, first seen {a.time[:10]}" if a.precision == "seen" \
                else a.time[:10]
            click.echo(f"  {when}  {a.article_id}  "
                       f"{title_line(a.title, openings.get(a.article_id, ''))}")
        if others:
            click.echo("  with: " + ", ".join(f"{o.name} ({o.articles})" for o in others))
        return
    found = [] if name else store.entities(limit=limit, label=label)
    inside = False
    if name:
        found, inside = entities_named(
            store, alias_table.current(app(ctx).settings.data_dir), name, label=label,
            limit=limit, written=lambda text: _written_ids(ctx, text))
        if inside:
            click.echo(f"no entity has a word or alias starting with {name!r}: "
                       "these hold it inside a word (a substring)", err=True)
        elif not found:  # t-final49b: an empty answer printed nothing at all
            kind = f" of kind {label}" if label else ""
            click.echo(f"nothing found for {name!r}: no entity{kind} is named so (accents and "
                       f"case aside); try fewer letters{' or no --label' if label else ''}, "
                       f"or `veille search {name!r}` for the articles", err=True)
    # h-names49: with --name, each JSON line says how it matched, as the API's "match" does
    match = {"match": "substring" if inside else "words"} if name else {}
    for entity in found:
        if as_json:
            click.echo(json.dumps({**asdict(entity), **match}, ensure_ascii=False))
        else:
            click.echo(f"{entity.articles:>5}  {entity.label:<4} {entity.id:<28} {entity.name}")


@click.command("places")
@click.option("-n", "limit", default=30, show_default=True, type=click.IntRange(1, 10_000),
              help="How many places.")
@click.option("--name", help="Only places whose name contains this.")
@click.option("--country", help="Only places of this country (ISO 3166-1 code: FR, ES).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_context
def places_command(ctx: click.Context, limit: int, name: str | None, country: str | None,
                   as_json: bool) -> None:
    """Places named in stored articles, by number of articles (the web's /places): id,
    kind, country and name; search an article's places with `veille search place:NAME`."""
    store = app(ctx).store
    wanted = (country or "").strip().upper()
    # the country is filtered here, on a larger page (the store filters names only)
    rows = store.places(limit=limit if not wanted else 10_000, name=name or None)
    shown = [p for p in rows if not wanted or p.country == wanted][:limit]
    # the name in the CLI's language where the data has one ("Moscou" for a place stored
    # as "Москва": t-final58 #17); --json keeps the stored name, which filters take
    names, romanised = language_names(app(ctx).settings.default_language)
    for place in shown:
        if as_json:
            click.echo(json.dumps(asdict(place), ensure_ascii=False))
        else:
            click.echo(f"{place.articles:>5}  {place.kind:<10} {place.country or '-':<3} "
                       f"{place.id:<28} {shown_name(place.id, place.name, names, romanised)}")


def _written_ids(ctx: click.Context, name: str) -> list[str]:
    """The ids of the entities an article's mention of which is written with ``name``
    (:func:`veille.enrich.entity_names.written_ids`, the articles found by the index)."""
    query = written_query(name)
    if not query:
        return []
    try:
        hits = app(ctx).service.search(query, per_page=WRITTEN_ARTICLES).hits
    except Exception:  # noqa: BLE001 - a query the index cannot read finds nothing more
        return []
    return written_ids(app(ctx).store, (hit.id for hit in hits), name)


@click.command("quotes")
@click.option("-n", "limit", default=20, show_default=True, type=click.IntRange(1, 10_000),
              help="How many quotes.")
@click.option("--speaker", "speaker", help="Only this speaker's: an entity id, or a name "
                                            "or alias (\"Marine Tondelier\", \"Daech\"), "
                                            "or a speaker named with no entity "
                                            "(\"sexagénaire\").")
@click.option("--text", "text", help="Only quotes holding these words (a substring; accents "
                                      "and case aside).")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]),
              help="Only articles of this day (YYYY-MM-DD, their own offset) or later.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]),
              help="Only articles of this day (YYYY-MM-DD) or earlier.")
@click.option("--source", help="Only articles of this source (its key, as `veille sources` "
                                "lists it).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_context
def quotes_command(ctx: click.Context, limit: int, speaker: str | None, text: str | None,
                   since: datetime | None, until: datetime | None, source: str | None,
                   as_json: bool) -> None:
    """Quotes found in stored articles, with their speakers, newest first; then, apart,
    those of articles whose date is unknown ("first seen"), as `veille latest`. A quote that
    copies of one dispatch carry is listed once, from the original, with the number of
    reprints carrying it (their ids under "reprints" with --json)."""
    speaker_id, named = _speaker(ctx, speaker) if speaker else (None, None)
    quotes = app(ctx).store.quotes(
        speaker_id=speaker_id, speaker=named, limit=limit, text=text or None,
        source=source or None, since=since.date().isoformat() if since else None,
        until=until.date().isoformat() if until else None)
    narrowed = bool(text or since or until or source)
    if not quotes and narrowed:
        click.echo("no stored quote matches these filters (--text, --since, --until, "
                   "--source): widen them, or leave them out", err=True)
    elif speaker and not quotes:
        # the hint fits the state: enriching helps only when articles wait for it
        # (t-final24 S5: the hint was given with nothing left to enrich)
        waiting = app(ctx).store.enrich_lag()
        whom = speaker_id if speaker_id and not named else repr(speaker)
        click.echo(f"no quotes of {whom} stored ("
                   + (f"{count_noun(waiting, 'article')} not enriched yet: run `veille "
                      "enrich`" if waiting else "every article is enriched; `veille quotes` "
                      "lists the speakers found") + ")", err=True)
    names: dict[str, str] = {}
    for quote in quotes:
        if as_json:
            click.echo(json.dumps(asdict(quote), ensure_ascii=False))
        else:
            who = quote.speaker or "?"
            if quote.speaker_id:
                who = _entity_name(ctx, quote.speaker_id, who, names) + \
                    f" [{quote.speaker_id}]"
            day = f"first seen {quote.time[:10]}" if quote.date_is_first_seen \
                else quote.time[:10]
            copies = f", +{count_noun(len(quote.reprints), 'reprint')}" if quote.reprints \
                else ""
            click.echo(f"{day}  {isolated(who)}: {quoted(quote.text, quote.language)}  "
                       f"({quote.article_id}{copies})")


def _entity_name(ctx: click.Context, entity_id: str, written: str,
                 names: dict[str, str]) -> str:
    """The name of the entity ``entity_id`` when the text's ``written`` form is a part of
    it ("Hughes" of "Reginald Hughes": t-final33 B, the surname was shown beside the
    entity's id) or a Cyrillic case form of it, word by word (``cyrillic_forms.nominatives``:
    "Петра Бирюкова" of "Петр Бирюков", t-final63 #10); else ``written`` (a description,
    "la procureure", stays as written).
    ``names`` caches the store's answers for one listing."""
    if entity_id not in names:
        entity = app(ctx).store.entity(entity_id)
        names[entity_id] = entity.name if entity is not None else ""
    name = names[entity_id]
    short, full = fold(written).split(), fold(name).split()
    if short and len(full) > len(short) and all(w in full for w in short):
        return name
    if short and len(full) == len(short) and short != full and all(
            w == f or f in map(fold, nominatives(w)) for w, f in zip(short, full, strict=True)):
        return name  # "Петра Бирюкова" (genitive after "По словам") of Пётр Бирюков
    return written


def _speaker(ctx: click.Context, speaker: str) -> tuple[str | None, str | None]:
    """``(entity id, speaker name)`` to filter quotes on
    (:func:`veille.enrich.speaker_filter.speaker_filter`, as the API reads ``speaker``)."""
    return speaker_filter(app(ctx).store, alias_table.current(app(ctx).settings.data_dir),
                          speaker, several="give one id with --speaker")


@click.group("aliases", cls=SuggestingGroup)
def aliases_command() -> None:
    """The alias table: names that mean one entity (queries use edits at once; `veille
    reenrich` applies them to stored articles)."""


@aliases_command.command("list")
@click.option("--id", "entity_id", help="Only this entity's aliases.")
@click.option("--grep", "needle", help="Only aliases containing this.")
@click.option("--mine", is_flag=True,
              help="Only the rows you added (not those shipped with veille).")
@click.option("--json", "as_json", is_flag=True,
              help="One JSON object per line: alias, id, label, name, mine (true for "
                   "your rows).")
@click.pass_context
def aliases_list(ctx: click.Context, entity_id: str | None, needle: str | None,
                 mine: bool, as_json: bool) -> None:
    """Print the table in use (the data directory's copy, else the shipped one): your own
    rows first, then the shipped ones (t-final52 B2: the user's four rows came after
    ~3,700 shipped ones)."""
    table = alias_table.load(app(ctx).settings.data_dir)
    rows = [row for row in table.rows
            if (not entity_id or row.id == entity_id)
            and (not needle or needle.casefold() in row.alias.casefold())]
    yours = [row for row in rows if not alias_table.is_shipped(row)]
    for row in yours if mine else [*yours, *(r for r in rows if alias_table.is_shipped(r))]:
        if as_json:
            click.echo(json.dumps({"alias": row.alias, "id": row.id, "label": row.label,
                                   "name": row.name, "mine": not alias_table.is_shipped(row)},
                                  ensure_ascii=False))
        else:
            click.echo(f"{row.alias}\t{row.id}\t{row.label}\t{row.name}")


@aliases_command.command("add")
@click.argument("alias")
@click.argument("entity_id")
@click.option("--label", type=click.Choice(alias_table.LABELS), default=None,
              help="PER, ORG, LOC or MISC [default: the entity's (alias table or stored "
                   "articles), else the id's prefix (per:, org:, loc:, misc:), else ORG].")
@click.option("--name", help="Display name [default: the entity's, else the alias].")
@click.option("--force", is_flag=True,
              help="Add ALIAS even when it already names another entity (a row shipped with "
                   "veille or yours): both rows are then in the table, and your row wins.")
@click.pass_context
def aliases_add(ctx: click.Context, alias: str, entity_id: str, label: str | None,
                name: str | None, force: bool) -> None:
    """Add ALIAS as a name of ENTITY_ID (a Wikidata id, an id `veille entities` prints, or
    any id of yours). An alias that already names another entity is refused unless
    --force: searches and re-enrichment would read it as ENTITY_ID from then on."""
    state = app(ctx)
    data_dir = state.settings.data_dir
    # the table is a file of the data directory: it may come before the first ingest
    entity = state.reader.entity(entity_id) if state.has_store else None
    table = alias_table.load(data_dir)
    there = alias_table.present(table, alias, entity_id)
    if there is not None:
        origin = "shipped with veille" if alias_table.is_shipped(there) else "yours"
        click.echo(f"{there.alias!r} → {entity_id} ({there.label}, {there.name}) is already "
                   f"in the table ({origin}); nothing added")
        return
    others = alias_table.named_otherwise(table, alias, entity_id)
    taken = "; ".join(
        f"{o.id} ({o.name}, {'shipped with veille' if alias_table.is_shipped(o) else 'yours'})"
        for o in others[:3])
    if others and not force:  # t-final67 R5: "EI" silently became Marseille
        raise ArgumentError(
            f"{alias!r} already names {taken}; nothing added",
            hint=f"to make {alias!r} mean {entity_id} in searches and re-enrichment "
                 f"instead: `veille aliases add {_quoted(alias)} {entity_id} --force`; to "
                 "name the entity otherwise, choose another alias")
    row = alias_table.new_row(alias, entity_id, table,
                              stored=(entity.label, entity.name) if entity else None,
                              label=label, name=name)
    alias_table.add(data_dir, row)
    _keep_in_store(state)
    over = f"; it was {taken}: your row wins from now on" if others else ""
    click.echo(f"added {alias!r} → {entity_id} ({row.label}, {row.name}){over}; searches "
               "use it now; run `veille reenrich` to apply it to stored articles")


@aliases_command.command("remove")
@click.argument("alias")
@click.option("--id", "entity_id", help="Only the rows naming this entity.")
@click.option("--shipped", is_flag=True,
              help="Hide the shipped rows for ALIAS too (`veille aliases add` restores one).")
@click.pass_context
def aliases_remove(ctx: click.Context, alias: str, entity_id: str | None,
                   shipped: bool) -> None:
    """Remove ALIAS from the table: the rows you added; a row shipped with veille only
    with --shipped."""
    state = app(ctx)
    data_dir = state.settings.data_dir
    if state.settings.store_url:
        state.reader  # noqa: B018  (opening the store gives the directory the store's table)
    built_in = alias_table.shipped_rows(data_dir, alias, entity_id)
    removed = alias_table.remove(data_dir, alias, entity_id, shipped=shipped)
    if removed:
        _keep_in_store(state)
    if not removed:
        if built_in and not shipped:
            row = built_in[0]
            raise ArgumentError(
                f"{row.alias!r} → {row.id} ({row.name}) is an alias shipped with veille, "
                "not one you added; nothing removed",
                hint=f"to hide it anyway: `veille aliases remove {_quoted(row.alias)} --id "
                     f"{row.id} --shipped` (`veille aliases add {_quoted(row.alias)} "
                     f"{row.id}` restores it)")
        raise NotFound(f"no alias {alias!r} in the table",
                       hint="see `veille aliases list`")
    if shipped and built_in:
        restore = "; ".join(f"`veille aliases add {_quoted(r.alias)} {r.id}`"
                            for r in built_in[:3])
        click.echo(f"removed {removed} row(s), {len({(r.alias, r.id) for r in built_in})} "
                   "of them shipped with veille "
                   f"(restore with {restore}); run `veille reenrich` to apply it")
        return
    kept = f"; the alias shipped with veille stays ({built_in[0].id})" if built_in else ""
    click.echo(f"removed {removed} row(s){kept}; run `veille reenrich` to apply it")


def _keep_in_store(state: AppContext) -> None:
    """Save the user's alias table, just edited, into a PostgreSQL store
    (:mod:`veille.store.data_files`): every data directory on the store gets it."""
    if not state.settings.store_url:
        return
    from veille.store.data_files import save
    from veille.store.postgres import PostgresStore

    store = state.reader
    path = alias_table.table_path(state.settings.data_dir)
    if isinstance(store, PostgresStore) and path.is_file():
        save(store.pg, path.name, path.read_text("utf-8"))


def _quoted(text: str) -> str:
    """``text`` as a shell word: quoted when it holds a space or a quote."""
    return text if text.replace("-", "").isalnum() else "'" + text.replace("'", "'\\''") + "'"

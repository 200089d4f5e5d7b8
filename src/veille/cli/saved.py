"""``veille saved add|list|show|remove`` (saved searches) and ``veille alerts send|status``.

Named ``saved`` so nobody takes it for ``veille watch``, which polls sources.
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

import click

from veille.cli.context import app, creates_store
from veille.cli.render import (
    aligned,
    gone_mark,
    one_line,
    published_text,
    relation_mark,
    title_line,
    ui_strings,
    utc_minute,
)
from veille.cli.suggest import SuggestingGroup
from veille.collect.gone import unpublished_of
from veille.display_title import untitled_text
from veille.errors import ArgumentError, NotFound
from veille.monitor.saved_view import SCANNED_MATCHES
from veille.outlet_names import names_of
from veille.store.base import (
    DIGESTS,
    MAX_BREAKING,
    MAX_WITHIN_MINUTES,
    SavedSearch,
    relations_of,
)

if TYPE_CHECKING:  # the service is imported when a command opens it (start-up time)
    from veille.service import Veille


def _split(values: tuple[str, ...]) -> list[str]:
    return [v for value in values for v in value.split(",") if v.strip()]


def saved_dict(search: SavedSearch, *, new: int | None = None) -> dict[str, object]:
    """A saved search as JSON (the webhook secret is shown only by ``show``)."""
    data: dict[str, object] = {
        "id": search.id, "name": search.name, "query": search.query,
        "sources": search.sources, "groups": search.groups, "languages": search.languages,
        "stories": search.stories, "breaking": search.breaking,
        "within_minutes": search.within_minutes,
        "collapse": search.collapse, "email": search.email, "digest": search.digest,
        "lang": search.lang, "webhook": search.webhook,
        "created_at": search.created_at.isoformat() if search.created_at else None}
    if new is not None:
        data["new_since_visit"] = new
    return data


@click.group("saved", cls=SuggestingGroup)
def saved_command() -> None:
    """Saved searches: a query and filters, with alerts by e-mail, webhook and feed."""


def _given_list(values: tuple[str, ...]) -> list[str] | None:
    """A repeatable option: None when not given (the setting is kept), else its values
    (``--source ''`` alone: empty, which clears the filter)."""
    return _split(values) if values else None


@creates_store
@saved_command.command("add")
@click.argument("name")
@click.argument("query")
@click.option("--source", "sources", multiple=True, help="Only this site (repeatable, or "
              "comma-separated; '' clears).")
@click.option("--group", "groups", multiple=True, help="Only the sources of this group "
              "(groups are given on the web UI's /manage/sources page; '' clears).")
@click.option("--lang", "languages", multiple=True, help="Only this language (fr, en...; "
              "'' clears).")
@click.option("--story", "stories", multiple=True, help="Follow this story: alert on its "
              "new coverage (with QUERY '', all of it; see `veille stories`; '' clears).")
@click.option("--breaking", type=click.IntRange(0, MAX_BREAKING), default=None,
              help="A story alert: alert once each time a story (with an article matching "
                   "QUERY; all with '') gains this many new independent sources within "
                   "--within minutes (0, the default: an alert per matching article).")
@click.option("--within", "within_minutes", type=click.IntRange(1, MAX_WITHIN_MINUTES),
              default=None, help="The window of --breaking, in minutes (default 60).")
@click.option("--reprints/--no-reprints", default=None,
              help="Include reprints of another outlet's article (default: collapsed).")
@click.option("--email", default=None, help="Send alerts to these addresses "
              "(comma-separated; '' removes them).")
@click.option("--digest", type=click.Choice(DIGESTS), default=None,
              help="One e-mail per article (immediate, the default), or one per hour or "
                   "per day.")
@click.option("--alert-lang", type=click.Choice(["fr", "en"]), default=None,
              help="Language of the alert e-mails (default fr).")
@click.option("--webhook", default=None, help="POST each alert as signed JSON to this URL "
              "('' removes it).")
@click.pass_context
def saved_add(ctx: click.Context, name: str, query: str, sources: tuple[str, ...],
              groups: tuple[str, ...], languages: tuple[str, ...],
              stories: tuple[str, ...], breaking: int | None, within_minutes: int | None,
              reprints: bool | None, email: str | None, digest: str | None,
              alert_lang: str | None, webhook: str | None) -> None:
    """Save QUERY (the full query language) as NAME. Only articles stored from now on
    alert. With --story, follow a story (its new coverage); with --breaking N, alert when
    a story gains N independent sources within --within.

    An existing NAME is updated: the options not given keep their value (an option given
    as '' clears it), and what changed is printed on stderr."""
    from veille.monitor.saved import query_warnings
    from veille.monitor.saved_update import changes

    service = app(ctx).service
    options: dict[str, object | None] = {
        "query": query, "sources": _given_list(sources), "groups": _given_list(groups),
        "languages": _given_list(languages), "stories": _given_list(stories),
        "breaking": breaking, "within_minutes": within_minutes,
        "collapse": None if reprints is None else not reprints, "email": email,
        "digest": digest, "lang": alert_lang, "webhook": webhook}
    saved, before = service.update_search(
        name, {k: v for k, v in options.items() if v is not None})
    click.echo(f"saved {saved.name} (id {saved.id})")
    for said in [*query_warnings(query), *service.unknown_filters(saved.query),
                 *service.place_homonyms(saved.query), *service.webhook_warnings(saved)]:
        click.echo(f"warning: {said}", err=True)  # as `veille search` says it
    if before is not None:
        changed = changes(before, saved)
        click.echo(f"updated {saved.name}: " + ("; ".join(changed) if changed
                                                 else "nothing changed"), err=True)
    unknown, known = service.unknown_sources(saved)
    for source in unknown:
        click.echo(f"warning: no source {source!r} yet (veille knows {known}: see `veille "
                   "sources list`); the search matches it once articles from it arrive",
                   err=True)
    if saved.webhook:
        click.echo(f"webhook secret (HMAC-SHA256 key of X-Veille-Signature): {saved.secret}")
    delivered_before = before is not None and bool(before.webhook or before.email)
    if ((saved.webhook or saved.email) and not delivered_before
            and not service.settings.public_url.strip()):
        # t-final55b B4: an article read from a file or capture has no URL of its own; its
        # alert then carried no link at all and nothing said why. Said once, when the
        # search starts delivering, not on every later update (t-final56b B3).
        click.echo("note: public_url is not set, so alerts link only to an article's own "
                   "address (none for files and captures); set VEILLE_PUBLIC_URL (or "
                   "public_url in the settings file) to the address readers reach this veille "
                   "at, e.g. http://veille.example.org, to add a link to its page here",
                   err=True)


@saved_command.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print them as JSON.")
@click.pass_context
def saved_list(ctx: click.Context, as_json: bool) -> None:
    """The saved searches, with how many articles are new since the last visit."""
    store = app(ctx).service.store
    app(ctx).service.match_alerts()
    rows = [(s, store.count_matches(s.id, after_seq=s.visited_seq))
            for s in store.saved_searches()]
    if as_json:
        click.echo(json.dumps([saved_dict(s, new=n) for s, n in rows], ensure_ascii=False,
                              indent=2))
        return
    for search, new in rows:
        click.echo(f"{search.id}\t{search.name}\t{new} new\t{search.query}")
    if not rows:
        click.echo("no saved searches; add one with `veille saved add NAME QUERY`", err=True)


@saved_command.command("show")
@click.argument("name")
@click.option("-n", "limit", default=20, show_default=True, type=click.IntRange(1, 1000))
@click.option("--keep-new", is_flag=True, help="Do not count this as a visit.")
@click.option("--json", "as_json", is_flag=True,
              help="Print the saved search as a JSON object, its matches under \"matches\".")
@click.option("--show-secret", is_flag=True,
              help="Print the webhook's secret (the HMAC-SHA256 key of X-Veille-Signature); "
                   "hidden otherwise, as on a shared terminal.")
@click.pass_context
def saved_show(ctx: click.Context, name: str, limit: int, keep_new: bool,
               as_json: bool, show_secret: bool) -> None:
    """A saved search, readably, and the articles it matches now, newest first (those
    matched since the last visit marked with *); counts as a visit. A search that follows
    stories lists the articles it alerted on. The webhook's secret is printed with
    --show-secret only (t-final51 B10: printed in clear at every look)."""
    service = app(ctx).service
    service.match_alerts()
    search = service.store.saved_search(name)
    rows, total, unchecked = _current_matches(service, search, limit)
    outlets = names_of(service.store, (str(row["source"]) for row in rows))
    for row in rows:
        row["outlet"] = outlets.get(str(row["source"]), row["source"])
    if as_json:
        data = saved_dict(search) | {"secret": search.secret if search.webhook and
                                     show_secret else None,
                                     "total": total, "unchecked": unchecked,
                                     "matches": rows}
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        _print_saved(search, rows, total, unchecked, show_secret=show_secret)
    if not keep_new:
        service.store.visit_saved_search(search.id, service.store.change_seq())


def _current_matches(service: Veille, search: SavedSearch,
                     limit: int) -> tuple[list[dict[str, object]], int, int]:
    """The articles ``search`` matches now, newest published first, at most ``limit``, how
    many in all, and how many of those were not checked for copies (:data:`SCANNED_MATCHES`):
    its query and filters run as ``veille search`` runs them
    (:func:`~veille.monitor.matching.full_query`). Before, ``show`` listed only the
    articles stored after the search was saved, by the time first seen, unlabelled
    (t-final24 S4). A search that follows stories lists its stored matches (what a story
    gains is no query)."""
    from veille.monitor.saved_view import current_matches

    store = service.store
    now = current_matches(service, search, limit)
    ids, total, unchecked, kinds, new_ids = (now.ids, now.total, now.unchecked, now.kinds,
                                             now.new_ids)
    articles = store.get_many(ids)
    # An article its site unpublished is marked as every list marks it (newuser16c N5).
    gone = unpublished_of(store, (a.url for a in articles.values()))
    relations = relations_of(store, list(articles))
    rows: list[dict[str, object]] = []
    for article_id in ids:
        article = articles.get(article_id)
        content = article.content if article else None
        rows.append({
            "id": article_id, "new": article_id in new_ids,
            "kind": kinds.get(article_id, ""),
            "title": content.title if content else "(deleted)",
            "untitled_text": untitled_text(content.title, content.lead, content.paragraphs)
            if content else "",
            "source": article.source if article else "",
            "relation": relations.get(article_id, ""),
            "published": content.published.isoformat()
            if content and content.published else None,
            "published_text": published_text(content) if content else "-",
            "unpublished": gone_mark(gone.get(article.url or "")) if article else ""})
    return rows, total, unchecked


def _print_saved(search: SavedSearch, rows: list[dict[str, object]], total: int,
                 unchecked: int = 0, *, show_secret: bool = False) -> None:
    """``search``'s settings, one labelled line each (those set), in the terminal's
    language, then its current matches with their publication time labelled."""
    say = ui_strings()
    colon = say("colon")
    click.echo(say("cli_saved_title", name=one_line(search.name), id=search.id))
    fields: list[tuple[str, object]] = [
        ("query", search.query), ("sources", ", ".join(search.sources)),
        ("groups", ", ".join(search.groups)), ("languages", ", ".join(search.languages)),
        ("stories", ", ".join(search.stories)),
        ("breaking", say.plural("cli_saved_breaking", search.breaking,
                                minutes=search.within_minutes) if search.breaking else ""),
        ("reprints", say("cli_saved_reprints_collapsed" if search.collapse
                         else "cli_saved_reprints_included")),
        ("email", search.email), ("digest", search.digest if search.email else ""),
        ("alert_lang", search.lang if search.email or search.webhook else ""),
        ("webhook", search.webhook),
        ("created", utc_minute(search.created_at) if search.created_at else "")]
    for key, value in fields:
        if value:
            click.echo(f"  {say('cli_saved_field_' + key)}{colon} {one_line(str(value))}")
    if search.webhook:
        click.echo(f"webhook secret: {search.secret}" if show_secret else
                   "webhook secret: hidden (`--show-secret` prints it)")
    click.echo(say.plural("cli_saved_matches", total))
    label = say("cli_saved_published")
    cells = []
    for row in rows:
        mark = "*" if row["new"] else " "
        source = (str(row["outlet"]) or "-") + relation_mark(str(row["relation"]))
        # what the alert said when it was not a new article's ("update", "unmatched")
        kind = f"[{row['kind']}] " if row["kind"] not in ("", "new") else ""
        cells.append([f"{mark} {label} {row['published_text']}", str(row["id"]), source,
                      f"{kind}{title_line(str(row['title']), str(row['untitled_text']))}"
                      f"{row['unpublished']}"])
    for line in aligned(cells, ()):
        click.echo(line)
    if total > len(rows):
        click.echo(say("cli_saved_matches_cut", shown=len(rows), total=total), err=True)
    if unchecked:
        click.echo(say("cli_saved_copies_unchecked", scanned=SCANNED_MATCHES,
                       unchecked=unchecked), err=True)


@saved_command.command("remove")
@click.argument("name")
@click.pass_context
def saved_remove(ctx: click.Context, name: str) -> None:
    """Forget a saved search, its matches and its undelivered alerts."""
    if not app(ctx).service.store.remove_saved_search(name):
        raise NotFound(f"no saved search {name!r}",
                       hint="list them with `veille saved list`")
    click.echo(f"removed {name}")


@click.group("alerts", cls=SuggestingGroup)
def alerts_command() -> None:
    """The alert outbox: send what is due, see what failed."""


@alerts_command.command("send")
@click.pass_context
def alerts_send(ctx: click.Context) -> None:
    """Match new articles and send the due alerts once (`veille watch` does it after each
    poll); exits 1 when a delivery failed (it stays queued and is retried)."""
    report = app(ctx).service.deliver_alerts()
    if report.busy:
        click.echo("another process is sending the alerts (veille serve --watch, veille "
                   "watch or another `alerts send`): it sends these too; nothing sent here",
                   err=True)
    click.echo(f"sent {report.sent}, failed {report.failed}")
    for error in dict.fromkeys(report.errors):
        click.echo(f"  {error}", err=True)
    # why nothing (or not everything) went (f-cliux32: "sent 0" with alerts waiting)
    say = ui_strings()
    if report.no_smtp:
        click.echo(say("cli_alerts_no_smtp", n=report.no_smtp), err=True)
    if report.later and report.next_due is not None:
        click.echo(say("cli_alerts_later", n=report.later,
                       when=utc_minute(report.next_due)), err=True)
    if not (report.busy or report.sent or report.failed or report.no_smtp or report.later):
        click.echo(say("cli_alerts_none"), err=True)
    if report.failed:
        ctx.exit(1)


def say_no_smtp_once(service: Veille) -> None:
    """Have ``service`` say on stderr, once, that e-mail alerts wait for an SMTP setting
    (``veille watch``, ``serve --watch``: without it, they waited in silence)."""
    service.on_no_smtp = lambda _n: click.echo(
        f"veille: {ui_strings()('cli_alerts_watch_no_smtp')}", err=True)


def _version_title(store: Any, article_id: str, version: int, current: str) -> str:
    """The headline of ``article_id``'s earlier ``version``, said so ("v1: …; now: …"),
    or ``current`` when the store keeps no such version."""
    for earlier in store.versions(article_id):
        if earlier.version == version and earlier.title:
            return f"v{version}: {one_line(earlier.title)} (now: {current})"
    return current


#: What ``alerts status`` says of a row done without a message of its own, by its note
#: (:data:`veille.store.base.DONE_NOTES`).
_NOT_SENT = {"withdrawn": "not sent: withdrawn by its provider before its alert went",
             "unmatched": "not sent: no longer matched before its alert went",
             "gone": "not sent: its saved search or article was deleted"}


def _delivery_state(d: Any) -> str:
    """An outbox row's fate, as ``alerts status`` says it: "sent TIME"; "sent TIME within
    KEY" for a row folded into another's alert (one message for both); "not sent: why
    (TIME)" for one done without a message; else "due TIME, N attempt(s): error". The
    note is :meth:`veille.store.base.MonitorStore.mark_delivered`'s (t-final62: a kill's
    row said "sent" although no alert had been sent for it)."""
    from veille.store.base import FOLDED

    if d.delivered_at is None:
        return (f"due {utc_minute(d.due_at, seconds=True)}, {d.attempts} attempt(s)"
                + (f": {d.last_error}" if d.last_error else ""))
    when = utc_minute(d.delivered_at, seconds=True)
    if d.last_error.startswith(FOLDED):
        return f"sent {when} within {d.last_error[len(FOLDED):]} (one alert for both)"
    if d.last_error in _NOT_SENT:
        return f"{_NOT_SENT[d.last_error]} ({when})"
    return f"sent {when}"


@alerts_command.command("status")
@click.option("--pending", is_flag=True, help="Only the alerts not delivered yet.")
@click.pass_context
def alerts_status(ctx: click.Context, pending: bool) -> None:
    """The latest deliveries: sent, queued (with when) or failing (with why), each with
    its saved search's name and its article's headline. Reads only: says how many
    changes are not matched yet (`veille alerts send` or `veille watch` queues them), says
    so when nothing is queued, and names the saved searches whose new matches no channel
    alerts (no e-mail, no webhook)."""
    from veille.store.sqlite_monitor import ALERT_VIEW

    store = app(ctx).reader  # a status never writes (t-final33 B: it matched and queued)
    deliveries = store.deliveries(pending=pending)
    searches = store.saved_searches()
    names = {s.id: s.name for s in searches}
    articles = store.get_many(list(dict.fromkeys(d.article_id for d in deliveries)))
    for d in deliveries:
        state = _delivery_state(d)
        article = articles.get(d.article_id)
        content = article.content if article else None
        title = title_line(content.title, content.lead, content.paragraphs) if content \
            else "(deleted)"
        if content is not None and d.version != content.version:
            # what was sent: the headline of the version alerted on, not the current one
            # (t-final36 B6: the sent v1 row showed the v2 headline)
            title = _version_title(store, d.article_id, d.version, title)
        name = one_line(names.get(d.search_id, "(removed)"))
        click.echo(f"{d.key}\t{d.kind}\t{state}\t“{name}”\t{title}")
    say = ui_strings()
    if not deliveries:
        click.echo(say("cli_alerts_status_none_pending" if pending
                       else "cli_alerts_status_none"), err=True)
    for search in searches:
        new = store.count_matches(search.id, after_seq=search.visited_seq)
        if new and not search.channels():
            click.echo(say.plural("cli_alerts_status_no_channel", new,
                                  name=one_line(search.name)), err=True)
    behind = store.change_seq() - store.view_seq(ALERT_VIEW)
    if behind > 0 and searches:
        click.echo(say.plural("cli_alerts_status_behind", behind), err=True)


@click.group("user", cls=SuggestingGroup)
def user_command() -> None:
    """The web UI's account (its writing parts need a login)."""


@creates_store
@user_command.command("set-password")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard "
              "input (first line) instead of prompting.")
@click.pass_context
def set_password(ctx: click.Context, name: str, password_stdin: bool) -> None:
    """Create the account NAME, or change its password (its sessions end)."""
    from veille.web.auth import MAX_PASSWORD_CHARS, hash_password

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = str(click.prompt("password", hide_input=True, confirmation_prompt=True))
    if not 8 <= len(password) <= MAX_PASSWORD_CHARS:
        raise ArgumentError(f"a password needs 8 to {MAX_PASSWORD_CHARS} characters, not "
                            f"{len(password)}", hint="give a longer one")
    app(ctx).service.store.set_password_hash(name, hash_password(password))
    click.echo(f"password set for {name}")

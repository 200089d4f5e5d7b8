"""Sending what the alert outbox holds: e-mail (SMTP) and webhooks.

:func:`deliver_due` reads the due rows of the outbox, sends them, and marks each one
delivered, or failed with its error and a later due time (exponential backoff from
``alert_retry_s`` up to ``alert_retry_max_s``): a failed delivery is retried and shown by
``veille alerts status``, never dropped. Every message carries the row's idempotency key
(``Message-ID`` and ``X-Veille-Key`` for e-mail, ``Idempotency-Key`` for webhooks): a crash
after the receiver accepted a message but before the row is marked re-sends it once with
the same key, which a receiver deduplicates on (see docs/monitoring.md).

Webhook bodies are signed with HMAC-SHA256 of the exact bytes, keyed by the saved search's
secret, in ``X-Veille-Signature: sha256=<hex>``; the target goes through the fetcher's URL
check and address guard (:mod:`veille.collect.netguard`).
"""

from __future__ import annotations

import asyncio
import email.policy
import hashlib
import hmac
import json
import smtplib
import ssl
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from veille.collect.gone import Unpublished, unpublished_of
from veille.collect.netguard import AddressPolicy, guarded_transport
from veille.collect.urls import edge_url
from veille.display_title import plain_title, untitled_text
from veille.errors import VeilleError
from veille.extract.timezones import assumed_zone_name
from veille.extract.wire import withdrawn
from veille.index.sync import crash_point
from veille.outlet_names import names_of, shown
from veille.record import Article, utcnow
from veille.settings import Settings
from veille.store.base import FOLDED, UNMATCHED, Delivery, SavedSearch
from veille.store.sqlite import SQLiteStore
from veille.store.sqlite_monitor import ALERT_VIEW

if TYPE_CHECKING:
    from veille.web.i18n import Translator

SNIPPET_CHARS = 280
PASS_ROWS = 500
WEBHOOKS_IN_FLIGHT = 8
MAX_DIGEST_ITEMS = 200

EMAIL_LANGUAGES = ("fr", "en")
"""The languages an alert is written in: the web UI's (its ``mail_*`` strings, with plural
forms and each language's punctuation, from ``web/locales``)."""


@dataclass(slots=True)
class DeliveryReport:
    """What one pass sent: rows ``sent`` and ``failed`` (with one-line ``errors``);
    ``busy`` when another process was sending, so this one sent nothing; ``no_smtp`` the
    due e-mail rows left waiting, untried, because no SMTP server is set (``smtp_host``);
    ``later`` the pending rows not due yet (a digest's hour, a retry's backoff: at most
    :data:`PASS_ROWS` counted) and ``next_due`` the first of their due times."""

    sent: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    busy: bool = False
    no_smtp: int = 0
    later: int = 0
    next_due: datetime | None = None
    channels: dict[str, list[int]] = field(default_factory=dict)
    """Channel ("email", "webhook") → [rows sent, rows failed]."""
    outcomes: dict[str, tuple[str, bool]] = field(default_factory=dict)
    """Row key → (channel, sent) of its last attempt: a row tried again in a later pass of
    the same run (a watch's passes) is counted once, by its last outcome (ci-53: a webhook
    failing twice in one `watch --once` was "failed 2" for one alert)."""

    def count(self, rows: Sequence[Delivery], *, sent: bool) -> None:
        """Count ``rows`` sent (or failed), in all and by channel, each row once."""
        for row in rows:
            self._settle(row.key, row.channel, sent)

    def add(self, other: DeliveryReport) -> None:
        """Add ``other``'s rows to these (a watch's passes, t-final36 B5), each row once."""
        self.errors += other.errors
        for key, (channel, sent) in other.outcomes.items():
            self._settle(key, channel, sent)

    def _settle(self, key: str, channel: str, sent: bool) -> None:
        before = self.outcomes.get(key)
        if before is not None:
            self._tally(*before, -1)
        self.outcomes[key] = (channel, sent)
        self._tally(channel, sent, 1)

    def _tally(self, channel: str, sent: bool, step: int) -> None:
        self.channels.setdefault(channel, [0, 0])[0 if sent else 1] += step
        if sent:
            self.sent += step
        else:
            self.failed += step


def snippet(article: Article) -> str:
    """The first ``SNIPPET_CHARS`` characters of the lead, else of the body."""
    content = article.content
    if content is None:
        return ""
    text = " ".join((content.lead or content.description or content.text).split())
    return text if len(text) <= SNIPPET_CHARS else text[:SNIPPET_CHARS - 1].rstrip() + "…"


def unpublished_payload(gone: Unpublished | None) -> dict[str, Any] | None:
    """An alert's ``unpublished`` field: ``{"status": 410, "seen": ISO time}`` when the
    article's site removed its page before the alert went out, else None (newuser16c
    N13)."""
    return {"status": gone.status, "seen": gone.seen.isoformat()} if gone else None


def article_payload(article: Article,
                    outlets: Mapping[str, str] | None = None) -> dict[str, Any]:
    """What an alert says about an article (webhook JSON, e-mail): ``source`` the store's
    key (the host ``source:`` filters take), ``outlet`` the name the pages show it by
    (``outlets``: :func:`veille.outlet_names.names_of`; the source itself when none;
    t-final25 S12: the webhook said ``zinfos974.com`` where the pages say "Zinfos974")."""
    content = article.content
    published = content.published if content else None
    return {"id": article.id, "title": content.title if content else "",
            # no headline: its first words, as every door shows them (t-final29 U4)
            "untitled_text": untitled_text(content.title, content.lead, content.paragraphs)
            if content else "",
            "source": article.source, "outlet": shown(article.source, outlets or {}),
            "url": article.url,
            "published": published.isoformat() if published else None,
            "published_precision": content.published_precision if published and content
            else None,
            "first_seen": article.first_seen.isoformat(),
            "language": content.language if content else "", "snippet": snippet(article),
            # a wire kill or hold of the article's latest version (t-final61 #4)
            "withdrawn": (withdrawn(content.evidence) if content else "") or None}


def story_payload(store: SQLiteStore, article_id: str) -> dict[str, Any] | None:
    """The story of an article (for a story alert): id, title and counts, or None."""
    member = store.story_of([article_id]).get(article_id)
    if member is None:
        return None
    found = store.stories(story_id=member[0], limit=1)
    if not found:
        return None
    story = found[0]
    return {"id": story.story_id, "title": story.title, "articles": story.articles,
            "sources": story.sources, "independent": story.independent,
            "first": story.first.isoformat(), "last": story.last.isoformat(),
            "first_precision": story.first_precision, "last_precision": story.last_precision}


def sign(body: bytes, secret: str) -> str:
    """The ``X-Veille-Signature`` value of ``body``: ``sha256=`` and the hex HMAC."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def backoff(settings: Settings, attempts: int) -> timedelta:
    """The wait before attempt ``attempts + 1``: doubling from ``alert_retry_s``."""
    return timedelta(seconds=min(settings.alert_retry_s * 2 ** max(0, attempts),
                                 settings.alert_retry_max_s))


def _message_id(keys: Sequence[str]) -> str:
    return "<" + hashlib.sha256("\n".join(keys).encode()).hexdigest()[:40] + "@veille>"


def email_message(search: SavedSearch, rows: Sequence[tuple[Delivery, Article]],
                  settings: Settings,
                  stories: dict[int, dict[str, Any]] | None = None,
                  gone: Mapping[str, Unpublished] | None = None,
                  outlets: Mapping[str, str] | None = None,
                  followed: Sequence[str] = ()) -> EmailMessage:
    """One message for ``rows`` (one row when immediate, several for a digest), in the
    saved search's language: title, outlet (by the name the pages show, ``outlets``:
    "Le Parisien", not ``leparisien.fr``), time, snippet and link of each article, and
    for an article its site unpublished before the message went out (``gone``, by
    article id) a line saying so (newuser16c N13: a digest presented an article
    unpublished 26 minutes earlier as a live "Nouvel article")."""
    from veille.web.i18n import load_locales  # babel formats; imported only to write e-mail

    t = load_locales()[search.lang if search.lang in EMAIL_LANGUAGES else "en"]

    def field(label: str, value: str) -> str:  # "Publié : …", "Published: …"
        return f"{t(label)}{t('colon')} {value}"

    message = EmailMessage()
    if len(rows) == 1:
        delivery, article = rows[0]
        content = article.content
        title = plain_title(content.title, t("untitled"), content.lead,
                            content.paragraphs) if content else article.id
        story = (stories or {}).get(delivery.id)
        title = story["title"] or title if story else title
        # a kill says so first: "retiré par l'agence", not "Article mis à jour"
        kind = t("badge_withdrawn") if content and withdrawn(content.evidence) \
            else t("mail_" + delivery.kind)
        subject = f"[veille] {search.name}{t('colon')} {kind}{t('colon')} {title}"
    else:
        subject = "[veille] " + t("mail_digest", n=len(rows), name=search.name)
    message["Subject"] = " ".join(subject.split())[:200]
    message["From"] = settings.smtp_from
    message["To"] = search.email
    message["Date"] = format_datetime(utcnow())
    keys = [d.key for d, _ in rows]
    message["Message-ID"] = _message_id(keys)
    message["X-Veille-Key"] = keys[0] if len(keys) == 1 else _message_id(keys)[1:-1]
    what = search.query or "; ".join(t("mail_followed_story", title=title)
                                      for title in followed)
    lines = [field("mail_search", f"{search.name} — {what}" if what else search.name), ""]
    for delivery, article in rows:
        payload = article_payload(article, outlets)
        story = (stories or {}).get(delivery.id)
        if story:
            lines.append(t("mail_story", n=story["independent"], new=t(
                "mail_story_new", n=search.breaking, minutes=search.within_minutes)))
        lines.append(field("mail_" + delivery.kind, plain_title(
            payload["title"], t("untitled"), payload["untitled_text"])))
        if payload["withdrawn"]:
            lines.append(t("article_withdrawn_" + payload["withdrawn"]))
        if (removed := (gone or {}).get(article.id)) is not None:
            lines.append(t("mail_unpublished", status=removed.status,
                           when=t.date(removed.seen)))
        lines += [field("mail_source", payload["outlet"] or t("mail_unknown_source")),
                  field("mail_published", _published(article, t) or t("mail_undated")),
                  payload["snippet"], article_link(article, settings)]
        if article.url and (page := veille_page(article, settings)):
            # the article's page on this veille too (t-final36 B7): its copies, its story
            lines.append(field("mail_veille_page", page))
        lines.append("")
    message.set_content("\n".join(lines))
    message.policy = HEADERS  # the body is encoded already (qp lines stay within 76)
    return message


def followed_titles(store: SQLiteStore, search: SavedSearch) -> list[str]:
    """The titles of the stories ``search`` follows (an id the story was renamed from
    leads to it; its id when the story is gone), for an e-mail to name them."""
    titles = []
    for story_id in search.stories:
        current = store.story_id_of(story_id) or story_id
        found = store.stories(story_id=current, limit=1)
        titles.append(" ".join(found[0].title.split()) if found and found[0].title
                      else story_id)
    return titles


def article_link(article: Article, settings: Settings) -> str:
    """Where an alert's reader opens the article: its URL, else (an article ingested from
    a file or the write API without one) its page on this veille when ``public_url`` is
    set (``https://veille.example.org/articles/ID``), else "" (newuser11b U30: such an
    e-mail had no link at all)."""
    return article.url or veille_page(article, settings)


def veille_page(article: Article, settings: Settings) -> str:
    """The article's page on this veille when ``public_url`` is set, else ""."""
    if settings.public_url:
        return f"{settings.public_url.rstrip('/')}/articles/{quote(article.id, safe='')}"
    return ""


HEADERS = email.policy.default.clone(max_line_length=998)
"""The policy the message is written with: no header folding below RFC 5322's 998-octet
line limit (a subject is at most 200 characters). CPython's folder mangles the spaces
around the encoded words it splits a long non-ASCII subject into ("Matmut  rénové",
"rénovéà Rouen"); an unfolded subject keeps them."""


def _published(article: Article, dates: Translator) -> str:
    """The publication date in the alert's language as the article page shows it
    (:meth:`Translator.published`): "28 nov. 2026" for a date known to the day only, a
    French time as is, another offset's time in that offset with its zone ("26 nov. 2026
    06:05 (UTC+4)"; newuser8 Q4: it was moved to Paris time with no zone), or "" when
    undated. A French time says its zone too ("1 déc. 2026 00:30 (heure de Paris, UTC+1)",
    "Dec 1, 2026 12:30 AM (Paris time, UTC+1)"): an e-mail is read away from the web
    page, by readers of any zone (newuser13b M11: "Published: Dec 1, 2026 12:30 AM" was
    read as the reader's own time, a day off)."""
    content = article.content
    if content is None or content.published is None:
        return ""
    from veille.web.i18n import DISPLAY_TZ, zone_label  # babel: only to write e-mail

    value, precision = content.published, content.published_precision
    shown = dates.published(value, precision)
    # A zone veille assumed (the page printed none) is said so, with the zone assumed
    # (t-final36 B7: "heure de Paris" for a Sevilla article whose zone Europe/Madrid was
    # assumed): the time is veille's reading, not the outlet's word.
    # Read as every other view reads it (assumed_zone_name: "assumed from the outlet's
    # home ...", "assumed from language fr (...)"): the mail alone matched the bare
    # "assumed (Zone)" and said "heure de Paris" as a stated zone (t-final52 B8).
    zone = assumed_zone_name(str((content.evidence or {}).get("timezone", "")))
    assumed = dates("mail_assumed_zone", zone=zone) if zone else ""
    if precision != "time" or value.utcoffset() is None or shown != dates.date(value):
        # a day, or a time already shown with its zone
        return f"{shown} ({assumed})" if assumed and precision == "time" else shown
    paris = value.astimezone(DISPLAY_TZ).utcoffset() or timedelta(0)
    return (f"{dates.date(value, zone=False)} ({assumed or dates('mail_paris_time')}, "
            f"{zone_label(paris)})")


def send_email(message: EmailMessage, settings: Settings) -> None:
    """Send through ``smtp_host``: STARTTLS when ``smtp_starttls`` (refused if the server
    does not offer it), then login when ``smtp_user`` is set."""
    if not settings.smtp_host:
        raise VeilleError("no SMTP server is set",
                          hint="set smtp_host in veille.toml or VEILLE_SMTP_HOST; the alert "
                               "stays queued and goes once it is set (docs/settings.md)")
    with smtplib.SMTP(settings.smtp_host, settings.smtp_port,
                      timeout=settings.alert_timeout) as smtp:
        smtp.ehlo()
        if settings.smtp_starttls:
            smtp.starttls(context=ssl.create_default_context())
            smtp.ehlo()
        if settings.smtp_user:
            smtp.login(settings.smtp_user, settings.smtp_password)
        smtp.send_message(message)


def failure_reason(exc: BaseException, settings: Settings) -> str:
    """One line saying why a delivery failed and, where veille knows it, what to do.

    httpx's timeouts and some connection errors carry no message (``str(exc) == ""``):
    they are named from their class, with the setting that bounds them
    (``alert_timeout``, in seconds). A :class:`VeilleError` gives its hint too."""
    if isinstance(exc, VeilleError):
        return exc.one_line()
    if isinstance(exc, (httpx.TimeoutException, TimeoutError)):
        return (f"no answer within {settings.alert_timeout:g} s (raise alert_timeout if the "
                "receiver is slow; the alert is retried)")
    text = str(exc).strip()
    if not text:
        text = type(exc).__name__
    return text


def webhook_body(search: SavedSearch, delivery: Delivery, article: Article,
                 story: dict[str, Any] | None = None, *,
                 settings: Settings | None = None, gone: Unpublished | None = None,
                 outlets: Mapping[str, str] | None = None) -> bytes:
    """The JSON of one webhook alert; a story alert (``kind`` ``breaking``) adds the
    ``story`` and the alert's ``breaking`` threshold. The article's ``url`` is where the
    e-mail links (:func:`article_link`): its URL, else its page on this veille when
    ``settings`` give a ``public_url``, else null (docs/monitoring.md); its
    ``unpublished`` is :func:`unpublished_payload` of ``gone`` (the site removed the page
    before the alert went out) or null; its ``outlet`` the name the pages show its source
    by (``outlets``), beside ``source``; its ``veille_url`` its page on this veille
    (:func:`veille_page`, null without ``public_url``)."""
    payload = article_payload(article, outlets)
    payload["unpublished"] = unpublished_payload(gone)
    # the article's page on this veille beside its own URL, as the e-mail gives both
    # (r-ux55, t-final54 B6): null when ``public_url`` is not set
    payload["veille_url"] = (veille_page(article, settings) if settings else "") or None
    if settings is not None:
        payload["url"] = article_link(article, settings) or None
    data: dict[str, Any] = {"key": delivery.key, "kind": delivery.kind,
                            "version": delivery.version,
                            "search": {"id": search.id, "name": search.name,
                                       "query": search.query},
                            "article": payload}
    if story is not None:
        data["story"] = story
        data["search"]["breaking"] = {"sources": search.breaking,
                                      "within_minutes": search.within_minutes}
    return json.dumps(data, ensure_ascii=False, sort_keys=True).encode()


async def _post_all(posts: list[tuple[Entry, str, bytes, str]], settings: Settings,
                    done: Callable[[Entry, str], None]) -> None:
    """POST each body, ``WEBHOOKS_IN_FLIGHT`` at a time; ``done(row, error)`` after each
    ('' when it was delivered), so a crash later re-sends only what was not marked."""
    transport = guarded_transport(AddressPolicy.parse(settings.fetch_allow))
    gate = asyncio.Semaphore(WEBHOOKS_IN_FLIGHT)
    async with httpx.AsyncClient(transport=transport, timeout=settings.alert_timeout,
                                 follow_redirects=False) as client:
        async def post(entry: Entry, url: str, body: bytes, signature: str) -> None:
            delivery, error = entry.shown, ""
            async with gate:
                try:
                    target = edge_url(url, origin=f"webhook of saved search "
                                                  f"{delivery.search_id}")
                    response = await client.post(target, content=body, headers={
                        "Content-Type": "application/json",
                        "User-Agent": settings.user_agent,
                        "X-Veille-Signature": signature, "Idempotency-Key": delivery.key,
                        "X-Veille-Key": delivery.key})
                    if response.status_code >= 300:
                        error = f"the webhook answered HTTP {response.status_code}"
                except (httpx.HTTPError, VeilleError, OSError) as exc:
                    error = f"webhook {url}: {failure_reason(exc, settings)}"
            done(entry, error)

        await asyncio.gather(*(post(*item) for item in posts))


def deliver_due(store: SQLiteStore, settings: Settings, *,
                now: datetime | None = None) -> DeliveryReport:
    """Send every due row of the outbox once (see the module's docstring), ``PASS_ROWS``
    at a time until none is due (a row that fails is due again only later)."""
    now = now or utcnow()
    report = DeliveryReport()
    store.drop_stale_deliveries()  # matched before a change of query (newuser11b U30)
    tried: set[int] = set()  # each row once per call, even when its retry is due at once
    while True:
        due = [d for d in store.due_deliveries(now, limit=PASS_ROWS) if d.id not in tried]
        if not due:
            break
        tried.update(d.id for d in due)
        _deliver(store, settings, due, now, report)
    later = [d.due_at for d in store.deliveries(pending=True, limit=PASS_ROWS)
             if d.id not in tried and d.due_at > now]
    report.later, report.next_due = len(later), min(later, default=None)
    return report


@dataclass(slots=True)
class Entry:
    """One entry of a delivery: an article as it is now, told as ``shown`` (the row whose
    key the receiver sees, with the kind and version of what it tells), standing for every
    pending row in ``rows`` (marked sent or failed together)."""

    shown: Delivery
    article: Article
    rows: list[Delivery]


def fold(store: SQLiteStore, due: Sequence[Delivery],
         articles: Mapping[str, Article]) -> list[Entry]:
    """The entries of the due rows: one per (search, article, channel).

    An alert shows the article as it is now, so it stands for every pending row of that
    article for that search and channel up to the article's current version, due or not:
    an update queued before the "new" alert went out is folded into it (``kind`` "new":
    the reader hears of the article once, corrected), and several pending updates are
    one (newuser11b U32: a digest said "3 articles" for 2 and listed one twice, identical).
    The shown row is the oldest due one (its key and due time, so a crash re-sends the
    same ids), with the newest version folded in. Story alerts (``breaking``) are never folded."""
    entries: list[Entry] = []
    groups: dict[tuple[int, str, str], list[Delivery]] = {}
    for delivery in due:
        if delivery.kind == "breaking":
            entries.append(Entry(delivery, articles[delivery.article_id], [delivery]))
        else:
            groups.setdefault((delivery.search_id, delivery.article_id, delivery.channel),
                              []).append(delivery)
    for (search_id, article_id, channel), rows in groups.items():
        current = len(store.versions(article_id)) + 1
        first = min(rows, key=lambda d: (d.version, d.id))
        due_ids = {d.id for d in rows}
        rows = rows + [d for d in store.deliveries(search_id=search_id, pending=True,
                                                   article_id=article_id, limit=PASS_ROWS)
                       if d.channel == channel and d.kind != "breaking"
                       and d.id not in due_ids and d.version <= current]
        last = max(rows, key=lambda d: (d.version, d.id))
        # the article as it is now: a version that no longer matches is told as such,
        # never folded into "new" or "update" (newuser16c N3)
        kind = UNMATCHED if last.kind == UNMATCHED else \
            "new" if any(d.kind == "new" for d in rows) else "update"
        shown = replace(first, kind=kind, version=last.version)
        entries.append(Entry(shown, articles[article_id], rows))
    entries.sort(key=lambda e: e.shown.id)
    return entries


def _mark_sent(store: SQLiteStore, entry: Entry) -> None:
    """Mark an entry's rows sent now: the shown row as sent, the rows folded into it as
    sent within it (``folded:KEY``), so that ``veille alerts status`` says which message
    carried each (t-final62: two rows said "sent" for one POST)."""
    at = utcnow()
    store.mark_delivered([entry.shown.id], at)
    folded = [d.id for d in entry.rows if d.id != entry.shown.id]
    if folded:
        store.mark_delivered(folded, at, FOLDED + entry.shown.key)


def _deliver(store: SQLiteStore, settings: Settings, due: list[Delivery], now: datetime,
             report: DeliveryReport) -> None:
    searches = {s.id: s for s in store.saved_searches()}
    articles = store.get_many(d.article_id for d in due)
    outlets = names_of(store, (a.source for a in articles.values()))
    emails: dict[tuple[int, datetime], list[Entry]] = defaultdict(list)
    posts: list[tuple[Entry, str, bytes, str]] = []
    stories = {d.id: story for d in due if d.kind == "breaking"
               and (story := story_payload(store, d.article_id)) is not None}
    gone = [d.id for d in due if d.search_id not in searches or d.article_id not in articles]
    if gone:  # its search or article was deleted since
        store.mark_delivered(gone, now, "gone")
    cancelled = [d.id for d in due if d.id not in gone
                 and d.channel not in searches[d.search_id].channels()]
    if cancelled:  # its channel was removed since it was queued (newuser16c N11)
        store.cancel_deliveries(cancelled)
        gone += cancelled
    if not settings.smtp_host:
        # No SMTP server: an e-mail cannot go, and trying would count a failure and push
        # the alert back by the retry's backoff, silently (f-cliux32). It waits as it is,
        # due, and goes at the first pass once smtp_host is set; the report says so.
        unsent = [d.id for d in due if d.id not in gone and d.channel == "email"]
        report.no_smtp += len(unsent)
        gone += unsent
    # An article whose current version the alert view has not matched yet waits for it
    # (seconds: INDEX_GRACE at most), so that its update, if it matches, folds into this
    # alert rather than repeating it next (newuser11b U32).
    applied = store.view_seq(ALERT_VIEW)
    unmatched = {a for a, seq in store.last_version_seqs(articles).items() if seq > applied}
    waiting = {(d.search_id, d.due_at) for d in due if d.article_id in unmatched}
    unpublished = unpublished_of(store, (a.url for a in articles.values()))
    removed_ids = {a.id: unpublished[a.url] for a in articles.values()
                   if a.url and a.url in unpublished}
    for entry in fold(store, [d for d in due if d.id not in gone], articles):
        delivery, search = entry.shown, searches[entry.shown.search_id]
        if delivery.kind == UNMATCHED and any(d.kind == "new" for d in entry.rows):
            # the reader was never told of it: nothing to take back
            store.mark_delivered([d.id for d in entry.rows], now, "unmatched")
            continue
        if delivery.kind == "new" and entry.article.content and \
                withdrawn(entry.article.content.evidence):
            # killed or held before its first alert went: a withdrawn item alerts no
            # search, only one that announced it is told (docs/collect.md; t-final62: the
            # kill went out as "new", and its own row said "sent")
            store.mark_delivered([d.id for d in entry.rows], now, "withdrawn")
            continue
        if entry.article.id in unmatched or (search.digest != "immediate" and delivery.channel
                                             == "email" and (search.id, delivery.due_at)
                                             in waiting):
            continue  # the whole digest waits with it: one message
        if delivery.channel == "email":
            # A digest is the rows of one search due at one time: the same rows (so the
            # same Message-ID) when it is sent again after a crash.
            emails[search.id, delivery.due_at].append(entry)
        else:
            body = webhook_body(search, delivery, entry.article, stories.get(delivery.id),
                                settings=settings, gone=removed_ids.get(entry.article.id),
                                outlets=outlets)
            posts.append((entry, search.webhook, body, sign(body, search.secret)))
    crash_point("alert-before-send")
    for (search_id, _due), entries in emails.items():
        search = searches[search_id]
        groups = [entries[i:i + MAX_DIGEST_ITEMS]
                  for i in range(0, len(entries), MAX_DIGEST_ITEMS)] \
            if search.digest != "immediate" else [[entry] for entry in entries]
        for group in groups:
            rows = [d for e in group for d in e.rows]
            try:
                send_email(email_message(search, [(e.shown, e.article) for e in group],
                                         settings, stories, removed_ids, outlets,
                                         followed_titles(store, search)
                                         if search.stories and not search.query else ()),
                           settings)
            except (OSError, smtplib.SMTPException, VeilleError) as exc:
                _failed(store, settings, rows, f"e-mail: {failure_reason(exc, settings)}",
                        now, report)
                continue
            crash_point("alert-after-send")
            for entry in group:
                _mark_sent(store, entry)
            # every row delivered counts, folded ones too (the report's ``sent`` is rows, as
            # `alerts send` and its tests always said; status tells folded rows apart)
            report.count([d for e in group for d in e.rows], sent=True)
    if posts:
        def done(entry: Entry, error: str) -> None:
            if error:
                _failed(store, settings, entry.rows, error, now, report)
            else:
                crash_point("alert-after-send")
                _mark_sent(store, entry)
                report.count(entry.rows, sent=True)

        asyncio.run(_post_all(posts, settings, done))


def _failed(store: SQLiteStore, settings: Settings, rows: Sequence[Delivery], error: str,
            now: datetime, report: DeliveryReport) -> None:
    attempts = max(d.attempts for d in rows)
    store.mark_failed([d.id for d in rows], " ".join(error.split()),
                      now + backoff(settings, attempts))
    report.count(rows, sent=False)
    report.errors.append(error)

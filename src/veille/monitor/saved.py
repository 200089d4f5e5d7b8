"""Checking a saved search before it is stored."""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from dataclasses import replace
from urllib.parse import urlsplit

from veille.collect.netguard import AddressPolicy, blocked_address, never_allowed
from veille.collect.urls import edge_url
from veille.errors import ConfigError, InputError
from veille.index.query import (
    MAX_QUERY_CHARS,
    MAX_QUERY_INPUT_CHARS,
    MAX_TERMS,
    cut,
    function_words_only,
    parse_query,
)
from veille.store.base import DIGESTS, SavedSearch
from veille.store.base import MAX_BREAKING as MAX_BREAKING  # re-exported: the web forms
from veille.store.base import MAX_WITHIN_MINUTES as MAX_WITHIN_MINUTES

MAX_NAME_CHARS = 100


def _clean_list(values: list[str]) -> list[str]:
    return list(dict.fromkeys(v.strip() for v in values if v.strip()))


_PRIMARY_SUBTAG = re.compile(r"[A-Za-z]{2,3}")
"""A language filter: a BCP 47 primary language subtag, 2 or 3 letters (RFC 5646 §2.2.1;
ISO 639-1 or 639-2/3 codes), what articles' ``lang`` holds."""


def check_languages(languages: list[str]) -> list[str]:
    """``languages`` lowercased; :class:`~veille.errors.ConfigError` names the first that
    is not a BCP 47 primary language subtag (:data:`_PRIMARY_SUBTAG`: "fr", "en", "fra";
    not "xx-invalid" nor "french"), a filter that could never match (newuser6 M13)."""
    for lang in languages:
        if not _PRIMARY_SUBTAG.fullmatch(lang):
            raise ConfigError(f"language {lang[:40]!r} is not a 2- or 3-letter language code",
                              hint="give a BCP 47 primary language subtag: fr, en, de...")
    return [lang.lower() for lang in languages]


def query_warnings(query: str) -> list[str]:
    """What saving ``query`` changes in it, in search's words: "query cut to its first
    1000 characters" when it is longer (docs/monitoring.md); else ``[]``."""
    said: list[str] = []
    cut(query.strip(), said)
    return said


def check_query(query: str, analyze: Callable[[str, str], list[str]] | None = None, *,
                was_cut: bool = False) -> None:
    """Refuse a query that search would not read as written: one its parser warns about
    (a filter it ignores, such as ``date:2026-13-01``; an unbalanced parenthesis or quote;
    a misplaced operator), or, given the index's ``analyze``, one made only of common words,
    which search answers with nothing: saved, the first would alert on what its filter
    excludes and the second on nothing (newuser4 N19). Raises
    :class:`~veille.errors.ConfigError` naming the problem."""
    parsed = parse_query(query)
    misread = [w for w in parsed.warnings if not _bound(w, was_cut)]
    if misread:
        raise ConfigError(f"the query {query.strip()[:80]!r} is not read as written: "
                          + "; ".join(misread),
                          hint="fix the query: a search shows how it is read "
                               "(/search, `veille search`), docs/search.md lists the filters")
    if query.strip() and analyze is not None and function_words_only(parsed.node, analyze):
        raise ConfigError(f"the query {query.strip()[:80]!r} has only common words, which "
                          "are not searched in French or English, so it would alert on "
                          "noise", hint="add a word that matters")


def _bound(warning: str, was_cut: bool) -> bool:
    """Whether a parser warning is a bound search applies to any long query, not a
    misreading of what was written: the term limit, and (for a query ``was_cut`` at the
    length limit) the quote, parenthesis or operator the cut left open, which search closes at the
    end as well. Search answers such a query with the same warning, so saving it alerts
    on what search finds (verify12 X3: `'tornado '*300` was refused)."""
    if warning == f"only the first {MAX_TERMS} terms were searched":
        return True
    return was_cut and warning in (
        "unbalanced quote: the phrase was closed at the end",
        "unbalanced parenthesis: a ')' was added at the end",
        "OR without a right side was ignored", "NOT without a term was ignored")


#: An e-mail address as a mail server accepts one to deliver to: a local part without
#: spaces, commas, angle brackets or quotes, "@", and a domain of dot-separated labels
#: ending in a top-level name of letters (RFC 5321 section 4.1.2 "Mailbox", without
#: quoted local parts and address literals, which no alert needs). "x@" and "x@y" are not.
_ADDRESS = re.compile(r"[^\s@,<>()\[\]\"]+@(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,63}")


def _check_webhook_host(url: str, allow: AddressPolicy) -> None:
    """Refuse at save time a webhook no setting lets veille call (docs/monitoring.md): a
    literal link-local IP such as the cloud metadata address 169.254.169.254. Another
    non-public address (loopback, private, ``localhost``: RFC 6761 section 6.3) is saved
    with a warning (:func:`webhook_blocked`) and refused at every delivery until
    ``fetch_allow`` opens it (h-api66, t-final65 C4: the search was not saved at all and
    had to be typed again). A host name is resolved only at delivery, where the guard
    checks it again."""
    host = (urlsplit(url).hostname or "").rstrip(".").lower()
    blocked = blocked_address(host, allow, lookup=False)
    if blocked is not None and never_allowed(blocked):
        raise ConfigError(f"webhook {url[:120]!r} points at a link-local address ({host}), "
                          "where cloud servers keep their credentials, which veille never "
                          "calls (no setting allows it)",
                          hint="give the receiver's own URL")


def webhook_blocked(url: str, allow: AddressPolicy) -> str:
    """The warning of a saved webhook that the address guard refuses at delivery (a
    literal non-public address or ``localhost`` that ``allow`` does not open), "" when
    none: the search is saved and matches; its alerts wait, undelivered, until the
    network is opened (``VEILLE_FETCH_ALLOW``) and veille restarted (t-final65 C4)."""
    host = (urlsplit(url).hostname or "").rstrip(".").lower()
    if not url or not host:
        return ""
    blocked = blocked_address(host, allow, lookup=False)
    if blocked is None or never_allowed(blocked):
        return ""
    return (f"webhook {url[:120]!r} points at a non-public address ({host}), which veille "
            "refuses to call: the search is saved, but its alerts wait undelivered until "
            f"you open that network with VEILLE_FETCH_ALLOW={blocked} (or fetch_allow in "
            "veille.toml) and restart veille, or give a public URL")


def webhook_url(value: str) -> str:
    """``value`` as the webhook URL to save: an absolute http(s) URL
    (:func:`veille.collect.urls.edge_url`: any port, a query string such as ``?token=``,
    capitals, ``%`` escapes, an IDN host), or :class:`~veille.errors.ConfigError` saying in
    words what is wrong. A URL holding credentials (``user:pw@host``) is refused, never
    silently stripped (newuser16c N4: the CLI dropped them and every delivery would have
    been refused): veille would show them in ``saved list``, the API and its logs; a
    receiver authenticates veille by the signature (``X-Veille-Signature``) or a token in
    the query string. The one check of the CLI, the API and the web form."""
    text = value.strip()
    try:
        netloc = urlsplit(text).netloc
    except ValueError:  # edge_url says what is wrong
        netloc = ""
    if "@" in netloc:
        raise ConfigError(f"webhook {text.split('@')[-1][:120]!r}: the URL holds a user name "
                          "or password (user:password@), which veille does not keep",
                          hint="authenticate veille by the X-Veille-Signature header (the "
                               "search's secret) or a token in the query string "
                               "(?token=...)")
    try:
        return edge_url(text, origin="webhook")
    except InputError as exc:
        reason = str(exc).split(": ", 1)[-1] if ": " in str(exc) else str(exc)
        raise ConfigError(f"webhook {text[:120]!r} is not a usable URL: {reason}",
                          hint="give an absolute http(s) URL, such as "
                               "https://hooks.example.org/veille?token=...") from None


def prepare(search: SavedSearch,
            analyze: Callable[[str, str], list[str]] | None = None,
            allow: AddressPolicy | None = None) -> SavedSearch:
    """``search`` checked and normalised, with a webhook signing secret when it has a
    webhook and none yet; :class:`~veille.errors.ConfigError` says what is wrong (its query,
    refused past :data:`~veille.index.query.MAX_QUERY_INPUT_CHARS` and cut to
    :data:`~veille.index.query.MAX_QUERY_CHARS` as search cuts it (:func:`query_warnings`
    says so), is checked by :func:`check_query`, with the index's ``analyze`` when given; its e-mail
    addresses by :data:`_ADDRESS`; its webhook by :func:`_check_webhook_host`: one the
    guard refuses with the networks ``allow`` opens is saved, :func:`webhook_blocked` says
    so). The CLI, the API and the web form all save
    through here (:meth:`veille.service.Service.save_search`)."""
    name = " ".join(search.name.split())
    if not name or len(name) > MAX_NAME_CHARS:
        raise ConfigError(f"a saved search needs a name of 1 to {MAX_NAME_CHARS} characters")
    if re.fullmatch(r"\d+", name):
        raise ConfigError(f"saved search name {name!r} is a number",
                          hint="numbers are ids; add a word")
    if len(search.query) > MAX_QUERY_INPUT_CHARS:
        raise ConfigError(f"the query is over {MAX_QUERY_INPUT_CHARS} characters",
                          hint=f"search reads its first {MAX_QUERY_CHARS}")
    # cut as search cuts it, and saved so: the search shown is the one that alerts
    was_cut = len(search.query.strip()) > MAX_QUERY_CHARS
    search = replace(search, query=cut(search.query.strip(), []))
    check_query(search.query, analyze, was_cut=was_cut)
    if search.digest not in DIGESTS:
        raise ConfigError(f"digest {search.digest!r} is not one of {', '.join(DIGESTS)}")
    if not 0 <= search.breaking <= MAX_BREAKING:
        raise ConfigError(f"a story alert waits for 1 to {MAX_BREAKING} new sources "
                          f"(0: not a story alert), not {search.breaking}")
    if not 1 <= search.within_minutes <= MAX_WITHIN_MINUTES:
        raise ConfigError(f"a story alert's window is 1 to {MAX_WITHIN_MINUTES} minutes, "
                          f"not {search.within_minutes}")
    if search.lang not in ("fr", "en"):
        raise ConfigError(f"alert language {search.lang!r} is not fr or en")
    bad = [a.strip() for a in search.email.split(",") if a.strip()
           and not _ADDRESS.fullmatch(a.strip())]
    if bad:
        raise ConfigError(f"{bad[0][:80]!r} is not an e-mail address",
                          hint="write addresses as name@domain.tld, separated by commas")
    webhook = search.webhook.strip()
    if webhook:
        webhook = webhook_url(webhook)
        _check_webhook_host(webhook, allow or AddressPolicy())
    secret = search.secret or (secrets.token_hex(32) if webhook else "")
    return replace(search, name=name, query=search.query.strip(),
                   sources=_clean_list(search.sources), groups=_clean_list(search.groups),
                   languages=check_languages(_clean_list(search.languages)),
                   stories=_clean_list(search.stories), webhook=webhook, secret=secret,
                   email=",".join(a.strip() for a in search.email.split(",") if a.strip()))

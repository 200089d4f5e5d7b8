"""Every URL that comes from outside is parsed and checked here, once, where it enters.

Listing items (RSS, Atom, JSON Feed links, sitemap ``loc``), redirect targets, the ``url``
field of JSON records and a page's canonical link all pass through :func:`edge_url`. What
comes out is an absolute ``http``/``https`` URL of sane length that httpx (the fetcher's
parser) accepts, without credentials, or an :class:`InputError` (reason ``bad-url``) that
the caller counts against that one item. Before this module, a control character in one
feed link (``&#127;``) raised an uncaught error that stopped the whole poll (issue #11).

Rules, and why:

- control characters (C0, DEL, C1), whitespace inside the URL, U+FFFD (a replacement
  character means the bytes were broken) and lone surrogates are refused: WHATWG's URL
  standard strips or percent-encodes some of them, browsers differ, and no news URL needs one;
- only ``http`` and ``https``: a listing that names ``javascript:``, ``data:`` or ``file:``
  is hostile or broken, and feeds out would republish it;
- ``user:password@`` is removed (RFC 3986 section 3.2.1 deprecates it; stored and
  republished it leaks a secret);
- at most :data:`MAX_URL_CHARS` characters (the de-facto limit of browsers and sitemaps.org);
- the host must be present and the port a number below 65536.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from veille.errors import InputError

MAX_URL_CHARS = 2048
SCHEMES = ("http", "https")
_ABSOLUTE = re.compile(r"https?://[^/?#]", re.IGNORECASE)
_FORBIDDEN = re.compile("[\x00-\x20\x7f-\x9f\ufffd\ud800-\udfff]")


def _bad(url: str, why: str, origin: str) -> InputError:
    shown = url[:120].encode("unicode_escape").decode("ascii")
    return InputError(f"unusable URL {shown!r}: {why}", origin=origin or shown,
                      reason="bad-url", hint="the listing or record holds a broken link; "
                                             "the other items go on")


def edge_url(value: object, *, base: str | None = None, origin: str = "") -> str:
    """``value`` as an absolute, checked http(s) URL (resolved against ``base``), or
    :class:`InputError` with reason ``bad-url``.

    Leading and trailing whitespace is trimmed (feeds indent their ``<link>``); anything
    else irregular is refused, never silently repaired."""
    if value is None:
        raise InputError("no link", origin=origin or "(no link)", reason="bad-url",
                         hint="the listing or record names no page for this item, and "
                              "gives no full text to store instead; the other items go on")
    if not isinstance(value, str):
        raise _bad(type(value).__name__, "not text", origin)
    text = value.strip()
    if not text:
        raise _bad(text, "empty", origin)
    if len(text) > MAX_URL_CHARS:
        raise _bad(text, f"longer than {MAX_URL_CHARS} characters", origin)
    if _FORBIDDEN.search(text):
        raise _bad(text, "holds a control character, a space or a broken character", origin)
    try:
        url = urljoin(base, text) if base and not _ABSOLUTE.match(text) else text
        parts = urlsplit(url)
        if parts.port is None and parts.netloc.endswith(":"):  # ValueError: a bad port
            raise ValueError("empty port")
    except ValueError as exc:
        raise _bad(text, str(exc), origin) from None
    if parts.scheme.lower() not in SCHEMES:
        raise _bad(text, f"scheme {parts.scheme or 'missing'!r} is not http or https", origin)
    if not parts.hostname:
        raise _bad(text, "no host", origin)
    clean = url
    if "@" in parts.netloc:
        clean = urlunsplit((parts.scheme, parts.netloc.rsplit("@", 1)[-1], parts.path,
                            parts.query, parts.fragment))
    try:
        httpx.URL(clean)
    except (httpx.InvalidURL, ValueError, UnicodeError) as exc:
        raise _bad(text, str(exc), origin) from None
    if len(clean) > MAX_URL_CHARS:
        raise _bad(text, f"longer than {MAX_URL_CHARS} characters", origin)
    return clean


def safe_url(value: object, *, base: str | None = None) -> str | None:
    """:func:`edge_url`, or None where it would raise: for fields where a broken URL only
    loses the link (a JSON record's ``url``, a page's canonical link), not the item."""
    try:
        return edge_url(value, base=base)
    except InputError:
        return None


TRACKING_PREFIXES = ("utm_",)
TRACKING_NAMES = frozenset({"fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
                            "yclid", "mc_cid", "mc_eid", "igshid", "_ga", "xtor"})
"""Query parameters that say who sent a reader, never which document: Google Analytics'
``utm_*`` campaign parameters, the click ids of Facebook, Google, Microsoft and Yandex
ads, Mailchimp's, Instagram's, and AT Internet's ``xtor`` (common on French news sites).
The same document with or without them is one resource."""


def comparable_url(url: str) -> str:
    """``url`` reduced to what names the resource, for comparing two URLs (never for
    fetching): scheme and host in lower case, the default port dropped, the fragment and
    the :data:`TRACKING_PREFIXES` / :data:`TRACKING_NAMES` query parameters removed, the
    others kept in their order. A URL that cannot be split comes back as it is."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url
    host = (parts.hostname or "").lower()
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    netloc = host if port is None or port == default else f"{host}:{port}"
    kept = [pair for pair in parts.query.split("&") if pair and not _tracking(pair)]
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", "&".join(kept), ""))


def _tracking(pair: str) -> bool:
    name = pair.split("=", 1)[0].lower()
    return name.startswith(TRACKING_PREFIXES) or name in TRACKING_NAMES


def identity_url(url: str) -> str:
    """``url`` as the identity of the document a listing or record names: its
    :data:`TRACKING_PREFIXES` / :data:`TRACKING_NAMES` query parameters removed, and its
    fragment too when the fragment holds only such parameters (AT Internet's
    ``#xtor=RSS-3``); everything else byte for byte (case, port, other parameters, an
    anchor such as a live blog's ``#post-123``, which names one post of a page).

    Two feed items at ``…/tivoli_123.html`` and ``…/tivoli_123.html?xtor=RSS-1`` are one
    article, not a "republication by the same source" (t-final67 F2, F2b). A URL that
    cannot be split comes back as it is."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    pairs = [pair for pair in parts.query.split("&") if pair]
    kept = [pair for pair in pairs if not _tracking(pair)]
    fragment = parts.fragment
    marks = [pair for pair in fragment.split("&") if pair]
    if marks and "=" in fragment and all(_tracking(pair) for pair in marks):
        fragment = ""
    if len(kept) == len(pairs) and fragment == parts.fragment:
        return url
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "&".join(kept), fragment))


def same_resource(a: str, b: str) -> bool:
    """Whether two URLs name one resource by :func:`comparable_url`
    (``…/feed.xml?utm_source=x`` and ``…/feed.xml`` do)."""
    return comparable_url(a) == comparable_url(b)

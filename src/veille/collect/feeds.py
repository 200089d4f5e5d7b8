"""Feeds and sitemaps: from a fetched document to the article URLs it lists.

RSS 0.9x/1.0/2.0 and Atom are read by feedparser, after the safe-XML check (feedparser's
own parser would accept a declared entity); JSON Feed is plain JSON. Sitemaps, sitemap
indexes and Google News sitemaps are read with the safe lxml parser. Hostile documents are
bounded: at most ``max_items`` entries, links of sane length, http(s) only; broken
encodings are left to feedparser's recovery, and a document that is no feed at all fails
with a one-line error.
"""

from __future__ import annotations

import io
import json
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from time import struct_time
from typing import Any
from urllib.parse import urljoin, urlsplit

from veille.collect.safexml import local, parse_xml, refuse_entities, text_of
from veille.errors import InputError

MAX_ITEMS = 1000
MAX_URL_CHARS = 2048
MAX_SITEMAP_ENTRIES = 50_000


@dataclass(frozen=True, slots=True)
class Entry:
    """One listed article: its URL, and what the listing says about it."""

    url: str
    title: str = ""
    guid: str = ""
    published: datetime | None = None


@dataclass(slots=True)
class Listing:
    """A parsed feed or sitemap. ``children`` are the sitemaps a sitemap index points to."""

    kind: str
    title: str = ""
    entries: list[Entry] = field(default_factory=list)
    children: list[str] = field(default_factory=list)


def clean_url(link: object, *, base: str) -> str | None:
    """An absolute http(s) URL of sane length, or None."""
    if not isinstance(link, str) or not link.strip() or len(link) > MAX_URL_CHARS:
        return None
    url = urljoin(base, link.strip())
    return url if urlsplit(url).scheme in ("http", "https") else None


def _when(value: struct_time | str | None) -> datetime | None:
    if isinstance(value, struct_time):
        return datetime(*value[:6], tzinfo=UTC)
    if isinstance(value, str) and value.strip():
        try:
            parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return None


def parse_listing(data: bytes, *, url: str, max_items: int = MAX_ITEMS) -> Listing:
    """Read a feed or a sitemap (the document says which), or raise :class:`InputError`."""
    if data[:2] == b"\x1f\x8b":
        data = _inflate(data, origin=url)
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"{", b"[")):
        return _json_feed(data, url=url, max_items=max_items)
    refuse_entities(data, origin=url)
    if b"<urlset" in data[:4096] or b"<sitemapindex" in data[:4096]:
        return _sitemap(data, url=url, max_items=max(max_items, MAX_SITEMAP_ENTRIES))
    return _feed(data, url=url, max_items=max_items)


def _feed(data: bytes, *, url: str, max_items: int) -> Listing:
    import feedparser

    parsed: Any = feedparser.parse(io.BytesIO(data), response_headers={"content-location": url},
                                   sanitize_html=False)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception") or "no RSS, Atom or JSON Feed found"
        raise InputError(f"not a feed ({problem})", origin=url, reason="bad-feed",
                         hint="check that the URL is a feed or a sitemap")
    listing = Listing(kind=parsed.get("version") or "feed",
                      title=str(parsed.feed.get("title", ""))[:500])
    for item in parsed.entries[:max_items]:
        link = clean_url(item.get("link"), base=url)
        if link is None:
            continue
        listing.entries.append(Entry(
            url=link, title=str(item.get("title", ""))[:1000],
            guid=str(item.get("id", ""))[:MAX_URL_CHARS],
            published=_when(item.get("published_parsed") or item.get("updated_parsed"))))
    return listing


def _json_feed(data: bytes, *, url: str, max_items: int) -> Listing:
    try:
        doc = json.loads(data.decode("utf-8", errors="replace"))
    except (ValueError, RecursionError) as exc:
        raise InputError(f"broken JSON feed ({exc})", origin=url, reason="bad-feed",
                         hint="check that the URL is a feed") from None
    if not isinstance(doc, dict) or "jsonfeed.org" not in str(doc.get("version", "")):
        raise InputError("JSON, but not a JSON Feed", origin=url, reason="bad-feed",
                         hint="check that the URL is a feed")
    found = doc.get("items")
    items: list[Any] = found if isinstance(found, list) else []
    listing = Listing(kind="json-feed", title=str(doc.get("title", ""))[:500])
    for item in items[:max_items]:
        if not isinstance(item, dict):
            continue
        link = clean_url(item.get("url") or item.get("external_url"), base=url)
        if link:
            listing.entries.append(Entry(
                url=link, title=str(item.get("title", ""))[:1000],
                guid=str(item.get("id", ""))[:MAX_URL_CHARS],
                published=_when(item.get("date_published"))))
    return listing


def _sitemap(data: bytes, *, url: str, max_items: int) -> Listing:
    root = parse_xml(data, origin=url, recover=True)
    kind = local(root.tag)
    listing = Listing(kind="sitemap-index" if kind == "sitemapindex" else "sitemap")
    for node in root:
        if len(listing.entries) + len(listing.children) >= max_items:
            break
        fields = {local(child.tag): child for child in node.iter()}
        link = clean_url(text_of(fields.get("loc")), base=url)
        if link is None:
            continue
        if kind == "sitemapindex":
            listing.children.append(link)
            continue
        published = _when(text_of(fields.get("publication_date"))
                          or text_of(fields.get("lastmod")))
        listing.entries.append(Entry(url=link, title=text_of(fields.get("title"))[:1000],
                                     published=published))
    return listing


def _inflate(data: bytes, *, origin: str, limit: int = 100 * 1024 * 1024) -> bytes:
    """A gzipped sitemap, inflated up to ``limit`` bytes."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as exc:
        raise InputError(f"broken gzip data ({exc})", origin=origin, reason="bad-gzip",
                         hint="the server sent a damaged file") from None
    if len(out) > limit:
        raise InputError("gzip document inflates past 100 MB", origin=origin,
                         reason="too-large", hint="a hostile or broken sitemap")
    return out

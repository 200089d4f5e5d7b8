"""Feeds and sitemaps: from a fetched document to the article URLs it lists.

RSS 0.9x/1.0/2.0, Atom, sitemaps, sitemap indexes and Google News sitemaps are read by one
incremental lxml pass through the safe XML entry point (:mod:`veille.collect.safexml`):
decoded whatever the encoding, refused when the prolog declares entities, never handed to a
lenient parser that would expand them. The document's root element says what it is (a
sitemap root with a namespace prefix, ``<sm:urlset>``, is a sitemap), and reading stops at
the item cap, so a feed of a million items costs what its first thousand cost. JSON Feed is
plain JSON. Every link goes through :func:`veille.collect.urls.edge_url`: a broken one is a
counted ``bad-url`` error on that item (``Listing.rejected``), never a crashed poll.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from html import unescape
from typing import Any

from lxml import etree

from veille.collect.inflate import inflate_gzip
from veille.collect.safexml import iter_elements, local, text_of
from veille.collect.urls import MAX_URL_CHARS, edge_url
from veille.errors import InputError
from veille.extract.dates import day_only
from veille.extract.timezones import zone_of_abbreviation

MAX_ITEMS = 1000
MAX_SITEMAP_ENTRIES = 50_000
MAX_REJECTED = 100
MAX_LISTING_BYTES = 50 * 1024 * 1024  # sitemaps.org: 50 MB uncompressed at most
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
_KINDS = {"rss": "rss20", "RDF": "rss10", "feed": "atom10", "urlset": "sitemap",
          "sitemapindex": "sitemap-index"}
_ITEMS = {"rss": "item", "RDF": "item", "feed": "entry", "urlset": "url",
          "sitemapindex": "sitemap"}
_TAGS = re.compile(r"<[^<>]{0,500}>")


@dataclass(frozen=True, slots=True)
class Entry:
    """One listed article: its URL, and what the listing says about it.

    ``published`` is the date the listing gives (RSS ``pubDate``, Atom ``published``, JSON
    Feed ``date_published``, news sitemap ``publication_date``); ``date_from`` names it,
    for the article's evidence when the page gives no date of its own."""

    url: str
    title: str = ""
    guid: str = ""
    published: datetime | None = None
    date_from: str = ""
    day_only: bool = False
    """The listing gives only the day of ``published`` (a sitemap's ``2026-11-20``)."""


@dataclass(slots=True)
class Listing:
    """A parsed feed or sitemap. ``children`` are the sitemaps a sitemap index points to;
    ``rejected`` the items refused (a broken link), at most :data:`MAX_REJECTED` kept."""

    kind: str
    title: str = ""
    entries: list[Entry] = field(default_factory=list)
    children: list[str] = field(default_factory=list)
    rejected: list[InputError] = field(default_factory=list)
    rejected_count: int = 0

    def reject(self, error: InputError) -> None:
        self.rejected_count += 1
        if len(self.rejected) < MAX_REJECTED:
            self.rejected.append(error)


_TRAILING_ZONE = re.compile(r"\s([A-Za-z]{1,5})$")


def _rfc822(text: str) -> datetime:
    """An RFC 822 date; a zone abbreviation RFC 822 does not define ("CEST", "HNE") is read
    with :data:`~veille.extract.timezones.ZONE_ABBREVIATIONS` instead of as UTC, which is
    what :func:`email.utils.parsedate_to_datetime` makes of any name it does not know."""
    parsed = parsedate_to_datetime(text)
    match = _TRAILING_ZONE.search(text)
    if match and match.group(1).upper() not in _RFC822_ZONES:
        zone = zone_of_abbreviation(match.group(1))
        if zone is not None:
            return parsed.replace(tzinfo=zone)
    return parsed


#: The zone names RFC 822 (section 5) defines, which the standard library reads itself.
_RFC822_ZONES = frozenset("UT GMT Z EST EDT CST CDT MST MDT PST PDT".split())


def parse_date(value: str) -> datetime | None:
    """A listing's date: RFC 822 (RSS), ISO 8601 / W3C-DTF (Atom, sitemaps, JSON Feed), then
    feedparser's date parsers for the odd ones; naive dates are taken as UTC."""
    text = value.strip()[:200]
    if not text:
        return None
    parsed: datetime | None = None
    try:
        if text[0].isalpha():  # "Sun, 29 Nov 2026 08:00:00 GMT"
            parsed = _rfc822(text)
        else:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (TypeError, ValueError, IndexError):
        parsed = _feedparser_date(text)
    if parsed is None:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _feedparser_date(text: str) -> datetime | None:
    from feedparser.datetimes import _parse_date

    found = _parse_date(text)
    if found is None:
        return None
    try:
        return datetime(found.tm_year, found.tm_mon, found.tm_mday, found.tm_hour,
                        found.tm_min, found.tm_sec, tzinfo=UTC)
    except ValueError:
        return None


def parse_listing(data: bytes, *, url: str, max_items: int = MAX_ITEMS) -> Listing:
    """Read a feed or a sitemap (the document says which), or raise :class:`InputError`
    (``bad-feed``, ``unsafe-xml``, ``bad-gzip``, ``too-large``)."""
    if data[:2] == b"\x1f\x8b":
        data = inflate_gzip(data, limit=MAX_LISTING_BYTES, origin=url)
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"{", b"[")):
        return _json_feed(data, url=url, max_items=max_items)
    return _xml_listing(data, url=url, max_items=max_items)


def _base(element: etree._Element, url: str) -> str:
    """The base URL of ``element``: the listing's URL, then every ``xml:base`` above it."""
    bases = []
    node: etree._Element | None = element
    while node is not None:
        value = node.get(XML_BASE)
        if value:
            bases.append(value.strip())
        node = node.getparent()
    base = url
    for value in reversed(bases):
        try:
            base = edge_url(value, base=base)
        except InputError:
            break
    return base


def _title(element: etree._Element | None) -> str:
    """An item's title as a reader sees it: markup, escaped (``type="html"``) or not
    (``type="xhtml"``), is no text, and neither is what a script or style holds."""
    if element is not None and len(element):  # child elements: XHTML
        # Imported here: only titles carrying markup need the HTML extractor's rules.
        from veille.extract.html.unrendered import strip_unrendered
        element = copy.deepcopy(element)
        strip_unrendered(element)
    text = text_of(element)
    if element is not None and (element.get("type") in ("html", "xhtml") or "<" in text):
        from veille.extract.html.unrendered import drop_unrendered_markup
        text = " ".join(unescape(_TAGS.sub(" ", drop_unrendered_markup(text))).split())
    return text[:1000]


def _children(item: etree._Element) -> dict[str, etree._Element]:
    found: dict[str, etree._Element] = {}
    for node in item.iterdescendants():
        found.setdefault(local(node.tag), node)
    return found


def _atom_link(item: etree._Element) -> etree._Element | None:
    links = [n for n in item if local(n.tag) == "link" and n.get("href")]
    for node in links:
        if node.get("rel", "alternate") == "alternate":
            return node
    return links[0] if links else None


def _item_link(item: etree._Element, kind: str) -> tuple[str | None, etree._Element]:
    """The item's link and the element it came from (for its ``xml:base``)."""
    if kind == "feed":
        node = _atom_link(item)
        return (node.get("href") if node is not None else None), (node if node is not None
                                                                   else item)
    for node in item:
        if local(node.tag) == "link":
            href = node.get("href") if node.get("href") else text_of(node)
            if href:
                return href, node
    for node in item:  # a guid that is a permalink stands for a missing link
        if local(node.tag) == "guid" and node.get("isPermaLink", "true") != "false":
            if text_of(node).startswith(("http://", "https://")):
                return text_of(node), node
    about = item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
    return about, item


def _feed_entry(item: etree._Element, root: str, url: str) -> Entry:
    link, where = _item_link(item, root)
    fields = _children(item)
    found = [(name, fields[name]) for name in ("pubDate", "published", "date", "issued",
                                               "updated", "modified") if name in fields]
    published, date_from, only_day = None, "", False
    for name, node in found:
        published = parse_date(text_of(node))
        if published is not None:
            date_from, only_day = f"feed {name}", day_only(text_of(node).strip())
            break
    guid = text_of(fields.get("guid") if root != "feed" else fields.get("id"))
    return Entry(url=edge_url(link, base=_base(where, url), origin=url),
                 title=_title(fields.get("title")), guid=guid[:MAX_URL_CHARS],
                 published=published, date_from=date_from, day_only=only_day)


def _sitemap_entry(item: etree._Element, url: str) -> Entry:
    fields = _children(item)
    loc = fields.get("loc")
    when = text_of(fields.get("publication_date"))
    published = parse_date(when)
    return Entry(url=edge_url(text_of(loc), base=_base(loc if loc is not None else item, url),
                              origin=url),
                 title=_title(fields.get("title")), published=published,
                 date_from="sitemap publication_date" if published else "",
                 day_only=published is not None and day_only(when))


def _xml_listing(data: bytes, *, url: str, max_items: int) -> Listing:
    listing: Listing | None = None
    root = ""
    cap = max_items
    read: Callable[[etree._Element], None] = lambda item: None  # noqa: E731
    for event, element in iter_elements(data, origin=url):
        name = local(element.tag)
        if listing is None:
            if name not in _KINDS:
                raise InputError(f"not a feed or a sitemap (its root element is <{name}>)",
                                 origin=url, reason="bad-feed",
                                 hint="check that the URL is an RSS, Atom or JSON feed, or "
                                      "a sitemap")
            root, listing = name, Listing(kind=_KINDS[name])
            if root in ("urlset", "sitemapindex"):
                cap = max(max_items, MAX_SITEMAP_ENTRIES)
            read = _reader(listing, root, url)
            continue
        if event != "end":
            continue
        parent = element.getparent()
        if (name == "title" and not listing.title and parent is not None
                and local(parent.tag) in ("channel", "feed")):
            listing.title = _title(element)[:500]
        if name != _ITEMS[root] or parent is None:
            continue
        read(element)
        element.clear()
        while element.getprevious() is not None:  # keep memory flat while reading
            del parent[0]
        if len(listing.entries) + len(listing.children) + listing.rejected_count >= cap:
            break
    if listing is None:
        raise InputError("not a feed (no element at all)", origin=url, reason="bad-feed",
                         hint="check that the URL is a feed or a sitemap")
    return listing


def _reader(listing: Listing, root: str, url: str) -> Callable[[etree._Element], None]:
    """What to do with each item element of this kind of listing."""

    def read(item: etree._Element) -> None:
        try:
            if root == "sitemapindex":
                loc = _children(item).get("loc")
                listing.children.append(edge_url(text_of(loc), base=url, origin=url))
            elif root == "urlset":
                listing.entries.append(_sitemap_entry(item, url))
            else:
                listing.entries.append(_feed_entry(item, root, url))
        except InputError as exc:
            listing.reject(exc)

    return read


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
        try:
            link = edge_url(item.get("url") or item.get("external_url"), base=url, origin=url)
        except InputError as exc:
            listing.reject(exc)
            continue
        when = str(item.get("date_published") or "").strip()
        published = parse_date(when)
        listing.entries.append(Entry(
            url=link, title=str(item.get("title", ""))[:1000],
            guid=str(item.get("id", ""))[:MAX_URL_CHARS], published=published,
            date_from="feed date_published" if published else "",
            day_only=published is not None and day_only(when)))
    return listing

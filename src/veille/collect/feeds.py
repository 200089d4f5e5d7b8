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
import hashlib
import html
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from functools import cache
from html import unescape
from typing import Any
from urllib.parse import quote, urlsplit

from lxml import etree

from veille.collect.inflate import inflate_gzip
from veille.collect.safexml import iter_elements, local, text_of
from veille.collect.sniff import opens_as_html
from veille.collect.urls import MAX_URL_CHARS, edge_url, identity_url
from veille.errors import InputError
from veille.extract.dates import day_only
from veille.extract.timezones import zone_of_abbreviation

MAX_ITEMS = 1000
MAX_SITEMAP_ENTRIES = 50_000
MAX_REJECTED = 100
MAX_LISTING_BYTES = 50 * 1024 * 1024  # sitemaps.org: 50 MB uncompressed at most
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: The longest language tag kept from a listing (BCP 47 tags in use are far shorter).
MAX_LANGUAGE_CHARS = 35
#: The longest unread listing date kept as evidence (dates in use are far shorter).
MAX_UNREAD_CHARS = 100
_KINDS = {"rss": "rss20", "RDF": "rss10", "feed": "atom10", "urlset": "sitemap",
          "sitemapindex": "sitemap-index"}
_ITEMS = {"rss": "item", "RDF": "item", "feed": "entry", "urlset": "url",
          "sitemapindex": "sitemap"}
_TAGS = re.compile(r"<[^<>]{0,500}>")


@dataclass(frozen=True, slots=True)
class Entry:
    """One listed article: its URL, and what the listing says about it.

    ``published`` is the date the listing gives (RSS ``pubDate``, Atom ``published``, JSON
    Feed ``date_published``, news sitemap ``publication_date``), naive when the listing
    gives no zone (the page's zone then applies, as for a date printed on the page);
    ``date_from`` names it, for the article's evidence when the page gives no date of its
    own. ``authors`` are the names the listing gives (RSS ``author`` / ``dc:creator``, Atom
    ``author/name``, JSON Feed ``authors``), as written; ``authors_from`` names the field.
    Both are used only when the page gives none (:mod:`veille.extract.stage`)."""

    url: str
    title: str = ""
    guid: str = ""
    published: datetime | None = None
    date_from: str = ""
    day_only: bool = False
    """The listing gives only the day of ``published`` (a sitemap's ``2026-11-20``)."""
    authors: tuple[str, ...] = ()
    authors_from: str = ""
    content_html: str = ""
    """The item's full text as HTML when the listing carries it (RSS ``content:encoded``,
    Atom ``content``, JSON Feed ``content_html`` / ``content_text``), at most
    :data:`MAX_CONTENT_CHARS`: stored in place of the page when the page cannot be
    fetched, so the text the feed delivered is not lost."""
    summary_html: str = ""
    """The item's summary as HTML (RSS ``description``, "the item synopsis" of the RSS 2.0
    specification, entity-encoded HTML or plain text; Atom ``summary``; JSON Feed
    ``summary``), at most :data:`MAX_CONTENT_CHARS`: never the article where the page or
    ``content_html`` can be read; a feed file whose item carries nothing else is stored
    from it (:mod:`veille.collect.feed_files`)."""
    linkless: bool = False
    """The item names no page (no link, no permalink guid) but carries its full text:
    ``url`` is then :func:`item_identity`, not a page to fetch, and the item is stored from
    ``content_html``."""
    outlet: str = ""
    """The URL of the outlet the item says it comes from, as the listing gives it (RSS
    2.0 ``<source url="…">``, which Google News and aggregators fill with the publishing
    outlet's site; Atom ``<source>``'s ``link`` or ``id``), "" when it names none. A
    claim, kept as evidence (:func:`veille.collect.poll.source_claim`), never the
    article's source (newuser10 S15)."""
    publication: str = ""
    """The outlet's name a news sitemap gives the page (``news:publication/news:name``,
    Google News sitemaps: "the name of the news publication"), its words joined by single
    spaces, at most :data:`MAX_PUBLICATION_CHARS` characters; "" for other listings
    (t-final67 R2: "Presse Océan" was ignored)."""
    modified: datetime | None = None
    """When the listing says the item last changed (Atom ``updated``, RFC 4287 section
    4.2.15; an RSS item's ``dcterms:modified`` / ``atom:updated``; JSON Feed
    ``date_modified``; a sitemap's ``<url><lastmod>``, sitemaps.org protocol 0.9), None
    when it says nothing: a page fetched before this moment is fetched again by the next
    poll (:meth:`veille.collect.poll.Collector._changed`)."""
    modified_day_only: bool = False
    """The listing gives ``modified`` as a day alone ("2026-02-13"): the article's update
    keeps day precision (``updated_precision`` ``day``, issue 16), never an invented
    midnight."""
    date_unread: str = ""
    """The item's publication date as written, with its field ("not a date (feed
    date_published)"), when the listing gives one that is no date veille reads, at most
    :data:`MAX_UNREAD_CHARS`: named in the article's ``evidence.dates_rejected``, never
    dropped silently (newuser12 W23, W31)."""
    language: str = ""
    """The item's own language tag when the listing gives one per item (a Google News
    sitemap's ``news:publication/news:language``), at most :data:`MAX_LANGUAGE_CHARS`:
    it places a zone-less date as the listing's language does (newuser12 W20)."""


@dataclass(slots=True)
class Listing:
    """A parsed feed or sitemap. ``children`` are the sitemaps a sitemap index points to;
    ``rejected`` the items refused (a broken link), at most :data:`MAX_REJECTED` kept."""

    kind: str
    title: str = ""
    language: str = ""
    """The feed's language tag as written (RSS ``<language>fr-ca</language>``, Atom
    ``xml:lang``, JSON Feed ``language``), at most :data:`MAX_LANGUAGE_CHARS`: its region
    gives the zone of a zone-less date of its items (:func:`listing_date`)."""
    home: str = ""
    """The site the feed itself names (JSON Feed ``home_page_url``, else ``feed_url``; RSS
    channel ``<link>``; Atom feed ``<link>``), an http(s) URL or "": the site an item
    without a link of its own belongs to (t-final36 A9)."""
    entries: list[Entry] = field(default_factory=list)
    children: list[str] = field(default_factory=list)
    rejected: list[InputError] = field(default_factory=list)
    rejected_count: int = 0
    last_item_rejected: bool = False
    """Whether the last item read was refused rather than listed (a file cut inside its
    last item: :func:`veille.collect.feed_files.feed_file_items`)."""

    def reject(self, error: InputError) -> None:
        self.rejected_count += 1
        if len(self.rejected) < MAX_REJECTED:
            self.rejected.append(error)


_TRAILING_ZONE = re.compile(r"\s([A-Za-z]{1,5})$")


def _rfc822(text: str) -> datetime:
    """An RFC 822 date; a zone abbreviation RFC 822 does not define ("CEST", "HNE") is read
    with :data:`~veille.extract.timezones.ZONE_ABBREVIATIONS` instead of as UTC, which is
    what :func:`email.utils.parsedate_to_datetime` makes of any name it does not know. A
    date with no zone at all (or RFC 5322's ``-0000``, "no information about the local
    zone") stays naive."""
    parsed = parsedate_to_datetime(text)
    match = _TRAILING_ZONE.search(text)
    if match and match.group(1).upper() not in _RFC822_ZONES:
        zone = zone_of_abbreviation(match.group(1))
        if zone is not None:
            return parsed.replace(tzinfo=zone)
    return parsed


#: The zone names RFC 822 (section 5) defines, which the standard library reads itself.
_RFC822_ZONES = frozenset("UT GMT Z EST EDT CST CDT MST MDT PST PDT".split())

#: Languages whose weekday and month names a localised RFC 822 date may use: CMSs running
#: under a non-English locale print ``pubDate`` with ``strftime("%a, %d %b %Y ...")`` in
#: that locale ("mar., 12 mars 2024 07:30:00 +0100", "Di, 12 Mär 2024 ...").
#: Croatian is left out: its month names collide with Polish and Czech ones ("listopad"
#: is October in Croatian, November in Polish and Czech).
LOCALISED_LANGUAGES = ("en fr de es it pt nl ca sv da nb nn fi pl cs sk ro hu el ru tr sl "
                       "et lv lt eu gl ar").split()
_LOCALISED = re.compile(
    r"^(?:(?P<wd>[^\W\d_][\w-]{0,15})\.?\s*[,،]?\s+)?(?P<d>\d{1,2})\.?\s+(?:de\s+|d['’])?"
    r"(?P<mon>[^\W\d_]{2,15})\.?\s+(?:de\s+)?(?P<y>\d{4}|\d{2}),?\s+"
    r"(?P<time>\d{1,2}:\d{2}(?::\d{2})?)(?P<zone>\s+(?:[+-]\d{4}|[A-Za-z]{1,5}))?$")
_ENGLISH_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def _folded(name: str) -> set[str]:
    """A name as it is looked up: lower case, without its abbreviation dot, and also
    without accents ("févr." and "fevr" are one key)."""
    key = unicodedata.normalize("NFC", name).lower().rstrip(".")
    bare = "".join(c for c in unicodedata.normalize("NFD", key)
                   if not unicodedata.combining(c))
    return {key, unicodedata.normalize("NFC", bare)}


@cache
def localised_names() -> tuple[dict[str, int], frozenset[str]]:
    """(month name to month number 1-12, weekday names) for
    :data:`LOCALISED_LANGUAGES`, in every width (wide, abbreviated, short, narrow weekdays
    excepted) and context (format, stand-alone). Source: the Unicode CLDR calendar names,
    as Babel ships them (``babel.dates.get_month_names`` / ``get_day_names``). A name
    meaning two months in two languages is left out."""
    from babel.dates import get_day_names, get_month_names

    months: dict[str, set[int]] = {}
    weekdays: set[str] = set()
    for language in LOCALISED_LANGUAGES:
        for context in ("format", "stand-alone"):
            for number, name in [*get_month_names("wide", context, language).items(),
                                 *get_month_names("abbreviated", context, language).items()]:
                for key in _folded(name):
                    months.setdefault(key, set()).add(number)
            for name in [*get_day_names("wide", context, language).values(),
                         *get_day_names("abbreviated", context, language).values(),
                         *get_day_names("short", context, language).values()]:
                weekdays.update(_folded(name))
    return ({k: next(iter(v)) for k, v in months.items() if len(v) == 1},
            frozenset(weekdays))


def _localised_rfc822(text: str) -> datetime | None:
    """An RFC 822 date written with another language's weekday and month names ("mar., 12
    mars 2024 07:30:00 +0100", "Di, 12. März 2024 07:30:00 +0100", "12 de març de 2024
    07:30:00 +0100", Catalan's elided "1 d’abr. 2024 ..."), read at its stated zone;
    naive when it states none; None when a name is no weekday or month of
    :func:`localised_names`. The weekday is checked to be one, not to be the date's, as
    RFC 822 readers do."""
    match = _LOCALISED.match(" ".join(ascii_digits(text).split()))
    if match is None:
        return None
    months, weekdays = localised_names()
    weekday = match.group("wd")
    if weekday and not _folded(weekday) & weekdays:
        return None
    month = next((months[k] for k in _folded(match.group("mon")) if k in months), 0)
    if not month:
        return None
    english = (f"{match.group('d')} {_ENGLISH_MONTHS[month - 1]} {match.group('y')} "
               f"{match.group('time')}{match.group('zone') or ''}")
    try:
        return _rfc822(english)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit of another script (Arabic-Indic ``٠١٢``, Persian
    ``۰۱۲``, Devanagari, fullwidth ``１２``: Unicode category Nd) as its ASCII digit."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.digit(c)) if c.isdigit() and not c.isascii()
                   and unicodedata.digit(c, -1) >= 0 else c for c in text)


_CJK_DATE = re.compile(
    r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]"
    r"(?:\s*[(（][^)）]{1,4}[)）])?"  # a weekday: （火）, (周二)
    r"(?:\s*(?:午前|上午|AM)?\s*(?P<h>\d{1,2})\s*[:：時时点點]\s*(?P<min>\d{1,2})\s*分?"
    r"(?:\s*[:：]?\s*(?P<s>\d{1,2})\s*秒?)?)?")


def _cjk_date(text: str) -> datetime | None:
    """A date written the Chinese and Japanese way, ``2026年12月1日 08:00``,
    ``2026年12月1日 15時20分``, ``2026年12月1日（火）8:00``: naive (no zone is written,
    so the feed's or page's zone applies, :func:`listing_date`), midnight when it gives only
    the day (:func:`listing_day_only`). An afternoon marker (午後, 下午, PM) is not read:
    such a date is refused rather than read twelve hours off. None when ``text`` is not
    wholly such a date (newuser12 W31: feedparser read it as midnight UTC)."""
    match = _CJK_DATE.fullmatch(" ".join(ascii_digits(text).split()))
    if match is None:
        return None
    try:
        return datetime(int(match["y"]), int(match["m"]), int(match["d"]), int(match["h"] or 0),
                        int(match["min"] or 0), int(match["s"] or 0))
    except ValueError:
        return None


def listing_day_only(text: str) -> bool:
    """Whether a listing date gives only the day: ISO ``2026-11-20``
    (:func:`veille.extract.dates.day_only`) or ``2026年12月1日`` without a time."""
    text = text.strip()
    if day_only(text):
        return True
    match = _CJK_DATE.fullmatch(" ".join(ascii_digits(text[:200]).split()))
    return match is not None and match["h"] is None


def unread_date(text: str, field: str) -> str:
    """The evidence line of a listing date that was not read: the date as written
    (bounded) and the field it came from; "" for an empty one."""
    text = " ".join(text.split())
    if not text:
        return ""
    if len(text) > MAX_UNREAD_CHARS:
        text = text[:MAX_UNREAD_CHARS] + "…"
    return f"{text} ({field})"


def listing_date(value: str) -> datetime | None:
    """A listing's date as it is written: RFC 822 (RSS), in English or with another
    language's names (:func:`_localised_rfc822`), ISO 8601 / W3C-DTF (Atom, sitemaps, JSON
    Feed), then feedparser's date parsers for the odd ones (which read in UTC). Naive when
    the text gives no zone: the article's zone is then the page's
    (:func:`veille.extract.timezones.page_zone`, applied when the page is extracted, the
    listing's language tag first: ``fr-ca`` is America/Toronto), as for a zone-less date
    printed on the page. Never raises."""
    text = value.strip()[:200]
    if not text:
        return None
    try:
        if text[0].isalpha():  # "Sun, 29 Nov 2026 08:00:00 GMT"
            return _rfc822(text)
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    localised = _localised_rfc822(text)
    if localised is not None:
        return localised
    if _CJK_DATE.fullmatch(" ".join(ascii_digits(text).split())):
        return _cjk_date(text)  # a CJK date that is no real date is refused, not guessed
    return _feedparser_date(text)


def parse_date(value: str) -> datetime | None:
    """:func:`listing_date`, aware: a date without a zone is taken as UTC (for a caller
    that has no page to take a zone from)."""
    parsed = listing_date(value)
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
        listing = _json_feed(data, url=url, max_items=max_items)
    elif opens_as_html(head):
        raise _web_page(data, url)
    else:
        listing = _xml_listing(data, url=url, max_items=max_items)
    _date_identities(listing, url)
    return listing


_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json",
               "application/json")


def advertised_feeds(data: bytes, url: str) -> list[str]:
    """The feeds a web page advertises (``<link rel="alternate" type="application/rss+xml"
    href="…">``, RSS Board's autodiscovery, also for Atom and JSON Feed), absolute, in
    page order, at most 5; [] when it names none. The page is parsed as HTML (lexbor),
    never fetched further."""
    from selectolax.lexbor import LexborHTMLParser

    found: list[str] = []
    tree = LexborHTMLParser(data[:MAX_LISTING_BYTES])
    for link in tree.css("link[rel][href][type]"):
        rel = (link.attributes.get("rel") or "").lower().split()
        kind = (link.attributes.get("type") or "").lower().split(";")[0].strip()
        if "alternate" in rel and kind in _FEED_TYPES:
            try:
                feed = edge_url(link.attributes.get("href") or "", base=url, origin=url)
            except InputError:
                continue
            if feed not in found:
                found.append(feed)
    return found[:5]


def _web_page(data: bytes, url: str) -> InputError:
    """The error of a listing URL that is a web page: it names the feeds the page
    advertises, else says how to follow the page itself (newuser8 Q32: "not a feed" with no
    way forward, every 15 minutes)."""
    feeds = advertised_feeds(data, url)
    if feeds:
        hint = ("this page links to its feed: register that instead, `veille sources add "
                f"{feeds[0]}`" + (f" (it also names {', '.join(feeds[1:])})" if feeds[1:]
                                  else ""))
    else:
        hint = (f"to collect this one page, `veille fetch {url}` (or `veille sources add "
                f"{url} --kind url` to read it again at each poll); a site's feed is "
                "usually linked from its home page")
    return InputError("a web page, not a feed or a sitemap", origin=url, reason="bad-feed",
                      hint=hint)


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
        if node is None:
            # Out-of-line content (RFC 4287 section 4.1.3.2: ``<content src="…"/>``) names
            # the entry's text where no link does (newuser12 W30).
            node = next((n for n in item if local(n.tag) == "content" and n.get("src")),
                        None)
            return (node.get("src") if node is not None else None), (
                node if node is not None else item)
        return node.get("href"), node
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


def item_identity(listing_url: str, guid: str, title: str, content_html: str, *,
                  published: str = "") -> str:
    """The stand-in identity of a listed item that names no page but carries its full
    text: the listing's URL with a fragment made of the item's id (RSS ``guid``, Atom
    ``id``, JSON Feed ``id``, which the specifications make unique and permanent within
    the feed); when it has none, of its publication date (``published``, ISO 8601: a
    correction changes the title and text, not when the item was published, so the
    corrected item keeps its identity and becomes a version; newuser10 S9), given only
    when no other id-less item of the listing has that date (:func:`_date_identities`);
    else of a digest of its title and text. The same item polled again gets the same
    identity, so it is stored once."""
    key = guid.strip() or (f"published-{published}" if published else "") or \
        "sha256-" + hashlib.sha256(f"{title}\n{content_html}".encode()).hexdigest()[:32]
    base = listing_url.split("#", 1)[0]
    return f"{base}#item={quote(key, safe='')}"[:MAX_URL_CHARS]


_PUBLICATION_FIELDS = frozenset({"feed pubDate", "feed published", "feed date", "feed issued",
                                 "feed date_published"})
"""The listing fields that say when an item was published (not when it last changed)."""


def _date_identities(listing: Listing, url: str) -> None:
    """Give each id-less, page-less item whose publication date no other such item of
    ``listing`` shares the identity of that date (:func:`item_identity`), in place; the
    others keep the digest of their text."""
    undated: dict[str, list[int]] = {}
    for number, entry in enumerate(listing.entries):
        if entry.linkless and not entry.guid.strip() and entry.published is not None \
                and entry.date_from in _PUBLICATION_FIELDS:
            undated.setdefault(entry.published.isoformat(), []).append(number)
    for when, numbers in undated.items():
        if len(numbers) == 1:
            entry = listing.entries[numbers[0]]
            listing.entries[numbers[0]] = replace(entry, url=item_identity(
                url, "", entry.title, entry.content_html, published=when))


def _linkless(link: object, *, listing_url: str, guid: str, title: str,
              content_html: str) -> Entry | None:
    """An item with no link at all (``None`` or blank) but a full text: the entry stored
    from that text (see :func:`item_identity`); None when the item has a link (checked as
    usual) or has no text to store (then refused, "no link")."""
    missing = link is None or (isinstance(link, str) and not link.strip())
    if not missing or not content_html.strip():
        return None
    return Entry(url=item_identity(listing_url, guid, title, content_html), title=title,
                 guid=guid, content_html=content_html, linkless=True)


def _feed_entry(item: etree._Element, root: str, url: str) -> Entry:
    link, where = _item_link(item, root)
    fields = _children(item)
    found = [(name, fields[name]) for name in ("pubDate", "published", "date", "issued",
                                               "updated", "modified") if name in fields]
    published, date_from, only_day = None, "", False
    for name, node in found:
        published = listing_date(text_of(node))
        if published is not None:
            date_from, only_day = f"feed {name}", listing_day_only(text_of(node))
            break
    unread = ""
    if published is None and found and found[0][0] not in ("updated", "modified"):
        unread = unread_date(text_of(found[0][1]), f"feed {found[0][0]}")
    guid = text_of(fields.get("guid") if root != "feed" else fields.get("id"))
    changed = next((text_of(node) for node in item
                    if local(node.tag) in ("updated", "modified")), "")
    modified = listing_date(changed) if changed else None
    authors, authors_from = _feed_authors(item)
    title, content = _title(fields.get("title")), _feed_content(item, root)
    summary = _feed_summary(item, root)
    bare = _linkless(link, listing_url=url, guid=guid[:MAX_URL_CHARS], title=title,
                     content_html=content)
    return Entry(url=bare.url if bare else identity_url(
                     edge_url(link, base=_base(where, url), origin=url)),
                 title=title, guid=guid[:MAX_URL_CHARS],
                 published=published, date_from=date_from, day_only=only_day,
                 authors=authors, authors_from=authors_from,
                 content_html=content, summary_html=summary, linkless=bare is not None,
                 outlet=_outlet(item, root), modified=modified, date_unread=unread,
                 modified_day_only=modified is not None and listing_day_only(changed))


def _outlet(item: etree._Element, root: str) -> str:
    """The item's own ``<source>`` (a direct child): RSS 2.0 gives the outlet's channel
    URL in its ``url`` attribute (RSS 2.0 specification, "<source> sub-element of
    <item>"); Atom's ``<source>`` holds the original feed's metadata, whose
    ``link rel="alternate"`` (else ``id``) is the outlet's site (RFC 4287 section
    4.2.11). Only an http(s) URL is kept; "" otherwise."""
    for node in item:
        if local(node.tag) != "source":
            continue
        if root == "feed":
            link = _atom_link(node)
            ids = [text_of(n) for n in node if local(n.tag) == "id"]
            value = link.get("href", "") if link is not None else (ids[0] if ids else "")
        else:
            value = node.get("url", "")
        value = value.strip()
        return value[:MAX_URL_CHARS] if value.startswith(("http://", "https://")) else ""
    return ""


MAX_CONTENT_CHARS = 1_000_000


def _feed_content(item: etree._Element, root: str) -> str:
    """An item's full text as HTML: Atom ``content`` (``type`` text, html or xhtml; RFC 4287
    §4.1.3), RSS ``content:encoded`` (the RSS content module); '' when there is none. A
    summary or ``description`` is not the article and is not taken."""
    for node in item:
        name = local(node.tag)
        if root == "feed" and name == "content" and not node.get("src"):
            kind = node.get("type", "text")
            if kind == "xhtml":
                markup = "".join(etree.tostring(child, encoding="unicode", with_tail=True)
                                 for child in node)
                return markup[:MAX_CONTENT_CHARS]
            text = "".join(node.itertext())[:MAX_CONTENT_CHARS]
            return text if kind == "html" else _text_as_html(text)
        if root != "feed" and name == "encoded":
            return "".join(node.itertext())[:MAX_CONTENT_CHARS]
    return ""


_MARKUP = re.compile(r"<(?:[a-zA-Z][\w:-]*|/[a-zA-Z][\w:-]*|!--)[\s/>]")
"""The start of an HTML tag or comment: a summary holding one is read as HTML."""


_SUMMARY_NS = ("", "http://purl.org/rss/1.0/", "http://purl.org/dc/elements/1.1/")
"""The namespaces of an RSS item's summary: none (RSS 2.0), RSS 1.0's, Dublin Core's
``dc:description``; not Media RSS's ``media:description``, a photo's or video's caption."""


def _namespace(tag: object) -> str:
    """The namespace URI of an element's ``tag`` ("" when it has none)."""
    text = tag if isinstance(tag, str) else ""
    return text[1:text.index("}")] if text.startswith("{") and "}" in text else ""


def _feed_summary(item: etree._Element, root: str) -> str:
    """An item's summary as HTML: Atom ``summary`` (``type`` text, html or xhtml, RFC
    4287 §4.2.13), RSS ``description`` (RSS 2.0: entity-encoded HTML, or plain text,
    read as HTML when it holds a tag); '' when there is none."""
    for node in item:
        name = local(node.tag)
        if root == "feed" and name == "summary":
            kind = node.get("type", "text")
            if kind == "xhtml":
                return "".join(etree.tostring(child, encoding="unicode", with_tail=True)
                               for child in node)[:MAX_CONTENT_CHARS]
            text = "".join(node.itertext())[:MAX_CONTENT_CHARS]
            return text if kind == "html" else _text_as_html(text)
        if root != "feed" and name == "description" and _namespace(node.tag) in _SUMMARY_NS:
            text = "".join(node.itertext())[:MAX_CONTENT_CHARS]
            return text if _MARKUP.search(text) else _text_as_html(text)
    return ""


def _text_as_html(text: str) -> str:
    """Plain text as paragraphs of escaped HTML (a blank line ends a paragraph)."""
    return "".join(f"<p>{html.escape(part.strip())}</p>"
                   for part in re.split(r"\n\s*\n", text) if part.strip())


MAX_AUTHORS = 20
MAX_AUTHOR_CHARS = 200
#: RSS 2.0 ``author`` is "the email address of the author" and readers write the name
#: after it in parentheses ("lawyer@boyer.net (Lawyer Boyer)", the RSS 2.0 specification's
#: own example); the address alone names no one.
_EMAIL_NAME = re.compile(r"^\s*[^\s@()]+@[^\s@()]+\s*(?:\((?P<name>[^()]*)\))?\s*$")


def _author_name(text: str) -> str:
    """A listing's author value as a name: RSS's "address (Name)" gives Name, a bare
    address gives "", anything else is kept as written (cleaned later with the page's
    bylines, :mod:`veille.extract.bylines`)."""
    text = " ".join(text.split())[:MAX_AUTHOR_CHARS]
    match = _EMAIL_NAME.match(text)
    return (match.group("name") or "").strip() if match else text


def _feed_authors(item: etree._Element) -> tuple[tuple[str, ...], str]:
    """(names, field) of an RSS or Atom item's authors: its ``dc:creator`` elements, else
    its RSS ``author`` elements, else its Atom ``author/name`` elements. Only the item's
    own children: a channel's or a feed's author is no article's."""
    by_field: dict[str, list[str]] = {}
    for node in item:
        name = local(node.tag)
        if name == "creator":
            value = text_of(node)
        elif name == "author":
            named = [n for n in node if local(n.tag) == "name"]
            name = "author/name" if named else "author"
            value = text_of(named[0]) if named else text_of(node)
        else:
            continue
        value = _author_name(value)
        if value and value not in by_field.setdefault(name, []):
            by_field[name].append(value)
    for name, label in (("creator", "dc:creator"), ("author", "author"),
                        ("author/name", "author/name")):
        if by_field.get(name):
            return tuple(by_field[name][:MAX_AUTHORS]), f"feed {label}"
    return (), ""


def _sitemap_entry(item: etree._Element, url: str) -> Entry:
    fields = _children(item)
    loc = fields.get("loc")
    when = text_of(fields.get("publication_date"))
    published = listing_date(when)
    lastmod = next((text_of(node) for node in item if local(node.tag) == "lastmod"), "")
    modified = listing_date(lastmod) if lastmod else None
    return Entry(url=identity_url(edge_url(
                     text_of(loc), base=_base(loc if loc is not None else item, url), origin=url)),
                 modified=modified,
                 modified_day_only=modified is not None and listing_day_only(lastmod),
                 title=_title(fields.get("title")), published=published,
                 date_from="sitemap publication_date" if published else "",
                 date_unread="" if published else unread_date(when, "sitemap publication_date"),
                 day_only=published is not None and listing_day_only(when),
                 language=text_of(fields.get("language")).strip()[:MAX_LANGUAGE_CHARS],
                 publication=_publication(fields.get("publication")))


MAX_PUBLICATION_CHARS = 100
"""The longest news sitemap publication name kept (:attr:`Entry.publication`)."""


def _publication(node: etree._Element | None) -> str:
    """A news sitemap's ``news:publication/news:name``, or ""."""
    if node is None:
        return ""
    name = next((child for child in node if local(child.tag) == "name"), None)
    return " ".join(text_of(name).split())[:MAX_PUBLICATION_CHARS]


#: Root elements of a NewsML-G2 item or message: a wire item at a URL, not a listing.
WIRE_ROOTS = frozenset({"newsItem", "newsMessage"})
WIRE_ITEM_HINT = ("this URL is a wire item (NewsML-G2), not a feed: read it with `veille "
                  "fetch URL` (each time it changes), or list such items in an RSS or Atom "
                  "feed and add that feed")


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
                                 hint=WIRE_ITEM_HINT if name in WIRE_ROOTS else
                                 "check that the URL is an RSS, Atom or JSON feed, or "
                                 "a sitemap")
            root, listing = name, Listing(kind=_KINDS[name])
            listing.language = (element.get(XML_LANG) or "").strip()[:MAX_LANGUAGE_CHARS]
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
        if (name == "language" and parent is not None and local(parent.tag) == "channel"
                and not listing.language):
            listing.language = text_of(element).strip()[:MAX_LANGUAGE_CHARS]
        if (name == "link" and not listing.home and parent is not None
                and local(parent.tag) in ("channel", "feed")
                and element.get("rel", "alternate") == "alternate"):
            listing.home = _site_url(element.get("href") or text_of(element))
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

    seen = [0]

    def read(item: etree._Element) -> None:
        seen[0] += 1
        listing.last_item_rejected = False
        try:
            if root == "sitemapindex":
                loc = _children(item).get("loc")
                listing.children.append(edge_url(text_of(loc), base=url, origin=url))
            elif root == "urlset":
                listing.entries.append(_sitemap_entry(item, url))
            else:
                listing.entries.append(_feed_entry(item, root, url))
        except InputError as exc:
            listing.reject(_in_item(exc, seen[0], text_of(_children(item).get("title"))))
            listing.last_item_rejected = True

    return read


def _in_item(error: InputError, number: int, title: str) -> InputError:
    """``error`` saying which item it is about: its number in the listing (1 for the
    first) and the start of its title, so the broken item can be found in the feed."""
    named = f' "{title[:60]}"' if title else ""
    return InputError(f"item {number}{named}: {error}", origin=error.origin,
                      reason=error.reason, hint=error.hint)


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
    listing = Listing(kind="json-feed", title=str(doc.get("title", ""))[:500],
                      language=str(doc.get("language") or "").strip()[:MAX_LANGUAGE_CHARS],
                      home=_site_url(doc.get("home_page_url")) or _site_url(doc.get("feed_url")))
    for number, item in enumerate(items[:max_items], start=1):
        if not isinstance(item, dict):
            # counted and named, never dropped unseen (newuser12 W14)
            listing.reject(InputError(
                f"item {number}: {_json_kind(item)}, where a JSON Feed item is an object",
                origin=url, reason="bad-item",
                hint="the feed is broken; its other items are read"))
            continue
        given = item.get("url") or item.get("external_url")
        title, content = str(item.get("title", ""))[:1000], _json_content(item)
        guid = str(item.get("id", ""))[:MAX_URL_CHARS]
        found = _linkless(given, listing_url=url, guid=guid, title=title,
                          content_html=content)
        try:
            link = found.url if found else identity_url(edge_url(given, base=url, origin=url))
        except InputError as exc:
            listing.reject(_in_item(exc, number, title))
            continue
        when = str(item.get("date_published") or "").strip()
        published = listing_date(when)
        authors = _json_authors(item)
        listing.entries.append(Entry(
            url=link, title=title, guid=guid, published=published,
            date_from="feed date_published" if published else "",
            date_unread="" if published else unread_date(when, "feed date_published"),
            day_only=published is not None and listing_day_only(when), authors=authors,
            authors_from="feed authors" if authors else "",
            content_html=content, linkless=found is not None,
            summary_html=_json_summary(item),
            modified=listing_date(str(item.get("date_modified") or "")),
            modified_day_only=listing_day_only(str(item.get("date_modified") or ""))))
    return listing


def _site_url(value: object) -> str:
    """``value`` when it is an http(s) URL with a host (a feed's own site), else ""."""
    text = str(value or "").strip()[:MAX_URL_CHARS]
    try:
        parts = urlsplit(text)
    except ValueError:
        return ""
    return text if parts.scheme in ("http", "https") and parts.hostname else ""


def _json_kind(value: object) -> str:
    """What a JSON value is, for a message: 'a string ("just a string")', 'a number'..."""
    if isinstance(value, str):
        shown = value[:40] + ("…" if len(value) > 40 else "")
        return f'a string ("{shown}")'
    return {list: "a list", bool: "a boolean", int: "a number", float: "a number",
            type(None): "null"}.get(type(value), "a value")


def _json_content(item: dict[str, Any]) -> str:
    """A JSON Feed item's ``content_html``, else its ``content_text`` as paragraphs
    (jsonfeed.org/version/1.1); '' when it has neither."""
    markup = item.get("content_html")
    if isinstance(markup, str) and markup.strip():
        return markup[:MAX_CONTENT_CHARS]
    text = item.get("content_text")
    return _text_as_html(text[:MAX_CONTENT_CHARS]) if isinstance(text, str) else ""


def _json_summary(item: dict[str, Any]) -> str:
    """A JSON Feed item's ``summary`` (plain text, jsonfeed.org/version/1.1) as paragraphs
    of HTML; '' when it has none."""
    text = item.get("summary")
    return _text_as_html(text[:MAX_CONTENT_CHARS]) if isinstance(text, str) else ""


def _json_authors(item: dict[str, Any]) -> tuple[str, ...]:
    """A JSON Feed item's author names: version 1.1's ``authors`` list, else version
    1.0's ``author`` object (jsonfeed.org/version/1.1, "authors"); names only."""
    found = item.get("authors")
    if not isinstance(found, list):
        found = [item.get("author")]
    names: list[str] = []
    for author in found[:MAX_AUTHORS]:
        name = author.get("name") if isinstance(author, dict) else None
        if isinstance(name, str):
            name = _author_name(name)
            if name and name not in names:
                names.append(name)
    return tuple(names)

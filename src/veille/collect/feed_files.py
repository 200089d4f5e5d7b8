"""Feed files given to ``veille ingest``: one article per item the feed carries whole.

A saved RSS, Atom or JSON Feed document is a list of articles, not one page: read as a
plain-text capture it became a single article made of its markup, titled after its first
item, and its other items were lost without a word (t-final24 F1). Recognised by its
content whatever its name (``.rss``, ``.atom``, ``.xml``, ``.json``, no suffix), a feed
file is read with the poller's parser (:func:`veille.collect.feeds.parse_listing`: safe
XML, bounded items) and each item that carries its text (RSS ``content:encoded``, Atom
``content``, JSON Feed ``content_html``/``content_text``) is stored as the poller stores an
item whose page cannot be fetched (:func:`veille.collect.listed.listed_text`), with the
feed's date, authors and language. Ingest fetches nothing: an item that gives only a link
and a summary (RSS ``description``, Atom ``summary``, JSON Feed ``summary``) is stored
from that summary, with a note, marked as a summary when short
(:mod:`veille.extract.listing_summary`; f-outlet27: such a file was refused); an item with
a link alone is refused with a one-line error saying to follow the feed (``veille
sources add URL``), and so is a sitemap, which lists pages without their text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from veille.collect.feeds import parse_listing
from veille.collect.listed import listed_text, listing_hints
from veille.collect.sniff import describe
from veille.collect.wire import as_utf8_head
from veille.errors import InputError
from veille.record import LISTING_SUMMARY_HINT, RawInput, source_from_url

FEED_SUFFIXES = (".rss", ".atom", ".rdf")
"""Suffixes of saved feeds, read when met in a folder (``.xml`` and ``.json`` are read
anyway)."""
_FEEDS = ("an RSS feed", "an RSS 1.0 feed", "an Atom feed")
_SITEMAPS = ("a sitemap", "a sitemap index")
_CLOSING_TAGS = {"an RSS feed": (b"</rss>",), "an RSS 1.0 feed": (b"RDF>",),
                 "an Atom feed": (b"feed>",)}
_ITEM_CLOSE = re.compile(rb"</(?:[\w.-]+:)?(?:item|entry)\s*>")
"""An item's closing tag, prefixed or not (``</item>``, ``</entry>``, ``</atom:entry>``)."""
SUMMARY_FIELDS = {"an RSS feed": "RSS description", "an RSS 1.0 feed": "RSS description",
                   "an Atom feed": "Atom summary", "a JSON Feed": "JSON Feed summary"}
"""The field a feed kind's item summary is read from, for the article's evidence."""
MAX_FILE_ITEMS = 100_000
"""The most items read from one feed file. A feed file is read whole, not capped at the
poller's :data:`veille.collect.feeds.MAX_ITEMS` (t-final61 #11: a saved 2,000-item feed
lost half its items): that cap bounds what a remote server can make each poll cost,
unseen, every few minutes; a file is given once by its user, who asked for all of it, and
is already bounded by ``max_input_bytes`` (50 MB). This bound only keeps the parsed items
of one file within memory (a few hundred MB at most)."""
FOLLOW_HINT = ("follow the feed with `veille sources add URL` (then `veille watch --once`), "
               "which fetches each item's page")


def listing_kind(data: bytes) -> str:
    """What listing ``data`` is, by its content: "an RSS feed", "an RSS 1.0 feed", "an
    Atom feed", "a JSON Feed", "a sitemap", "a sitemap index", or "" for anything else.
    Reads at most the first 64 KiB (:func:`veille.collect.sniff.describe`)."""
    what = describe(data)
    if what in _FEEDS or what in _SITEMAPS:
        return what
    if what == "JSON":
        head = as_utf8_head(data[:4096]).lstrip(b"\xef\xbb\xbf \t\r\n")
        if head.startswith(b"{") and b"jsonfeed.org/version" in head:
            return "a JSON Feed"
    return ""


def whole_feed(data: bytes, closing: tuple[bytes, ...]) -> bool:
    """Whether a feed file's bytes end with its root element's closing tag (one of
    ``closing``, prefixes allowed), white space and comments after it aside; False for a
    file cut in the middle (a partial download), whose last item is not whole."""
    tail = data[-4096:].rstrip()
    while tail.endswith(b"-->") and b"<!--" in tail:
        tail = tail[:tail.rfind(b"<!--")].rstrip()
    return tail.endswith(closing)


_LISTING_CLOSING_TAGS = {**_CLOSING_TAGS, "a sitemap": (b"urlset>",),
                         "a sitemap index": (b"sitemapindex>",)}


def cut_listing(data: bytes) -> str:
    """The kind of listing ``data`` is ("an RSS feed", "a sitemap"…: :func:`listing_kind`)
    when its XML is cut short (no closing tag of its root element: :func:`whole_feed`), or
    "" when it is whole or no XML listing. A cut listing's whole entries are still read; the
    poller says it was cut (t-final62 #9: a sitemap cut mid-``<url>`` counted as read)."""
    kind = listing_kind(data)
    closing = _LISTING_CLOSING_TAGS.get(kind)
    return kind if closing and not whole_feed(data, closing) else ""


_OPENED = {"a sitemap": (rb"<(?:[\w.-]+:)?url[\s>]", rb"</(?:[\w.-]+:)?url\s*>"),
           "a sitemap index": (rb"<(?:[\w.-]+:)?sitemap[\s>]", rb"</(?:[\w.-]+:)?sitemap\s*>"),
           "an RSS feed": (rb"<(?:[\w.-]+:)?item[\s>]", rb"</(?:[\w.-]+:)?item\s*>"),
           "an RSS 1.0 feed": (rb"<(?:[\w.-]+:)?item[\s>]", rb"</(?:[\w.-]+:)?item\s*>"),
           "an Atom feed": (rb"<(?:[\w.-]+:)?entry[\s>]", rb"</(?:[\w.-]+:)?entry\s*>")}
"""A listing kind's entry opening and closing tags (prefixes allowed)."""


def last_entry_cut(data: bytes, kind: str, parsed: int) -> bool:
    """Whether the last of the ``parsed`` entries of a listing cut short
    (:func:`cut_listing` gave ``kind``) is the cut one: the last opening tag has no closing
    tag after it, and the parser read as many entries as there are opening tags (a
    forgiving parser keeps the cut entry; one that drops it leaves nothing to drop). Such
    an entry's link may be cut mid-address (t-check62: "http://127.0.0.1:88" was asked),
    so it is not read."""
    tags = _OPENED.get(kind)
    if tags is None:
        return False
    opened = [m.start() for m in re.finditer(tags[0], data)]
    return (bool(opened) and parsed >= len(opened)
            and re.search(tags[1], data[opened[-1]:]) is None)


def feed_file_items(data: bytes, *, kind: str, origin: str,
                    source: str | None) -> Iterator[RawInput | InputError]:
    """The articles of a feed file (``kind`` from :func:`listing_kind`), one raw input per
    item that carries its text, and one :class:`InputError` per item that cannot be
    stored (a broken link, no text) or for the whole file (a sitemap, a broken feed, no
    items). ``origin`` names the file; an item's own origin is ``origin#N``. At most
    :data:`MAX_FILE_ITEMS` items are read; the rest are counted in one error, which says
    how to read them (split the file)."""
    if kind in _SITEMAPS:
        yield InputError(f"{kind}: it lists pages, not their text", origin=origin,
                         reason="unsupported",
                         hint="follow it with `veille sources add URL`, which fetches the "
                              "pages it lists")
        return
    try:
        listing = parse_listing(data, url=origin, max_items=MAX_FILE_ITEMS + 1)
    except InputError as exc:
        yield exc
        return
    if not listing.entries and not listing.rejected_count:
        yield InputError(f"{kind} with no items", origin=origin, reason="empty",
                         hint="nothing to ingest; to follow the feed as it changes, "
                              "`veille sources add URL`")
        return
    entries = listing.entries[:MAX_FILE_ITEMS]
    rejected, more = listing.rejected, listing.rejected_count - len(listing.rejected)
    if kind in _CLOSING_TAGS and not whole_feed(data, _CLOSING_TAGS[kind]):
        seen = len(listing.entries) + listing.rejected_count
        if len(_ITEM_CLOSE.findall(data)) >= seen:  # cut between items: all read are whole
            where = f"after item {seen}"
        else:  # the last item read is the one the cut runs through (t-final25 F3: a whole
            where = f"inside item {seen}"  # item was dropped for a cut one refused)
            if not listing.last_item_rejected:
                entries = listing.entries[:seen - 1][:MAX_FILE_ITEMS]
            elif more:  # refused for what the cut took (its link), not worth a line
                more -= 1
            else:
                rejected = rejected[:-1]
        yield InputError(f"{kind} cut short: the file ends {where}, before its closing tag",
                         origin=origin, reason="truncated",
                         hint="save or download the feed again; the whole items before the "
                              "cut were read")
    yield from rejected
    if more:
        yield InputError(f"{more} more items refused", origin=origin, reason="bad-item",
                         hint="the feed is broken; its other items are read")
    for number, entry in enumerate(entries, start=1):
        where = f"{origin}#{number}"
        hints = listing_hints(entry, listing.language, feed_title=listing.title,
                              feed_url=listing.home or origin)
        if not entry.content_html.strip() and entry.summary_html.strip():
            # its summary alone (f-outlet27): stored, said, marked if short
            hints[LISTING_SUMMARY_HINT] = SUMMARY_FIELDS.get(kind, "summary")
            entry = replace(entry, content_html=entry.summary_html)
        if not entry.content_html.strip():
            title = " ".join(entry.title.split())[:80] or entry.url
            yield InputError(f"feed item {number} ({title}) gives a link and no text",
                             origin=where, reason="no-text", hint=FOLLOW_HINT)
            continue
        # an item without a link is the feed's site's, as its linked siblings are
        # (t-final36 A9), unless the user named the source
        raw = listed_text(entry, "read from a feed file", hints,
                          source or (source_from_url(listing.home) if entry.linkless
                                     else None))
        yield replace(raw, origin=where)
    if len(listing.entries) > MAX_FILE_ITEMS:
        yield InputError(f"the feed holds more than {MAX_FILE_ITEMS:,} items; the first "
                         f"{MAX_FILE_ITEMS:,} were read", origin=origin, reason="too-large",
                         hint="split the file into parts of fewer items, each a whole feed, "
                              "and ingest the parts: what is stored already is skipped")

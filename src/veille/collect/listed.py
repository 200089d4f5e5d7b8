"""An item a listing carries whole: the HTML document stored from a feed item's own text.

A feed item's page may be unreachable (a 404, a paywall's 403), the item may name no page
(a JSON Feed item without ``url``), or the feed may be a local file given to ``veille
ingest``, where no page is fetched at all: the text the feed delivered is then the
article. These helpers turn a :class:`~veille.collect.feeds.Entry` into that stored input
and into the hints extraction reads (its date, authors, title, language); the poller
(:mod:`veille.collect.poll`) and the file reader (:mod:`veille.collect.feed_files`) share
them, so an item read from a file and the same item polled are one raw input.
"""

from __future__ import annotations

import html

from veille.collect.feed_outlet import feed_outlet
from veille.collect.feeds import Entry
from veille.collect.outlets import host_name
from veille.extract.stage import HTML
from veille.outlet_names import unnamed_host
from veille.record import ITEM_HINT, RawInput, utcnow

MAX_LISTED_TITLE = 500
"""The longest listing title kept as a hint, in characters (headlines are far shorter)."""


def listed_text(entry: Entry, why: str, hints: dict[str, str],
                source: str | None) -> RawInput:
    """The listing's own text of an item whose page could not be fetched (a 404, a
    paywall's 403, a non-HTML answer) or that names no page at all (a JSON Feed item
    without ``url``, an RSS item with only a ``guid isPermaLink="false"``): the feed
    delivered the article, so it is stored rather than lost, as an HTML document of its
    title and content, with the listing's date and authors, and ``why`` there is no page
    in its evidence (fresh user nu3, N10; newuser4 N28), and its title from the item
    (``title_from``: there was no page, so no ``<title>`` tag). A linkless item has no
    URL: its :func:`~veille.collect.feeds.item_identity` (a fragment of its feed's URL)
    is its identity (:data:`~veille.record.ITEM_HINT`), so polling it again stores
    nothing and a corrected text is a version, but it is no page to link to as the
    original (newuser10 S8: "Lire l'original" opened the raw feed)."""
    extra = {"body_from": f"feed content ({why})", "title_from": "feed item title"}
    if entry.linkless:
        extra[ITEM_HINT] = entry.url
    return RawInput(data=listed_document(entry), origin=entry.url,
                    media_type=f"{HTML}; charset=utf-8",
                    url=None if entry.linkless else entry.url, fetched_at=utcnow(),
                    hints={**hints, **extra}, source=source)


def listed_document(entry: Entry, *, identity: bool = True) -> bytes:
    """The HTML document stored for an item from the listing's own text: its title and
    content, and its identity (its URL, or a linkless item's
    :func:`~veille.collect.feeds.item_identity`, in a ``<meta name="veille:item">`` that
    extraction does not read), nothing that varies between polls, so the same item polled
    again gives the same raw input id (a SHA-256 of these bytes), and the same text at
    another URL (an edition of the same site, another outlet) is another input, kept
    (README: every raw input is kept; t-final30 B1: the actu.fr Côtes-d'Armor edition of
    the Finistère text had the Finistère item's raw id and was dropped as "seen again").
    ``identity=False`` gives the document stores written before held (title and content
    only), to recognise their inputs."""
    item = (f'<meta name="veille:item" content="{html.escape(entry.url)}">'
            if identity and entry.url else "")
    return (f"<!doctype html><html><head><title>{html.escape(entry.title)}</title>{item}"
            f"</head><body><article><h1>{html.escape(entry.title)}</h1>{entry.content_html}"
            f"</article></body></html>").encode()


def listed_title(entry: Entry) -> str:
    """The title hint a listing entry gives (:func:`listing_hints`)."""
    return " ".join(entry.title.split())[:MAX_LISTED_TITLE]


def listing_hints(entry: Entry, language: str = "", *, feed_title: str = "",
                  feed_url: str = "") -> dict[str, str]:
    """What a listing entry tells extraction: its date (naive when the listing gives no
    zone) and which field gave it, its authors (one a line) and which field gave them, and
    the listing's ``language`` tag (its region places a zone-less date), its ``title``
    (the headline of a page that prints none; at most :data:`MAX_LISTED_TITLE`
    characters), and when the listing says the item last changed (``modified``, ISO
    8601: :meth:`veille.collect.poll.Collector._changed` compares the next listing's with it;
    ``modified_precision`` "day" when it gives the day alone),
    and the outlet's name the listing's own title (``feed_title``) gives the item's site
    (``site_name``: :func:`veille.collect.feed_outlet.feed_outlet`, read against the
    item's host, else ``feed_url``'s for an item without a page), or the one a news
    sitemap names (``news:publication/news:name``, with ``site_name_from`` saying so)."""
    language = entry.language or language
    hints: dict[str, str] = {"language": language} if language else {}
    if entry.modified is not None:
        hints["modified"] = entry.modified.isoformat()
        if entry.modified_day_only:
            hints["modified_precision"] = "day"
    if entry.published is not None:
        hints.update(published=entry.published.isoformat(), published_from=entry.date_from)
        if entry.day_only:
            hints["published_precision"] = "day"
    elif entry.date_unread:
        hints["published_unread"] = entry.date_unread
    if entry.authors:
        hints.update(authors="\n".join(entry.authors), authors_from=entry.authors_from)
    title = listed_title(entry)
    if title:
        hints["title"] = title
    host = host_name(feed_url if entry.linkless else entry.url)
    outlet = feed_outlet(feed_title, host) if feed_title and host else ""
    if outlet and unnamed_host(host.split(":")[0]) and host_name(feed_url or "") != host:
        # an address spells no name, so its feed's title names only the feed's own items:
        # a query feed or an aggregator listing pages on another address names none of
        # them ("query" became the stored source of a Google News item's page, r-source56)
        outlet = ""
    if outlet:
        hints["site_name"] = outlet
    if entry.publication:  # the news sitemap names the outlet (t-final67 R2)
        hints.update(site_name=entry.publication, site_name_from=SITEMAP_PUBLICATION)
    return hints


SITEMAP_PUBLICATION = ("the news sitemap's news:publication/news:name (the page declares "
                       "none)")
"""The evidence of a site name a news sitemap gives (``site_name_from`` hint)."""

"""The outlet a registered source's articles carry: one name per site (newuser11b U25).

docs/collect.md: an article's source is the site it was fetched from, so that
deduplication tells another outlet's copy (a ``reprint``) from the same site publishing a
text again (a ``republication``) and a story counts its outlets. A site has many feeds and
pages; a second one registered gets a name of its own for the Sources page
(``example.fr-politique``, :func:`veille.collect.watch.register`), and that name used to
name its articles too: the site's own republication became a reprint by another "outlet",
and every count of sources (stories, independent coverage, breaking alerts, the source
facet) split one site into several.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from urllib.parse import urlsplit

from veille.collect.sites import same_site
from veille.store.base import Source

_NEVER = datetime.max.replace(tzinfo=UTC)


def host_name(url: str) -> str:
    """A URL's host without ``www.``: a web source's default name (``new_source``)."""
    return (urlsplit(url).hostname or "").removeprefix("www.")


def derived(source: Source) -> bool:
    """Whether ``source``'s name is one :func:`veille.collect.watch.register` made for a
    second source of its site: its host, a dash and a word of its path or a number."""
    host = host_name(source.url)
    return bool(host) and source.name.startswith(host + "-")


def outlet_name(source: Source, registered: Sequence[Source]) -> str:
    """The name the articles of ``source``'s own site carry, whichever of the site's
    registered sources (``registered``) found them: the name of the site's first registered
    web source (the host by default, else its ``--name``), never a derived name
    (:func:`derived`): when the site has only those, the first one's host. A folder source
    names its files itself.

    Sites are compared as registrable domains (:func:`veille.collect.sites.same_site`), as
    an item's page is against its feed (:func:`veille.collect.poll.item_source`)."""
    if source.kind == "folder" or not host_name(source.url):
        return source.name
    return site_outlet(source.url, [source, *registered]) or source.name


def site_outlet(url: str, registered: Sequence[Source]) -> str | None:
    """The name the articles of ``url``'s site carry when one of ``registered`` is on that
    site (the rule of :func:`outlet_name`), else ``None`` (the page's host names them). A
    page fetched by ``veille fetch URL`` is the registered site's like any page its feeds
    list (newuser13b M9: a corrected article fetched again was credited to the host, and
    ``source:NAME`` lost it)."""
    host = host_name(url)
    if not host:
        return None
    site = [s for s in registered if s.kind != "folder" and host_name(s.url)
            and same_site(host_name(s.url), host)]
    if not site:
        return None
    named = [s for s in site if not derived(s)]
    first = min(named or site, key=lambda s: (s.added_at or _NEVER, s.name))
    return first.name if named else host_name(first.url)

"""Which site a host belongs to: its registrable domain, by the Public Suffix List.

``bbc.co.uk`` and ``news.bbc.co.uk`` are one site; ``a.co.uk`` and ``b.co.uk`` are two,
as are ``foo.blogspot.com`` and ``bar.blogspot.com`` (a private suffix: each blog is its
own site) and ``x.gouv.fr`` and ``y.gouv.fr``. The list is Mozilla's Public Suffix List
(<https://publicsuffix.org>, MPL-2.0), as shipped inside the ``publicsuffixlist`` wheel
(its built-in copy, read from the package at first use; nothing is downloaded: the
package fetches a newer list only through its own ``update`` command, which veille never
runs). Both the ICANN and the private sections count, as browsers count them for cookies.

A registrable domain is not one publisher, though: ``blogs.mediapart.fr`` (any subscriber
writes there) and ``*.blog.lemonde.fr`` host readers' pages under a newsroom's domain.
What a page may say of its own address is judged by :func:`same_host` instead.
"""

from __future__ import annotations

import ipaddress
from functools import cache

from publicsuffixlist import PublicSuffixList


@cache
def _list() -> PublicSuffixList:
    """The shipped Public Suffix List, parsed once (about 10k rules)."""
    return PublicSuffixList()


def _host(host: str) -> str:
    """``host`` lower-cased, without its trailing dot and a leading ``www.`` whose removal
    leaves a registrable name: "www.example" (under a suffix with no rule) and "www.co.uk"
    keep it, or "a.www.example" would be another site than "www.example" (a hypothesis
    example, CI)."""
    name = host.strip().lower().rstrip(".")
    if name.startswith("www.") and _list().privatesuffix(name[4:]):
        return name[4:]
    return name


def _is_address(host: str) -> bool:
    """An IP address (v4, or v6 with or without brackets): it has no parent domain."""
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def registrable_domain(host: str) -> str:
    """The registrable domain of ``host`` (a host name, any case, ``www.`` or not): the
    public suffix and one label before it ("news.bbc.co.uk" -> "bbc.co.uk",
    "foo.blogspot.com" -> "foo.blogspot.com", "x.gouv.fr" -> "x.gouv.fr"). A host that is
    itself a public suffix ("co.uk"), a one-label name ("localhost") or an IP address is
    returned as it is (lower-cased, ``www.`` removed). An unknown top-level domain counts
    as a public suffix, the list's own default rule ("*")."""
    name = _host(host)
    if not name or _is_address(name):
        return name
    return _list().privatesuffix(name) or name


def same_site(one: str, other: str) -> bool:
    """True when two hosts belong to one site: the same registrable domain
    (``rss.lefigaro.fr`` and ``www.lefigaro.fr``; ``feeds.example.co.uk`` and
    ``example.co.uk``; not ``a.co.uk`` and ``b.co.uk``, nor two blogs of
    ``blogspot.com``). Two IP addresses are one site only when equal."""
    first, second = _host(one), _host(other)
    if not first or not second:
        return False
    return first == second or registrable_domain(first) == registrable_domain(second)


VARIANT_LABELS = ("www", "m", "mobile", "amp")
"""First labels that name another rendering of one site's pages, not another site: the
"www vs. non-www" and device variants (``m.example.com``) Google's "Consolidate duplicate
URLs" guide lists as duplicates a canonical link should point across
(developers.google.com/search/docs/crawling-indexing/consolidate-duplicate-urls, and its
"separate mobile URLs" configuration), and the AMP host whose page links to the
canonical one (amp.dev, "Make your page discoverable")."""


def page_host(host: str) -> str:
    """``host`` lower-cased without its trailing dot and its leading
    :data:`VARIANT_LABELS` ("www.lemonde.fr", "m.lemonde.fr", "amp.lemonde.fr" ->
    "lemonde.fr"; "blogs.mediapart.fr" stays). A label is kept when what is left would be
    a public suffix or nothing ("www.co.uk" stays), and an IP address is kept whole."""
    name = host.strip().lower().rstrip(".")
    if _is_address(name):
        return name
    while True:
        label, _, rest = name.partition(".")
        if label not in VARIANT_LABELS or not rest or not _list().privatesuffix(rest):
            return name
        name = rest


def same_host(one: str, other: str) -> bool:
    """True when two hosts serve one publisher's pages: equal once their
    :data:`VARIANT_LABELS` are removed (``amp.lemonde.fr`` and ``www.lemonde.fr``;
    ``m.lefigaro.fr`` and ``lefigaro.fr``). Another subdomain of one registrable domain is
    another host (``blogs.mediapart.fr`` and ``www.mediapart.fr``, ``jean.blog.lemonde.fr``
    and ``www.lemonde.fr``): such a subdomain may hold third parties' pages (a newspaper's
    reader blogs), so nothing on it speaks for its parent (newuser10 S6, verify10)."""
    first, second = page_host(one), page_host(other)
    return bool(first) and first == second

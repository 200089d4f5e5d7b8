"""Which site a host belongs to: its registrable domain, by the Public Suffix List.

``bbc.co.uk`` and ``news.bbc.co.uk`` are one site; ``a.co.uk`` and ``b.co.uk`` are two,
as are ``foo.blogspot.com`` and ``bar.blogspot.com`` (a private suffix: each blog is its
own site) and ``x.gouv.fr`` and ``y.gouv.fr``. The list is Mozilla's Public Suffix List
(<https://publicsuffix.org>, MPL-2.0), as shipped inside the ``publicsuffixlist`` wheel
(its built-in copy, read from the package at first use; nothing is downloaded: the
package fetches a newer list only through its own ``update`` command, which veille never
runs). Both the ICANN and the private sections count, as browsers count them for cookies.
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
    return host.strip().lower().rstrip(".").removeprefix("www.")


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

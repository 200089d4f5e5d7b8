"""The outlet a JSON record declares (its ``source``/``site``/``site_name``), as its source.

docs/collect.md, *JSON Lines*: a record of another tool names the outlet that published it
in ``source``; that name, not its URL's host, is the article's source (t-enrich20 E16:
records declaring "AFP" and "Le Parisien" on ``example.org`` were all shown as
``example.org``, one "outlet" for several, and every count of sources said one). Two
readings keep the store's outlets one name per outlet, so that deduplication still tells a
``reprint`` (another outlet) from a ``republication`` (the same one) and a story counts
its outlets right:

- a **news agency** ("AFP", "Reuters") is the source only when the record's page is on the
  agency's own site, or the record has no URL, or a placeholder one (a name RFC 2606 and
  RFC 6761 reserve, ``example.org``, ``*.test``: no outlet's site): its one name then,
  as a wire item's (``afp.com``, :attr:`veille.extract.agencies.Agency.source`). On
  another site's page
  it is the dispatch's **credit** (``evidence.credit``) and the page's host names the
  outlet: two outlets' copies of one dispatch, both declaring "AFP", stay two outlets;
- the **site's own name** ("Le Parisien" on ``leparisien.fr``, "Ouest-France" on
  ``ouest-france.fr``, or the host written out) gives way to the host, the name that
  outlet's fetched pages carry, so the records and the pages of one site are one source
  (``source:"Le Parisien"`` still finds them by their declared site name).
"""

from __future__ import annotations

import re

from veille.collect.sites import same_site
from veille.extract.agencies import agency_named, agency_of_host
from veille.extract.textshape import fold
from veille.record import source_from_url

MAX_SOURCE_CHARS = 100
"""The longest source taken from a declared name (as ``stage.declared_source``)."""

_HOST = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+")
_ARTICLE = re.compile(r"^(?:(?:le|la|les|the)\s+|l['’]\s*)", re.IGNORECASE)

#: Names reserved for documentation and tests (RFC 2606 section 3, RFC 6761): a page there
#: is no outlet's.
_PLACEHOLDER_SITES = ("example.com", "example.net", "example.org")
_PLACEHOLDER_TLDS = ("example", "test", "invalid", "localhost")


def placeholder(host: str) -> bool:
    """Whether ``host`` is a reserved documentation or test name (``example.org``,
    ``www.example.com``, ``news.test``): it names no outlet."""
    host = host.lower().strip(".")
    return (host.rpartition(".")[2] in _PLACEHOLDER_TLDS
            or any(host == s or host.endswith("." + s) for s in _PLACEHOLDER_SITES))


def _squeezed(text: str) -> str:
    """``text`` folded (case, accents) with everything but letters and digits removed."""
    return re.sub(r"[\W_]+", "", fold(text))


def names_site(name: str, host: str) -> bool:
    """Whether ``name`` is the site ``host``'s own name: the host itself (or another host
    of its site), or its registrable label spelt with spaces, dashes or accents
    ("Le Parisien" for ``leparisien.fr``, "Ouest-France" for ``ouest-france.fr``), with or
    without its leading article ("Le Quotidien du Gard" for ``quotidien-du-gard.fr``)."""
    lowered = name.strip().lower().removeprefix("www.")
    if _HOST.fullmatch(lowered):
        return same_site(lowered, host)
    labels = host.split(".")
    label = _squeezed(labels[-2]) if len(labels) >= 2 else ""
    bare = _ARTICLE.sub("", name.strip())  # "Le Quotidien du Gard": quotidien-du-gard
    return len(label) >= 3 and label in (_squeezed(name), _squeezed(bare))


def record_source(declared: str, url: str | None, evidence: dict[str, str]) -> str:
    """The source of a record declaring the outlet ``declared`` with the page ``url``
    (see the module's rules), or "" when the URL's host names it (or nothing is
    declared). A news agency declared for another site's page is written to
    ``evidence["credit"]`` when the record gives no credit."""
    name = " ".join(declared.split())[:MAX_SOURCE_CHARS].strip()
    if not name:
        return ""
    host = source_from_url(url) or ""
    lowered = name.lower().removeprefix("www.")
    agency = agency_named(name) or (agency_of_host(lowered) if _HOST.fullmatch(lowered)
                                    else None)
    if agency is not None:
        if not host or placeholder(host) or agency_of_host(host) is agency:
            return agency.source
        evidence.setdefault("credit", name)
        return ""
    if host and names_site(name, host):
        return ""
    return name

"""``source:`` filters read against the names the outlets are shown by (t-final32 #11).

An outlet stored under its host (``ledauphine.com``) is shown by the name its articles
declare ("Le Dauphiné libéré": :mod:`veille.outlet_names`), and ``source:`` matched an
article by its own source, its own declared site name or its URL's host
(:func:`veille.index.tantivy_index.source_keys`). An article of that host declaring no
name (a capture with no masthead, a page without ``og:site_name``) was listed under the
name and not found by it. A ``source:`` value that is a name (not one word of a host's
letters) now also matches every host whose shown name it names, by the rule the index
applies to declared names (case, accents, an article, a domain suffix aside:
:func:`veille.index.source_names.name_pattern`). Only hosts the value plausibly names
(:func:`veille.outlet_names.plausibly_names_site`: its first words spell the host's
label, or its initials do, its article dropped or not) are read, a few records each.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from string import capwords
from typing import Any

from veille.extract.record_source import names_site
from veille.index.query import And, Filter, Node, Not, Or
from veille.index.source_names import name_pattern
from veille.outlet_identity import other_names
from veille.outlet_names import (
    declarations,
    outlet_name,
    plausibly_names_site,
    same_outlet,
    spells_host,
    without_abbreviation,
)
from veille.search.source_readings import (
    host_labels,
    names_host_in_latin,
    names_outlet,
    squeezed,
)

_HOST = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+")
_HOST_LIKE = re.compile(r"[\w.\-]+")
_ARTICLES = ("", "Le ", "La ", "Les ", "L'", "The ")
"""The leading articles a reader may drop from a name ("Vigilant Savoyard" of "Le Vigilant
Savoyard"), as :data:`veille.index.source_names.OPTIONAL_ARTICLE` reads them."""


def shown_hosts(store: Any, value: str, sources: list[str]) -> list[str]:
    """The hosts among ``sources`` shown by a name ``value`` names (:mod:`this module
    <veille.search.shown_sources>`), in order."""
    pattern = name_pattern(value)
    if pattern is None:
        return []
    found = []
    key = squeezed(value)
    for source in sources:
        if not _HOST.fullmatch(source):
            continue
        spelt = key in host_labels(source)  # "France 3" of france3-regions.francetvinfo.fr
        if not spelt and not any(
                plausibly_names_site(f"{article}{name}", source) for article in _ARTICLES
                for name in dict.fromkeys((value, capwords(value)))):  # initials: capitals
            continue
        declared, vouched = declarations(store, source)
        shown = outlet_name(source, declared, vouched)
        if shown != source and (any(
                re.fullmatch(pattern, " ".join(name.lower().split()))
                for name in (shown, without_abbreviation(shown)) if name)
                or names_outlet(value, shown)):
            found.append(source)
        elif spelt and any(names_outlet(value, name) for name in declared if name):
            found.append(source)  # an edition's declared name the host is not shown by
    return found


def _walk(node: Node, on_filter: Callable[[Filter], Node]) -> Node:
    """``node`` with each ``source:`` filter replaced by ``on_filter``'s node."""
    if isinstance(node, Filter) and node.field == "source":
        return on_filter(node)
    if isinstance(node, And):
        return And(tuple(_walk(i, on_filter) for i in node.items))
    if isinstance(node, Or):
        return Or(tuple(_walk(i, on_filter) for i in node.items))
    if isinstance(node, Not):
        return Not(_walk(node.item, on_filter))
    return node


def with_outlet_names(node: Node) -> Node:
    """``node`` with each ``source:`` filter OR-ed with the other names of its outlet in
    the outlet table (:func:`veille.outlet_identity.other_names`: ``source:spiegel.de``
    also matches "DER SPIEGEL", ``source:"El País"`` ``elpais.com``; t-final51b B2)."""
    def expand(item: Filter) -> Node:
        others = other_names(item.value)
        return Or((item, *(Filter("source", n) for n in others))) if others else item

    return _walk(node, expand)


def own_hosts(value: str, sources: list[str]) -> list[str]:
    """The hosts among ``sources`` whose own name ``value`` is ("Le Monde" of
    ``lemonde.fr``, "El País" of ``elpais.com``: :func:`names_site`,
    :func:`~veille.outlet_names.spells_host`), whatever their articles declare."""
    return [s for s in sources if _HOST.fullmatch(s) and s != value
            and (names_site(value, s) or spells_host(value, s))]


def with_shown_names(node: Node, store: Any) -> Node:
    """``node`` with each ``source:`` filter OR-ed with its outlet's other names in the
    outlet table (:func:`with_outlet_names`), and each whose value is a name OR-ed with
    the hosts shown by that name or whose own name it is (:func:`own_hosts`); other nodes
    as they are. A store that cannot say its sources' names gets the table's names
    alone."""
    node = with_outlet_names(node)
    if getattr(store, "sources", None) is None or \
            getattr(store, "declared_site_names", None) is None:
        return node
    known: list[str] = []

    def expand(item: Filter) -> Node:
        if not known:
            known.extend(str(row["source"]) for row in store.sources())
        if _HOST.fullmatch(item.value):  # its outlet stored by name too (same_outlet)
            named = [k for k in known if not _HOST.fullmatch(k)]
            names = [n for n, h in same_outlet(store, [item.value, *named]).items()
                     if h == item.value] if named else []
            names += [n for n in named if n not in names and names_host_in_latin(n, item.value)]
            return Or((item, *(Filter("source", n) for n in names))) if names else item
        # a name read another way: an edition's masthead, romanised, German digraphs
        # ("France 3", france3, "RIA Novosti", "Süddeutsche"; t-final52b B2)
        read = [k for k in known if not _HOST.fullmatch(k) and names_outlet(item.value, k)]
        if _HOST_LIKE.fullmatch(item.value):  # one word: matched as the index matches it
            read += [h for h in shown_hosts(store, item.value, [
                k for k in known if squeezed(item.value) in host_labels(k)]) if h != item.value]
            return Or((item, *(Filter("source", k) for k in read))) if read else item
        hosts = list(dict.fromkeys(
            [h for h in shown_hosts(store, item.value, known) if h != item.value]
            + own_hosts(item.value, known) + read))
        return Or((item, *(Filter("source", h) for h in hosts))) if hosts else item

    return _walk(node, expand)

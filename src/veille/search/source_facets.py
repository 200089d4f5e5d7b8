"""The source facet counts each outlet once (t-final51b B2: "lemonde.fr" and "Le Monde",
"El País" and "EL PAÍS", "spiegel.de" and "DER SPIEGEL" were each two entries, each with
part of the outlet's articles).

Two facet values are one outlet when the outlet table names both
(:func:`veille.outlet_identity.outlet_host`), when one is a host and the other that host's
own or shown name (:func:`veille.outlet_names.same_outlet`, as ``/api/v1/sources``
merges them), or when they are one name in another case or accents ("EL PAÍS", "El
País"). The outlet's entry holds the sum of their counts under its host when one of them
is a host, else under its most counted spelling; a ``source:`` on that value finds every
article counted (:func:`veille.search.shown_sources.with_shown_names`). The counts are
the index's, over its top :data:`veille.index.tantivy_index.FACET_SIZES` values.
"""

from __future__ import annotations

import re
from typing import Any

from veille.enrich.text import fold
from veille.outlet_identity import outlet_host
from veille.outlet_names import same_outlet

_HOST = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+")


def merged_sources(counts: list[tuple[str, int]], store: Any = None) -> list[tuple[str, int]]:
    """``(source, count)`` facet pairs with each outlet's values counted once, most first
    (ties by value). ``store`` (optional) gives the names its hosts are shown by."""
    if len(counts) < 2:
        return counts
    values = [v for v, _ in counts]
    hosts_of: dict[str, str] = {}
    if store is not None and getattr(store, "declared_site_names", None) is not None:
        hosts_of = same_outlet(store, values)
    groups: dict[str, list[tuple[str, int]]] = {}
    for value, count in counts:
        key = outlet_host(value) or hosts_of.get(value) or \
            fold(value).removeprefix("www.")
        groups.setdefault(key, []).append((value, count))
    merged = []
    for members in groups.values():
        hosts = [v for v, _ in members if _HOST.fullmatch(v)]
        shown = hosts[0] if hosts else max(members, key=lambda m: m[1])[0]
        merged.append((shown, sum(c for _, c in members)))
    return sorted(merged, key=lambda pair: (-pair[1], pair[0]))

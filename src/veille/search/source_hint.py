"""Why a ``source:`` filter found nothing: the warning that names the closest known
sources, so that an unknown name never reads as "this source never wrote about it"
(newuser12b D5: ``source:"La Provence"`` gave 0 results and no warning)."""

from __future__ import annotations

import difflib
from typing import Any

from veille.index.analysis import fold
from veille.index.base import Index
from veille.index.query import And, Filter, MatchAll, Node, Or, field_clause

MAX_SUGGESTIONS = 3


def source_filters(node: Node) -> list[str]:
    """The values of the ``source:`` filters ``node`` requires or offers (not the negated
    ones), in order."""
    if isinstance(node, Filter):
        return [node.value] if node.field == "source" else []
    if isinstance(node, And | Or):
        return [v for item in node.items for v in source_filters(item)]
    return []


def _compact(text: str) -> str:
    return "".join(c for c in fold(text) if c.isalnum())


def known_sources(index: Index, store: Any) -> list[str]:
    """Every source the store holds (``store.sources()``), else the index's source facet
    (its 20 largest)."""
    sources = getattr(store, "sources", None)
    if sources is not None:
        return [str(row["source"]) for row in sources()]
    facets = index.search(MatchAll(), limit=0, facets=True).facets.get("source", [])
    return [value for value, _count in facets]


def closest(value: str, known: list[str]) -> list[str]:
    """The known names nearest ``value``: those whose letters hold its letters
    ("La Provence" → ``laprovence.com``), then the most alike (difflib, ratio ≥ 0.6),
    whole or by one of their words ("Macronn" → "Emmanuel Macron"), at most
    :data:`MAX_SUGGESTIONS`."""
    wanted = _compact(value)
    named = [k for k in known if k]
    holding = [k for k in named if wanted and wanted in _compact(k)]
    keys: dict[str, str] = {}
    for k in named:
        keys.setdefault(_compact(k), k)
    for k in named:  # a name's words, for a value that is one of them, misspelt
        for word in fold(k).split():
            if len(_compact(word)) >= 3:
                keys.setdefault(_compact(word), k)
    alike = difflib.get_close_matches(wanted, list(keys), n=MAX_SUGGESTIONS, cutoff=0.6)
    return list(dict.fromkeys(holding + [keys[a] for a in alike]))[:MAX_SUGGESTIONS]


def unknown_source_warnings(node: Node, index: Index, store: Any) -> list[str]:
    """A warning for each ``source:`` value of ``node`` that matches no article at all,
    naming the closest known sources; [] when each matches some article."""
    out: list[str] = []
    known: list[str] | None = None
    for value in dict.fromkeys(source_filters(node)):
        if index.search(Filter("source", value), limit=0).total:
            continue
        known = known_sources(index, store) if known is None else known
        near = closest(value, known)
        hint = (f"; did you mean {' or '.join(field_clause('source', n) for n in near)}?"
                if near else "")
        out.append(f"{field_clause('source', value)}: no article from a source or site of "
                   f"that name{hint}")
    return out

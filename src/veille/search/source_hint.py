"""Why a ``source:`` filter found nothing: the warning that names the closest known
sources, so that an unknown name never reads as "this source never wrote about it"
(newuser12b D5: ``source:"La Provence"`` gave 0 results and no warning)."""

from __future__ import annotations

import difflib
from typing import Any

from veille.index.analysis import fold
from veille.index.base import Index
from veille.index.query import NO_SOURCE, And, Filter, MatchAll, Node, Or, field_clause
from veille.search.shown_sources import with_shown_names

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


def typo_bound(word: str) -> int:
    """How many edits (a letter added, dropped, changed, or two swapped) make a typo of
    ``word`` (compacted): about one per five letters, at least one (1 up to 9 letters,
    2 up to 14, 3 beyond). Two edits in eight letters make another word, not a typo
    (t-final51b B8: "Flandres" → "did you mean Londres?")."""
    return max(1, len(word) // 5)


def edits_within(a: str, b: str, bound: int) -> bool:
    """Whether ``a`` becomes ``b`` in at most ``bound`` edits (optimal string alignment:
    Levenshtein's edits and a swap of two neighbours), in O(len × bound)."""
    if abs(len(a) - len(b)) > bound:
        return False
    far = bound + 1
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [far] * len(b)
        for j in range(max(1, i - bound), min(len(b), i + bound) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            best = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                best = min(best, before[j - 2] + 1)
            current[j] = best
        if min(current) > bound:
            return False
        before, row = row, current
    return row[len(b)] <= bound


def closest(value: str, known: list[str]) -> list[str]:
    """The known names nearest ``value``: those whose letters hold its letters
    ("La Provence" → ``laprovence.com``; 3 letters or more) or each of its words of 3
    letters or more ("Gazette Sud" → ``gazette-du-sud.example``), then those a typo away
    (:func:`typo_bound`), whole or by one of their words ("Macronn" → "Emmanuel
    Macron"), the most alike first (difflib's ratio), at most :data:`MAX_SUGGESTIONS`.
    Nothing when no name is that close: a suggestion that is no spelling of what was
    typed misleads (t-reader20 R10: ``entity:"<script>"`` offered "Conseil de sécurité",
    "Crédit Mutuel" and "Hi Investment and Securities" at difflib's 0.6)."""
    wanted = _compact(value)
    named = [k for k in known if k]
    holding = [k for k in named if len(wanted) >= 3 and wanted in _compact(k)]
    # every word typed, in the name's letters: "Gazette Sud" -> gazette-du-sud.example
    words = [w for w in map(_compact, fold(value).split()) if len(w) >= 3]
    if len(words) >= 2:
        holding += [k for k in named if all(w in _compact(k) for w in words)]
    keys: dict[str, str] = {}
    for k in named:
        keys.setdefault(_compact(k), k)
    for k in named:  # a name's words, for a value that is one of them, misspelt
        for word in fold(k).split():
            if len(_compact(word)) >= 3:
                keys.setdefault(_compact(word), k)
    bound = typo_bound(wanted)
    typos = [key for key in keys if wanted and edits_within(wanted, key, bound)]
    typos.sort(key=lambda key: -difflib.SequenceMatcher(None, wanted, key).ratio())
    return list(dict.fromkeys(holding + [keys[t] for t in typos]))[:MAX_SUGGESTIONS]


def unknown_source_warnings(node: Node, index: Index, store: Any) -> list[str]:
    """A warning for each ``source:`` value of ``node`` that matches no article at all,
    naming the closest known sources; [] when each matches some article."""
    out: list[str] = []
    known: list[str] | None = None
    for value in dict.fromkeys(source_filters(node)):
        if index.search(with_shown_names(Filter("source", value), store), limit=0).total:
            continue
        known = known_sources(index, store) if known is None else known
        near = closest(value, known)
        hint = (f"; did you mean {' or '.join(field_clause('source', n) for n in near)}?"
                if near else "")
        out.append(f"{field_clause('source', value)}{NO_SOURCE}{hint}")
    return out

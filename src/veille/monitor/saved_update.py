"""Updating a saved search: the settings an update is not given keep their value.

``veille saved add`` with an existing NAME, the API's ``POST /api/v1/saved-searches`` with
an existing ``name`` and the ``/saved`` form all update through :func:`merge`: a setting
left out keeps the value the search has (an e-mail changed alone keeps the webhook, the
digest, the alert language, the groups...); a setting given replaces it, and an empty one
(``--webhook ''``, ``"webhook": ""``, an emptied form field) clears it (newuser8 Q5, Q17).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from veille.store.base import SavedSearch

SETTINGS = ("query", "sources", "groups", "languages", "stories", "collapse", "breaking",
            "within_minutes", "email", "digest", "lang", "webhook")
"""What a saved search's owner sets (``name`` picks the search; ids, seqs and the secret
are veille's own)."""


NEW_SEARCH_NEEDS_QUERY = "a new saved search needs a query: query is missing"
"""The refusal of a new search given no ``query`` (an update keeps its own): one that
matched every article by default would be an accident (``""`` asks for that)."""
NEW_SEARCH_NEEDS_QUERY_HINT = ('give "query" ("" alerts on every article), or the name of an '
                               "existing search to update it")


def merge(before: SavedSearch | None, name: str, given: Mapping[str, object]) -> SavedSearch:
    """The search to save as ``name``: ``before``'s settings (a new search's defaults, see
    :class:`~veille.store.base.SavedSearch`, when ``before`` is None) with those in
    ``given`` (keys of :data:`SETTINGS`) over them. A cleared webhook drops its secret;
    otherwise the secret stays (a receiver keeps checking the signature with it).
    Raises ``ValueError`` on a key that is not a setting (a caller's bug)."""
    unknown = sorted(set(given) - set(SETTINGS))
    if unknown:
        raise ValueError(f"not saved-search settings: {', '.join(unknown)}")
    base = before if before is not None else SavedSearch(name=name, query="")
    merged = replace(base, name=name, **given)  # type: ignore[arg-type]
    if not str(merged.webhook).strip():
        merged = replace(merged, secret="")
    return merged


def _show(value: object) -> str:
    if isinstance(value, list):
        return ",".join(str(v) for v in value) or "none"
    return repr(value) if isinstance(value, str) else str(value)


def changes(before: SavedSearch | None, after: SavedSearch) -> list[str]:
    """What an update changed, one English line per setting, for the CLI's stderr:
    ``"webhook removed"``, ``"email: 'a@x.org' -> 'b@x.org'"``, ``"digest: 'immediate' ->
    'daily'"`` (empty when nothing changed or ``before`` is None: a new search)."""
    if before is None:
        return []
    lines = []
    for setting in SETTINGS:
        old, new = getattr(before, setting), getattr(after, setting)
        if old == new:
            continue
        if setting in ("email", "webhook") and not new:
            lines.append(f"{setting} removed (was {_show(old)}; its alerts not sent yet "
                         "are cancelled)")
        else:
            lines.append(f"{setting}: {_show(old)} -> {_show(new)}")
    return lines

"""Why an ``entity:``, ``place:`` or ``lang:`` filter found nothing: a warning per value that
matches no article at all, naming the closest names the store knows, as ``source:`` does
(:mod:`veille.search.source_hint`); so that a typo or an unknown name never reads as "no
coverage" (newuser15a W18: ``entity:Macronn``, ``place:Atlantide`` and ``lang:xx`` gave an
empty page without a word)."""

from __future__ import annotations

import sqlite3
import sys
from typing import Any, Literal

from veille.errors import StoreError
from veille.index.base import Index
from veille.index.query import (
    NO_ARTICLE_IN_LANGUAGE,
    NO_ENTITY,
    NO_PLACE,
    NO_PLACE_STORED,
    NOT_A_LANGUAGE,
    And,
    Filter,
    Node,
    Or,
    field_clause,
)
from veille.search.source_hint import closest

#: How many of the store's names (the most cited first) a suggestion is looked for among.
MAX_KNOWN = 5000


def filters(node: Node, field: Literal["entity", "place", "lang"]) -> list[str]:
    """The values of the ``field`` filters ``node`` requires or offers (not the negated
    ones), in order, each once."""
    if isinstance(node, Filter):
        return [node.value] if node.field == field else []
    if isinstance(node, And | Or):
        return list(dict.fromkeys(v for item in node.items for v in filters(item, field)))
    return []


def _alternatives(node: Node, field: str) -> dict[str, tuple[str, ...]]:
    """For each value :func:`filters` gives, the values of the same field its query
    rewrite offers beside it (``place:"Saint-Denis (La Réunion)" OR place:"geonames:…"``,
    :mod:`veille.enrich.query`): the value is found when one of them is."""
    values = _same_field(node, field)
    if isinstance(node, Or) and values:
        return {v: values for v in values}
    if isinstance(node, And | Or):
        out: dict[str, tuple[str, ...]] = {}
        for item in node.items:
            out.update(_alternatives(item, field))
        return out
    return {}


def _same_field(node: Node, field: str) -> tuple[str, ...]:
    """The values of ``node`` when it is a ``field`` filter or an OR of them, nested ORs
    included (``place:Kingston`` OR its alias's id OR the ids of the places bearing the
    name, :func:`veille.search.place_names.shipped_place_terms`); () otherwise."""
    if isinstance(node, Filter):
        return (node.value,) if node.field == field else ()
    if isinstance(node, Or):
        parts = [_same_field(i, field) for i in node.items]
        return tuple(v for p in parts for v in p) if all(parts) else ()
    return ()


def _names(store: Any, field: str) -> list[str]:
    """The entity (or place) names the store knows, the most cited first; [] for a store
    without enrichment."""
    listing = getattr(store, "entities" if field == "entity" else "places", None)
    if listing is None:
        return []
    return [str(found.name) for found in listing(limit=MAX_KNOWN)]


def _language_code(value: str) -> bool:
    """Whether ``value`` is a language Babel (CLDR) knows: ``fr``, ``en``, ``pt-BR``."""
    from babel import Locale, UnknownLocaleError  # CLDR, loaded for this hint only

    try:
        Locale.parse(value.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return False
    return True


def _waiting(store: Any) -> int:
    """How many stored changes the enrichment view has not applied yet (0 when the store
    keeps no enrichment, or cannot tell)."""
    lag = getattr(store, "enrich_lag", None)
    try:
        return int(lag()) if callable(lag) else 0
    except _store_errors():  # an older store without the view's tables: say nothing more
        return 0


def _store_errors() -> tuple[type[BaseException], ...]:
    """What reading a store's enrichment lag may raise that is no bug: SQLite's and
    PostgreSQL's database errors (a store written before the enrichment view, a table a
    read replica lacks), and veille's own :class:`StoreError`. psycopg is counted only
    when a PostgreSQL store imported it already (a search must not import it). Anything
    else is a bug, and is raised (it was swallowed: f-cliux33)."""
    errors: list[type[BaseException]] = [sqlite3.Error, StoreError]
    psycopg = sys.modules.get("psycopg")
    if psycopg is not None:
        errors.append(psycopg.Error)
    return tuple(errors)


def _shipped_place(name: str) -> bool:
    """Whether veille's shipped place tables (the gazetteer, its alternate and curated
    names) know a place named ``name`` (:func:`veille.search.place_names.
    shipped_place_terms`)."""
    from veille.search.place_names import shipped_place_terms

    return bool(shipped_place_terms(name))


def unknown_filter_warnings(node: Node, index: Index, store: Any,
                            typed: Node | None = None) -> list[str]:
    """A warning for each ``entity:``, ``place:`` and ``lang:`` value of ``node`` that
    matches no article at all: an unknown entity or place, with the closest names the
    store holds ("did you mean"), or, when none is near and articles still wait for
    enrichment, that they do (what to run); a place the shipped tables know that no stored
    article names, said so (no suggestion: the name is right); a language code that is
    none (``lang:xx``), or one no article is in. [] when each matches some article.
    ``typed``: the query as the user wrote it, before its aliases were resolved: a filter
    the resolution added
    (``"Côte d'Ivoire"`` also searched as ``entity:iso3166:CI``) is not warned about, as
    the user never wrote it (t-final50 B1)."""
    out: list[str] = []
    fields: tuple[Literal["entity", "place"], ...] = ("entity", "place")
    for field in fields:
        known: list[str] | None = None
        offered = _alternatives(node, field)
        written = None if typed is None else set(filters(typed, field))
        told: set[str] = set()  # the values of a rewrite already warned about
        for value in filters(node, field):
            if value in told:  # "place:iso3166-2:FR-974" beside the name typed
                continue
            group = offered.get(value, (value,))
            told.update(group)
            if written is not None and not written.intersection(group) and \
                    value not in written:
                continue
            if any(index.search(Filter(field, v), limit=0).total for v in group):
                continue
            waiting = _waiting(store)
            if field == "place" and _shipped_place(value):
                # the gazetteer knows the name: no stored article names it (t-final51 B5:
                # "no place of that name" for Moscou), and a near stored name is no
                # better spelling of it (t-final51b B8: Flandres → "did you mean Londres")
                out.append(f"{field_clause(field, value)}{NO_PLACE_STORED}" + (
                    f" yet; {waiting} {'change waits' if waiting == 1 else 'changes wait'}"
                    " for enrichment (run `veille enrich`)" if waiting else ""))
                continue
            known = _names(store, field) if known is None else known
            near = closest(value, known)
            no_name = NO_ENTITY if field == "entity" else NO_PLACE
            if waiting and not near:
                # the articles may name it once enriched: not "no such name" alone
                # (t-final31 U4: said before `veille enrich` of a fresh store)
                out.append(f"{field_clause(field, value)}{no_name} yet; {waiting} "
                           f"{'change waits' if waiting == 1 else 'changes wait'} for "
                           f"enrichment (run `veille enrich`)")
                continue
            hint = (f"; did you mean {' or '.join(field_clause(field, n) for n in near)}?"
                    if near else "")
            out.append(f"{field_clause(field, value)}{no_name}{hint}")
    for value in filters(node, "lang"):
        if index.search(Filter("lang", value), limit=0).total:
            continue
        if _language_code(value):
            out.append(f"{field_clause('lang', value)}{NO_ARTICLE_IN_LANGUAGE}")
        else:
            out.append(f"{field_clause('lang', value)}{NOT_A_LANGUAGE} (as lang:fr)")
    return out

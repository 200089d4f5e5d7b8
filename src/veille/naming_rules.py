"""The version of the rules that name a stored article's outlet, kept in the store, and the
re-derivation of stored names when it changes (issue 14, t-final56b A12).

An article's ``source`` (the store's key for its outlet) and its declared ``site_name``
are decided at ingest by extraction: a capture's masthead (:mod:`veille.extract.masthead`),
the name a page on an unnamed address declares (:mod:`veille.extract.stage`). When those
rules change, rows stored earlier keep what the old rules said ("Skip to main content" as
a Reuters capture's site name, a page of "Nouvelle-Calédonie la 1ère" under
``127.0.0.1``): the facets then list the outlet twice, once per spelling, and the old
name stays shown. As the embedded index keeps its ``FORMAT`` and the PostgreSQL index its
``ANALYSIS`` version, the store keeps the version of these rules it was written with
(``counters`` row :data:`NAMING_STATE`; no row: written before versioning, read as 0).
A writable store opened by a veille whose :data:`NAMING_RULES` is another re-derives the
names of its articles whose outlet those rules chose (:func:`rederive_names`): each is
extracted again from the raw input the store keeps, and when its ``source``, its
``site_name`` or the note of where that name was read differ, only those are written back
(through the change log, as ``veille edit --source`` writes: the index, the stories'
sources, the facets and the alerts follow). A user's edit of an article's source
(:mod:`veille.source_edits`) is kept.

Versions: 0 (no row) before versioning; 1: chrome (skip links, controls, section labels)
is never a masthead, a lower-case wordmark with its edition ("ici Gard Lozère"), a name
with figures ("France 3 Grand Est", "Guadeloupe la 1ère") or in a script without case
("الغد") is a masthead, and a page on an unnamed address is stored under a declared name
holding figures ("Nouvelle-Calédonie la 1ère"); 2: a page on an unnamed address that
declares no name is stored under its ``<title>``'s site part ("… - Le Dauphiné"), before
its feed's title (h-source59, t-final59: fed pages of Libération and Le Dauphiné were
stored under ``127.0.0.1``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from veille.outlet_names import HOST, unnamed_host
from veille.record import Article
from veille.source_edits import edited_source

if TYPE_CHECKING:
    from veille.store.sqlite import SQLiteStore

log = logging.getLogger("veille")

NAMING_RULES = 2
"""The version of the naming rules this veille applies (see the module's history)."""
NAMING_STATE = "naming-rules"
"""The ``counters`` row holding the version a store's names were derived with."""
CHROME_MIN_PAGES = 4
"""Captures of a site sharing a block for it to be that site's chrome (as
:data:`veille.maintenance.CHROME_MIN_PAGES`: each page counts itself)."""


def named_by_rules(article: Article) -> bool:
    """Whether the naming rules chose ``article``'s outlet: a capture (its masthead), a
    source that is a name, or an address that spells no outlet (:func:`unnamed_host`).
    A page on a host that names it is stored under that host whatever it declares."""
    content = article.content
    return (content is not None and content.extractor == "text-capture") or \
        not HOST.fullmatch(article.source or "") or unnamed_host(article.source)


def _named_again(store: SQLiteStore, article: Article,
                 extract: Callable[[Article], Article | None]) -> Article | None:
    """``article`` with its source and site name as the current rules derive them from
    its raw input, or ``None`` when they are unchanged (or the input no longer extracts)."""
    assert article.content is not None
    raw = store.get_raw(article.raw.raw_id, origin=article.raw.origin)
    given = edited_source(article)
    if given:  # extracted as if given that source (veille.source_edits.as_given)
        raw = replace(raw, source=given)
    fresh = extract(Article(raw=raw, id=article.id, source=given,
                            first_seen=article.first_seen, ext=dict(article.ext)))
    if fresh is None or fresh.content is None:
        return None
    old, new = article.content, fresh.content
    how_old, how_new = old.evidence.get("site_name"), new.evidence.get("site_name")
    source = given or fresh.source
    if (source, new.site_name, how_new) == (article.source, old.site_name, how_old):
        return None
    article.source = source
    old.site_name = new.site_name
    if how_new is None:
        old.evidence.pop("site_name", None)
    else:
        old.evidence["site_name"] = how_new
    return article


def _candidates(store: SQLiteStore) -> Iterator[Article]:
    for article in store.iter_articles():
        if article.content is not None and named_by_rules(article):
            yield article


def rederive_names(store: SQLiteStore) -> int:
    """Derive again, with the current rules, the source and site name of each stored
    article whose outlet the naming rules chose (:func:`named_by_rules`), write back those
    that changed (each one ``reextract`` change) and keep :data:`NAMING_RULES` in the
    store; returns how many articles changed."""
    from veille.ingest import build_pipeline

    pipeline = build_pipeline(lambda source: store.site_chrome(
        source, min_pages=CHROME_MIN_PAGES))

    def extract(article: Article) -> Article | None:
        outcome = pipeline.run_one(article)
        return outcome.article if outcome.ok else None

    candidates = list(_candidates(store))
    started = time.monotonic()
    if candidates:  # said before the work: a large store waits (once per rules version)
        log.warning("veille: outlet naming rules changed (version %d): naming %d stored "
                    "articles again from their raw inputs, once", NAMING_RULES,
                    len(candidates))
    changed = [a for a in (_named_again(store, article, extract)
                           for article in candidates) if a is not None]
    for article in changed:
        store.set_article_source(article)
    store.keep_rules_version(NAMING_STATE, NAMING_RULES)
    if candidates:
        log.warning("veille: outlet names: %d of %d articles renamed in %.1f s",
                    len(changed), len(candidates), time.monotonic() - started)
    return len(changed)


def names_current(store: SQLiteStore) -> int | None:
    """Bring ``store``'s names to :data:`NAMING_RULES` when they were derived with other
    rules (:func:`rederive_names`): how many articles changed, ``None`` when nothing was
    to do."""
    if store.rules_version(NAMING_STATE) == NAMING_RULES:
        return None
    return rederive_names(store)

"""The search contract shared by the CLI, the JSON API and the web UI.

``veille.search.service.search(request, *, index, store) -> SearchResponse`` is the one
function they call (implemented with the index backend in :mod:`veille.index`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

Sort = Literal["relevance", "date", "fresh"]


@dataclass(frozen=True, slots=True)
class SearchRequest:
    """A query in veille's query language, with paging, sorting and facet options."""

    query: str
    page: int = 1
    per_page: int = 10
    sort: Sort = "relevance"
    facets: bool = True
    collapse: bool = False
    """One hit per story across all pages (its fullest matching article); needs a store."""
    snippets: bool = True
    """Whether hits carry snippets: a caller that shows none (the article page's "see
    also") skips their cost, which grows with each hit's length."""
    seen: frozenset[str] = frozenset()
    """Articles the pages before this one accounted for (shown, or collapsed into a shown
    story): the page is the first ``per_page`` rows of the others, wherever the ranking now
    puts them, and ``page`` only numbers it (a paging cursor: docs/web.md)."""
    hidden: frozenset[str] = frozenset()
    """Articles never listed nor counted: those stored after the first page's snapshot."""
    seen_rows: int = 0
    """Rows the pages before showed (the total counts them with the rows left)."""
    not_prose: bool = False
    """Whether articles whose body is no prose (a page of headlines, a keyword dump:
    :func:`veille.extract.word_salad.unread_body`) are searched too; left out by default
    (h-api66: a tag page, repeating every keyword, ranked above the articles)."""
    language: str | None = None
    """The reader's language (the web UI's, the CLI's ``default_language``): by relevance,
    its articles come first at about equal relevance, the others' after
    (:data:`veille.index.base.PREFERRED_LANGUAGE_BOOST`); None: no preference."""


@dataclass(frozen=True, slots=True)
class Hit:
    """One result: enough to render a result line without loading the article."""

    id: str
    title: str
    source: str
    url: str | None
    published: datetime | None
    language: str
    score: float
    snippets: list[str] = field(default_factory=list)
    """HTML-safe snippets: text is escaped, matches are wrapped in ``<mark>``."""
    snippets_text: list[str] = field(default_factory=list)
    """The same snippets as plain text (no ``<mark>``, no entity: "l'Arrée", not
    "l&#x27;Arrée"), one for one, for integrators that show no HTML (t-final63)."""
    published_precision: str | None = "time"
    """``"day"`` when only the day of ``published`` is known: show no time of day; None
    when there is no ``published`` (the API's and the CLI's shape, newuser12b D14)."""
    title_html: str = ""
    """The title, escaped, with matches wrapped in ``<mark>``."""
    story_id: str | None = None
    others: int = 0
    """With ``collapse``: the story's other matching articles, left out of every page."""
    other_sources: int = 0
    """With ``collapse``: the sources of those other matching articles, less this hit's own
    (so never more than ``others``)."""
    story_sources: int = 0
    """How many sources carry the hit's story, this hit's own included, matching or not (the
    story page's count); 0 when the article is in no story. Not a count of matches."""
    story_latest: datetime | None = None
    """With ``collapse`` and ``sort="date"``: the publication time of the story's newest
    matching article, which the row is sorted by, when it is not this hit (the row shows
    its fullest article, maybe older: t-reader20 R6); None otherwise."""
    story_latest_precision: str | None = None
    """``"day"`` or ``"time"``: the precision of :attr:`story_latest` (None without it)."""


@dataclass(frozen=True, slots=True)
class Facet:
    """Counts of results by one field value (a source, a language, a day)."""

    value: str
    count: int


@dataclass(frozen=True, slots=True)
class SearchResponse:
    """A page of results with the total count and facets."""

    query: str
    total: int
    page: int
    per_page: int
    hits: list[Hit]
    facets: dict[str, list[Facet]] = field(default_factory=dict)
    """Keys: ``source``, ``language``, ``day`` (ISO date)."""
    took_ms: float = 0.0
    warnings: list[str] = field(default_factory=list)
    """Best-effort readings of a malformed query ("unbalanced quote closed at the end")."""
    accounted: list[str] = field(default_factory=list)
    """The articles this page accounts for, in order: each hit, and when collapsed the
    story's other matches counted in it (what a paging cursor adds to ``seen``)."""

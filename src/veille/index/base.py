"""The index protocol: the few methods a search backend implements (tantivy now).

The index is a derived copy of the store, rebuilt from it by ``veille reindex``; it keeps
what a result line needs (title, text, source, dates, url) so that a search never reads
the store. Backends take the parsed query tree of :mod:`veille.index.query`, so the query
language is the same whatever the backend.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, Literal, Protocol
from urllib.parse import urlsplit

from veille.extract.word_salad import unread_body
from veille.index.authors import byline_names
from veille.index.own_agency import own_agencies
from veille.index.query import Node
from veille.record import Article

IndexSort = Literal["relevance", "date", "fresh"]


@dataclass(frozen=True, slots=True)
class IndexDoc:
    """What the index keeps of an article."""

    id: str
    title: str
    body: str
    source: str
    language: str
    date: datetime
    """Publication time, or first-seen time when unknown: what sorting and filters use."""
    published: datetime | None = None
    url: str | None = None
    published_precision: str = "time"
    """``"day"`` when only the day of ``published`` is known (see ``record.DAY``)."""
    entities: tuple[str, ...] = ()
    """Search terms of the entities the article names (ids, names, mentions; folded)."""
    places: tuple[str, ...] = ()
    """Search terms of its places (ids, names, country codes; folded)."""
    authors: tuple[str, ...] = ()
    """The names it is signed with: its authors, then the agencies its byline credits
    (:func:`veille.index.authors.byline_names`), as written; ``author:`` searches them."""
    site_name: str = ""
    """The name the page declares for its site (``og:site_name``, JSON-LD publisher:
    "La Provence"), which ``source:`` matches beside the source (newuser12b D5)."""


def url_host(url: str | None) -> str:
    """The host of ``url``, lower-cased, without ``www.`` and port ("" when none):
    ``https://www.ladepeche.fr/a.html`` -> ``ladepeche.fr``. ``source:`` matches an
    article by it whatever name its source was declared with (t-reader22 R3)."""
    if not url:
        return ""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.lower().removeprefix("www.")


@dataclass(frozen=True, slots=True)
class IndexHit:
    doc: IndexDoc
    score: float


@dataclass(slots=True)
class IndexResult:
    total: int
    hits: list[IndexHit]
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)


@dataclass(slots=True)
class Ranked:
    """The first matches of a query as ids and scores, best first, with the total count and
    the facets; their documents are loaded on demand, by position: the search page groups
    1,000 matches into stories by id and shows only a page of them (issue #13)."""

    total: int
    ids: list[str]
    scores: list[float]
    load: Callable[[Sequence[int]], list[IndexDoc]]
    """``positions -> documents`` (positions index ``ids``), in the order asked."""
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)


PREFERRED_LANGUAGE_BOOST = 3.0
"""By relevance (and ``fresh``), the score of an article in the reader's language (the web
UI's, the CLI's ``default_language``) is multiplied by this: at about equal relevance the
reader's language is listed first, and the other languages' matches stay listed after
(t-final58 #19: ``/search?q=grève`` in French ranked "Professores em greve" first). The
tantivy backend takes each word's rarity within its own language's fields against every
article of the index (BM25's idf, ``tantivy/src/query/bm25.rs``), so a word of a language
of few articles weighs as a rare word: "greve" in the one Portuguese article of the
tester's index scored 6.7 against 2.1 for the French articles writing "grève" (3.1x); the
boost is of that size. The PostgreSQL backend weighs each query word once over every
language (:meth:`veille.index.pg_index.PgIndex._rank`) and takes the same boost."""


def preferred_code(language: str | None) -> str | None:
    """The two-letter code of a reader's language (``"fr-FR"`` -> ``"fr"``), as the index
    files an article's language (its ``lang`` field); None for none."""
    code = (language or "").strip().lower()[:2]
    return code if len(code) == 2 and code.isalpha() else None


def rank(index: Index, query: Node, *, limit: int, sort: IndexSort = "relevance",
         facets: bool = False, prefer: str | None = None) -> Ranked:
    """The first ``limit`` matches of ``query`` as a :class:`Ranked`: from the index's own
    ``ranked`` when it has one (tantivy reads the ids from fast fields), else from a full
    :meth:`Index.search` whose documents are kept for :attr:`Ranked.load`. ``prefer``: the
    reader's language (:data:`PREFERRED_LANGUAGE_BOOST`)."""
    method = getattr(index, "ranked", None)
    if method is not None:
        ranked: Ranked = method(query, limit=limit, sort=sort, facets=facets, prefer=prefer)
        return ranked
    result = index.search(query, limit=limit, offset=0, sort=sort, facets=facets,
                          prefer=prefer)
    docs = [hit.doc for hit in result.hits]
    return Ranked(total=result.total, ids=[doc.id for doc in docs],
                  scores=[hit.score for hit in result.hits],
                  load=lambda positions: [docs[p] for p in positions], facets=result.facets)


def published_day_number(doc: IndexDoc) -> int:
    """``YYYYMMDD`` of a day-only ``doc.published`` in its own offset, else 0: kept beside
    the UTC instant so :func:`restored_published` gives back the record's own time."""
    if doc.published is None or doc.published_precision != "day":
        return 0
    day = doc.published.date()
    return day.year * 10000 + day.month * 100 + day.day


def restored_published(instant: datetime, day_number: int) -> datetime:
    """The record's own time of a day-only date from its UTC ``instant`` and its
    :func:`published_day_number`: local midnight with its offset (``2026-11-30T00:00:00+01:00``
    from ``2026-11-29T23:00:00Z`` and ``20261130``), the same instant the record, the Atom
    feed and the API's article give. ``day_number`` 1 (an index written before) or 0: as is."""
    if day_number < 10000:
        return instant
    midnight = datetime(day_number // 10000, day_number // 100 % 100, day_number % 100)
    offset = midnight - instant.astimezone(UTC).replace(tzinfo=None)
    if abs(offset) >= timedelta(days=1):
        return instant
    return midnight.replace(tzinfo=timezone(offset))


NOT_PROSE_FILTER = "~not-prose"
"""The ``entity`` filter value of the articles whose body is no prose, and
:data:`NOT_PROSE_TERM` its search term (:func:`veille.enrich.aliases.search_terms`): no
entity folds to a term opening with "~". Search leaves them out unless asked
(:attr:`veille.search.types.SearchRequest.not_prose`); h-api66."""
NOT_PROSE_TERM = "~not prose"


def doc_from_article(article: Article, *, default_language: str = "fr") -> IndexDoc:
    """The indexed form of an article: lead and paragraphs make the body. An article whose
    body is no prose (a page of headlines, a keyword dump) carries
    :data:`NOT_PROSE_TERM` among its entity terms (both backends index them alike)."""
    content = article.content
    if content is None:
        return IndexDoc(id=article.id, title="", body="", source=article.source,
                        language=default_language, date=article.first_seen, url=article.url)
    parts = ([content.lead] if content.lead else []) + list(content.paragraphs)
    entities, places = enrichment_terms(article.enrichment, enriched_text(article))
    if unread_body(content.evidence):
        entities = (*entities, NOT_PROSE_TERM)
    return IndexDoc(
        id=article.id,
        title=content.title,
        body="\n\n".join(parts),
        source=article.source,
        language=content.language or default_language,
        date=content.published or article.first_seen,
        published=content.published,
        url=article.url,
        published_precision=content.published_precision,
        entities=entities,
        places=places,
        authors=byline_names([*content.authors, *own_agencies(article.source, parts)],
                             content.evidence),
        site_name=content.site_name,
    )


def enriched_text(article: Article) -> str:
    """The text the enrichment's offsets refer to (:func:`veille.enrich.stage.enrich_text`):
    the title, the standfirst the enrichment recorded, the paragraphs, separated by blank
    lines; "" without content."""
    content = article.content
    if content is None:
        return ""
    lead = str((article.enrichment or {}).get("standfirst") or "")
    return "\n\n".join(p for p in [content.title, lead, *content.paragraphs] if p)


def facility_named(entity: dict[str, Any], text: str) -> bool:
    """Whether every mention of the place entity ``entity`` is a local facility's name, the
    name after its noun and "de" ("au gymnase de Bellevue", "le collège de Bellevue":
    :func:`veille.enrich.local_venues.after_local_facility`), read in ``text`` (the
    enriched text); False when a mention's offsets do not spell it there (an article
    edited since) or it has none."""
    from veille.enrich.local_venues import after_local_facility

    mentions = entity.get("mentions") or []
    if not text or not mentions:
        return False
    for mention in mentions:
        start, end = int(mention[0]), int(mention[1])
        if text[start:end] != str(mention[2]) or not after_local_facility(text, start):
            return False
    return True


def enrichment_terms(enrichment: dict[str, Any] | None, text: str = ""
                     ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The ``entity`` and ``place`` search terms of an article's enrichment: each entity's
    id, name and mention texts, each place's id, name, surfaces (``mentioned_as``, and
    ``also_mentioned_as``: :mod:`veille.enrich.divided_areas`) and country code (and an
    overseas region's ISO code, ``territory``: :mod:`veille.enrich.overseas_regions`), folded
    (:func:`veille.enrich.text.fold`), so "entity:Daech" matches an article saying "l'EI"
    once the query resolves the alias to its id; and a person's surname
    (:func:`surnames`), so ``entity:Lagarde`` finds the articles naming "Christine
    Lagarde" as well as those saying "Mme Lagarde" (t-enrich22 E12). A place adds the
    names of the areas it lies in (:func:`veille.search.place_names.area_terms`: its
    country, first-level region, French département), so ``place:Drôme`` finds an article
    about Valence. A place entity (``LOC``: a river, a mountain range, a natural region the
    gazetteer does not place) adds its id, name and mention texts to the place terms too,
    so ``place:Loire`` finds what ``veille show`` lists among the places named
    (t-final52b B1; it found it by ``entity:`` only), unless every mention of it in
    ``text`` (:func:`enriched_text`) is a local facility's name (:func:`facility_named`:
    "au gymnase de Bellevue" names a gym, no place to search; r-search54, issue 16). A
    place the gazetteer resolved keeps its terms whatever (the place stage judged it)."""
    if not enrichment:
        return (), ()
    from veille.enrich.text import fold
    from veille.search.place_names import area_terms

    entity_terms: dict[str, None] = {}
    for entity in enrichment.get("entities") or []:
        entity_terms[fold(str(entity["id"]))] = None
        entity_terms[fold(str(entity["name"]))] = None
        if entity.get("label") == "PER":
            for surname in surnames(str(entity["name"])):
                entity_terms[fold(surname)] = None
        for mention in entity.get("mentions") or []:
            entity_terms[fold(str(mention[2]))] = None
    place_terms: dict[str, None] = {}
    for entity in enrichment.get("entities") or []:
        if entity.get("label") == "LOC" and not facility_named(entity, text):
            # a place named but not placed (t-final52b B1), not a gym's name (r-search54)
            for value in (entity["id"], entity["name"],
                          *(mention[2] for mention in entity.get("mentions") or [])):
                place_terms[fold(str(value))] = None
                if (specific := specific_name(str(value))) is not None:
                    place_terms[fold(specific)] = None
    for place in enrichment.get("places") or []:
        for value in (place["id"], place["name"], place.get("mentioned_as", ""),
                      place["country"], place.get("territory"),
                      *(place.get("also_mentioned_as") or ())):
            if value:
                place_terms[fold(str(value))] = None
        # sorted: a set of strings iterates in a per-process order, and the index stores (and
        # `veille check` hashes) these terms in order (tests/sync: 296 documents "different")
        for area in sorted(area_terms(place)):  # place:Drôme finds Valence (t-final34 B4)
            place_terms[area] = None
    return tuple(entity_terms), tuple(place_terms)


_SPECIFIC = re.compile(r"(?<=[\s'’])[^\W\d_]")
"""A word's first letter after a space or an apostrophe (its case is checked apart)."""


def specific_name(name: str) -> str | None:
    """The specific part of a geographic name that opens with a generic lower-case word
    (French toponymy: "massif de la Chartreuse" → "Chartreuse", "monts des Flandres" →
    "Flandres", "vallée de l'Ubaye" → "Ubaye"): from its first capitalised word on; None
    for a name that opens with a capital ("Mont Blanc") or has no capitalised word."""
    if not name[:1].islower():
        return None
    for match in _SPECIFIC.finditer(name):
        if match.group().isupper():
            return name[match.start():].strip() or None
    return None


def surnames(name: str) -> list[str]:
    """The ways a person named ``name`` in full may be called by surname: each run of its
    last words that opens with a capital, the first word (the given name) left out
    ("Christine Lagarde" → ["Lagarde"]; "Tinne Van der Straeten" → ["Van der Straeten",
    "Straeten"]; "Jean-Marie Le Pen" → ["Le Pen", "Pen"]). [] for a one-word name."""
    words = name.split()
    return [" ".join(words[i:]) for i in range(1, len(words)) if words[i][:1].isupper()]


class Index(Protocol):
    """What veille needs from a full-text index."""

    def add(self, articles: Sequence[Article]) -> int:
        """Add or replace these articles (by id); visible after :meth:`commit`."""

    def delete(self, ids: Iterable[str]) -> None:
        """Remove these articles; visible after :meth:`commit`."""

    def search(self, query: Node, *, limit: int = 10, offset: int = 0,
               sort: IndexSort = "relevance", facets: bool = False,
               prefer: str | None = None) -> IndexResult:
        """One page of results for a parsed query, with the total count; by relevance,
        the articles in ``prefer`` (the reader's language) boosted
        (:data:`PREFERRED_LANGUAGE_BOOST`)."""

    def analyze(self, text: str, language: str) -> list[str]:
        """The terms ``text`` gives in ``language`` (for highlighting)."""

    def count(self) -> int:
        """How many articles the index holds (as of the last commit)."""

    def written_counts(self, words: Sequence[str]) -> tuple[int, dict[str, int]]:
        """How many articles the index holds, and how many of them write each of ``words``
        (single words; what a search for each quoted word counts), in one lookup: how
        common a headline's words are (the article page's "see also")."""

    def commit(self) -> None:
        """Make what was added and deleted durable and searchable."""

    def clear(self) -> None:
        """Remove everything (before a rebuild)."""

    def close(self) -> None:
        """Release the writer lock and files."""

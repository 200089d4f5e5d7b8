"""Enrichment as a derived view of the store's change log.

Like the search index (:mod:`veille.index.sync`), the enrichment view applies the changes
it lacks and records the last one *in the same store transaction* as what it wrote
(``view_state``), so after a crash it catches up from there and never falls behind silently
(``veille stats`` shows its lag). It reads each changed article's current state: a new,
changed or re-extracted article is enriched again, a deleted one loses its rows. Writing an
article's enrichment logs an ``enrich`` change, which the search index follows to index the
article's entity and place ids. A view that lacks changes the log's compaction removed
(:class:`~veille.errors.ChangeLogGap`) enriches every article again (:func:`reenrich`):
which articles the lost changes touched is unknown, the store's articles are not.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Any, Protocol, TypeVar

from veille.crashpoints import crash_point
from veille.enrich.stage import VERSION, Resources, enrich_text, pipeline
from veille.errors import ChangeLogGap
from veille.extract.word_salad import NOT_PROSE
from veille.index.sync import ChangeLog, catch_up, hold
from veille.pipeline.stats import Stats
from veille.record import Article
from veille.store.base import Change, EntityMention, EntitySummary

ENRICHED_KINDS = frozenset({"new", "version", "reextract", "delete", "completed"})
"""Changes that alter what enrichment reads (an ``enrich`` change is its own output)."""
CHUNK = 200
"""Changes applied per store transaction when catching up."""

log = logging.getLogger("veille.enrich")
_T = TypeVar("_T")


class EnrichLog(ChangeLog, Protocol):
    """What the view reads from and writes to the store."""

    def enrich_applied_seq(self, view: str = "enrichment") -> int: ...

    def put_enrichment(self, results: Sequence[tuple[str, dict[str, Any] | None]], *,
                       applied_seq: int | None = None, view: str = "enrichment") -> int: ...

    def mark_rebuild(self, view: str = "enrichment", *, pending: bool = True) -> None: ...

    def rebuild_pending(self, view: str = "enrichment") -> bool: ...

    def entity(self, entity_id: str) -> EntitySummary | None: ...

    def entity_articles(self, entity_id: str, *, limit: int = 50) -> list[EntityMention]: ...


@dataclass(slots=True)
class EnrichResult:
    """What a catch-up or a re-enrichment did: articles enriched, failed, and the errors
    (one line each)."""

    enriched: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    unread: dict[str, str] = field(default_factory=dict)
    """Article id → the language its entities and quotes were not extracted in (no rules
    for it: :func:`veille.enrich.stage.unread_language`)."""


class EnrichView:
    """The enrichment tables as a derived view (the ``DerivedView`` protocol)."""

    name = "enrichment"

    def __init__(self, store: EnrichLog, resources: Resources,
                 progress: Callable[[int], None] | None = None, *,
                 stored_persons: bool = True) -> None:
        self.store = store
        self.stored_persons = stored_persons
        """Whether :meth:`known_person` reads the store's entities too (False when every
        article is enriched again: those are the old run's, see :func:`reenrich`)."""
        self.persons: set[str] = set()
        self.asked: dict[str, set[str]] = {}
        """Person id → the articles that asked :meth:`known_person` about it and were told
        no (:func:`reenrich` enriches them again once another article names the person)."""
        self._current = ""
        self.first_texts: dict[str, str] = {}
        """Article id → its first version's text, for the articles of the batch being
        enriched that have earlier versions (:meth:`first_text`)."""
        self.pipeline = pipeline(replace(resources, known_person=self.known_person,
                                         first_text=self.first_text))
        self.result = EnrichResult()
        self.progress = progress

    def known_person(self, entity_id: str) -> bool:
        """Whether articles enriched before name the person ``entity_id``: this run's, or
        the store's unless ``stored_persons`` is off (newuser15a W17: one person, one
        entity, whatever label the model gives a sentence of his)."""
        known = entity_id in self.persons or (
            self.stored_persons and self.store.entity(entity_id) is not None)
        if not known and self._current:
            self.asked.setdefault(entity_id, set()).add(self._current)
        return known

    def first_text(self, article_id: str) -> str:
        """The text of the article's first version when it has earlier ones, else ''."""
        return self.first_texts.get(article_id, "")

    @property
    def stats(self) -> Stats:
        return self.pipeline.stats

    def applied_seq(self) -> int:
        return self.store.enrich_applied_seq(self.name)

    def enrich(self, articles: Sequence[Article]) -> list[tuple[str, dict[str, Any] | None]]:
        """Run the stages over ``articles``; a failed article gets no rows and a line in
        ``result.errors``."""
        results: list[tuple[str, dict[str, Any] | None]] = []
        earlier = getattr(self.store, "earlier_contents", None)
        self.first_texts = {
            article_id: enrich_text(versions[0].content)
            for article_id, versions in (earlier(a.id for a in articles) if earlier else {}).items()
            if versions and versions[0].content is not None}
        for article in articles:
            if article.content is None:
                continue
            article.enrichment = None
            unread = article.content.evidence.get(NOT_PROSE)
            if unread:  # no prose to read (r-extract60, t-final59 #8): no rows, and why
                results.append((article.id, {"version": VERSION, NOT_PROSE: unread,
                                             "entities": [], "places": [], "dates": [],
                                             "quotes": []}))
                self.result.enriched += 1
                continue
            self._current = article.id
            outcome = self.pipeline.run_one(article)
            self._current = ""
            if outcome.ok and outcome.article is not None:
                results.append((article.id, outcome.article.enrichment))
                self.persons.update(str(e["id"]) for e in (outcome.article.enrichment or {})
                                    .get("entities") or [] if e.get("label") == "PER")
                self.result.enriched += 1
                language = (outcome.article.enrichment or {}).get("unread_language")
                if language:
                    self.result.unread[article.id] = str(language)
                else:
                    self.result.unread.pop(article.id, None)
            else:
                results.append((article.id, None))
                self.result.failed += 1
                self.result.errors.append(f"{article.id}: {outcome.error}")
        if self.progress:
            self.progress(len(articles))
        return results

    def apply(self, changes: Sequence[Change], store: ChangeLog) -> None:
        ids = list(dict.fromkeys(c.article_id for c in changes if c.kind in ENRICHED_KINDS))
        articles = store.get_many(ids)
        results = self.enrich([articles[i] for i in ids if i in articles])
        results += [(i, None) for i in ids if i not in articles]
        self.store.put_enrichment(results, applied_seq=changes[-1].seq, view=self.name)


def follow(store: EnrichLog, resources: Resources, *,
           progress: Callable[[int], None] | None = None,
           rebuild_elsewhere: bool = False) -> EnrichResult:
    """Apply every change the enrichment view lacks (every article again when some of
    them were compacted away, or when a re-enrichment of every article was interrupted).

    ``rebuild_elsewhere``: another process is re-enriching every article now (the caller
    knows it by the lock that run holds: :meth:`veille.service.Veille.enrich`). Its mark
    is then no interrupted run, and nothing is done here: that run applies the changes
    made meanwhile when it ends (newuser15c D3: `veille watch` said "interrupted" of a
    run under way and enriched every article a second and third time beside it)."""
    view = EnrichView(store, resources, progress)
    if rebuild_elsewhere and store.rebuild_pending(view.name):
        log.info("veille: a re-enrichment of every article is under way in another "
                 "process; it applies the changes made meanwhile when it ends")
        return view.result
    if store.rebuild_pending(view.name):
        log.warning("veille: a re-enrichment of every article was interrupted; "
                    "enriching every article again")
        return reenrich(store, resources, progress=progress)
    try:
        catch_up(store, view, chunk=CHUNK)
    except ChangeLogGap as gap:
        log.warning("veille: %s; enriching every article again", gap)
        return reenrich(store, resources, progress=progress)
    _revisit(store, view, _named_misc(store, view))
    return view.result


def _named_misc(store: EnrichLog, view: EnrichView) -> set[str]:
    """The stored articles that hold as MISC the name of a person this run's articles
    name (enriched before any article named him: the model's label of one sentence):
    enriched again, they say what they would say had they come after (q-order23)."""
    ids: set[str] = set()
    for person in sorted(view.persons):
        if not person.startswith("per:"):
            continue  # an alias table's id: never the MISC entity of a name
        misc = "misc:" + person.removeprefix("per:")
        found = store.entity(misc)
        if found is not None and " " in found.name.strip():  # the rule's names only
            ids.update(m.article_id for m in store.entity_articles(misc, limit=found.articles))
    return ids


def _chunks(items: Iterator[_T], size: int) -> Iterator[list[_T]]:
    while batch := list(islice(items, size)):
        yield batch


def _revisit(store: EnrichLog, view: EnrichView, stored: set[str] | None = None) -> None:
    """Enrich again the articles enriched before another article named a person they
    asked about, so that the order of the store does not decide (a person's name tagged
    MISC in the first article is his once a later article names him), and the ``stored``
    ones (:func:`_named_misc`). Once: the second pass only turns MISC names into persons
    already known, so it knows no new person."""
    ids = sorted({a for person, asking in view.asked.items() if person in view.persons
                  for a in asking} | (stored or set()))
    done = (view.result.enriched, view.result.failed)
    for chunk in _chunks(iter(ids), CHUNK):
        found = store.get_many(chunk)
        store.put_enrichment(view.enrich([found[i] for i in chunk if i in found]))
    view.result.enriched, view.result.failed = done


def reenrich(store: EnrichLog, resources: Resources, *,
             progress: Callable[[int], None] | None = None) -> EnrichResult:
    """Enrich every stored article again (after an upgrade or an alias table edit),
    streamed, then catch up with what changed meanwhile (the log is held for the view
    from its start).

    The result is a function of the stored texts and ``resources`` only: the persons
    known from other articles are this run's (articles enriched before the one naming
    the person are enriched again: :func:`_revisit`), never the enrichment stored before
    it, which an alias since removed may have made (t-enrich19 E7: the article's own
    old "per:" entity kept a name the model calls MISC a person, so a wrong alias could
    not be undone)."""
    view = EnrichView(store, resources, progress, stored_persons=False)
    store.mark_rebuild(view.name)  # cleared once every article is done: a killed run resumes
    start = hold(store, view.name)
    for batch in _chunks(iter(store.iter_articles()), CHUNK):
        store.put_enrichment(view.enrich(batch))
        crash_point("reenrich-batch")
    _revisit(store, view)
    store.put_enrichment([], applied_seq=start, view=view.name)
    catch_up(store, view, chunk=CHUNK)
    store.mark_rebuild(view.name, pending=False)
    return view.result

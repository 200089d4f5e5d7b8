"""Stories as a function of the set of articles, not of the order they arrived in.

The story stage (:mod:`veille.dedup.stories`) clusters online: an article is compared with
the stories formed by the articles read before it, the document frequencies counted so
far and the background sentences printed so far. So what it builds depends on the order
and the batching of ingest: t-reader23's 38 records joined 2 of 7 hard-negative pairs
ingested at once and none one file at a time, shuffled (issue #14). A news engine must say
the same thing whatever order the feeds arrived in.

So after each ingest the stories of the **window** the ingest touched are clustered again
here (:func:`recluster`): the window's articles from a fresh state, in one canonical order
that depends on the articles alone (:func:`canonical_order`: their minute, then their id;
a copy right after the article it copies when it is stamped before it), through the same
terms and rules as the story stage. The partition is then named (:func:`name_stories`):
each story keeps the stored id that most of its members held (ids do not churn) when the
article that id names is still one of them, else takes the id of its first own article.
The ingest loop reads the window and stores the moves (:mod:`veille.ingest`); the window
is chosen there so that it is itself a function of the stored articles (it reaches back
and forward to a silence of ``window_days``).

Copies do not vote (a reprint, a teaser, a version joins the story of what it copies): in
the canonical order one stamped before its original waits for it, so a paper's "(avec
AFP)" reprint stamped three minutes before the dispatch, or a paywalled teaser stamped
before its full text, brings no evidence of its own, however the batches were cut.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

from veille.dedup.near import article_minute, body_of
from veille.dedup.stories import (
    Stories,
    TermsReader,
    copies_of,
    is_dated,
    published_day,
    story_terms,
    story_wording,
    terms,
)
from veille.dedup.version_terms import held_terms
from veille.extract.word_salad import unread_body
from veille.record import Article


def parent_of(article: Article) -> str | None:
    """The article ``article`` copies (its original, or the article it is a version of),
    ``None`` for an own article."""
    dedup = article.dedup
    if dedup is None:
        return None
    return dedup.duplicate_of or dedup.version_of or None


def canonical_order(articles: Iterable[Article]) -> list[Article]:
    """``articles`` in the order the window is clustered in: by minute
    (:func:`~veille.dedup.near.article_minute`), then id; a copy whose original is among
    them and comes later waits for it and follows it at once (after its own copies that
    wait too, in the same order). Copies that wait on one another in a loop come at the
    end, in minute and id order. A function of the set of articles only."""
    ordered = sorted(articles, key=lambda a: (article_minute(a), a.id))
    present = {a.id for a in ordered}
    waiting: dict[str, list[Article]] = defaultdict(list)
    done: set[str] = set()
    out: list[Article] = []

    def emit(article: Article) -> None:
        stack = [article]
        while stack:
            current = stack.pop()
            out.append(current)
            done.add(current.id)
            stack.extend(reversed(waiting.pop(current.id, [])))

    for article in ordered:
        parent = parent_of(article)
        if parent is not None and parent in present and parent not in done \
                and parent != article.id:
            waiting[parent].append(article)
        else:
            emit(article)
    left = sorted((a for group in waiting.values() for a in group),
                  key=lambda a: (article_minute(a), a.id))
    for article in left:
        if article.id not in done:
            emit(article)
    return out


def cluster(articles: Iterable[Article], *,
            lookup: Callable[[Sequence[str]], dict[str, str]] | None = None,
            state: Stories | None = None,
            earlier: Mapping[str, Sequence[Article]] | None = None,
            read: TermsReader | None = None,
            start: Sequence[Article] = ()) -> dict[str, str]:
    """The story of each of ``articles`` (article id -> the id of the story's founding
    article here), clustered in :func:`canonical_order` from a fresh state, or from
    ``state`` (the stored articles older than the window replayed into their stored
    stories, when the window was cut short: :data:`veille.ingest.RECLUSTER_LIMIT`; or
    other settings, for benches). ``lookup``: stored story ids of articles outside the
    window (a copy of an older article joins its story); it is never asked about the
    window's own articles, whose stored stories are what is being decided. ``earlier``:
    the earlier versions of the articles that have any (article id -> their contents,
    :meth:`veille.store.base.Store.earlier_contents`): such an article is clustered on the
    terms all its versions hold (:func:`veille.dedup.version_terms.held_terms`), so an
    update's added words move it into no other story. ``read``: what reads an article's
    terms (:func:`~veille.dedup.stories.terms` by default; the writer's memo of it, which
    read most of them when the story stage placed the articles:
    :mod:`veille.dedup.terms_memo`). ``start``: the first articles of the canonical order
    that ``state`` holds already, clustered by an earlier call from the same state
    (:mod:`veille.dedup.recluster_point`): only those after them are clustered."""
    read_terms = terms if read is None else read
    ordered = canonical_order(articles)
    own = {a.id for a in ordered}
    if [a.id for a in ordered[:len(start)]] != [a.id for a in start]:
        raise ValueError("the articles resumed from are not the first of the order")
    stories = state if state is not None else Stories()
    if lookup is not None:
        outer = lookup
        stories.lookup = lambda ids: outer([i for i in ids if i not in own])
    # a body of no prose: a story of its own, as the story stage puts it (t-final61 #6)
    alone = {a.id: a.id for a in ordered if a.content and unread_body(a.content.evidence)}
    for article in ordered[len(start):]:
        if article.content is None or article.dedup is None or article.id in alone:
            continue
        copies = copies_of(article.dedup)
        # the publication day, as the story stage gives it: the day an event happened
        # is read against it (f-stories24, dedup/event_days.py)
        counts = story_terms(stories, article.id, article.content.title,
                             article.content.paragraphs, copies, published_day(article),
                             read_terms, article.content.language)
        versions = earlier.get(article.id) if earlier else None
        if versions:
            counts = held_terms(counts, [read_terms(v.content.title, v.content.paragraphs,
                                                    published_day(v), v.content.language)
                                         for v in versions if v.content is not None])
        stories.assign(article.id, counts, article_minute(article), copies,
                       story_wording(body_of(article)), dated=is_dated(article),
                       language=article.content.language)
    stories.take_moved()  # already in story_of
    return {a.id: stories.story_of[a.id] for a in ordered if a.id in stories.story_of} | alone


def name_stories(partition: Mapping[str, str], stored: Mapping[str, str | None],
                 order: Sequence[str], copies: Iterable[str] = ()) -> dict[str, str]:
    """The id each article's story goes by (article id -> story id), for ``partition``
    (article id -> a story key) given the stored story of each article (``stored``):
    each story keeps the stored id most of its members hold, the largest overlaps first
    (ties: the story whose first member comes first in ``order``, then the id naming the
    article first in ``order``, then the id: two stories of one article each joined again,
    an undone detach, go by the earlier article's id, the story's before the detach,
    not by the smaller id, t-final33 #12), each id to
    one story, and only if the article it names is a member (or is not in ``partition``);
    a story left takes the id of its first member in ``order`` that is no copy
    (``copies``) and names no other story, else of its first member. Stable: a partition
    equal to the stored one keeps every id."""
    rank = {a: i for i, a in enumerate(order)}
    late = len(rank)
    groups: dict[str, list[str]] = defaultdict(list)
    for article in sorted(partition, key=lambda a: (rank.get(a, late), a)):
        groups[partition[article]].append(article)
    first = {key: rank.get(members[0], late) for key, members in groups.items()}
    offers: list[tuple[int, int, int, str, str]] = []
    for key, members in groups.items():
        held = Counter(s for a in members if (s := stored.get(a)))
        own = set(members)
        # an id names an article: kept only by the story that holds it (or names none
        # here: a story reaching back past the window), never by one its article left
        # (t-final25 F5: Reuters' lone article went by franceinfo's id)
        offers.extend((-n, first[key], rank.get(old, late), old, key)
                      for old, n in held.items() if old in own or old not in partition)
    named: dict[str, str] = {}
    used: set[str] = set()
    for _n, _first, _rank, old, key in sorted(offers):
        if key not in named and old not in used:
            named[key] = old
            used.add(old)
    copied = set(copies)
    for key in sorted(groups, key=lambda k: first[k]):
        if key in named:
            continue
        members = groups[key]
        choice = next((a for a in members if a not in copied and a not in used),
                      next((a for a in members if a not in used), members[0]))
        named[key] = choice
        used.add(choice)
    return {a: named[key] for key, members in groups.items() for a in members}

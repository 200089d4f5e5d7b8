"""A journalist's corrections of stories: detach, join, undo (f-detach28).

The write side of :mod:`veille.dedup.story_overrides`, shared by the CLI
(``veille stories detach|join|overrides|undo``), the JSON API and the article page's
button, through :class:`veille.service.Veille`. Each edit checks what it is asked (an
unknown id is :class:`~veille.errors.NotFound`; an edit that would change nothing is
:class:`~veille.errors.StoryEditRefused`, with the command to run instead), stores the
override with its ``override`` change (the source of truth), then clusters the window of
the articles it names again (:func:`veille.ingest.recluster_stories`, which applies every
override), so the stories, the story pages and the alerts follow at once. A crash between
the two steps is caught up by the ``stories`` follower of the change log (the next write,
``veille ingest``, the web app's follower), which counts ``override`` changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from veille.crashpoints import crash_point
from veille.dedup.story_overrides import DETACH, JOIN, StoryOverride, copy_unit
from veille.errors import NotFound, StoryEditRefused
from veille.store.sqlite import SQLiteStore

OVERRIDES_HINT = "list the overrides with `veille stories overrides`"


@dataclass(frozen=True, slots=True)
class StoryEdit:
    """What one edit did: the overrides it added or removed, the story the article is in
    now (``story_id``, "" when it names none), and the re-clustering's moves (article id
    -> story id)."""

    overrides: list[StoryOverride]
    article_id: str
    story_id: str
    moves: dict[str, str] = field(default_factory=dict)
    was_story_id: str = ""
    """The story the article was in before the edit."""
    left_story_id: str = ""
    """A detach: the story the article was really taken out of, as it is named now (the
    story of its former story mates: when the article taken out gave the story its id,
    it keeps the id and the story left is named anew, t-final29 F3); a join: the story it
    left (``was_story_id``)."""
    headlines: dict[str, str] = field(default_factory=dict)
    """Article and story id -> headline, for the ids above and the overrides' ``other_id``
    of a join (a story's is its title in the stories list; an article's own headline where
    a story is named after it)."""
    story_titles: dict[str, str] = field(default_factory=dict)
    """Story id -> its title in the stories list, for ``story_id``, ``left_story_id``:
    apart, since a story is named after one of its articles (t-final33 #12: the undone
    detach named the minibus article by its story's title, the ferry's headline)."""

    def to_dict(self) -> dict[str, object]:
        """The JSON shape of the CLI's ``--json`` and of the API."""
        return {"article_id": self.article_id, "story_id": self.story_id,
                "was_story_id": self.was_story_id, "left_story_id": self.left_story_id,
                "overrides": [o.to_dict() for o in self.overrides],
                "moves": dict(sorted(self.moves.items())),
                "headlines": dict(sorted(self.headlines.items()))}


def _story_of(store: SQLiteStore, article_id: str) -> str:
    return store.story_of([article_id]).get(article_id, ("", False))[0]


def _headlines(store: SQLiteStore, articles: Iterable[str]) -> dict[str, str]:
    """Article ids -> their headlines; an id without one is left out."""
    return {i: a.content.title for i, a in store.get_many(set(articles) - {""}).items()
            if a.content is not None and a.content.title}


def _story_titles(store: SQLiteStore, stories: Iterable[str]) -> dict[str, str]:
    """Story ids -> their titles (as the stories list shows them); an id without one is
    left out."""
    out = {}
    for story in set(stories) - {""}:
        found = store.stories(story_id=story, limit=1)
        if found and found[0].title:
            out[story] = found[0].title
    return out


def _settled(store: SQLiteStore, overrides: list[StoryOverride], article_id: str,
             touched: Iterable[str], *, was: str = "", lead: str = "") -> StoryEdit:
    """Re-cluster after an edit and say what it did: ``was``, the article's story before;
    ``lead``, an article of the story it left (whose story now is ``left_story_id``)."""
    from veille.ingest import recluster_stories, terms_reader  # the pipeline: not at start-up

    crash_point("override-before-recluster")
    moves = recluster_stories(store, touched, terms_reader(store))
    story = _story_of(store, article_id)
    left = _story_of(store, lead) if lead else was
    named = {article_id, *(o.other_id for o in overrides if o.kind == JOIN)}
    titles = _story_titles(store, (story, left))
    # an article's own headline where a story is named after it (t-final33 #12)
    return StoryEdit(overrides, article_id, story, moves, was, left,
                     {**titles, **_headlines(store, named)}, titles)


def detach(store: SQLiteStore, article_id: str) -> StoryEdit:
    """Take ``article_id`` out of its story: it becomes its own story (with its copies)
    and is never put with that story's other articles again. :class:`NotFound` for an
    unknown id, :class:`StoryEditRefused` when the article is alone in its story."""
    from veille.dedup.recluster import parent_of  # the clusterer: not at start-up

    article = store.get(article_id)
    story = article.dedup.story_id if article.dedup else ""
    if not story:
        raise StoryEditRefused(f"article {article_id!r} is in no story",
                               hint="only articles with a text are put in stories")
    members = [m.article_id for m in store.story(story)]
    parents = {i: parent_of(a) for i, a in store.get_many(members).items()}
    unit = copy_unit(article_id, parents)
    others = [m for m in members if m not in unit]
    if not others:
        done = [o for o in store.story_overrides([article_id])
                if o.kind == DETACH and o.article_id == article_id]
        if done:
            raise StoryEditRefused(
                f"article {article_id!r} was taken out of story {done[-1].other_id!r} "
                f"already (override #{done[-1].id})",
                hint=f"undo it with `veille stories undo {done[-1].id}`")
        raise StoryEditRefused(
            f"article {article_id!r} is alone in its story {story!r} already",
            hint=f"put it with another with `veille stories join {article_id} OTHER_ID`, "
                 f"or {OVERRIDES_HINT}")
    added = store.add_story_override(DETACH, article_id, story, others)
    lead = story if story in others else others[0]
    return _settled(store, [added], article_id, [article_id, *others], was=story, lead=lead)


def _article_named(store: SQLiteStore, key: str) -> str:
    """The article ``key`` names: an article id, or a story id (its first article)."""
    if store.get_many([key]):
        return key
    story = store.story_id_of(key) or ""
    members = store.story(story) if story else []
    if not members:
        raise NotFound(f"no article or story with id {key!r}",
                       hint="list ids with `veille stories` or `veille latest`")
    return story if any(m.article_id == story for m in members) else members[0].article_id


def join(store: SQLiteStore, article_id: str, other: str) -> StoryEdit:
    """Put ``article_id`` in the story of ``other`` (an article id or a story id), and keep
    it there. :class:`NotFound` for an unknown id, :class:`StoryEditRefused` when both are
    in one story already."""
    store.get(article_id)  # NotFound, ArticleMerged
    target = _article_named(store, other)
    if target == article_id:
        raise StoryEditRefused(f"article {article_id!r} cannot be joined to itself",
                               hint="give the id of another article or story")
    here, there = _story_of(store, article_id), _story_of(store, target)
    if here and here == there:
        raise StoryEditRefused(f"article {article_id!r} is in story {here!r} already",
                               hint=f"see it with `veille stories {here}`, or "
                                    f"{OVERRIDES_HINT}")
    added = store.add_story_override(JOIN, article_id, target)
    return _settled(store, [added], article_id, [article_id, target], was=here)


def undo(store: SQLiteStore, key: str) -> StoryEdit:
    """Undo an override: ``key`` is its number, or an article id (every override that
    moved that article). The article's story is then what the rules make of it.
    :class:`NotFound` when nothing matches."""
    if key.isdigit():
        wanted = [o for o in store.story_overrides() if o.id == int(key)]
    else:
        wanted = [o for o in store.story_overrides([key]) if o.article_id == key]
    if not wanted:
        raise NotFound(f"no story override {'#' if key.isdigit() else 'of article '}{key}",
                       hint=OVERRIDES_HINT)
    removed = store.remove_story_overrides(o.id for o in wanted)
    touched = {x for o in removed for x in (o.article_id, o.other_id, *o.members)}
    first = removed[0].article_id if removed else key
    return _settled(store, removed, first, touched, was=_story_of(store, first))


def _left(detach: StoryOverride, held: set[str]) -> bool:
    """Whether the story of the articles ``held`` is the one ``detach`` took its article
    out of: it holds the article the story was named after then, when that one stayed
    (a former story mate), else one of the former story mates (the named article itself
    was taken out: the story left is its mates')."""
    if detach.other_id in detach.members:
        return detach.other_id in held
    return bool(held & set(detach.members))


def shaped_by(store: SQLiteStore, story_id: str, members: Iterable[str]
              ) -> list[tuple[StoryOverride, str]]:
    """The corrections that made the story ``story_id`` (its articles ``members``) what
    it is, oldest first, each with its article's headline (its id when it has none): an
    article taken out of it (a detach whose article is not in it and whose story left it
    is, :func:`_left`) and an article put in it (a join both of whose articles are in it).
    Only edits whose effect is in force: a join a later detach undid, or a detach a later
    join undid, is no longer listed (t-final29 F3: the page said the BBC piece was
    "added" after it had been taken out again). What the story page's "edited by hand"
    box, the API's ``edits`` and ``veille stories ID`` show."""
    held = set(members)
    # all of them: a detach is found by its members too, which the store does not index
    # (hand edits: a few, or hundreds)
    rows = [o for o in store.story_overrides()
            if (o.kind == JOIN and o.article_id in held and o.other_id in held)
            or (o.kind == DETACH and o.article_id not in held and _left(o, held))]
    found = store.get_many({o.article_id for o in rows})
    titles = {i: a.content.title for i, a in found.items() if a.content is not None}
    return [(o, titles.get(o.article_id) or o.article_id) for o in rows]

"""Story alerts: when a story "breaks" (Europe Media Monitor's term), i.e. gains
``search.breaking`` new independent sources within ``search.within_minutes``.

A source counts when it brings its own article to the story (a member that is not a reprint
of another outlet's article; exact copies are never members) and had no article in the
story before the window; one outlet's editions (docs/dedup.md, *Sources and editions*)
are one source, new when none of them was in the story before. An article with no
source (a capture, a record without URL) is no source: its outlet is unknown, so it
cannot be told independent. The window ends at the latest article that joined the story
and starts ``within_minutes`` earlier, but never before the alert was saved, and holds only
articles stored after the one of the story's previous crossing (by ``seq``): after a
crossing, the story must gain another ``breaking`` sources to cross again. Times are when
veille stored each article (``story_members.at``, its first-seen time, to the second), so
an archive imported at once counts as arriving at once.

Each crossing is numbered per (alert, story) from 1; the outbox key holds the alert, the
story and that number, so a crossing is delivered once whatever replays the change log.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from veille.outlet_groups import new_outlets
from veille.store.base import SavedSearch


class StoryJoins(Protocol):
    def story_joins(self, story_id: str) -> list[tuple[str, str, bool, datetime, int]]: ...

    def last_crossing(self, search_id: int, story_id: str) -> tuple[int, int]: ...

    def story_sites(self, story_id: str) -> dict[str, set[str]]: ...


@dataclass(frozen=True, slots=True)
class Crossing:
    """A story alert's threshold crossing: its number for this story (from 1), the article
    that crossed it, and the new independent sources in the window."""

    story_id: str
    number: int
    article_id: str
    sources: tuple[str, ...]


def crossing(store: StoryJoins, search: SavedSearch, story_id: str) -> Crossing | None:
    """The story's next crossing for this alert, if it crossed now; None otherwise."""
    joins = store.story_joins(story_id)
    if not joins or search.breaking <= 0:
        return None
    last, last_seq = store.last_crossing(search.id, story_id)
    start = max(at for _, _, _, at, _ in joins) - timedelta(minutes=search.within_minutes)

    def recent(at: datetime, seq: int) -> bool:
        return (at >= start and (search.created_at is None or at >= search.created_at)
                and seq > last_seq)

    before = {source for _, source, _, at, seq in joins if not recent(at, seq)}
    fresh = [(article_id, source) for article_id, source, reprint, at, seq in joins
             if recent(at, seq) and not reprint and source and source not in before]
    # one outlet's editions are one source, as the story counts them (t-final30 F3)
    # and learnt from the site they are published on (outlet_groups rule 4, f-b2-32)
    sources = new_outlets(before, (source for _, source in fresh), store.story_sites(story_id))
    if len(sources) < search.breaking:
        return None
    return Crossing(story_id=story_id, number=last + 1, article_id=fresh[-1][0],
                    sources=sources)


def crossings(store: StoryJoins, search: SavedSearch,
              story_ids: Iterable[str]) -> list[Crossing]:
    """The crossings among the given stories (each story once), for one story alert."""
    found = (crossing(store, search, story_id) for story_id in dict.fromkeys(story_ids))
    return [c for c in found if c is not None]


def crossing_key(search_id: int, story_id: str, number: int, channel: str) -> str:
    """The outbox key of a crossing: one delivery per (alert, story, crossing, channel)."""
    return f"{search_id}/story/{story_id}/x{number}/{channel}"

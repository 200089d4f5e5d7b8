"""Derived views kept caught up in the background of a long-running process.

A derived view (the search index, enrichment, the stories' canonical re-clustering, the
alerts) follows the store's change log and records the position it applied
(docs/architecture.md, "Derived views follow the log"), so it catches up after any crash
by reading the log from there. Most views catch up inline, at the end of each write. Two
take seconds, and a long-running process keeps them caught up in a daemon thread with its
own service (its own store connection) instead, so a write never waits for them:

- ``enrichment`` (:meth:`veille.service.Veille.enrich`): spaCy's seconds per batch, for
  ``veille watch`` and ``veille serve --watch`` (the setting ``enrich_in_background``
  turns it off);
- ``stories`` (:meth:`veille.service.Veille.settle_stories`): the window an ingest touched
  clustered again in one canonical order (:func:`veille.ingest.recluster_stories`: 41
  CPU s for a window cut at 2,000 articles and the 1,144 before it replayed, each one's
  terms read, ``bench/warm_start.py``'s store; the terms the store keeps are read back,
  :mod:`veille.dedup.stored_terms`), for the web app's write API (q-stories24).

A follower catches up when woken (after each write or poll) and every ``tick`` seconds
(what another process stored), and once at start (what a crash left). A failed catch-up is
one line on the view's log (``veille.enrich``, ``veille.stories``) and is tried again at
the next tick: the view records what it applied, so nothing is lost or applied twice.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from veille.errors import VeilleError
from veille.settings import Settings

if TYPE_CHECKING:
    from veille.service import Veille


@dataclass(frozen=True)
class FollowedView:
    """How one derived view catches up: ``catch_up`` names the :class:`Veille` method that
    applies what the view lacks; ``failure`` is the log line's opening when it fails;
    ``tick`` the longest wait between catch-ups (seconds)."""

    catch_up: str
    log: str
    failure: str
    tick: float


VIEWS: dict[str, FollowedView] = {
    "enrichment": FollowedView("enrich", "veille.enrich", "enrichment did not catch up", 5.0),
    "stories": FollowedView("settle_stories", "veille.stories",
                            "stories were not clustered again", 30.0),
}
"""The views a long-running process may follow in the background, by name."""


class BackgroundFollower:
    """A daemon thread applying the changes one derived view lacks (see the module).

    ``view`` is a key of :data:`VIEWS` (``KeyError`` otherwise); ``tick`` overrides its
    longest wait between catch-ups (seconds). Use :meth:`start`, then :meth:`wake` after
    each write, and :meth:`stop` (which waits for the current catch-up, at most
    ``timeout`` seconds) at the end. ``caught_up`` counts the catch-ups run, failed ones
    included."""

    def __init__(self, settings: Settings, view: str, *, tick: float | None = None) -> None:
        self.settings = settings
        self.view = VIEWS[view]
        self.name = view
        self.tick = self.view.tick if tick is None else tick
        self.caught_up = 0
        self._log = logging.getLogger(self.view.log)
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"veille-{view}", daemon=True)

    def start(self) -> BackgroundFollower:
        self._thread.start()
        return self

    def wake(self) -> None:
        """Catch up now (new articles were stored)."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout)

    def _catch_up(self, service: Veille) -> None:
        try:
            getattr(service, self.view.catch_up)()
        except VeilleError as exc:
            self._log.warning("veille: %s: %s", self.view.failure, exc.one_line())
        finally:
            service.release()  # the index writer goes back to the foreground
        self.caught_up += 1

    def _run(self) -> None:
        from veille.follower_presence import present
        from veille.service import Veille

        # seen by other processes while it runs: `veille ingest` does not send the user to
        # `veille enrich` when a follower enriches in the background (t-final51 B9)
        with present(self.settings.data_dir, self.name), Veille(self.settings) as service:
            while not self._stop.is_set():
                self._wake.clear()
                self._catch_up(service)
                self._wake.wait(self.tick)


class Followers:
    """The background followers of one process, woken and stopped together.

    ``Followers.start(settings, ["stories"])`` starts one :class:`BackgroundFollower` per
    view named (none for an empty list, so callers need no ``if``)."""

    def __init__(self, followers: Iterable[BackgroundFollower] = ()) -> None:
        self.followers = list(followers)

    @classmethod
    def start(cls, settings: Settings, views: Iterable[str]) -> Followers:
        return cls(BackgroundFollower(settings, view).start() for view in views)

    def follows(self, view: str) -> bool:
        """Whether ``view`` is caught up here in the background."""
        return any(follower.view is VIEWS[view] for follower in self.followers)

    def wake(self) -> None:
        for follower in self.followers:
            follower.wake()

    def stop(self, timeout: float = 10.0) -> None:
        for follower in self.followers:
            follower.stop(timeout)

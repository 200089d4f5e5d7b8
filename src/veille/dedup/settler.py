"""The stories' canonical re-clustering kept caught up in the background of the web app.

An ingest's stories are clustered online, article by article, then the window of days it
touched is clustered again in one canonical order (:func:`veille.ingest.recluster_stories`:
about 3-5 CPU s for a window of 2,000 articles), so that stories do not depend on the order
or the batching of ingest. ``veille ingest`` and ``veille watch`` do it at their end (once
per poll), so their output is final. The write API does not wait for it: a POST stores its
articles and answers; this daemon thread, woken after each POST and every ``tick`` seconds,
catches the re-clustering up from the store's change log (the ``stories`` view position,
:data:`veille.store.base.STORIES_VIEW`), as the enrichment view follows it
(:mod:`veille.enrich.background`). What a crash left un-settled (the server stopped after a
POST stored its articles) is caught up at the next start or tick: the view records what it
applied. A failed catch-up is one line on the ``veille.stories`` log and is tried again at
the next tick (q-stories24).
"""

from __future__ import annotations

import logging
import threading

from veille.errors import VeilleError
from veille.settings import Settings

log = logging.getLogger("veille.stories")


class StorySettler:
    """A daemon thread re-clustering the stories of what was stored since the last time.

    ``tick`` is the longest wait between catch-ups (seconds). Use :meth:`start`, then
    :meth:`wake` after each write, and :meth:`stop` (which waits for the current catch-up,
    at most ``timeout`` seconds) at the end. ``settled`` counts the catch-ups run."""

    def __init__(self, settings: Settings, *, tick: float = 30.0) -> None:
        self.settings = settings
        self.tick = tick
        self.settled = 0
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="veille-stories", daemon=True)

    def start(self) -> StorySettler:
        self._thread.start()
        return self

    def wake(self) -> None:
        """Catch up now (new articles were stored)."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        from veille.service import Veille

        with Veille(self.settings) as service:
            while not self._stop.is_set():
                self._wake.clear()
                try:
                    service.settle_stories()
                except VeilleError as exc:
                    log.warning("veille: stories were not clustered again: %s",
                                exc.one_line())
                finally:
                    service.release()
                self.settled += 1
                self._wake.wait(self.tick)

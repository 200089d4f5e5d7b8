"""The enrichment view kept caught up in the background of a long-running process.

``veille watch`` and ``veille serve --watch`` follow the store's change log with every
derived view (docs/architecture.md): the index and the alert view in the poll loop, and
enrichment here, in a daemon thread with its own service (its own store connection), so the
seconds spaCy takes never hold up an ingest or an alert. The thread catches up when woken
(after each poll) and every ``tick`` seconds (what another process stored); the French model
is loaded once per process (``veille.enrich.models`` caches it). A failed catch-up is one
line on the ``veille.enrich`` log and is tried again at the next tick: the view records
what it applied, so nothing is lost. The setting ``enrich_in_background`` turns it off.
"""

from __future__ import annotations

import logging
import threading

from veille.errors import VeilleError
from veille.settings import Settings

log = logging.getLogger("veille.enrich")


class BackgroundEnricher:
    """A daemon thread applying the changes the enrichment view lacks.

    ``tick`` is the longest wait between catch-ups (seconds). Use :meth:`start`, then
    :meth:`wake` after each write, and :meth:`stop` (which waits for the current catch-up,
    at most ``timeout`` seconds) at the end.
    """

    def __init__(self, settings: Settings, *, tick: float = 5.0) -> None:
        self.settings = settings
        self.tick = tick
        self.caught_up = 0
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="veille-enrich", daemon=True)

    def start(self) -> BackgroundEnricher:
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
                    service.enrich()
                except VeilleError as exc:
                    log.warning("veille: enrichment did not catch up: %s", exc.one_line())
                finally:
                    service.release()  # the index writer goes back to the watcher
                self.caught_up += 1
                self._wake.wait(self.tick)

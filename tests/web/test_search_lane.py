"""Searches run one at a time per server process, in arrival order (veille.web.lane): N
searches in N threads of one process share one core (tantivy holds the GIL), so each took
N times its own time and the slow ones made the latency's tail. A real server on
127.0.0.1, the demo index, a search backend that records how many searches run at once."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from web_kit import LiveServer

from veille.search.types import SearchRequest, SearchResponse
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore
from veille.web.app import create_app
from veille.web.search import IndexSearch


class Recording(IndexSearch):
    """The real backend; each search also holds its place 0.2 s (a sleep releases the
    GIL, so searches in several threads would overlap) and is counted while it runs."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.guard = threading.Lock()
        self.running = 0
        self.most = 0
        self.order: list[str] = []

    def search(self, request: SearchRequest, *, store: SQLiteStore) -> SearchResponse:
        with self.guard:
            self.running += 1
            self.most = max(self.most, self.running)
            self.order.append(request.query)
        try:
            time.sleep(0.2)
            return super().search(request, store=store)
        finally:
            with self.guard:
                self.running -= 1


def test_searches_run_one_at_a_time_and_other_routes_do_not_wait(web_data: Path) -> None:
    backend = Recording(Settings(data_dir=web_data))
    app = create_app(Settings(data_dir=web_data), search=backend)
    paths = ["/api/v1/search?q=syrie", "/search?q=France", "/api/v1/search?q=obama",
             "/search?q=syrie", "/api/v1/search?q=euro", "/api/v1/search?q=crise"]
    with LiveServer(app) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        def get(path: str) -> tuple[int, float]:
            code = client.get(path).status_code
            return code, time.monotonic()  # when the answer came

        started = time.monotonic()
        with ThreadPoolExecutor(len(paths) + 1) as pool:
            searches = [pool.submit(get, path) for path in paths]
            time.sleep(0.3)  # the lane is busy: a route that does not search answers now
            status, latest_at = pool.submit(get, "/api/v1/latest?limit=5").result()
            answers = [future.result() for future in searches]
    assert status == 200 and latest_at < max(at for _code, at in answers)
    assert [code for code, _at in answers] == [200] * len(paths)
    assert backend.most == 1  # the API's and the page's searches queue together
    assert sorted(backend.order) == sorted(p.split("=")[1] for p in paths)
    # one after the other: the last answer came after every search's 0.2 s
    assert max(at for _code, at in answers) - started >= 0.2 * len(paths)


def test_a_served_worker_loads_what_its_first_search_would_before_answering(
        web_data: Path, tmp_path: Path) -> None:
    """The gazetteer (~0.9 s) and the French lexicon (~1.2 s, spaCy) were loaded by the
    first search that needed them, a reader and everyone queued behind waiting."""
    import os
    import subprocess
    import sys

    script = ("from veille.web.app import app_from_environment\n"
              "from veille.enrich import lexicon, places\n"
              "app_from_environment()\n"
              "print(lexicon.french.cache_info().currsize, places.shipped.cache_info().currsize)")
    import veille

    source = str(Path(veille.__file__).resolve().parents[1])  # this checkout's, not another
    env = dict(os.environ, VEILLE_DATA_DIR=str(web_data),
               PYTHONPATH=os.pathsep.join([source, os.environ.get("PYTHONPATH", "")]))
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                         text=True, check=True, cwd=tmp_path)
    assert out.stdout.split() == ["1", "1"]

"""Issue #10: writers don't step on each other. Two ingests and a ``watch --once`` (against
a real HTTP server on 127.0.0.1) run at once into one data directory: every one exits 0,
and the index ends equal to the store. Whoever holds the index writer applies what the
others stored; the others wait (bounded) to see it applied."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from capture_kit import VEILLE, run_veille
from sitekit import article_html, rss, xml_page
from veille.collect.testserver import LocalServer, Page, Site

from .index_kit import assert_index_equals_store, store_ids, write_captures

ENV = {"VEILLE_FETCH_ALLOW": "127.0.0.1", "VEILLE_FETCH_DELAY": "0",
       "VEILLE_FETCH_TIMEOUT": "5", "VEILLE_FETCH_RETRIES": "0", "VEILLE_BATCH_SIZE": "15"}
PAGES = 30


def _start(args: list[str], data: Path) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VEILLE_")}
    env.update(ENV)
    return subprocess.Popen([str(VEILLE), "--data-dir", str(data), *args], env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def test_two_ingests_and_a_watch_at_once_end_with_index_equal_to_store(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = write_captures(tmp_path / "one", 0, 150)
    second = write_captures(tmp_path / "two", 1000, 1150)
    site = Site(pages={f"/a/{n}.html": Page(article_html(n)) for n in range(PAGES)})
    with LocalServer(site) as server:
        site.pages["/feed.xml"] = xml_page(rss(server.root,
                                               [f"/a/{n}.html" for n in range(PAGES)]))
        added = run_veille(["sources", "add", server.url("/feed.xml"), "--name", "fil"],
                           data_dir=data, env=ENV)
        assert added.returncode == 0
        processes = [_start(["ingest", str(first)], data), _start(["ingest", str(second)], data),
                     _start(["watch", "--once"], data)]
        results = [(p.wait(timeout=300), p.stderr.read().decode() if p.stderr else "")
                   for p in processes]
    for status, stderr in results:
        assert status == 0, stderr
        assert "not searchable" not in stderr and "Traceback" not in stderr, stderr
    assert len(store_ids(data)) == 150 + 150 + PAGES
    assert_index_equals_store(data)


def test_an_ingest_beside_a_long_holder_of_the_writer_waits_then_says_what_to_run(
        tmp_path: Path) -> None:
    """When the writer stays held past ``index_wait``, the exit status is not 0 and one line
    says what to run; the next command then catches up."""
    from veille.index.lifecycle import IndexHome
    from veille.index.tantivy_index import TantivyIndex

    data = tmp_path / "data"
    assert run_veille(["ingest", str(write_captures(tmp_path / "a", 0, 5))],
                      data_dir=data).returncode == 0
    live = IndexHome(data / "index").current()
    assert live is not None
    holder = TantivyIndex(live)
    _ = holder.writer  # this test process holds the writer
    try:
        blocked = run_veille(["ingest", str(write_captures(tmp_path / "b", 5, 10))],
                             data_dir=data, env={"VEILLE_INDEX_WAIT": "1"})
    finally:
        holder.close()
    stderr = blocked.stderr.decode()
    assert blocked.returncode == 2, stderr
    assert "new 5" in stderr
    [line] = [x for x in stderr.splitlines() if x.startswith("error:")]
    assert "not searchable" in line and "veille check --repair" in line
    stats = run_veille(["stats"], data_dir=data).stdout.decode()
    lag = int(stats.split("index_lag:")[1].split()[0])
    assert lag >= 5, stats  # five new articles, and the links they made
    repaired = run_veille(["check", "--repair"], data_dir=data)
    assert repaired.returncode == 0, repaired.stderr.decode()
    assert_index_equals_store(data)
    assert "index_lag: 0" in run_veille(["stats"], data_dir=data).stdout.decode()

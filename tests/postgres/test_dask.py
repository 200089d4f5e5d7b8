"""Re-extraction on a real Dask cluster: a scheduler and two worker processes on
127.0.0.1, started as a deployment would (``dask scheduler``, ``dask worker``), give the
same records as the local executor; a killed run resumes from its cursor."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import veille
from capture_kit import make_capture
from veille.executors import open_executor
from veille.maintenance import CURSOR_FILE, reextract
from veille.store.pgcluster import free_port
from veille.store.sqlite import SQLiteStore

N = 60


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    dask = Path(sys.executable).parent / "dask"
    if not dask.is_file():
        pytest.skip("the dask command is not installed")
    port = free_port()
    logs = tmp_path_factory.mktemp("dask")
    env = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    procs = [subprocess.Popen([str(dask), "scheduler", "--host", "127.0.0.1", "--port",
                               str(port), "--no-dashboard"], env=env,
                              stdout=(logs / "s.log").open("w"), stderr=subprocess.STDOUT)]
    procs.append(subprocess.Popen(
        [str(dask), "worker", f"tcp://127.0.0.1:{port}", "--nworkers", "2", "--nthreads", "1",
         "--host", "127.0.0.1", "--no-dashboard", "--local-directory", str(logs)], env=env,
        stdout=(logs / "w.log").open("w"), stderr=subprocess.STDOUT))
    try:
        from distributed import Client

        with Client(f"tcp://127.0.0.1:{port}", timeout=60) as client:
            client.wait_for_workers(2, timeout=60)
            assert len(client.scheduler_info()["workers"]) == 2
        yield f"dask://127.0.0.1:{port}"
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in procs:
            proc.wait(timeout=30)


def _store_with_captures(root: Path) -> Path:
    corpus = root / "captures"
    corpus.mkdir(parents=True)
    for i in range(N):
        (corpus / f"{i}.txt").write_text(make_capture(i).text, "utf-8")
    with veille.open(root / "data") as v:
        assert v.ingest(corpus, source="quotidien.example").new == N
        stale = []
        for article in v.store.iter_articles():  # as an older extractor left them
            assert article.content is not None
            article.content.title, article.content.paragraphs = "old", ["old text"]
            stale.append(article)
        assert v.store.replace_content(stale) == N
    return root / "data"


def _records(data: Path) -> list[dict[str, object]]:
    store = SQLiteStore.open(data / "veille.sqlite3")
    try:
        return [a.to_dict() for a in store.iter_articles()]
    finally:
        store.close()


def test_dask_reextract_gives_the_same_records_as_local(tmp_path: Path,
                                                        scheduler: str) -> None:
    local = _store_with_captures(tmp_path / "local")
    shutil.copytree(local, tmp_path / "dask")
    before = _records(local)
    with veille.open(local, batch_size=7) as v:
        here = v.reextract(executor="local")
    with veille.open(tmp_path / "dask", batch_size=7) as v:
        there = v.reextract(executor=scheduler)
    assert (here.seen, here.failed) == (there.seen, there.failed) == (N, 0)
    assert here.changed == there.changed == N
    assert _records(local) == _records(tmp_path / "dask")
    assert len(before) == N
    assert not (tmp_path / "dask" / CURSOR_FILE).exists()


def test_a_killed_reextract_resumes_after_its_last_commit(tmp_path: Path) -> None:
    data = _store_with_captures(tmp_path)
    store = SQLiteStore.open(data / "veille.sqlite3")
    cursor = data / CURSOR_FILE
    seen: list[int] = []

    class Killed(Exception):
        pass

    def die_after_first_batch(count: int) -> None:
        seen.append(count)
        raise Killed

    with pytest.raises(Killed):
        reextract(store, executor=open_executor("local"), cursor=cursor, batch_size=7,
                  progress=die_after_first_batch)
    assert cursor.is_file()
    rest = reextract(store, executor=open_executor("local"), cursor=cursor, batch_size=7)
    assert seen == [7] and rest.resumed_after == 7 and rest.seen == N - 7
    assert not cursor.exists()
    store.close()


def test_a_warc_import_on_dask_stores_what_a_local_import_stores(tmp_path: Path,
                                                                 scheduler: str) -> None:
    from sitekit import write_warc

    archive = write_warc(tmp_path / "crawl.warc.gz", 25)
    found = {}
    for name, spec in (("local", "local"), ("dask", scheduler)):
        with veille.open(tmp_path / name, batch_size=10) as v:
            summary = v.ingest(archive, executor=spec)
            assert summary.failed == 0 and summary.new == 25 and summary.index_pending == 0
            found[name] = [a.to_dict() for a in v.store.iter_articles()]
            assert v.search(found[name][0]["content"]["title"]).total >= 1
    for record in found["local"] + found["dask"]:
        record.pop("first_seen")  # when each import ran
    assert found["local"] == found["dask"]

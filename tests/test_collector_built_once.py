"""The tables veille builds once from its shipped data are built with the cyclic collector
paused (issue #13, r-captures58: on a cold ingest of the AEB captures their builds set off 8
of its 11 full collections, each walking every object made so far, 1.5 of 8.2 CPU s).

Checked: every zero-argument cached builder of the packages the ingest and the search read
is a :func:`veille.collector.built_once`; a cold ingest of real captures into a real SQLite
store, in a fresh interpreter, starts no collection while one of them builds, and leaves the
collector enabled; pauses open in two threads at once give the collector back when the last
one ends, never inside the other's block; a table once built is frozen out of the
collector's walks (``gc.freeze``) when the last open block ends, not before (r-captures59:
the collections after the builds walked them again, 0.48 of 7.1 CPU s of a cold AEB
ingest). Fixtures: ``tests/fixtures/captures`` (own texts).
"""

from __future__ import annotations

import ast
import gc
import subprocess
import sys
import threading
from pathlib import Path

from veille.collector import BUILT_ONCE, built_once, paused

SRC = Path(__file__).resolve().parents[1] / "src" / "veille"
PACKAGES = ("dedup", "enrich", "extract", "index", "search")
OWN_PAUSE = {("enrich/places.py", "shipped")}
"""Builders that pause the collector themselves (the gazetteer: its build is serialised)."""


def _cached_builders() -> list[str]:
    """``file:name`` of every zero-argument function cached by ``functools.cache`` at the
    top of a module of :data:`PACKAGES` (its table kept for the life of the process)."""
    found = []
    for package in PACKAGES:
        for path in sorted((SRC / package).rglob("*.py")):
            for node in ast.parse(path.read_text("utf-8")).body:
                if not isinstance(node, ast.FunctionDef) or node.args.args or \
                        node.args.posonlyargs or node.args.kwonlyargs or node.args.vararg:
                    continue
                where = (str(path.relative_to(SRC)), node.name)
                if where not in OWN_PAUSE and any(
                        ast.unparse(d) in ("functools.cache", "cache",
                                           "functools.lru_cache(maxsize=None)")
                        for d in node.decorator_list):
                    found.append(":".join(where))
    return found


def test_every_table_builder_pauses_the_collector() -> None:
    assert _cached_builders() == []


def test_built_once_caches_and_clears() -> None:
    calls: list[bool] = []

    @built_once
    def table() -> dict[str, int]:
        """A table."""
        calls.append(gc.isenabled())
        return {"a": 1}

    assert table() is table()
    assert calls == [False]  # built once, the collector paused
    assert gc.isenabled()
    assert table.__doc__ == "A table." and table in BUILT_ONCE
    table.cache_clear()
    table()
    assert calls == [False, False]


def test_pauses_of_two_threads_give_the_collector_back_once() -> None:
    """Thread A pauses, B pauses, A ends, B ends: the collector stays paused until B ends
    (each block restoring what it found would enable it inside B's block, and leave it
    disabled after)."""
    assert gc.isenabled()
    a_in, b_in, a_out = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, bool] = {}

    def first() -> None:
        with paused():
            a_in.set()
            b_in.wait(10)
        a_out.set()

    def second() -> None:
        a_in.wait(10)
        with paused():
            b_in.set()
            a_out.wait(10)
            seen["inside B after A ended"] = gc.isenabled()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    assert seen == {"inside B after A ended": False}
    assert gc.isenabled()


def test_a_cold_ingest_builds_its_tables_without_a_collection(tmp_path: Path) -> None:
    """A fresh interpreter ingests the fixture captures into a real SQLite store: the shipped
    tables its stages meet are built (several of them), no collection starts during any of
    those builds, and the collector is enabled after."""
    script = (
        "import gc, sys\n"
        "from pathlib import Path\n"
        "from veille import collector\n"
        "from veille.ingest import ingest_texts\n"
        "from veille.store.sqlite import SQLiteStore\n"
        "inside = []\n"
        "def record(phase, info):\n"
        "    if phase == 'start' and collector._pauses:\n"
        "        inside.append(info['generation'])\n"
        "gc.callbacks.append(record)\n"
        "texts = [(p.name, p.read_bytes()) for p in\n"
        "         sorted(Path(sys.argv[1]).glob('*.txt'))]\n"
        "store = SQLiteStore.open(Path(sys.argv[2]) / 'store.sqlite3')\n"
        "summary = ingest_texts(store, texts)\n"
        "store.close()\n"
        "built = sum(1 for b in collector.BUILT_ONCE if b.cache_info().currsize)\n"
        "print(summary.new, built, gc.get_freeze_count(), inside, gc.isenabled())\n")
    fixtures = Path(__file__).resolve().parent / "fixtures" / "captures"
    done = subprocess.run([sys.executable, "-c", script, str(fixtures), str(tmp_path)],
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    new, built, frozen, inside, enabled = done.stdout.split(maxsplit=4)
    assert int(new) > 20
    assert int(built) >= 20  # the ingest met many shipped tables
    assert int(frozen) > 100_000  # their containers, out of the collector's walks
    assert inside.strip() == "[]" or inside.startswith("[]")
    assert enabled.strip().endswith("True")


def test_a_built_table_is_frozen_when_the_last_block_ends() -> None:
    """In a fresh interpreter (freezing is for the process's life): a table built inside
    another pause is not frozen before that pause ends, then is, with its containers; the
    collector is enabled after; a plain pause freezes nothing."""
    script = (
        "import gc\n"
        "from veille.collector import built_once, paused\n"
        "@built_once\n"
        "def table():\n"
        "    return [{'n': [i]} for i in range(20000)]\n"
        "with paused():\n"
        "    pass\n"
        "plain = gc.get_freeze_count()\n"
        "with paused():\n"
        "    table()\n"
        "    inside = gc.get_freeze_count()\n"
        "after = gc.get_freeze_count()\n"
        "print(plain, inside, after, gc.isenabled())\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    plain, inside, after, enabled = done.stdout.split()
    assert int(plain) == 0 and int(inside) == 0
    assert int(after) >= 40_000  # the table's 20,000 dicts and their lists
    assert enabled == "True"

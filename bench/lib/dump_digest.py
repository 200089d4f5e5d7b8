"""Held-out identity checks by ``scripts/dump_store.py``: the digest of its dump of a set of
files (every stored row and search answer, both orders) by writers of a given size, and the
CPU seconds of each dump (the r-speed49 and r-perf50 scorers)."""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def timed_dumps(name: str, files: list[tuple[str, bytes]], writers: Sequence[int],
                warm_up: bool = False) -> Iterator[tuple[int, int, str, float]]:
    """(writers, lines, digest, CPU s) of the dump of ``files`` by each size of
    ``writers`` (0: one writer); ``warm_up``: one untimed dump first (the process's
    one-time tables)."""
    spec = importlib.util.spec_from_file_location("dump_store", ROOT / "scripts" / "dump_store.py")
    assert spec and spec.loader
    dump_store = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dump_store)
    dump_store.corpora = lambda: iter([(name, files)])
    with tempfile.TemporaryDirectory() as tmp:
        if warm_up:
            dump_store.dump(Path(tmp) / "warm-up.jsonl", 0)
        for size in writers:
            out = Path(tmp) / f"dump-{size}.jsonl"
            started = time.process_time()
            lines = dump_store.dump(out, size)
            seconds = time.process_time() - started
            yield size, lines, hashlib.sha256(out.read_bytes()).hexdigest()[:16], seconds


def short_digest(data: bytes) -> str:
    """The first 16 hex digits of the SHA-256 of ``data`` (a held-out check's value)."""
    return hashlib.sha256(data).hexdigest()[:16]


def as_json(value: object) -> object:
    """``json.dumps``'s ``default`` for extraction results: a dataclass as a dict, a set
    sorted (as strings), anything else as its string."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, (set, frozenset)):
        return sorted(map(str, value))
    return str(value)


CLOCK_FIELDS = re.compile(r"(^|_)(seen|fetched|ingested|stored|created|updated|modified_at|"
                          r"at|time|times|seq|id|ids|key|story|parent)$")
"""Exported fields the clock or the store's numbering sets: left out of a CLI export's
digest (:func:`cli_export`)."""


def _scrub(value: object) -> object:
    if isinstance(value, dict):
        return {k: _scrub(v) for k, v in sorted(value.items()) if not CLOCK_FIELDS.search(k)}
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    return value


def cli_export(cli: str, folder: Path) -> str:
    """``CLI --data-dir TMP ingest folder`` then ``CLI export``: the digest of the exported
    records (:data:`CLOCK_FIELDS` left out, ``folder``'s absolute path written "<folder>":
    a checkout's path is no output; sorted), "/" and how many."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([cli, "--data-dir", tmp, "ingest", str(folder)],
                       capture_output=True, text=True, check=False)
        run = subprocess.run([cli, "--data-dir", tmp, "export"],
                             capture_output=True, text=True, check=False)
    where = str(folder.resolve())
    rows = sorted(json.dumps(_scrub(json.loads(line.replace(where, "<folder>"))),
                             sort_keys=True, ensure_ascii=False)
                  for line in run.stdout.splitlines() if line.strip())
    return short_digest("\n".join(rows).encode()) + f"/{len(rows)}"


def src_of(cli: str) -> str:
    """The ``PYTHONPATH`` a CLI wrapper names, else this repository's ``src``."""
    try:
        found = re.search(r"PYTHONPATH=(\S+)", Path(cli).read_text("utf-8"))
    except (OSError, UnicodeDecodeError):
        found = None
    return found.group(1) if found else str(ROOT / "src")


def score_identity(argv: list[str], script: str, usage: str, child: str,
                   checks: Callable[[str], dict[str, str]]) -> int:
    """A held-out "outputs identical" scorer's main: ``argv`` is ``CLI [--record]``; the
    checks (``checks(cli)``: name -> digest) run in a child process of ``script`` whose
    ``PYTHONPATH`` is the CLI's tree (``child``: the environment variable marking it); each
    is printed PASS/FAIL against ``expected.json`` beside ``script`` (written first with
    ``--record``, on the base tree only), then ``total: K/N``. Exit status 2 on a usage
    error, else 0."""
    if not argv or argv[0].startswith("-"):
        print(usage)
        return 2
    cli = argv[0]
    if os.environ.get(child) != "1":
        env = dict(os.environ, PYTHONPATH=src_of(cli), **{child: "1"})
        return subprocess.run([sys.executable, script, *argv], env=env,
                              check=False).returncode
    got = checks(cli)
    expected_path = Path(script).resolve().parent / "expected.json"
    if "--record" in argv:
        expected_path.write_text(json.dumps(got, indent=1, sort_keys=True) + "\n", "utf-8")
    expected = json.loads(expected_path.read_text("utf-8"))
    passed = 0
    for name, value in got.items():
        ok = value == expected.get(name)
        passed += ok
        print(f"{'PASS' if ok else 'FAIL'} {name}: {value}"
              + ("" if ok else f" (want {expected.get(name)})"))
    missing = sorted(set(expected) - set(got))
    for name in missing:
        print(f"FAIL {name}: missing")
    print(f"total: {passed}/{len(got) + len(missing)}")
    return 0

"""Held-out identity checks by ``scripts/dump_store.py``: the digest of its dump of a set of
files (every stored row and search answer, both orders) by writers of a given size, and the
CPU seconds of each dump (the r-speed49 and r-perf50 scorers)."""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.util
import tempfile
import time
from collections.abc import Iterator, Sequence
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

"""A search sees the index's last commit even when two commits fall in one tick of the file
system's clock (the plural-search property test flaked: the searcher was keyed by the inode,
mtime and size of tantivy's ``meta.json``, which two quick commits can share)."""

from __future__ import annotations

import os
from pathlib import Path

from veille.index.tantivy_index import meta_generation


def test_same_time_and_size_other_content_is_another_generation(tmp_path: Path) -> None:
    meta = tmp_path / "meta.json"
    meta.write_text('{"segments":["aaaa"],"opstamp":7}', encoding="utf-8")
    before = os.stat(meta)
    first = meta_generation(meta)
    meta.write_text('{"segments":["bbbb"],"opstamp":8}', encoding="utf-8")  # same size
    os.utime(meta, ns=(before.st_atime_ns, before.st_mtime_ns))  # same tick
    after = os.stat(meta)
    assert (after.st_ino, after.st_mtime_ns, after.st_size) == \
        (before.st_ino, before.st_mtime_ns, before.st_size)  # the old key could not tell
    assert meta_generation(meta) != first


def test_the_same_commit_is_the_same_generation(tmp_path: Path) -> None:
    meta = tmp_path / "meta.json"
    meta.write_text('{"segments":[],"opstamp":1}', encoding="utf-8")
    assert meta_generation(meta) == meta_generation(meta) != (0, 0, 0)
    assert meta_generation(tmp_path / "missing.json") == (0, 0, 0)

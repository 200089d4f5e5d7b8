"""The ingest loop learns a sourced capture's blocks from the extractor's own split
(:mod:`veille.extract.folded_memo`, issue #13) and counts exactly what splitting the text
again would: the same blocks, one page each, whether the memo has them or not."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from veille.extract import folded_memo
from veille.extract.blocks import split_blocks
from veille.extract.text_capture import extract_text_capture
from veille.extract.textshape import fold
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

CAPTURES = Path(__file__).resolve().parent / "fixtures" / "captures"


def _expected(texts: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for text in texts:
        for block in {fold(b) for b in split_blocks(text).items if b}:
            if block:
                counts[block] = counts.get(block, 0) + 1
    return counts


def _learnt(path: Path, source: str) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        return dict(conn.execute("SELECT block, pages FROM site_blocks WHERE source = ?",
                                 (source,)).fetchall())


def _inputs() -> list[tuple[str, bytes]]:
    names = sorted(p.name for p in CAPTURES.glob("fr_*.txt"))[:7]
    inputs = [(name, (CAPTURES / name).read_bytes()) for name in names]
    # One capture the memo cannot serve: a byte order mark is read away by the extractor
    # (its text is not the text the loop decodes), so the loop splits it again.
    name, data = inputs.pop()
    inputs.append((name, b"\xef\xbb\xbf" + data))
    return inputs


def test_learnt_blocks_are_those_of_the_text(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    folded_memo.clear()
    inputs = _inputs()
    served: list[tuple[bool, bool]] = []  # (a byte order mark opens it, served)
    take = folded_memo.take

    def counted(text: str) -> tuple[str, ...] | None:
        found = take(text)
        served.append((text.startswith("\ufeff"), found is not None))
        return found

    monkeypatch.setattr(folded_memo, "take", counted)
    store = SQLiteStore.open(tmp_path / "v.sqlite3")
    try:
        summary = ingest_texts(store, inputs, source="journal.example")
    finally:
        store.close()
    assert summary.new == len(inputs)
    # every capture served but the BOM one, split again (a batch is learnt in time order)
    assert sorted(served) == [(False, True)] * (len(inputs) - 1) + [(True, False)]
    texts = [data.decode("utf-8", errors="replace") for _, data in inputs]
    assert _learnt(tmp_path / "v.sqlite3", "journal.example") == _expected(texts)


def test_memo_serves_the_text_read_once() -> None:
    folded_memo.clear()
    text = (CAPTURES / sorted(p.name for p in CAPTURES.glob("fr_*.txt"))[0]).read_text("utf-8")
    extract_text_capture(text)
    assert folded_memo.take(text) is None  # not asked to keep them
    extract_text_capture(text, keep_folded=True)
    assert folded_memo.take(text) == tuple(fold(b) for b in split_blocks(text).items)
    assert folded_memo.take(text) is None  # given out once


def test_memo_is_bounded() -> None:
    folded_memo.clear()
    for n in range(folded_memo.MAX_ENTRIES + 5):
        folded_memo.remember(f"text {n}", [f"text {n}"])
    assert folded_memo.take("text 0") is None
    assert folded_memo.take(f"text {folded_memo.MAX_ENTRIES + 4}") == (
        f"text {folded_memo.MAX_ENTRIES + 4}",)
    folded_memo.remember("x" * (folded_memo.MAX_CHARS + 1), ["x"])
    assert folded_memo.take("x" * (folded_memo.MAX_CHARS + 1)) is None
    folded_memo.clear()

"""A store written before signature version 2 keeps finding its copies after the upgrade.

The store is built with today's code, then its signatures are replaced by version 1 ones,
made by the code of veille before issue 13 (kept below: BLAKE2b of each folded word, mixed
into 3-gram hashes), as an older release left them. The next ingest re-signs the window
(:mod:`veille.dedup.resign`) and finds the reprint; without the re-sign it could not.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import unicodedata
from pathlib import Path

import numpy as np

from dispatch_kit import body_paragraphs, capture
from veille.dedup.near import body_of
from veille.dedup.signature import VERSION, Signature, distinct
from veille.dedup.window import DedupWindow
from veille.extract.textshape import fold
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

_M1, _M2, _M3 = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F),
                 np.uint64(0x165667B19E3779F9))
_MIX1, _MIX2 = np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)


def version_1(paragraphs: list[str]) -> bytes:
    """The stored bytes of veille's signature before issue 13 (``dedup/signature.py``)."""
    long = [p for p in paragraphs if p.count(" ") + 1 >= 8]
    text = " ".join(long or paragraphs).lower()
    text = unicodedata.normalize("NFC", text)
    words = [int.from_bytes(hashlib.blake2b(fold(w).encode(), digest_size=8).digest(),
                            "little") for w in re.findall(r"\w+", text)]
    h = np.array(words, np.uint64)
    if len(h) >= 3:
        h = h[:-2] * _M1 + h[1:-1] * _M2 + h[2:] * _M3
    h ^= h >> np.uint64(31)
    h *= _MIX1
    h ^= h >> np.uint64(29)
    h *= _MIX2
    h ^= h >> np.uint64(32)
    hashes = (h >> np.uint64(32)).astype(np.uint32)
    every, lead = distinct(hashes), distinct(hashes[:60])[:16]
    sketch = every[:48]
    return (len(every).to_bytes(4, "little") + len(sketch).to_bytes(1, "little")
            + sketch.astype("<u4").tobytes() + lead.astype("<u4").tobytes())


def _stored(path: Path) -> dict[str, bytes]:
    with sqlite3.connect(path) as conn:
        return {r[0]: bytes(r[1]) for r in conn.execute(
            "SELECT article_id, signature FROM signatures")}


def _downgrade(store: SQLiteStore, ids: list[str]) -> None:
    old = [(i, version_1(body_of(store.get(i)))) for i in ids]
    store.update_signatures(old)
    assert all(Signature.from_bytes(blob).version == 1 for _i, blob in old)


def test_an_old_store_re_signs_its_window_and_finds_the_reprint(tmp_path: Path) -> None:
    paras = body_paragraphs()
    path = tmp_path / "veille.db"
    store = SQLiteStore.open(path)
    first = ingest_texts(store, [("a.txt", capture("Coalition : réunion à Washington", paras,
                                                   top=["Accueil"], bottom=["Partager"]))],
                         source="a.example")
    [original] = first.new_ids
    _downgrade(store, [original])
    store.close()
    assert len(_stored(path)[original]) % 4 == 1  # the version 1 layout, as left on disk

    store = SQLiteStore.open(path)
    second = ingest_texts(store, [("b.txt", capture(
        "Syrie : les alliés convoqués à Washington", [f"WASHINGTON (AFP) - {paras[0]}",
                                                       *paras[1:]],
        top=["Menu", "Monde"], bottom=["Réagir"]))], source="b.example")
    [reprint] = second.new_ids
    dedup = store.get(reprint).dedup
    assert dedup is not None
    assert (dedup.relation, dedup.duplicate_of) == ("reprint", original)
    stored = _stored(path)
    assert {Signature.from_bytes(b).version for b in stored.values()} == {VERSION}
    assert stored[original] == Signature.from_bytes(stored[original]).to_bytes()
    store.close()


def test_without_the_re_sign_the_old_window_finds_nothing(tmp_path: Path) -> None:
    """The control: version 1 rows are skipped by the window (they share no hash with
    version 2), so the re-sign above is what finds the reprint."""
    paras = body_paragraphs()
    store = SQLiteStore.open(tmp_path / "veille.db")
    [original] = ingest_texts(store, [("a.txt", capture("Titre", paras, top=[], bottom=[]))],
                              source="a.example").new_ids
    current = store.recent_signatures(window_minutes=10**6)
    _downgrade(store, [original])
    stale = store.recent_signatures(window_minutes=10**6)
    sig = Signature.from_bytes(current[0][3])
    for rows, found in ((current, [original]), (stale, [])):
        window = DedupWindow()
        window.warm(rows)
        assert [c.id for c in window.candidates(sig, rows[0][2])] == found
    store.close()


def test_an_article_gone_from_the_store_leaves_the_window(tmp_path: Path) -> None:
    from veille.dedup.resign import current_rows

    store = SQLiteStore.open(tmp_path / "veille.db")
    paras = body_paragraphs()
    ids = ingest_texts(store, [("a.txt", capture("Titre A", paras, top=[], bottom=[])),
                               ("b.txt", capture("Titre B", paras[:2], top=[], bottom=[]))],
                       source="a.example").new_ids
    _downgrade(store, ids)
    rows = store.recent_signatures(window_minutes=10**6)
    store.delete_articles([ids[1]])
    got = current_rows(store, rows)
    assert [r[0] for r in got] == [ids[0]]
    assert Signature.from_bytes(got[0][3]).version == VERSION
    assert current_rows(store, got) == got  # current rows pass as they are
    store.close()

"""The same inputs in the same order give the same near-duplicate links and stories
whatever the ``batch_size``, and after a kill and a resume (newuser15c D1: 300 records gave
287 stories in batches of 200 and 289 in batches of 10, seven articles linked otherwise:
each batch was clustered in its own time order, so the cut changed the order the story and
near-duplicate state saw). Real SQLite stores, records built from the demo's Wikinews text
(CC BY 2.5) the way the finding's generator built them: each article a unique lead and four
paragraphs drawn from a shared pool, so many share some text."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

import veille
from veille.collect.files import Options, items_from_bytes
from veille.ingest import Ingestor
from veille.record import RawInput
from veille.store.base import Store

DEMO = Path(__file__).resolve().parents[2] / "demo" / "wikinews-fr" / "articles.jsonl"


def records(n: int, seed: int = 139, *, shuffled: bool = False) -> bytes:
    source = [json.loads(line) for line in DEMO.read_text(encoding="utf-8").splitlines()]
    pool = [p for r in source for p in r["text"].split("\n\n") if len(p) > 80]
    rnd = random.Random(seed)
    lines = []
    for i in range(n):
        base = source[i % len(source)]
        body = [f"Le correspondant zq{i:04d}x rapporte les faits suivants, numéro {i}.",
                *rnd.sample(pool, 4)]
        lines.append(json.dumps({
            "id": f"a{i}", "url": f"https://exemple-{i % 7}.fr/a/{i}.html",
            "title": f"{base['title']} zq{i:04d}x", "date": f"2024-0{1 + i % 9}-1{i % 10}",
            "text": "\n\n".join(body), "source": f"exemple-{i % 7}.fr"}, ensure_ascii=False))
    if shuffled:  # late articles: the story state recalls their days (Stories.catch_up)
        rnd.shuffle(lines)
    return ("\n".join(lines) + "\n").encode()


Row = tuple[str, str, str, list[str], str]
"""An article's id, relation, original, near duplicates and story."""


def dedup_of(store: Store) -> list[Row]:
    ids = [row[0] for row in store.signatures_between(-(10 ** 9), 10 ** 9)]
    found = store.get_many(ids)
    rows = []
    for i in sorted(found):
        dedup = found[i].dedup
        assert dedup is not None
        rows.append((i, dedup.relation, dedup.duplicate_of or "",
                     sorted(dedup.near_duplicates), dedup.story_id or ""))
    return rows


def ingested(path: Path, data: bytes, batch_size: int) -> list[Row]:
    with veille.open(path, batch_size=batch_size) as v:
        v.ingest_bytes([("corpus.jsonl", data)])
        return dedup_of(v.store)


@pytest.mark.parametrize("shuffled", [False, True])
def test_the_batch_size_changes_no_link_and_no_story(tmp_path: Path, shuffled: bool) -> None:
    data = records(150, shuffled=shuffled)
    small = ingested(tmp_path / "b10", data, 10)
    assert len(small) == 150
    assert any(row[3] for row in small)  # the corpus has near duplicates to decide
    assert ingested(tmp_path / "b200", data, 200) == small
    assert ingested(tmp_path / "b2000", data, 2000) == small


class Killed(Exception):
    """Stands for a kill -9 in the middle of reading the inputs."""


def test_a_run_stopped_between_batches_then_resumed_gives_the_same_store(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A kill leaves whole batches committed: a prefix of the articles the reorder buffer
    let out; the resumed run skips them and holds the same articles the killed one held
    (:mod:`veille.pipeline.reorder`; its bound made smaller than the corpus here)."""
    monkeypatch.setattr("veille.pipeline.reorder.HOLD", 40)
    data = records(150)
    whole = ingested(tmp_path / "whole", data, 10)
    raws = [item for item in items_from_bytes(data, name="corpus.jsonl",
                                              origin="corpus.jsonl",
                                              options=Options(max_bytes=1 << 24))
            if isinstance(item, RawInput)]

    def until_killed(stop: int) -> Iterator[RawInput]:
        yield from raws[:stop]
        raise Killed

    for stop in (67, 121):
        path = tmp_path / f"cut{stop}"
        with veille.open(path, batch_size=10) as v:
            with pytest.raises(Killed):
                Ingestor(v.store, batch_size=10).run(until_killed(stop))
            stored = len(dedup_of(v.store))
            assert 0 < stored < stop  # some read, not all stored: the held ones are lost
        assert ingested(path, data, 10) == whole


def test_the_buffer_lets_out_in_time_order_within_its_bound() -> None:
    from veille.pipeline.reorder import Reorder

    held: Reorder[int] = Reorder(hold=2)
    out = [a for minute in (5, 1, 3, 9, 0) for a in held.push(minute, minute)]
    assert out + list(held.drain()) == [1, 3, 0, 5, 9]  # 0 came after 1 and 3 were out

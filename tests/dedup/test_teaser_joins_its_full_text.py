"""Regression (t-reader23 R2): a paywalled teaser whose headline names no town, stored
before its full text, joined another trial's story at the same court; its full text then
followed it there ("a copy joins its copy's story"), and the robbery verdict's story was
"first published by Le Progrès" on the femicide trial's opening day. A teaser is a cut of
its full text, no evidence of its own: the full text votes on its own, never for a story of
several its teaser joined, and the teaser follows it. Real ingest into a real store, one
batch and one file at a time in publication order; texts in
``tests/fixtures/reader23/assises.jsonl``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import veille
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

LINES = (Path(__file__).parents[1] / "fixtures" / "reader23" / "assises.jsonl").read_bytes() \
    .splitlines(keepends=True)


def _stories(tmp_path: Path, lines: list[bytes], one_batch: bool) -> dict[str, str]:
    """Each article's source and story id, by URL."""
    with veille.open(tmp_path / "data") as v:
        store = v.store
        assert isinstance(store, SQLiteStore)
        if one_batch:
            ids = ingest_texts(store, [("all.jsonl", b"".join(lines))]).new_ids
        else:
            ids = [i for n, line in enumerate(lines)
                   for i in ingest_texts(store, [(f"{n}.jsonl", line)]).new_ids]
        by_url = {}
        for article in store.get_many(ids).values():
            assert article.dedup is not None and article.url is not None
            by_url[article.url] = str(article.dedup.story_id)
        assert len(by_url) == len(lines)
        return by_url


@pytest.mark.parametrize("one_batch", [True, False])
def test_a_teaser_stored_first_follows_its_full_text_and_bridges_no_story(
        tmp_path: Path, one_batch: bool) -> None:
    ordered = sorted(LINES, key=lambda line: json.loads(line)["published"])
    stories = _stories(tmp_path, ordered, one_batch)
    robbery = {u: s for u, s in stories.items() if "bijouterie" in u}
    femicide = {u: s for u, s in stories.items() if "bijouterie" not in u}
    assert len(set(robbery.values())) == 1, robbery  # the teaser is in its full text's story
    assert len(set(femicide.values())) == 1, femicide
    assert set(robbery.values()).isdisjoint(femicide.values())

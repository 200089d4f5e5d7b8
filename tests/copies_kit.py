"""Copies of one dispatch as JSON Lines records, for the copy-relation tests: the texts of
a fixture in ``tests/fixtures/copies/``, ingested in a chosen order and dating, and the
relation each copy is given. Real ingest into a real store."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

FIXTURES = Path(__file__).parent / "fixtures" / "copies"


class Copies:
    """The named texts of ``tests/fixtures/copies/<fixture>`` (each with ``url``,
    ``source``, ``title``, ``paragraphs``)."""

    def __init__(self, fixture: str) -> None:
        self.texts: dict[str, Any] = json.loads((FIXTURES / fixture).read_text())

    def __getitem__(self, name: str) -> Any:
        return self.texts[name]

    def record(self, name: str, published: str | None) -> bytes:
        """One JSON Lines record of text ``name``, published at ``published`` (no date
        when None), in French."""
        text = self.texts[name]
        fields = {k: text[k] for k in ("url", "source", "title", "paragraphs")}
        if published is not None:
            fields["published"] = published
        return (json.dumps({**fields, "language": "fr"}, ensure_ascii=False) + "\n").encode()

    def ingest(self, store: SQLiteStore, dated: Mapping[str, str | None], order: tuple[str, ...],
               one_batch: bool) -> dict[str, str]:
        """Ingest the texts named in ``order`` (in one input, or one ingest each); their
        ids by name."""
        if one_batch:
            ids = ingest_texts(store, [("all.jsonl", b"".join(
                self.record(name, dated[name]) for name in order))]).new_ids
        else:
            ids = [i for name in order for i in ingest_texts(
                store, [(f"{name}.jsonl", self.record(name, dated[name]))]).new_ids]
        return self._named(store, dated, ids)

    def ingest_batches(self, store: SQLiteStore, dated: Mapping[str, str | None],
                       batches: Sequence[Sequence[str]]) -> dict[str, str]:
        """Ingest the texts in ``batches``, one input (one ingest) per batch, each batch's
        texts in its order; their ids by name."""
        ids = [i for n, batch in enumerate(batches) for i in ingest_texts(store, [(
            f"batch{n}.jsonl", b"".join(self.record(name, dated[name]) for name in batch))
        ]).new_ids]
        return self._named(store, dated, ids)

    def _named(self, store: SQLiteStore, dated: Mapping[str, str | None],
               ids: Sequence[str]) -> dict[str, str]:
        by_url = {self.texts[name]["url"]: name for name in dated}
        return {by_url[str(store.get(i).url)]: i for i in ids}


def relation(store: SQLiteStore, article_id: str) -> tuple[str, str | None]:
    """The stored relation of an article and the id it copies (``("", None)`` for none)."""
    dedup = store.get(article_id).dedup
    assert dedup is not None
    return (dedup.relation or "", dedup.duplicate_of)

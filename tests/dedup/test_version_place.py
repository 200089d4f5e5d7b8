"""A new version of an article keeps its place among copies (newuser11b U9): the original
corrected at its URL stays the original of its reprints, a corrected reprint stays the
reprint of its original, and no article becomes a copy of itself or of its own copy."""

from __future__ import annotations

import json

from dispatch_kit import body_paragraphs
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore


def _record(url: str, title: str, when: str, body: list[str]) -> bytes:
    return json.dumps({"url": url, "title": title, "published": when,
                       "text": "\n\n".join(body)}, ensure_ascii=False).encode()


def _ingest(store: SQLiteStore, source: str, url: str, title: str, when: str,
            body: list[str]) -> list[str]:
    summary = ingest_texts(store, [("r.jsonl", _record(url, title, when, body))],
                           source=source)
    return summary.new_ids


def _dispatch(store: SQLiteStore, paras: list[str]) -> tuple[str, str]:
    """Outlet a's dispatch at 08:00, then outlet b's reprint of it at 09:00: their ids."""
    [original] = _ingest(store, "a.example", "https://a.example/crue", "Crue : alerte rouge",
                         "2026-11-24T08:00:00+01:00", paras)
    [reprint] = _ingest(store, "b.example", "https://b.example/loire", "Orléans en alerte",
                        "2026-11-24T09:00:00+01:00", paras)
    return original, reprint


def _corrected(paras: list[str]) -> list[str]:
    return [paras[0].replace("Les Etats-Unis vont", "Les Etats-Unis vont bien"), *paras[1:]]


def _assert_no_cycle(store: SQLiteStore, ids: list[str]) -> None:
    for article_id in ids:
        dedup = store.get(article_id).dedup
        assert dedup is not None and dedup.duplicate_of != article_id
        if dedup.duplicate_of is not None:
            original = store.get(dedup.duplicate_of).dedup
            assert original is not None and original.duplicate_of != article_id


def test_a_corrected_original_stays_the_original_of_its_reprint(store: SQLiteStore) -> None:
    paras = body_paragraphs()
    original, reprint = _dispatch(store, paras)
    for n, title in enumerate(("Crue : alerte orange", "Crue : fin de l'alerte"), 1):
        again = ingest_texts(store, [("r.jsonl", _record(
            "https://a.example/crue", title, "2026-11-24T08:00:00+01:00",
            _corrected(paras) if n == 2 else paras))], source="a.example")
        assert again.versions == 1
    kept = store.get(original).dedup
    assert kept is not None
    assert (kept.relation, kept.duplicate_of, kept.version_of) == ("", None, original)
    copy = store.get(reprint).dedup
    assert copy is not None and (copy.relation, copy.duplicate_of) == ("reprint", original)
    assert [(lk.other_id, lk.relation, lk.direction) for lk in store.links(original)] == [
        (reprint, "reprint", "by")]
    [(story, flagged)] = [(m.story_id, m.reprint) for m in store.story(kept.story_id or "")
                          if m.article_id == original]
    assert not flagged and story == copy.story_id
    _assert_no_cycle(store, [original, reprint])


def test_a_corrected_reprint_stays_the_reprint_of_its_original(store: SQLiteStore) -> None:
    paras = body_paragraphs()
    original, reprint = _dispatch(store, paras)
    again = ingest_texts(store, [("r.jsonl", _record(
        "https://b.example/loire", "Orléans : alerte levée", "2026-11-24T09:00:00+01:00",
        _corrected(paras)))], source="b.example")
    assert again.versions == 1
    copy = store.get(reprint).dedup
    assert copy is not None
    assert (copy.relation, copy.duplicate_of, copy.version_of) == ("reprint", original, reprint)
    assert store.get(original).dedup.duplicate_of is None  # type: ignore[union-attr]
    _assert_no_cycle(store, [original, reprint])


def _ninjs(version: int, headline: str, body: list[str]) -> tuple[str, bytes]:
    return "item.json", json.dumps({
        "uri": "urn:wire.example:coalition", "version": str(version), "headline": headline,
        "versioncreated": "2026-11-24T08:00:00+01:00",
        "body_text": "\n\n".join(body)}, ensure_ascii=False).encode()


def test_a_wire_items_later_version_stays_the_original(store: SQLiteStore) -> None:
    paras = body_paragraphs()
    [original] = ingest_texts(store, [_ninjs(1, "Coalition : réunion", paras)],
                              source="wire.example").new_ids
    [reprint] = _ingest(store, "b.example", "https://b.example/loire", "Orléans en alerte",
                        "2026-11-24T09:00:00+01:00", paras)
    again = ingest_texts(store, [_ninjs(2, "Coalition : réunion confirmée", _corrected(paras))],
                         source="wire.example")
    assert again.versions == 1, again.errors
    kept = store.get(original).dedup
    assert kept is not None
    assert (kept.relation, kept.duplicate_of, kept.version_of) == ("", None, original)
    copy = store.get(reprint).dedup
    assert copy is not None and (copy.relation, copy.duplicate_of) == ("reprint", original)
    _assert_no_cycle(store, [original, reprint])

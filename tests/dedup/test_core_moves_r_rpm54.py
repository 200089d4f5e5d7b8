"""A lone article moving into a story of three members or more is asked the story's core,
as an arriving article is (``veille.dedup.core_moves``, r-rpm54).

Shape (rpm2 seed 8, T02/T03): a story of a bank's trader loss whose later members mention
the financial crisis in passing (the minister, Lehman, loans, unemployment); a lone piece
on the crisis, written in those words and none of the terms most of the story's members
hold (the bank, the trader, the loss), moved into the story once it grew, and the crisis's
next reports followed it by score. Real stories, real store, no mock."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from test_story_shapes import DEMO, _story, _warm

from veille.dedup.core_moves import CORE_MOVE_SIZE, core_asked
from veille.dedup.stories import Stories
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

A1 = ("Banque Solvane : un trader fait perdre 600 millions d'euros",
      "La Banque Solvane a révélé lundi une perte de 600 millions d'euros causée par un trader "
      "de sa salle des marchés, qui avait pris des positions non autorisées sur les dérivés. "
      "Le trader a été mis à pied.")
A2 = ("Perte de 600 millions chez Solvane : le trader en garde à vue",
      "Le trader de la Banque Solvane soupçonné d'avoir causé une perte de 600 millions d'euros "
      "a été placé en garde à vue mardi. Ses positions non autorisées sur les dérivés ont été "
      "découvertes vendredi par la salle des marchés.")
A3 = ("Solvane : la direction sous pression après la perte du trader",
      "Après la perte de 600 millions d'euros causée par son trader, la direction de la Banque "
      "Solvane est sous pression. En pleine crise financière, la ministre de l'Économie Christine "
      "Lagarde juge que les emprunts des ménages et l'investissement des entreprises ne sont pas "
      "menacés, malgré la faillite de Lehman Brothers et la hausse du chômage.")
A4 = ("Trader de Solvane : les 600 millions de pertes inquiètent",
      "La perte de 600 millions d'euros du trader de Solvane inquiète, en pleine crise "
      "financière : Christine Lagarde redoute un effet sur les emprunts, l'investissement et le "
      "chômage, après la faillite de Lehman Brothers.")
CRISIS = ("La crise va compliquer les emprunts des Français",
          "La crise financière née de la faillite de Lehman Brothers va compliquer les emprunts "
          "des ménages et l'investissement des entreprises, prévient Christine Lagarde. Le "
          "chômage pourrait remonter dès l'hiver, selon les économistes.")
STREAM = (("a1", A1, 0.0), ("a2", A2, 0.05), ("crisis", CRISIS, 0.1), ("a3", A3, 0.15),
          ("a4", A4, 0.2))


def _fed(moves: bool) -> Stories:
    stories = _warm()
    stories.take_moved()  # the demo corpus's own moves
    stories.core_moves = moves
    for article_id, (title, body), day in STREAM:
        _story(stories, article_id, title, body, day)
    return stories


def test_a_lone_piece_sharing_no_core_term_stays_out_of_the_grown_story() -> None:
    stories = _fed(moves=True)
    assert {stories.story_of[a] for a in ("a1", "a2", "a3", "a4")} == {"a1"}
    assert stories.story_of["crisis"] == "crisis"
    assert stories.take_moved() == {}


def test_without_the_rule_it_moved_in() -> None:
    """The fault this rule fixes (as before r-rpm54): the crisis piece moved in."""
    stories = _fed(moves=False)
    assert stories.story_of["crisis"] == "a1"


def test_a_lone_report_of_the_event_still_moves_in() -> None:
    stories = _warm()
    stories.take_moved()
    title, body = A2
    _story(stories, "early", "Solvane : un trader en garde à vue après une perte géante",
           body, 0.0)
    for article_id, (t, b), day in (("a1", A1, 0.3), ("a3", A3, 0.35), ("a4", A4, 0.4)):
        _story(stories, article_id, t, b, day)
    assert stories.active[stories.story_of["a1"]].size >= CORE_MOVE_SIZE
    assert stories.story_of["early"] == stories.story_of["a1"]


def test_who_is_asked() -> None:
    assert not core_asked(2, merges=False, moves=True)
    assert core_asked(CORE_MOVE_SIZE, merges=False, moves=True)
    assert not core_asked(CORE_MOVE_SIZE, merges=False, moves=False)
    assert core_asked(2, merges=True, moves=False)


def _record(article_id: str, title: str, body: str, when: datetime) -> tuple[str, bytes]:
    record = {"title": title, "text": body, "date": when.isoformat(),
              "url": f"https://{article_id}.example/news", "source": f"{article_id}.example"}
    return f"{article_id}.jsonl", json.dumps(record, ensure_ascii=False).encode()


def _records() -> list[tuple[str, bytes]]:
    start = datetime(2026, 11, 2, 8, tzinfo=UTC)
    return [_record(a, t, b, start + timedelta(hours=24 * day))
            for a, (t, b), day in STREAM]


def _partition(store: SQLiteStore, ids: list[str]) -> list[list[int]]:
    of = store.story_of(ids)
    groups: dict[str, list[int]] = {}
    for n, article in enumerate(ids):
        groups.setdefault(of[article][0], []).append(n)
    return sorted(groups.values())


def _warmed(path: Path) -> SQLiteStore:
    """A real SQLite store that has read the demo corpus (2012: its stories long closed, its
    document frequencies kept), as :func:`_warm` in memory."""
    store = SQLiteStore.open(path)
    ingest_texts(store, [("demo.jsonl", DEMO.read_bytes())])
    return store


def test_the_store_gives_the_same_stories_one_batch_or_one_each(tmp_path: Path) -> None:
    """A real SQLite store, warmed: each record in its own ingest, and all in one, give the
    same stories (the rule reads the stories' state only: a replay takes the same moves).
    Through the pipeline the shape joins earlier, while the loss's story holds two members
    (its terms there leave the first two reports apart: no move into a story of three is
    asked), so this checks the replay, not the rule (r-rpm54's report)."""
    one_each = _warmed(tmp_path / "one.db")
    all_at_once = _warmed(tmp_path / "all.db")
    try:
        ids = [i for r in _records() for i in ingest_texts(one_each, [r]).new_ids]
        batch = ingest_texts(all_at_once, _records()).new_ids
        assert len(ids) == len(batch) == len(STREAM)
        assert _partition(one_each, ids) == _partition(all_at_once, batch)
    finally:
        one_each.close()
        all_at_once.close()

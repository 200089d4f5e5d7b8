"""Re-running an interrupted ingest with the same ``--source`` says nothing of the source:
it was applied (t-final55 B2: 200 notes "--source 'journal-local.fr' not applied" about
inputs stored with that very source). Another source given still gets its note. Real
SQLite store."""

from __future__ import annotations

from pathlib import Path

from test_ingest_t_final49 import CAPTURE
from veille.ingest import ingest_paths
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore


def test_the_same_source_again_gives_no_note(tmp_path: Path, store: SQLiteStore,
                                             settings: Settings) -> None:
    capture = tmp_path / "navette.txt"
    capture.write_text(CAPTURE, encoding="utf-8")
    first = ingest_paths(store, [capture], settings=settings, source="journal-local.fr")
    assert first.new == 1
    again = ingest_paths(store, [capture], settings=settings, source="Journal-Local.fr ")
    assert (again.new, again.duplicate) == (0, 1)
    assert not [n for n in again.notes if "--source" in n], again.notes
    other = ingest_paths(store, [capture], settings=settings, source="autre-journal.fr")
    said = [n for n in other.notes if "--source" in n]
    assert len(said) == 1 and "'autre-journal.fr' not applied" in said[0]

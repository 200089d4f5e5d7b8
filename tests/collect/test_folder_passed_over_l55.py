"""A folder's files whose name is of no input kind are told, not passed over silently
(t-final55 B1: `veille ingest bad/` said nothing of junk.bin, and the summary did not
count it); named alone, such a file is read. Real SQLite store."""

from __future__ import annotations

from pathlib import Path

from veille.ingest import ingest_paths
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

TEXT = ("Le conseil municipal de Morlaix a voté lundi soir le budget de l'année prochaine, "
        "après quatre heures de débat sur la rénovation des écoles et le prix des cantines.\n")


def test_a_folder_walk_tells_the_files_it_passes_over(
        tmp_path: Path, store: SQLiteStore, settings: Settings) -> None:
    folder = tmp_path / "depot"
    folder.mkdir()
    (folder / "article.txt").write_text("Budget voté à Morlaix\n\n" + TEXT, encoding="utf-8")
    (folder / "junk.bin").write_bytes(bytes(range(256)) * 4)
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (folder / ".hidden").write_text("x", encoding="utf-8")
    done = ingest_paths(store, [folder], settings=settings)
    assert (done.read, done.new, done.failed) == (1, 1, 0)
    [note] = [n for n in done.notes if "passed over" in n]
    assert "passed over 2 files" in note and "junk.bin" in note and "photo.jpg" in note
    assert ".bin 1" in note and ".jpg 1" in note and ".hidden" not in note


def test_a_folder_of_inputs_only_says_nothing_more(
        tmp_path: Path, store: SQLiteStore, settings: Settings) -> None:
    folder = tmp_path / "depot"
    folder.mkdir()
    (folder / "article.txt").write_text("Budget voté à Morlaix\n\n" + TEXT, encoding="utf-8")
    done = ingest_paths(store, [folder], settings=settings)
    assert not [n for n in done.notes if "passed over" in n]

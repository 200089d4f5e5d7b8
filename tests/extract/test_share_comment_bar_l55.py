"""A share button beside a comments button after the text ("Teilen  Kommentare") is page
chrome, never the article's signed author (t-final55b A2: an NDR capture's author was
"Teilen Kommentare"). A name signed after the text is still its author. Real SQLite store."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.extract.chrome_lines import share_bar
from veille.ingest import ingest_paths
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

TEXT = ("NDR\nSuche\nMecklenburg-Vorpommern\nSturmflut an der Ostsee\n"
        "Stand: 01.12.2026 11:20 Uhr\n"
        "Nach dem schweren Sturm haben Einsatzkräfte an der Küste von Usedom und Rügen am "
        "Montag mit den Aufräumarbeiten begonnen, die noch mehrere Wochen dauern könnten.\n"
        "Die Landesregierung will am Donnerstag über Soforthilfen beraten, teilte das "
        "Ministerium in Schwerin mit.\n{end}\n")


@pytest.mark.parametrize("line", ["Teilen  Kommentare", "Partager Commentaires",
                                  "Share Comments", "Facebook Twitter"])
def test_share_and_comment_buttons_are_a_share_bar(line: str) -> None:
    assert share_bar(line)


@pytest.mark.parametrize("line", ["Anna Teilen", "Kommentare", "Jean Partager Dupont"])
def test_other_lines_are_not(line: str) -> None:
    assert not share_bar(line)


def test_no_author_from_the_buttons(tmp_path: Path, store: SQLiteStore,
                                    settings: Settings) -> None:
    (tmp_path / "bar.txt").write_text(TEXT.format(end="Teilen  Kommentare"), encoding="utf-8")
    assert ingest_paths(store, [tmp_path / "bar.txt"], settings=settings).new == 1
    [article] = store.latest(limit=1)
    assert article.content is not None and article.content.authors == []


def test_a_signature_after_the_text_is_still_the_author(
        tmp_path: Path, store: SQLiteStore, settings: Settings) -> None:
    (tmp_path / "signed.txt").write_text(TEXT.format(end="Karin Wessel"), encoding="utf-8")
    assert ingest_paths(store, [tmp_path / "signed.txt"], settings=settings).new == 1
    [article] = store.latest(limit=1)
    assert article.content is not None and article.content.authors == ["Karin Wessel"]

# ruff: noqa: E501  (the capture holds paragraphs on one line, as pages do)
"""Markup pasted inside a line of a text capture goes as a space, so the line stays one:
"Amiens : <script>…</script> la cathédrale <img onerror=…> illuminée pour Noël" lost
"Amiens :" from its headline, cut off as a menu line (t-final55 A11). A script on lines of
its own still ends a block. Real SQLite store."""

from __future__ import annotations

from pathlib import Path

from veille.ingest import ingest_paths
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

CAPTURE = """Le Courrier picard
Rechercher
Amiens : <script>alert('x')</script> la cathédrale <img src=x onerror=alert(1)> illuminée pour Noël
Par Jean <b onmouseover=alert(2)>Dupont</b>
Publié le 4 décembre 2026 à 18h00
La cathédrale d'Amiens sera illuminée chaque soir du 12 décembre au 4 janvier, a annoncé jeudi la métropole, qui attend plus de cent mille visiteurs.
« Ce spectacle attire des visiteurs de toute la région chaque hiver », a déclaré l'adjointe au tourisme lors d'une conférence de presse.
"""

OWN_LINES = """Le Courrier picard
Amiens : la cathédrale illuminée pour Noël
<script>
var tracker = 1;
</script>
La cathédrale d'Amiens sera illuminée chaque soir du 12 décembre au 4 janvier, a annoncé jeudi la métropole, qui attend plus de cent mille visiteurs.
"""


def _title(tmp_path: Path, store: SQLiteStore, settings: Settings, text: str) -> str:
    path = tmp_path / "capture.txt"
    path.write_text(text, encoding="utf-8")
    assert ingest_paths(store, [path], settings=settings).new == 1
    [article] = store.latest(limit=1)
    assert article.content is not None
    return article.content.title


def test_markup_inside_the_headline_line_keeps_its_words(
        tmp_path: Path, store: SQLiteStore, settings: Settings) -> None:
    title = _title(tmp_path, store, settings, CAPTURE)
    assert title == "Amiens : la cathédrale illuminée pour Noël"


def test_a_script_on_lines_of_its_own_leaves_the_headline_alone(
        tmp_path: Path, store: SQLiteStore, settings: Settings) -> None:
    assert _title(tmp_path, store, settings, OWN_LINES) == \
        "Amiens : la cathédrale illuminée pour Noël"

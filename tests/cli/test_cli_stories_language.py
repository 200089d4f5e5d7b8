"""Regression (t-reader23 R9): ``veille stories`` in a French terminal printed French
counts, then "first published by", "(a copy is dated before the article it copies: …)",
"note: 2 of 10 shown"; ``veille duplicates`` "teaser of". One language per terminal
(``LANG``, as the counts and the copy marks follow it), from the web's catalogs. Real
ingest; texts in ``tests/fixtures/reader23/assises.jsonl``."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.cli.main import main

FIXTURE = Path(__file__).parents[1] / "fixtures" / "reader23" / "assises.jsonl"
LOCALE_VARS = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("assises") / "data"
    assert main(["--data-dir", str(root), "ingest", str(FIXTURE)]) == 0
    return root


def _run(data: Path, args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["--data-dir", str(data), *args]) == 0
    out = capsys.readouterr()
    return out.out + out.err


@pytest.mark.parametrize(("lang", "words", "foreign"), [
    ("fr_FR.UTF-8", ["publié en premier par AFP", "(un extrait est paru avant l’article "
                     "complet : Le Progrès", "note : 1 sur 2 affichées ; -n 2 les liste toutes",
                     "extrait de"],
     ["first published", "a teaser", "shown", "teaser of", "unknown"]),
    ("en_US.UTF-8", ["first published by AFP", "(a teaser came out before the full "
                     "article: Le Progrès", "note: 1 of 2 shown; -n 2 lists them all",
                     "teaser of"],
     ["publié", "extrait", "affichées"]),
])
def test_the_story_block_speaks_the_terminal_s_language(
        data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        lang: str, words: list[str], foreign: list[str]) -> None:
    for name in LOCALE_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)
    listed = _run(data, ["stories", "-n", "1"], capsys)
    teaser = "5b20cd2a7076da86"  # Le Progrès's paywalled excerpt (id: hash of its URL)
    out = listed + _run(data, ["duplicates", teaser], capsys)
    for word in words:
        assert word in out
    for word in foreign:
        assert word not in out


VERSIONS = Path(__file__).parents[1] / "fixtures" / "reader23" / "a7-update-first.jsonl"


@pytest.mark.parametrize(("lang", "mark"), [
    ("en_US.UTF-8", "[updated 2026-02-10 11:25 UTC+1]"),
    ("fr_FR.UTF-8", "[mis à jour le 2026-02-10 11:25 UTC+1]")])
def test_a_timeline_row_whose_headline_is_a_later_version_says_when_it_changed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        lang: str, mark: str) -> None:
    """t-reader23 R7: "le bilan … s'alourdit à trois morts" stood at 07:40, unmarked, when
    AFP said two dead at 07:40 and three at 11:25 (the version)."""
    for name in LOCALE_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "ingest", str(VERSIONS)]) == 0
    out = _run(data, ["stories", "0c131f81bfccaeca"], capsys)
    [row] = [line for line in out.splitlines() if "0c131f81bfccaeca  Drôme" in line]
    # each time on its article's own clock, with its offset (r-zones50)
    assert row.startswith("  2026-02-10 07:40 UTC+1  AFP ") and mark in row

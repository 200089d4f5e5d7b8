# ruff: noqa: E501  (the capture holds paragraphs on one line, as pages do)
"""t-final36 A2: ``aliases add EI Q2429253`` duplicated the shipped row ("added"), and
``aliases remove EI`` then removed both rows, the shipped one too, so "l'EI" stopped
naming the Islamic State. Now: add says the row is already in the table; remove removes the
user's rows only; a shipped row is hidden only with --shipped, and the message says how to
restore it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.cli.main import main

CAPTURE = """Irak Info
Accueil  Monde  Région

Attentat près de Mossoul, revendiqué par l'EI

Un attentat a fait quatre morts mardi près de Mossoul, dans le nord de l'Irak. L'attaque a été revendiquée par l'EI dans un communiqué diffusé mercredi.

Les forces irakiennes ont bouclé le secteur et mené plusieurs arrestations dans la nuit, selon un responsable local.

Les autorités craignent une recrudescence des attaques à l'approche de l'hiver dans la région.
"""


def _run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), *args])


def _rows(data: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    capsys.readouterr()
    assert _run(data, "aliases", "list", "--id", "Q2429253") == 0
    return [line for line in capsys.readouterr().out.splitlines() if line.startswith("EI\t")]


def test_adding_a_shipped_alias_says_so_and_adds_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert _run(data, "aliases", "add", "EI", "Q2429253") == 0
    out = capsys.readouterr().out
    assert "already in the table" in out and "added" not in out.replace("nothing added", "")
    assert len(_rows(data, capsys)) == 1


def test_removing_a_shipped_alias_needs_shipped_and_says_how_to_restore(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert _run(data, "aliases", "remove", "EI") != 0
    err = capsys.readouterr().err
    assert "shipped with veille" in err and "--shipped" in err
    assert len(_rows(data, capsys)) == 1
    assert _run(data, "aliases", "remove", "EI", "--id", "Q2429253", "--shipped") == 0
    assert "veille aliases add EI Q2429253" in capsys.readouterr().out
    assert _rows(data, capsys) == []
    assert _run(data, "aliases", "add", "EI", "Q2429253") == 0
    assert len(_rows(data, capsys)) == 1


def test_a_duplicate_left_by_an_older_add_is_the_one_removed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert _run(data, "aliases", "add", "Daech-bis", "Q2429253") == 0  # creates the user's copy
    table = data / "aliases.tsv"
    table.write_text(table.read_text("utf-8") + "EI\tQ2429253\tORG\tÉtat islamique\n", "utf-8")
    assert len(_rows(data, capsys)) == 2
    assert _run(data, "aliases", "remove", "EI") == 0
    assert "stays" in capsys.readouterr().out
    assert len(_rows(data, capsys)) == 1


def test_after_add_and_remove_the_alias_still_links_the_entity(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert _run(data, "aliases", "add", "EI", "Q2429253") == 0
    _run(data, "aliases", "remove", "EI")
    capture = tmp_path / "irak.txt"
    capture.write_text(CAPTURE, "utf-8")
    assert _run(data, "ingest", str(capture), "--source", "irakinfo.example") == 0
    assert _run(data, "enrich") == 0
    capsys.readouterr()
    assert _run(data, "latest", "--json") == 0
    article = json.loads(capsys.readouterr().out.splitlines()[0])
    assert _run(data, "show", article["id"], "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    ids = {e["id"] for e in shown["enrichment"]["entities"]}
    assert "Q2429253" in ids, ids

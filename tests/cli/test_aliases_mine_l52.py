"""`veille aliases list` printed the ~3,700 shipped rows before the user's own, with no way
to see only those (t-final52 B2): the user's rows come first, and `--mine` shows them
alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.cli.main import main


def _run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> list[str]:
    capsys.readouterr()
    assert main(["--data-dir", str(data), *args]) == 0
    return capsys.readouterr().out.splitlines()


def test_the_users_rows_first_and_alone_with_mine(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    _run(capsys, data, "aliases", "add", "Sdmis", "veille:sdmis", "--label", "ORG")
    _run(capsys, data, "aliases", "add", "les pompiers du Rhône", "veille:sdmis")
    every = _run(capsys, data, "aliases", "list")
    assert len(every) > 100, every[:3]
    assert {line.split("\t")[0] for line in every[:2]} == {"Sdmis", "les pompiers du Rhône"}
    mine = _run(capsys, data, "aliases", "list", "--mine")
    assert [line.split("\t")[1] for line in mine] == ["veille:sdmis", "veille:sdmis"], mine

"""The CLI says "date unknown" in the terminal's language (``LANGUAGE``, ``LC_ALL``,
``LC_MESSAGES``, ``LANG``), like the web UI, from the same strings (web/locales)."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.cli.main import main
from veille.cli.render import cli_language

LOCALE_VARS = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("undated")
    capture = root / "undated.txt"
    capture.write_text("Un communiqué sans date\n\n" + "Le texte d'un communiqué qui ne dit pas "
                       "quand il a paru, ni où, ni par qui il fut écrit. " * 3 + "\n",
                       encoding="utf-8")
    assert main(["--data-dir", str(root / "data"), "ingest", str(capture)]) == 0
    return root / "data"


def latest_line(data: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["--data-dir", str(data), "latest"]) == 0
    return capsys.readouterr().out.splitlines()[0]


@pytest.mark.parametrize(("env", "expected"), [
    ({"LANG": "fr_FR.UTF-8"}, "date inconnue, vu pour la première fois le "),
    ({"LC_ALL": "fr_CA.UTF-8", "LANG": "en_US.UTF-8"}, "date inconnue, vu pour la première"),
    ({"LANG": "en_GB.UTF-8"}, "date unknown, first seen "),
    ({"LANGUAGE": "en", "LANG": "fr_FR.UTF-8"}, "date unknown, first seen "),
    ({}, "date unknown, first seen "),
])
def test_date_unknown_in_the_terminal_language(data: Path, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch,
                                               env: dict[str, str], expected: str) -> None:
    for name in LOCALE_VARS:
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    line = latest_line(data, capsys)
    assert expected in line
    assert ("date unknown" in line) == expected.startswith("date unknown")


def test_cli_language() -> None:
    assert cli_language({"LANG": "fr_FR.UTF-8"}) == "fr"
    assert cli_language({"LC_MESSAGES": "fr", "LANG": "de_DE"}) == "fr"
    assert cli_language({"LANG": "C.UTF-8"}) == "en"
    assert cli_language({"LANG": "de_DE.UTF-8"}) == "en"
    assert cli_language({}) == "en"

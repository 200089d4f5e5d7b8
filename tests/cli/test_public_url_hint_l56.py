"""``saved add`` says when alerts will carry no link back to veille (t-final55b B4).

An article read from a file or a capture has no address of its own: its alert links to
veille's page for it only when ``public_url`` is set. The tester's alerts had no link and
nothing said why; ``saved add`` with an e-mail or a webhook now says how to set it, and
says nothing when it is set or when the search alerts nobody.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.cli.main import main

HINT = "public_url is not set"


def _add(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> str:
    assert main(["--data-dir", str(data), "saved", "add", *args]) == 0
    return capsys.readouterr().err


def test_alerting_search_without_public_url_says_how(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VEILLE_PUBLIC_URL", raising=False)
    monkeypatch.setenv("VEILLE_FETCH_ALLOW", "127.0.0.1")
    said = _add(capsys, tmp_path / "a", "trains", "rames", "--webhook", "http://127.0.0.1:9/h")
    assert HINT in said and "VEILLE_PUBLIC_URL" in said
    said = _add(capsys, tmp_path / "b", "trains", "rames", "--email", "ana@example.org")
    assert HINT in said


def test_no_hint_when_set_or_when_nobody_is_alerted(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VEILLE_PUBLIC_URL", raising=False)
    assert HINT not in _add(capsys, tmp_path / "a", "trains", "rames")
    monkeypatch.setenv("VEILLE_PUBLIC_URL", "https://veille.example.org")
    assert HINT not in _add(capsys, tmp_path / "b", "trains", "rames", "--email",
                            "ana@example.org")


def test_hint_said_once_not_on_every_update(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """t-final56b B3: the three-line note came back on every ``saved add`` of a name that
    already delivered; it is said when the search starts delivering, and again only if
    its deliveries were removed and are added back."""
    monkeypatch.delenv("VEILLE_PUBLIC_URL", raising=False)
    data = tmp_path / "a"
    assert HINT in _add(capsys, data, "trains", "rames", "--email", "ana@example.org")
    assert HINT not in _add(capsys, data, "trains", "rames OR trams")
    assert HINT not in _add(capsys, data, "trains", "rames", "--digest", "daily")
    assert HINT not in _add(capsys, data, "trains", "rames", "--email", "")
    assert HINT in _add(capsys, data, "trains", "rames", "--email", "bob@example.org")

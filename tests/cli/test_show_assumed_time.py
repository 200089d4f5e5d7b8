"""`veille show` labels a publication time read in an assumed zone, as `latest` and the
pages do (t-final34 A5: the SCMP's "8:15pm" printed as a stated 20:15+00:00). Real store,
through the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.cli.main import main

BODY = ("Le conseil municipal a voté mardi soir la rénovation complète de la piscine "
        "intercommunale, fermée depuis l'été dernier après une fuite importante. ") * 3


def _show(tmp_path: Path, capsys: pytest.CaptureFixture[str], dateline: str) -> str:
    capture = tmp_path / "page.txt"
    capture.write_text(f"La piscine rouvrira au printemps\n\n{dateline}\n\n{BODY}\n\n"
                       f"{BODY.replace('mardi', 'mercredi')}\n", encoding="utf-8")
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "ingest", str(capture)]) == 0
    assert main(["--data-dir", str(data), "latest", "--json"]) == 0
    article_id = capsys.readouterr().out.split('"id": "')[1].split('"')[0]
    assert main(["--data-dir", str(data), "show", article_id]) == 0
    return next(line for line in capsys.readouterr().out.splitlines()
                if line.strip().startswith("published:"))


@pytest.mark.parametrize("lang", ["C", "fr_FR.UTF-8"])
def test_a_time_printed_with_no_zone_is_labelled_assumed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        lang: str) -> None:
    monkeypatch.setenv("LANG", lang)
    line = _show(tmp_path, capsys, "Publié le 01/12/2026 à 18h42")
    assert "2026-12-01T18:42:00+01:00" in line
    assert "(assumed zone: Europe/Paris)" in line or "(fuseau supposé: Europe/Paris)" in line


def test_a_time_with_its_zone_is_not(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = _show(tmp_path, capsys, "Publié le 01/12/2026 à 18h42 (heure de Paris)")
    assert "2026-12-01T18:42:00+01:00" in line and "(" not in line

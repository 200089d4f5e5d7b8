"""An export read back into a new store kept its version chain but lost when its current
content was read: the current version was "seen by veille" at the article's first-seen
time, before the version it replaced (t-final52 A15). And `veille duplicates` printed a
version's declared time bare beside veille's UTC column, so a Paris 16:05 (15:05 UTC)
read as later than a 15:30 UTC it preceded (t-final52 A17)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from veille.cli.main import main

PAGE = """<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>{title} - Le Journal du Ponant</title>
<link rel="canonical" href="https://www.journal-ponant.fr/mer/naufrage-ouessant.html">
</head><body><article><h1>{title}</h1>
<p class="date">Publié le 5 décembre 2026 à 09h00{updated}</p>
<p>Un chalutier a fait naufrage dans la nuit au large de l'île d'Ouessant, dans le
Finistère, selon la préfecture maritime de l'Atlantique, qui a lancé les recherches.</p>
<p>{news} Les moyens de la marine nationale et un hélicoptère de la sécurité civile sont
engagés depuis l'aube dans une zone de forte houle.</p>
</article></body></html>"""


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


def _versions(tmp_path: Path, capsys: pytest.CaptureFixture[str], data: str) -> str:
    for n, (title, updated, news) in enumerate((
            ("Naufrage au large d'Ouessant : deux marins disparus", "",
             "Deux marins sont portés disparus."),
            ("Naufrage au large d'Ouessant : un marin retrouvé vivant",
             ", mis à jour à 13h20", "Un marin a été retrouvé vivant."),
            ("Naufrage au large d'Ouessant : les deux marins retrouvés vivants",
             ", mis à jour à 16h05", "Les deux marins ont été retrouvés vivants."))):
        page = tmp_path / f"v{n}.html"
        page.write_text(PAGE.format(title=title, updated=updated, news=news), "utf-8")
        _run(capsys, "--data-dir", data, "ingest", str(page))
        if n < 2:
            time.sleep(1.1)  # each content read at its own second
    [row] = [json.loads(line) for line in
             _run(capsys, "--data-dir", data, "export").splitlines()]
    return str(row["id"])


def test_an_exported_chain_keeps_when_its_current_content_was_read(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    article_id = _versions(tmp_path, capsys, data)
    before = json.loads(_run(capsys, "--data-dir", data, "duplicates", article_id,
                             "--json"))
    export = tmp_path / "all.jsonl"
    _run(capsys, "--data-dir", data, "export", "-o", str(export))
    other = str(tmp_path / "other")
    _run(capsys, "--data-dir", other, "ingest", str(export))
    after = json.loads(_run(capsys, "--data-dir", other, "duplicates", article_id,
                            "--json"))
    assert len(after["versions"]) == 2, after
    assert after["revised_at"] == before["revised_at"], (before, after)
    last_version_seen = after["versions"][-1]["seen_at"]
    assert after["revised_at"] >= last_version_seen, after
    # read back again, nothing changes
    _run(capsys, "--data-dir", other, "ingest", str(export))
    again = json.loads(_run(capsys, "--data-dir", other, "duplicates", article_id,
                            "--json"))
    assert again["revised_at"] == before["revised_at"], again


def test_declared_times_carry_their_offset(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VEILLE_LANG", raising=False)
    data = str(tmp_path / "data")
    article_id = _versions(tmp_path, capsys, data)
    text = _run(capsys, "--data-dir", data, "duplicates", article_id)
    rows = [line for line in text.splitlines() if "Naufrage" in line and "UTC" in line]
    assert rows, text
    for line in rows:  # two columns of times, each with its zone
        assert line.count("UTC") == 2, line
    assert "16:05 UTC+1" in text, text

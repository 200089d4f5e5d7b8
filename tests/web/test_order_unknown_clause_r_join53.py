"""The story header's "publication order unknown" clause is short and true for any outlet
(r-join53; t-final52b B4: two UK outlets' same-day articles without a time were said to be
unordered because "an outlet … may print several (overseas) clocks", a clause about
overseas France, in a long sentence). Real store, CLI. Own text, written for veille (CC0)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_story_order_unknown import DISPATCH, OTHER

import veille
from veille.cli.main import main


def _line(host: str, title: str, text: list[str], published: str) -> str:
    return json.dumps({"title": title, "url": f"https://{host}/savoie", "source": host,
                       "text": "\n\n".join(text), "language": "fr",
                       "published": published}, ensure_ascii=False)


def test_the_order_unknown_clause_names_no_overseas_clock(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:
        v.ingest_bytes([("a.jsonl", "\n".join([
            _line("eveningpost.example", "Savoie : un glissement de terrain coupe une route",
                  DISPATCH, "2026-11-24"),
            _line("dailyecho.example", "Glissement de terrain : des hameaux isolés en Savoie",
                  OTHER, "2026-11-24")]).encode() + b"\n")])
    capsys.readouterr()
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANGUAGE", "en")
    assert main(["--data-dir", str(data), "stories"]) == 0
    out = capsys.readouterr().out
    assert "(publication order unknown: their times cannot be compared)" in out
    assert "overseas" not in out and "clock" not in out
    monkeypatch.setenv("LANGUAGE", "fr")
    assert main(["--data-dir", str(data), "stories"]) == 0
    out = capsys.readouterr().out
    assert "(ordre de publication inconnu : leurs heures ne se comparent pas)" in out
    assert "outre-mer" not in out

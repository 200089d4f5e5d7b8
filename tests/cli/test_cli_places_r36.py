"""`veille places` lists the places of the stored articles, as `veille entities` lists
entities (t-final35 B4: "error: no such command 'places'" while the web has /places):
count of articles, kind, country, id, name; --name, --country, --json. A real store
through the CLI."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from veille.cli.main import cli

TEXT = """Le Courrier du Vercors

Die : la foire aux noix avancée d'une semaine

Par Hélène Garnier
Publié le 02/12/2026 à 09h00

La foire aux noix de Die, dans la Drôme, se tiendra samedi, une semaine plus tôt que prévu. \
Des producteurs de Grenoble et de Valence sont attendus.
"""


def _run(data: Path, *args: str) -> str:
    ran = CliRunner().invoke(cli, ["--data-dir", str(data), *args])
    assert ran.exit_code == 0, ran.output
    return ran.output


def test_places_lists_counts_filters_and_json(tmp_path: Path) -> None:
    data = tmp_path / "data"
    capture = tmp_path / "die.txt"
    capture.write_text(TEXT, encoding="utf-8")
    _run(data, "ingest", str(capture))
    _run(data, "enrich")
    listed = _run(data, "places")
    assert "Grenoble" in listed and "Valence" in listed
    line = next(x for x in listed.splitlines() if x.endswith("Grenoble"))
    assert line.split()[0] == "1" and " FR " in line
    named = _run(data, "places", "--name", "Valen")
    assert "Valence" in named and "Grenoble" not in named
    assert _run(data, "places", "--country", "ES") == ""
    rows = [json.loads(x) for x in _run(data, "places", "--json", "-n", "2").splitlines()]
    assert len(rows) == 2 and {"id", "name", "country", "articles"} <= set(rows[0])

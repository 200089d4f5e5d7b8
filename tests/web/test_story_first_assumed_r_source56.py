# ruff: noqa: E501  (the inputs hold paragraphs on one line, as pages do)
"""Regression (r-source56, t-final55b A14): a latest row's "story began" time, read on a
clock veille assumed (a capture's "Publié le … à 09h20", no zone), is labelled as a
supposition, as the story page and the row's own time are: ``story_first_zone_assumed``
beside ``story_first`` in ``/api/v1/latest``, the same zone as the story's
``first_zone_assumed``. Real ingest through the CLI, real SQLite store, real server."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from web_kit import serve

from veille.cli.main import main

TEXT = """Un incendie a détruit dans la nuit de jeudi à vendredi un entrepôt de la zone portuaire de Libourne, a-t-on appris auprès des pompiers de la Gironde, qui ont mobilisé soixante hommes.
« Le feu a pris vers deux heures du matin et s'est propagé très vite à la toiture », a déclaré le commandant des opérations, Pierre Laborde, sur place.
L'entrepôt abritait des palettes de bouteilles vides destinées aux châteaux du Libournais. Aucun blessé n'est à déplorer, selon la préfecture.
Une enquête a été ouverte pour déterminer l'origine du sinistre, a indiqué le parquet de Libourne."""


OTHER = """Soixante pompiers de la Gironde ont lutté toute la nuit contre l'incendie d'un entrepôt de la zone portuaire de Libourne, détruit vendredi avant l'aube.
Selon le commandant Pierre Laborde, le feu s'est déclaré vers deux heures et a gagné la toiture en quelques minutes. La préfecture ne signale aucun blessé.
Le bâtiment stockait des palettes de bouteilles vides pour les châteaux du Libournais. Le parquet de Libourne a ouvert une enquête sur l'origine de l'incendie."""


def capture(outlet: str, when: str, text: str = TEXT) -> str:
    return f"""{outlet}
Libourne : un entrepôt du port détruit par un incendie
Publié le {when}
{text}
"""


def test_a_rows_story_start_says_its_zone_was_assumed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    (tmp_path / "a.txt").write_text(capture("Sud Ouest", "04/12/2026 à 07h10"), "utf-8")
    (tmp_path / "b.txt").write_text(capture("France Bleu", "04/12/2026 à 09h40", OTHER), "utf-8")
    for name in ("a.txt", "b.txt"):
        assert main(["--data-dir", str(data), "ingest", str(tmp_path / name)]) == 0
    capsys.readouterr()
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        rows = client.get("/api/v1/latest", params={"collapse": "true"}).json()["articles"]
        [row] = [r for r in rows if r["story_first"] is not None]
        story = client.get(f"/api/v1/stories/{row['story_id']}").json()
        assert story["first_zone_assumed"] == "Europe/Paris"
        assert row["story_first_zone_assumed"] == story["first_zone_assumed"]
        page = client.get("/").text
    began = page.partition('class="story-first"')[2].partition("</span></span>")[0]
    assert "assumed-time" in began

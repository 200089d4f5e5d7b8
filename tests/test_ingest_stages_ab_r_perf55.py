"""``bench/ingest_stages.py --before SRC`` with its default figures (no ``--stored`` nor
``--alone``) compares each scenario's CPU ms a capture and each stage's; it died with
``KeyError: 'ab'`` (r-perf54's report), its A/B knowing only the small writers' figures."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench" / "ingest_stages.py"
SRC = Path(__file__).resolve().parents[1] / "src"

CAPTURE = """Accueil  Actualités  Se connecter

Une crue de la Loire inonde les quais de Saumur

Publié le 3 février 2026 à 10h12

La Loire a débordé mardi à Saumur (Maine-et-Loire), où les quais ont été fermés à la
circulation, a annoncé la préfecture. Une centaine d'habitants ont été évacués.

Le niveau du fleuve devrait baisser jeudi, selon Vigicrues.

Mentions légales  Contact
"""


def test_before_with_the_default_figures_prints_their_medians(tmp_path: Path) -> None:
    renders = tmp_path / "w3m"
    renders.mkdir()
    (renders / "one.txt").write_text(CAPTURE, "utf-8")
    (renders / "two.txt").write_text(CAPTURE.replace("Saumur", "Tours"), "utf-8")
    run = subprocess.run(
        [sys.executable, str(BENCH), "--set", str(tmp_path), "--renderers", "w3m",
         "--repeat", "1", "--before", str(SRC), "--rounds", "1"],
        env={**os.environ, "PYTHONPATH": str(SRC)}, capture_output=True, text=True,
        timeout=600)
    assert run.returncode == 0, run.stderr[-500:]
    assert "medians of 1 alternated rounds" in run.stdout
    assert "fresh w3m: ms a capture" in run.stdout
    assert "fresh w3m: extraction (decode, capture)" in run.stdout

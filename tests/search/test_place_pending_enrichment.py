"""t-final31 U4: before ``veille enrich`` had run, ``search place:Nice`` said "no place of
that name", although the Nice-Matin articles were stored and only waited for enrichment.
The warning now says that changes wait for enrichment, and what to run. Real store, CLI."""

from __future__ import annotations

from pathlib import Path

from capture_kit import err, run_veille

CAPTURE = """Nice : le tramway prolongé jusqu'à l'aéroport

La métropole Nice Côte d'Azur a voté mardi le prolongement de la ligne 2 du tramway
jusqu'au terminal 2 de l'aéroport de Nice, a indiqué la mairie.

Les travaux doivent commencer au printemps, selon le président de la métropole.
"""


def test_a_place_search_before_enrichment_says_it_waits(tmp_path: Path) -> None:
    data = tmp_path / "data"
    page = tmp_path / "nice.txt"
    page.write_text(CAPTURE, "utf-8")
    assert run_veille(["ingest", str(page)], data_dir=data).returncode == 0
    before = err(run_veille(["search", "place:Nice"], data_dir=data))
    assert "wait" in before and "veille enrich" in before, before
    assert run_veille(["enrich"], data_dir=data).returncode == 0
    after = run_veille(["search", "place:Nice"], data_dir=data)
    assert "veille enrich" not in err(after)

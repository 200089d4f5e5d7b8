"""`stats`, `enrich`, `reenrich` and `aliases list` print JSON when asked (t-final62: they had
no ``--json`` while the listings beside them had one, "no such option").

Reports print one JSON object; listings one object per line, as `latest` and `entities` do."""

from __future__ import annotations

import json
from pathlib import Path

from capture_kit import err, run_veille

PAGE = """Le port de Brest rouvre ses quais

Le port de Brest a rouvert mardi ses quais principaux après huit mois de travaux, a annoncé
la chambre de commerce lors d'une conférence de presse.

« Nous attendons deux cents escales l'an prochain », a déclaré Yann Le Goff, président du port.
"""


def test_reports_and_alias_rows_as_json(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    data = tmp_path / "data"
    assert run_veille(["ingest", str(page)], data_dir=data).returncode == 0

    before = run_veille(["stats", "--json", "--failures"], data_dir=data)
    assert before.returncode == 0, err(before)
    counts = json.loads(before.stdout)
    assert counts["articles"] == 1 and counts["enrich_lag"] == 1
    assert counts["recent_failures"] == [] and isinstance(counts["failures"], int)

    enriched = run_veille(["enrich", "--json"], data_dir=data)
    assert enriched.returncode == 0, err(enriched)
    assert json.loads(enriched.stdout) == {"enriched": 1, "failed": 0, "pending": 0,
                                           "unread": {}, "errors": []}
    assert json.loads(run_veille(["stats", "--json"], data_dir=data).stdout)["enrich_lag"] == 0
    again = json.loads(run_veille(["reenrich", "--json"], data_dir=data).stdout)
    assert again["enriched"] == 1 and again["failed"] == 0

    assert run_veille(["aliases", "add", "le patron du port", "per:yann-le-goff"],
                      data_dir=data).returncode == 0
    rows = run_veille(["aliases", "list", "--json", "--mine"], data_dir=data)
    assert rows.returncode == 0, err(rows)
    lines = [json.loads(line) for line in rows.stdout.splitlines()]
    assert [(r["alias"], r["id"], r["mine"]) for r in lines] == \
        [("le patron du port", "per:yann-le-goff", True)]
    shipped = run_veille(["aliases", "list", "--json", "--grep", "Daech"], data_dir=data)
    assert shipped.stdout.strip() and all(
        not json.loads(line)["mine"] for line in shipped.stdout.splitlines())

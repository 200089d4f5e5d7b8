"""t-final32 #2: an export read back into a new store changed dates. A day-only date came
back as "00:00" with precision ``time``, every "(assumed zone)" mark was lost, and a story
moved a day. The export writes a day as midnight with an offset beside
``published_precision: day``, and its evidence says when the zone was assumed; reading it
back keeps both. Real stores, the installed command."""

from __future__ import annotations

import json
from pathlib import Path

from capture_kit import err, out, run_veille

DAY_ONLY = """Incendie : un entrepôt détruit à Voiron

Publié le 1 mars 2026

Un entrepôt a été détruit par un incendie dans la nuit à Voiron, a indiqué la préfecture.

Les pompiers sont restés mobilisés toute la journée pour éviter une reprise du feu.
"""
ASSUMED = """Grève : les cheminots mobilisés à Grenoble

Publié le 3 mars 2026 à 13h05

Les cheminots ont cessé le travail mardi à Grenoble pour protester contre la fermeture de
guichets, selon les syndicats.

La direction régionale a promis une réunion la semaine prochaine.
"""


def _latest(data: Path) -> dict[str, tuple[str, str, str]]:
    rows = [json.loads(line) for line in out(run_veille(["latest", "--json"],
                                                         data_dir=data)).splitlines()]
    return {r["id"]: (r["content"]["published"], r["content"]["published_precision"],
                      r["content"]["evidence"].get("timezone", ""))
            for r in rows}


def test_an_export_read_back_keeps_days_and_assumed_zones(tmp_path: Path) -> None:
    pages = []
    for name, text in (("day.txt", DAY_ONLY), ("time.txt", ASSUMED)):
        pages.append(tmp_path / name)
        pages[-1].write_text(text, "utf-8")
    first, second = tmp_path / "a", tmp_path / "b"
    done = run_veille(["ingest", *map(str, pages)], data_dir=first)
    assert done.returncode == 0, err(done)
    exported = tmp_path / "x.jsonl"
    assert run_veille(["export", "-o", str(exported)], data_dir=first).returncode == 0
    assert run_veille(["ingest", str(exported)], data_dir=second).returncode == 0
    before, after = _latest(first), _latest(second)
    assert sorted(p for _, p, _ in before.values()) == ["day", "time"]
    assert any(z.startswith("assumed") for _, _, z in before.values())  # Paris time
    assert after == before
    lines = out(run_veille(["latest"], data_dir=second))
    assert "00:00" not in lines and "(assumed zone)" in lines

"""Through the real CLI and store (h-nonprose62; issue 14/16, t-final61 #6): a body that is
no prose -- a keyword dump in an HTML page, a list of names in a wire item, a comma list of
tags in a feed item -- is stored, flagged, never enriched, never put in a real story and
never alerted, and `veille ingest`, `veille show` say so; a short real brief beside it (a
flash, a two-sentence dispatch) is enriched, clustered and alerted as before."""

from __future__ import annotations

import json
from pathlib import Path

from capture_kit import err, out, run_veille

BRIEF = {"uri": "urn:newsml:agence-loire.example:20261204:BRIEF-1", "type": "text",
         "version": "1", "pubstatus": "usable", "language": "fr",
         "firstcreated": "2026-12-04T10:00:00+01:00",
         "versioncreated": "2026-12-04T10:00:00+01:00",
         "headline": "Valbourg : un pont s'effondre sur la Sèvre, deux morts",
         "body_text": "VALBOURG, 4 déc (ALX) - Un pont s'est effondré jeudi matin sur la Sèvre "
                      "à Valbourg, faisant deux morts, a annoncé la préfecture.\n\nLa maire "
                      "Odile Marchetti a décrété un jour de deuil."}
NAMES = {"uri": "urn:newsml:agence-loire.example:20261204:IDX-1", "type": "text",
         "version": "1", "pubstatus": "usable", "language": "fr",
         "firstcreated": "2026-12-04T11:00:00+01:00",
         "versioncreated": "2026-12-04T11:00:00+01:00",
         "headline": "Index des sujets : Valbourg",
         "body_text": "Valbourg\nSèvre\npont\nOdile Marchetti\npréfecture\ndeuil\nLoire"}
DUMP = ("<!DOCTYPE html><html lang=fr><head><meta charset=utf-8><title>Mots-clés : Valbourg"
        "</title><meta property='article:published_time' content='2026-12-04T12:00:00+01:00'>"
        "</head><body><article><h1>Mots-clés : Valbourg, Sèvre</h1><p>valbourg sèvre pont "
        "effondrement morts préfecture marchetti deuil loire pompiers secours enquête "
        "circulation déviation bateaux riverains travaux expertise ingénieurs "
        "crue digue barrage maire conseil municipal</p></article>"
        "</body></html>")


def _rows(data: Path) -> dict[str, dict]:
    lines = out(run_veille(["export", "--format", "jsonl"], data_dir=data)).splitlines()
    rows = [json.loads(x) for x in lines if x.startswith("{")]
    return {Path(r["raw"]["origin"]).name: r for r in rows}


def test_non_prose_is_stored_flagged_alone_and_never_alerted(tmp_path: Path) -> None:
    brief, names, dump = (tmp_path / "brief.json", tmp_path / "names.json",
                          tmp_path / "dump.html")
    brief.write_text(json.dumps(BRIEF), "utf-8")
    names.write_text(json.dumps(NAMES), "utf-8")
    dump.write_text(DUMP, "utf-8")
    data = tmp_path / "data"
    assert run_veille(["saved", "add", "pont", "valbourg", "--email", "v@example.org"],
                      data_dir=data).returncode == 0
    result = run_veille(["ingest", str(brief), str(names), str(dump)], data_dir=data)
    said = err(result) + out(result)
    assert result.returncode == 0, said
    notes = [line for line in said.splitlines() if "no prose" in line]
    assert len(notes) == 2 and any("names.json" in n and "list" in n for n in notes) \
        and any("dump.html" in n and "keyword dump" in n for n in notes), said
    assert run_veille(["enrich"], data_dir=data).returncode == 0
    assert run_veille(["alerts", "send"], data_dir=data).returncode == 0
    rows = _rows(data)
    story = rows["brief.json"]["dedup"]["story_id"]
    for name in ("names.json", "dump.html"):
        row = rows[name]
        assert row["content"]["evidence"]["not_prose"], name
        assert not row["enrichment"]["entities"] and not row["enrichment"]["places"], name
        assert row["dedup"]["story_id"] == row["id"] != story, name
        shown = out(run_veille(["show", row["id"]], data_dir=data))
        assert "its body is no prose" in shown, shown
    assert "not_prose" not in rows["brief.json"]["enrichment"]
    assert rows["brief.json"]["enrichment"]["entities"]
    status = out(run_veille(["alerts", "status"], data_dir=data))
    assert "pont s'effondre" in status, status
    assert "Index des sujets" not in status and "Mots-clés" not in status, status

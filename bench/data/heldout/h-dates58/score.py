"""Score the h-dates58 held-out set: python score.py /path/to/veille-cli [cases.json].

Copies ``inputs/`` to a temporary folder, sets every file's modification time (the capture
time veille reads a saved file by) to 2026-03-10 12:00 UTC, ingests each file with its
``--source`` into a new store, runs ``enrich``, then checks each case of ``cases.json``:

- ``published``: the start of ``content.published`` (null: no publication date);
  ``precision``: ``content.published_precision``; ``evidence_has``: a word of
  ``content.evidence.published``; ``lead_starts``: the start of ``content.lead``;
- ``mention``/``value``: the first enrichment date whose text holds ``mention`` has the day
  ``value``;
- ``show_line``/``show_has``: the line of ``veille show`` holding ``show_line`` also holds
  ``show_has`` (English UI).

Prints one line per case, then ``total: K/N``."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

here = Path(__file__).parent
cli = sys.argv[1] if len(sys.argv) > 1 else "veille"
cases = json.loads((Path(sys.argv[2]) if len(sys.argv) > 2 else here / "cases.json").read_text())
CAPTURED = datetime(2026, 3, 10, 12, 0, tzinfo=UTC).timestamp()

with tempfile.TemporaryDirectory() as tmp:
    env = {**os.environ, "VEILLE_DATA_DIR": f"{tmp}/data", "VEILLE_LANG": "en", "LANG": "C.UTF-8"}
    files = f"{tmp}/in"
    shutil.copytree(here / "inputs", files)
    sources = {c["file"]: c["source"] for c in cases}
    for name, source in sources.items():
        os.utime(f"{files}/{name}", (CAPTURED, CAPTURED))
        subprocess.run([cli, "ingest", f"{files}/{name}", "--source", source], env=env,
                       capture_output=True, check=False)
    subprocess.run([cli, "enrich"], env=env, capture_output=True, check=False)
    out = subprocess.run([cli, "export"], env=env, capture_output=True, text=True).stdout
    records = {}
    for line in out.splitlines():
        if line.strip():
            r = json.loads(line)
            records[Path(r["raw"]["origin"]).name] = r
    shown: dict[str, str] = {}
    right = 0
    for case in cases:
        r = records.get(case["file"])
        got: object = "not stored"
        ok = False
        if r is not None:
            c = r["content"]
            if "published" in case:
                got = c.get("published")
                want = case["published"]
                ok = (got is None) if want is None else bool(got) and str(got).startswith(want)
                if "precision" in case:
                    ok = ok and c.get("published_precision") == case["precision"]
                    got = f"{got} ({c.get('published_precision')})"
                if "evidence_has" in case:
                    ev = (c.get("evidence") or {}).get("published", "")
                    ok = ok and case["evidence_has"] in ev
                    got = f"{got} [{ev}]"
            elif "lead_starts" in case:
                got = (c.get("lead") or "")[:30]
                ok = str(got).startswith(case["lead_starts"])
            elif "mention" in case:
                dates = (r.get("enrichment") or {}).get("dates") or []
                hit = next((d for d in dates if case["mention"] in d.get("text", "")), None)
                got = hit and hit.get("value")
                ok = got == case["value"]
            else:
                if r["id"] not in shown:
                    shown[r["id"]] = subprocess.run([cli, "show", r["id"]], env=env,
                                                    capture_output=True, text=True).stdout
                lines = [x for x in shown[r["id"]].splitlines() if case["show_line"] in x]
                got = lines[0].strip() if lines else "no such line"
                ok = bool(lines) and case["show_has"] in lines[0]
        right += ok
        want = {k: v for k, v in case.items() if k not in ("file", "source", "kind")}
        print(f"{'ok  ' if ok else 'FAIL'} {case['kind']:14} {case['file']:24} want {want} got {got}")
    print(f"total: {right}/{len(cases)}")

"""Score the h-dates59 held-out set: python score.py /path/to/veille-cli [cases.json].

Copies ``inputs/`` to a temporary folder, sets every file's modification time (the capture
time veille reads a saved file by) to 2026-03-10 12:00 UTC, ingests each file with its
``--source`` into a new store, runs ``enrich``, then checks each case of ``cases.json``:

- ``published``: the start of ``content.published`` (null: no publication date);
  ``precision``: ``content.published_precision``; ``evidence_has``: a word of
  ``content.evidence.published``; ``lead_starts``: the start of ``content.lead``;
- ``mention``/``value_ok``: the first enrichment date whose text holds ``mention`` has a
  value starting with one of ``value_ok`` (null in it: no such date is also right);
- ``updated``: ``content.updated`` starts with that day and keeps day precision
  (``updated_precision`` "day", or no clock time), not an invented midnight UTC;
- ``show_line``/``show_has``/``show_lacks``: the line of ``veille show`` holding
  ``show_line`` also holds ``show_has`` and not ``show_lacks`` (UI language ``lang``, "en"
  unless told).

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
    shown: dict[tuple[str, str], str] = {}
    right = 0
    for case in cases:
        r = records.get(case["file"])
        got: object = "not stored"
        ok = False
        if r is not None:
            c = r["content"]
            if "updated" in case:
                got = c.get("updated")
                prec = c.get("updated_precision")
                ok = bool(got) and str(got).startswith(case["updated"]) and (
                    prec == "day" or "T" not in str(got))
                got = f"{got} ({prec})"
            elif "mention" in case:
                dates = (r.get("enrichment") or {}).get("dates") or []
                hit = next((d for d in dates if case["mention"] in d.get("text", "")), None)
                got = hit and hit.get("value")
                ok = any((got is None) if w is None else bool(got) and str(got).startswith(w)
                         for w in case["value_ok"])
            else:
                lang = case.get("lang", "en")
                key = (r["id"], lang)
                if key not in shown:
                    shown[key] = subprocess.run([cli, "show", r["id"]],
                                                env={**env, "VEILLE_LANG": lang, "LANGUAGE": lang},
                                                capture_output=True, text=True).stdout
                lines = [x for x in shown[key].splitlines() if case["show_line"] in x]
                got = lines[0].strip() if lines else "no such line"
                ok = bool(lines) and case["show_has"] in lines[0] and not (
                    case.get("show_lacks") and case["show_lacks"] in lines[0])
        right += ok
        want = {k: v for k, v in case.items() if k not in ("file", "source", "kind")}
        print(f"{'ok  ' if ok else 'FAIL'} {case['kind']:14} {case['file']:24} want {want} got {got}")
    print(f"total: {right}/{len(cases)}")

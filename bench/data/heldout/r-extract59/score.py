"""Score the r-extract59 held-out set: python score.py /path/to/veille-cli [cases.json].

Copies ``inputs/`` to a temporary folder, sets every file's modification time (the capture
time veille reads a saved file by) to 2026-04-08 12:00 UTC, ingests each file with its
``--source`` into a new store, exports it, and checks per case:

- ``published``: the start of ``content.published`` (null: no publication date);
- ``credit``: ``content.evidence.credit`` (the agency the dateline credits);
- ``lead_starts``: the start of ``content.lead`` (the dateline is out of the lead).

Each of these is one check. Prints one line per check, then ``total: K/N``."""
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
CAPTURED = datetime(2026, 4, 8, 12, 0, tzinfo=UTC).timestamp()

with tempfile.TemporaryDirectory() as tmp:
    env = {**os.environ, "VEILLE_DATA_DIR": f"{tmp}/data", "VEILLE_LANG": "en", "LANG": "C.UTF-8"}
    files = f"{tmp}/in"
    shutil.copytree(here / "inputs", files)
    for case in cases:
        os.utime(f"{files}/{case['file']}", (CAPTURED, CAPTURED))
        subprocess.run([cli, "ingest", f"{files}/{case['file']}", "--source", case["source"]],
                       env=env, capture_output=True, check=False)
    out = subprocess.run([cli, "export"], env=env, capture_output=True, text=True).stdout
    records = {}
    for line in out.splitlines():
        if line.strip():
            r = json.loads(line)
            records[Path(r["raw"]["origin"]).name] = r
    right = total = 0
    for case in cases:
        r = records.get(case["file"])
        c = r["content"] if r else {}
        for key in ("published", "credit", "lead_starts"):
            if key not in case:
                continue
            want = case[key]
            if r is None:
                got, ok = "not stored", False
            elif key == "published":
                got = c.get("published")
                ok = (got is None) if want is None else bool(got) and str(got).startswith(want)
            elif key == "credit":
                got = (c.get("evidence") or {}).get("credit")
                ok = (not got) if want is None else got == want
            else:
                got = (c.get("lead") or "")[:40]
                ok = got.startswith(want)
            total += 1
            right += ok
            print(f"{'ok  ' if ok else 'FAIL'} {case['kind']:12} {key:11} want {want!r} got {got!r}")
    print(f"total: {right}/{total}")

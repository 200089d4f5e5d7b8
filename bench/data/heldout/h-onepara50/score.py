"""Held-out score for h-onepara50 (issue 14): run with PYTHONPATH=<worktree>/src from the
worktree root: `PYTHONPATH=$PWD/src .venv/bin/python bench/data/heldout/h-onepara50/score.py`.
A1: cases 01-06 (one body paragraph after the date): the paragraph is kept in `paragraphs`.
A8: cases 07-08 ("il y a quelques jours" / "a few days ago", published 4 Dec -> 1 Dec): the
vague date is shown as a day ("1er décembre" / "December 1"), not a month."""
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
VEILLE = [str(Path(sys.executable).parent / "veille")]
ok = total = 0
with tempfile.TemporaryDirectory() as tmp:
    env = {**os.environ, "VEILLE_DATA_DIR": tmp}
    run = lambda *a: subprocess.run(VEILLE + list(a), env=env, capture_output=True, text=True)  # noqa: E731
    for path in sorted(HERE.glob("*.txt")):
        run("ingest", str(path))
    run("enrich")
    rows = [json.loads(line) for line in run("export").stdout.splitlines() if line.strip()]
    by_origin = {Path(r["raw"]["origin"]).name: r for r in rows if r.get("raw")}
    from veille.web.i18n import load_locales
    locales = load_locales()
    for path in sorted(HERE.glob("*.txt")):
        rec = by_origin.get(path.name)
        total += 1
        if rec is None:
            print(f"FAIL {path.name}: not stored")
            continue
        if path.name[:2] in ("07", "08"):
            lang, want = ("fr", "1er décembre") if path.name.startswith("07") else ("en", "December 1")
            dates = (rec.get("enrichment") or {}).get("dates") or []
            shown = [locales[lang].mentioned(d["value"], d["granularity"], *(
                [d["unit"]] if "unit" in d else [])) for d in dates
                     if d["granularity"] == "vague"]
            good = any(want in s for s in shown)
            detail = shown
        else:
            body = path.read_text(encoding="utf-8").strip().splitlines()[-1]
            good = body in rec["content"]["paragraphs"]
            detail = rec["content"]["paragraphs"]
        ok += good
        print(("ok  " if good else "FAIL"), path.name, json.dumps(detail, ensure_ascii=False)[:160])
print(f"score: {ok}/{total}")

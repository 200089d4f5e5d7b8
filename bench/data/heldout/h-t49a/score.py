"""Score veille on the h-t49a held-out set; prints "right/total".

Run from the worktree root: PYTHONPATH=$PWD/src .venv/bin/python bench/data/heldout/h-t49a/score.py
Optional argument: the CLI to run (default: `veille` of the venv with the same PYTHONPATH).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

from veille.extract.text_capture import extract_text_capture

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
CLI = sys.argv[1:] or [str(ROOT / ".venv/bin/veille")]
results: list[tuple[str, bool]] = []


def check(name: str, ok: bool) -> None:
    results.append((name, bool(ok)))
    print(("ok   " if ok else "FAIL ") + name)


def cap(name: str):
    return extract_text_capture((HERE / name).read_text(encoding="utf-8"))


def said(r, word: str) -> bool:
    return any(word in str(v) for v in r.evidence.values())


# Look-alike paragraphs: every one kept, or the cut said (truncated + evidence).
for name, n, last in [("h01-conseil-deliberations.txt", 851, "La séance a été levée"),
                      ("h02-racecard-results.txt", 701, "The final race went off")]:
    r = cap(name)
    kept_all = len(r.paragraphs) == n
    check(f"{name}: all {n} paragraphs kept (got {len(r.paragraphs)})", kept_all)
    check(f"{name}: closing line kept, or the cut said",
          (bool(r.paragraphs) and r.paragraphs[-1].startswith(last))
          or (r.truncated and said(r, "paragraph")))
r = cap("h03-teaser-repeat.txt")
check("h03: the end teaser repeating the standfirst still dropped",
      bool(r.paragraphs) and r.paragraphs[-1].startswith("La direction prévoit"))
for name in ("h04-lesoleil-qc.txt", "h05-ledroit-gatineau.txt"):
    r = cap(name)
    off = r.published.utcoffset() if r.published else None
    check(f"{name}: dated UTC-5 (got {off})", off == timedelta(hours=-5))
for name, line in [("h06-rugby-top14.txt", "Essais : Ambadiang"),
                   ("h07-foot-national.txt", "Buteurs : Kanté")]:
    r = cap(name)
    check(f"{name}: scorers line kept",
          any(line in p for p in r.paragraphs) or said(r, line))

# CLI checks in a fresh data dir.
with tempfile.TemporaryDirectory() as tmp:
    env = dict(os.environ, VEILLE_DATA_DIR=tmp, PYTHONPATH=str(ROOT / "src"))

    def run(*args: str) -> str:
        p = subprocess.run([*CLI, *args], env=env, capture_output=True, text=True, timeout=600)
        return p.stdout + p.stderr

    run("ingest", str(HERE / "h08-records-corrections.jsonl"))
    latest = [json.loads(line) for line in run("latest", "--json", "-n", "50").splitlines()
              if line.startswith("{")]
    by_url = {a["url"]: a for a in latest}
    for a_url, want in [("correction-bridge-closure", True), ("fe-de-erratas", True),
                        ("errata-corrige", True), ("berichtigung", True),
                        ("erratum-collecte", True), ("erratum-le-film", False)]:
        art = next((a for u, a in by_url.items() if a_url in u), None)
        disclosure = json.dumps((art or {}).get("content") or {}, ensure_ascii=False)
        got = '"corrected"' in disclosure or "corrected" in json.dumps(
            ((art or {}).get("content") or {}).get("evidence", {}).get("disclosure", ""))
        check(f"h08 {a_url}: corrected={want} (got {got})", art is not None and got == want)
    out = run("ingest", str(HERE / "h09-feed-bad-dates.rss"))

    def date_note(item: str) -> bool:  # the note's text, not the file's name ("...-dates.rss")
        return any(item + ":" in line and "date" in line.split(item + ":", 1)[1].lower()
                   for line in out.splitlines())

    check("h09: a note for the impossible date (30 Feb)", date_note("#1"))
    check("h09: a note for the future date (2027)", date_note("#2"))
    run("ingest", str(HERE / "h05-ledroit-gatineau.txt"))
    out = run("ingest", "--source", "ledroit.com", str(HERE / "h05-ledroit-gatineau.txt"))
    check("h05 again with --source: the duplicate says the source was not applied",
          "--source" in out or "source" in out.replace("--source", "").lower().split("await")[0]
          and "duplicate 1" in out and "note" in out)
    run("ingest", str(HERE / "h10-de-lokal.txt"))
    out = run("enrich")
    arts = [json.loads(line) for line in run("latest", "--json", "-n", "50").splitlines()
            if line.startswith("{")]
    de = next(a for a in arts if (a.get("content") or {}).get("language", "").startswith("de"))
    shown = json.loads(run("show", "--json", de["id"]))
    found = bool((shown.get("enrichment") or {}).get("entities"))
    check("h10: the German notice does not say 'not extracted' when names were found",
          not (found and "not extracted" in out))

right = sum(ok for _, ok in results)
print(f"{right}/{len(results)}")

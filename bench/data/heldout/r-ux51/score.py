#!/usr/bin/env python3
"""Score the r-ux51 held-out set: what veille dropped, the source edit, "assumed", ranges.

Usage: python3 score.py VEILLE_CLI [WORK_DIR] [PORT]
  e.g. python3 score.py /work/vbin-r-ux51 /tmp/r-ux51/score 8751

One data directory per case. Prints one line per check ("ok" / "MISS" and its name),
then "checks R / N". What each check reads:

- ``dropped-json:<case>:<text>``: ``show ID --json`` lists a dropped block holding <text>
  with a non-empty reason (a top-level ``dropped`` list of ``{"reason", "text"}``);
- ``dropped-show:<case>:<text>``: ``show ID`` prints <text> (the body never holds it);
- ``body:<case>``: the paragraphs are unchanged (the chrome is not in them, the text is);
- ``edit:*``: ``edit ID --source X`` changes the source (``show --json``, ``latest --json``),
  records who and when, keeps the raw input, and survives ``reextract``;
- ``page:*``: the article page (fr, en) lists the dropped blocks; ``/stories`` says the
  clock was assumed ("supposée" / "assumed"); a range's tooltip names both ends.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS: list[tuple[str, bool]] = []


def check(name: str, ok: bool) -> None:
    RESULTS.append((name, bool(ok)))
    print(("ok   " if ok else "MISS ") + name)


def run(cli: str, data: Path, *args: str) -> str:
    out = subprocess.run([cli, "--data-dir", str(data), *args], capture_output=True,
                         text=True, check=False)
    return out.stdout


def only_id(cli: str, data: Path) -> str:
    lines = [x for x in run(cli, data, "latest", "-n", "5", "--json").splitlines()
             if x.startswith("{")]
    return json.loads(lines[0])["id"] if lines else ""


def dropped_case(cli: str, work: Path, case: str, chrome: list[str], kept: list[str]) -> None:
    data = work / case
    run(cli, data, "ingest", str(HERE / "cases" / case))
    aid = only_id(cli, data)
    try:
        record = json.loads(run(cli, data, "show", aid, "--json"))
    except json.JSONDecodeError:
        record = {}
    dropped = record.get("dropped") or []
    text = run(cli, data, "show", aid)
    body = " ".join((record.get("content") or {}).get("paragraphs") or [])
    for line in chrome:
        check(f"dropped-json:{case}:{line}", any(
            isinstance(d, dict) and line in str(d.get("text", "")) and d.get("reason")
            for d in dropped))
        check(f"dropped-show:{case}:{line}", line in text and line not in body)
    check(f"body:{case}", all(k in body for k in kept)
          and not any(c in body for c in chrome))


def edit_case(cli: str, work: Path) -> None:
    data = work / "03"
    run(cli, data, "ingest", str(HERE / "cases" / "03-fr-no-source.txt"))
    aid = only_id(cli, data)
    raw_before = run(cli, data, "show", aid, "--raw")
    run(cli, data, "edit", aid, "--source", "midilibre.fr")
    try:
        record = json.loads(run(cli, data, "show", aid, "--json"))
    except json.JSONDecodeError:
        record = {}
    check("edit:show-json-source", record.get("source") == "midilibre.fr")
    latest = [json.loads(x) for x in run(cli, data, "latest", "--json").splitlines()
              if x.startswith("{")]
    check("edit:latest-source", bool(latest) and latest[0].get("source") == "midilibre.fr")
    edit = (record.get("ext") or {}).get("source_edit") or {}
    check("edit:recorded-who-when", bool(edit.get("by")) and bool(edit.get("at")))
    check("edit:raw-kept", raw_before != "" and run(cli, data, "show", aid, "--raw")
          == raw_before)
    run(cli, data, "reextract")
    try:
        again = json.loads(run(cli, data, "show", aid, "--json"))
    except json.JSONDecodeError:
        again = {}
    check("edit:survives-reextract", again.get("source") == "midilibre.fr")
    hits = run(cli, data, "search", "vigilance", "--json")
    check("edit:search-source", "midilibre.fr" in hits)


def get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=30) as answer:
            return answer.read().decode("utf-8", "replace")
    except OSError:
        return ""


def page_case(cli: str, work: Path, port: int) -> None:
    data = work / "01"
    run(cli, data, "enrich")
    aid = only_id(cli, data)
    server = subprocess.Popen([cli, "--data-dir", str(data), "serve", "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(120):
            if get(base + "/api/v1/health") or get(base + "/"):
                break
            time.sleep(0.5)
        fr = get(f"{base}/articles/{aid}?lang=fr")
        en = get(f"{base}/articles/{aid}?lang=en")
        check("page:fr-dropped-listed", "Dernières Infos" in fr and "Rechercher" in fr)
        check("page:en-dropped-listed", "Dernières Infos" in en and "Partager sur X" in en)
        stories_fr = get(f"{base}/stories?lang=fr")
        stories_en = get(f"{base}/stories?lang=en")
        check("page:stories-fr-assumed", "supposée" in stories_fr)
        check("page:stories-en-assumed", "assumed" in stories_en)
        tips = [x for x in fr.split('class="mention date"')[1:] if "3 au 5" in x[:400]
                or "5 décembre" in x[:400]]
        check("page:range-tooltip", any("5 décembre" in x.split(">", 1)[0] for x in tips))
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> int:
    cli = sys.argv[1]
    work = Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/r-ux51/score")
    port = int(sys.argv[3]) if len(sys.argv) > 3 else 8751
    shutil.rmtree(work, ignore_errors=True)
    os.environ.pop("VEILLE_DATA_DIR", None)
    dropped_case(cli, work, "01-fr-chrome-range.txt",
                 ["Rechercher", "Dernières Infos", "Accepter les cookies",
                  "Partager sur Facebook", "Lire aussi : Les prix"],
                 ["selon un communiqué publié mardi soir", "reporter leurs déplacements"])
    dropped_case(cli, work, "02-en-chrome.txt",
                 ["Search", "Most read", "Share this article", "morning newsletter"],
                 ["cargo ship struck a pillar", "forty thousand vehicles"])
    shutil.move(str(work / "01-fr-chrome-range.txt"), str(work / "01"))
    page_case(cli, work, port)
    edit_case(cli, work)
    right = sum(ok for _, ok in RESULTS)
    print(f"checks {right} / {len(RESULTS)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

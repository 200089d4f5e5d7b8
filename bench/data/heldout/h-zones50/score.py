#!/usr/bin/env python3
"""Score the h-zones50 held-out set: the clock a record or capture is read on, and how lists show it.

Usage: python3 score.py VEILLE_CLI [WORK_DIR] [-v]
  e.g. python3 score.py /work/vbin-h-zones50 /tmp/h-zones50-score

Each case (a JSON record, JSON Lines, ninjs item, or a text capture with no address) is
ingested alone into its own data directory. Four checks per case, named by its gold line:
- ``zone``: ``evidence.timezone`` (``veille export --format jsonl``) names one of ``zones``;
- ``published``: ``content.published`` is the gold instant (UTC given in the gold);
- ``stories``: ``veille stories`` (the text list) prints the time on the clock the article was
  read on: the gold ``local`` day and time ("2026-12-02" and "21:40") on its story's lines;
- ``latest``: ``veille latest`` prints the same local day and time (one article, one clock).
Prints one line per failed check, then "checks R / N".
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    args = [a for a in sys.argv[1:] if a != "-v"]
    verbose = "-v" in sys.argv
    cli = args[0]
    work = Path(args[1] if len(args) > 1 else "/tmp/h-zones50-score")
    shutil.rmtree(work, ignore_errors=True)
    gold = [json.loads(line) for line in (HERE / "gold.jsonl").read_text().splitlines() if line]
    right = total = 0
    for n, case in enumerate(gold):
        data = work / f"d{n}"
        data.mkdir(parents=True)
        path = work / case["file"]
        shutil.copy(HERE / "cases" / case["file"], path)
        env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TZ": "UTC"}
        run = [cli, "--data-dir", str(data)]
        subprocess.run([*run, "ingest", str(path)], capture_output=True, text=True, env=env)
        out = subprocess.run([*run, "export", "--format", "jsonl"],
                             capture_output=True, text=True, env=env).stdout
        lines = [x for x in out.splitlines() if x.startswith("{")]
        content = json.loads(lines[0]).get("content") or {} if lines else {}
        said = (content.get("evidence") or {}).get("timezone") or ""
        got = content.get("published")
        same = got is not None and (datetime.fromisoformat(got)
                                    == datetime.fromisoformat(case["published"]))
        listing = subprocess.run([*run, "stories"], capture_output=True, text=True,
                                 env=env).stdout
        day, clock = case["local"].split()
        latest = subprocess.run([*run, "latest"], capture_output=True, text=True,
                                env=env).stdout
        checks = [
            ("zone", True, any(f"({z}" in said or f" {z}" in said for z in case["zones"])
             or said),
            ("published", case["published"], case["published"] if same else got),
            ("stories", True, (day in listing and clock in listing) or listing.strip()),
            ("latest", True, f"{day} {clock}" in latest or latest.strip()),
        ]
        for name, want, have in checks:
            total += 1
            if want == have:
                right += 1
                if verbose:
                    print(f"ok   {case['file']} {name}")
            else:
                print(f"MISS {case['file']} {name}: want {want!r} got {have!r}")
    print(f"checks {right} / {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

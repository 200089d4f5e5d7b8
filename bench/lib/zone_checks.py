"""The checks of the zone held-out sets (r-zones50, h-zones50): each case ingested alone into
its own data directory, then the clock it was read on (``evidence.timezone`` in ``veille
export``), its instant (``content.published``), and the local day and time the text lists
print (``veille stories``, and ``veille latest`` when asked). Prints one line per failed
check, then "checks R / N"."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import datetime
from pathlib import Path


def score(here: Path, argv: list[str], default_work: str, *, latest: bool = False) -> int:
    """Score the set in ``here`` (``gold.jsonl``, ``cases/``) with ``argv`` = ``VEILLE_CLI
    [WORK_DIR] [-v]``; ``latest``: also check ``veille latest``'s day and time."""
    args = [a for a in argv if a != "-v"]
    verbose = "-v" in argv
    cli = args[0]
    work = Path(args[1] if len(args) > 1 else default_work)
    shutil.rmtree(work, ignore_errors=True)
    gold = [json.loads(line) for line in (here / "gold.jsonl").read_text().splitlines() if line]
    right = total = 0
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TZ": "UTC"}
    for n, case in enumerate(gold):
        data = work / f"d{n}"
        data.mkdir(parents=True)
        path = work / case["file"]
        shutil.copy(here / "cases" / case["file"], path)
        run = [cli, "--data-dir", str(data)]

        def said_by(*command: str, run: list[str] = run) -> str:
            return subprocess.run([*run, *command], capture_output=True, text=True,
                                  env=env).stdout

        said_by("ingest", str(path))
        lines = [x for x in said_by("export", "--format", "jsonl").splitlines()
                 if x.startswith("{")]
        content = json.loads(lines[0]).get("content") or {} if lines else {}
        zone = (content.get("evidence") or {}).get("timezone") or ""
        got = content.get("published")
        same = got is not None and (datetime.fromisoformat(got)
                                    == datetime.fromisoformat(case["published"]))
        listing = said_by("stories")
        day, clock = case["local"].split()
        checks = [
            ("zone", True, any(f"({z}" in zone or f" {z}" in zone for z in case["zones"])
             or zone),
            ("published", case["published"], case["published"] if same else got),
            ("stories", True, (day in listing and clock in listing) or listing.strip()),
        ]
        if latest:
            shown = said_by("latest")
            checks.append(("latest", True, f"{day} {clock}" in shown or shown.strip()))
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

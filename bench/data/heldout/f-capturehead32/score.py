#!/usr/bin/env python3
"""Score the f-capturehead32 held-out set: headline exact matches through ``veille ingest``.

Usage: python3 score.py VEILLE_CLI [WORK_DIR]
  e.g. python3 score.py /work/vbin-main /tmp/fch-main

The captures are ingested as a person would (``veille ingest FILE [--source S]``), one data
directory per declared source (files naming the same source are ingested together, in file
order, so that a source's repeated masthead may be learnt as its chrome; files without a
source share one directory). Each stored title is compared with the gold headline after
whitespace normalisation. Prints one line per capture, then "headline exact R / N".
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent


def norm(text: str | None) -> str:
    return " ".join((text or "").split())


def main() -> int:
    cli = sys.argv[1]
    work = Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/fch-score")
    gold = [json.loads(line) for line in (HERE / "gold.jsonl").read_text().splitlines() if line]
    by_source: dict[str, list[dict]] = defaultdict(list)
    for record in gold:
        by_source[record["source"] or ""].append(record)
    titles: dict[str, str] = {}
    shutil.rmtree(work, ignore_errors=True)
    for n, (source, records) in enumerate(sorted(by_source.items())):
        data = work / f"d{n}"
        for record in records:  # in order: a group's earlier pages come first
            cmd = [cli, "--data-dir", str(data), "ingest", str(HERE / "captures" / record["file"])]
            if source:
                cmd += ["--source", source]
            subprocess.run(cmd, check=True, capture_output=True)
        out = subprocess.run([cli, "--data-dir", str(data), "export", "--format", "jsonl"],
                             check=True, capture_output=True, text=True).stdout
        for line in out.splitlines():
            row = json.loads(line)
            origin = Path(str(row["raw"].get("origin", ""))).name
            titles[origin] = row["content"]["title"]
    right = 0
    for record in gold:
        got = titles.get(record["file"])
        ok = norm(got) == norm(record["headline"])
        right += ok
        print(f"{'ok  ' if ok else 'MISS'} {record['file']}: {got!r}")
    print(f"headline exact {right} / {len(gold)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Score r-pubdates36's held-out set (publication dates of captures: month abbreviations of
other languages, an outlet's home time zone, "today"/"heute" datelines, IST decided by the
body, published/updated kept through export -> ingest) through the CLI. Each case is copied
into WORK_DIR (its file time is now: no capture time is known) and ingested into a store
of its own.

    python3 score.py VEILLE_WRAPPER WORK_DIR [-v]

Checks per case: the published instant (or day, or none); for a printed zone, that
evidence.timezone does not say "assumed"; for an outlet's home zone, that it does not say
"assumed (UTC)"; for a relative-only dateline, that evidence.published says "relative";
for the round trip, that published and updated are the same instants after
`export --format jsonl` and `ingest` of that file into a new store. Prints
"checks passed N/M".
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run(veille: str, data: Path, *args: str) -> str:
    done = subprocess.run([veille, "--data-dir", str(data), *args], capture_output=True,
                          text=True, timeout=300)
    return done.stdout + done.stderr


def same(got: str | None, want: str | None) -> bool:
    if want is None:
        return got is None
    if got is None:
        return False
    if len(want) == 10:
        return got[:10] == want
    return datetime.fromisoformat(got) == datetime.fromisoformat(want)


def content_of(veille: str, data: Path) -> dict:
    exported = [json.loads(x) for x in run(veille, data, "export", "--format", "jsonl")
                .splitlines() if x.startswith("{")]
    return exported[0].get("content") or {} if len(exported) == 1 else {}


def main() -> None:
    veille, work = sys.argv[1], Path(sys.argv[2])
    verbose = "-v" in sys.argv
    gold = [json.loads(line) for line in (HERE / "gold.jsonl").read_text().splitlines() if line]
    score = total = 0
    for case in gold:
        name = case["file"]
        data = work / name.split(".")[0]
        shutil.rmtree(data, ignore_errors=True)
        (data / "in").mkdir(parents=True)
        shutil.copy(HERE / "cases" / name, data / "in" / name)  # file time: now
        run(veille, data / "d", "ingest", *case.get("args", []), str(data / "in" / name))
        content = content_of(veille, data / "d")
        got = content.get("published")
        evidence = content.get("evidence") or {}
        checks = {"published": same(got, case["published"])}
        zone_said = evidence.get("timezone") or "assumed"
        if case.get("zone_printed"):
            checks["zone"] = not zone_said.startswith("assumed")
        if case.get("zone_source"):
            checks["zone"] = not zone_said.startswith("assumed (UTC)")
        if case.get("note"):
            checks["note"] = case["note"] in (evidence.get("published") or "")
        if case.get("roundtrip"):
            checks["updated"] = same(content.get("updated"), case["updated"])
            dump = data / "export.jsonl"
            dump.write_text(run(veille, data / "d", "export", "--format", "jsonl"), "utf-8")
            run(veille, data / "d2", "ingest", str(dump))
            again = content_of(veille, data / "d2")
            checks["rt_published"] = same(again.get("published"), case["published"])
            checks["rt_updated"] = same(again.get("updated"), case["updated"])
        score += sum(checks.values())
        total += len(checks)
        if verbose or not all(checks.values()):
            print(f"{name:30} {'ok' if all(checks.values()) else 'BAD'} "
                  f"{[k for k, v in checks.items() if not v]} got {got} "
                  f"tz={evidence.get('timezone')!r} pub={(evidence.get('published') or '')[:90]!r}")
    print(f"checks passed {score}/{total}")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        raise SystemExit(2)
    main()

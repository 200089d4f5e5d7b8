#!/usr/bin/env python3
"""Score r-pubdates35's held-out set (publication dates and zones of captures) through the
CLI: each case is copied into WORK_DIR (so its file time is now: no capture time is known)
and ingested into a store of its own; h13 is written at run time, dated two days after
today (a future-dated capture).

    python3 score.py VEILLE_WRAPPER WORK_DIR [-v]

Checks: the published instant (or day, or none); for a printed zone, that
evidence.timezone does not say "assumed"; for a relative-only dateline, that
evidence.published says why the article is undated; for the future capture, that ingest
prints a line naming the file and the printed date stays in evidence. Prints
"checks passed N/M".
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]


def run(veille: str, data: Path, *args: str) -> str:
    done = subprocess.run([veille, "--data-dir", str(data), *args], capture_output=True,
                          text=True, timeout=300)
    return done.stdout + done.stderr


def future_case(folder: Path) -> str:
    day = (datetime.now(UTC) + timedelta(days=2)).date()
    text = (f"L'Écho du Rouergue\nMenu\nRechercher\n\n"
            f"Rodez : la foire aux santons ouvre ses portes place de la Cité\n\n"
            f"Publié le {day.day} {MOIS[day.month - 1]} {day.year} à 09h30\n\n"
            f"Par Claire Vayssade\n\n"
            "La foire aux santons s'installe place de la Cité à Rodez avec une trentaine "
            "d'exposants venus de tout l'Aveyron et de Provence.\n\n"
            "Les visiteurs pourront rencontrer les artisans tous les après-midi, et un atelier "
            "de modelage est proposé aux enfants le mercredi.\n")
    (folder / "h13-future.txt").write_text(text, "utf-8")
    return day.isoformat()


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
        if name == "h13-future.txt":
            future_day = future_case(data / "in")
        else:
            shutil.copy(HERE / "cases" / name, data / "in" / name)  # file time: now
        said = run(veille, data / "d", "ingest", *case.get("args", []), str(data / "in" / name))
        exported = [json.loads(x) for x in run(veille, data / "d", "export").splitlines()
                    if x.startswith("{")]
        content = exported[0].get("content") or {} if len(exported) == 1 else {}
        got = content.get("published")
        evidence = content.get("evidence") or {}
        want = case["published"]
        if want is None:
            ok = got is None
        elif len(want) == 10:
            ok = got is not None and got[:10] == want
        else:
            ok = got is not None and datetime.fromisoformat(got) == datetime.fromisoformat(want)
        checks = {"published": ok}
        if case.get("zone_printed"):
            checks["zone"] = not evidence.get("timezone", "assumed").startswith("assumed")
        if case.get("note"):
            checks["note"] = case["note"] in evidence.get("published", "")
        if case.get("future"):
            lines = [ln for ln in said.splitlines() if name in ln]
            checks["said"] = bool(lines)
            checks["kept"] = future_day in json.dumps(evidence)
        score += sum(checks.values())
        total += len(checks)
        if verbose or not all(checks.values()):
            print(f"{name:34} {'ok' if all(checks.values()) else 'BAD'} "
                  f"{[k for k, v in checks.items() if not v]} got {got} "
                  f"tz={evidence.get('timezone')!r} pub={evidence.get('published')!r}")
    print(f"checks passed {score}/{total}")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        raise SystemExit(2)
    main()

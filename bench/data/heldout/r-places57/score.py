#!/usr/bin/env python3
"""Score the r-places57 held-out set (namesakes abroad, clocks moved by a passing mention,
quarters/markets/bridges named after towns, places missed, regions by their French name).

usage: python3 score.py VEILLE_CLI [--verbose]
Ingests articles.jsonl and captures/*.txt into a temporary store, enriches, exports, asks
``veille search --json`` for the ``query`` checks; prints checks right R/N by kind, the total
and the false answers. Checks: those of bench/lib/entity_checks.py, h-t49b's "place" and
"noplace", r-places55's ``["query", query, found]``, and ``["zone", tz]``: the capture's
time evidence says "assumed (Z)" with Z a zone of tz's clock (its offsets in January and July;
changed after the base run, see README: the base figure 33/51 is 35/51 so judged).
"""
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import peer_judge  # noqa: E402

PEER = peer_judge(HERE)


def _same_clock(zone: str, evidence: str) -> bool:
    """Whether the zone ``evidence`` says it assumed keeps ``zone``'s offsets in January and
    July (America/Campo_Grande is America/Manaus's clock: veille names one zone a clock)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    m = re.search(r"\(([A-Za-z_]+/[A-Za-z_/+-]+)\)", evidence)
    if not m:
        return False
    probes = [datetime(2026, 1, 15, 12), datetime(2026, 7, 15, 12)]
    return all(p.replace(tzinfo=ZoneInfo(zone)).utcoffset()
               == p.replace(tzinfo=ZoneInfo(m.group(1))).utcoffset() for p in probes)


def main() -> None:
    cli, verbose = sys.argv[1], "--verbose" in sys.argv
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as d:
        def run(*args: str) -> str:
            return subprocess.run([cli, "--data-dir", d, *args], check=True,
                                  capture_output=True, text=True).stdout
        run("ingest", str(HERE / "articles.jsonl"),
            *sorted(str(p) for p in (HERE / "captures").glob("*.txt")))
        run("enrich")
        records = {}
        for line in run("export", "--format", "jsonl").splitlines():
            rec = json.loads(line)
            records[rec.get("url") or rec.get("content", {}).get("url")] = rec
        hits = {}
        for q in {c[1] for g in gold for c in g["checks"] if c[0] == "query"}:
            out = subprocess.run([cli, "--data-dir", d, "search", "--json", "-n", "100", q],
                                 capture_output=True, text=True).stdout
            hits[q] = {h.get("url") for h in (json.loads(out).get("hits", []) if out else [])}
    tally, right, total, false = {}, 0, 0, 0
    for g in gold:
        record = records.get(g["url"]) or {}
        enrichment = record.get("enrichment") or {}
        for check in g["checks"]:
            if check[0] == "query":
                found = g["url"] in hits[check[1]]
                ok, got = found == check[2], found
            elif check[0] == "zone":
                got = ((record.get("content") or {}).get("evidence") or {}).get("timezone")
                ok = _same_clock(check[1], got or "")
            else:
                ok, got = PEER(check, enrichment, [], {})
            total, right = total + 1, right + ok
            false += (not ok) and got not in ("MISSED", None, False)
            t = tally.setdefault(check[0], [0, 0])
            t[0] += ok
            t[1] += 1
            if verbose and not ok:
                print(f"WRONG {g['url'].rstrip('/').rsplit('/', 1)[1]} {check}: got {got!r}")
    for kind, (r, n) in sorted(tally.items()):
        print(f"  {kind:8} {r}/{n}")
    print(f"checks right {right}/{total} = {right / total:.3f}; false answers {false}")


if __name__ == "__main__":
    main()

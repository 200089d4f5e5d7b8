#!/usr/bin/env python3
"""h-stories66 held-out score: ``python3 score.py VEILLE_CLI`` (README.md). All 24 records go
into one store, each ingested alone, in three orders (publication; reverse; every update
before its first text, then the follow-ups, the other events, the first texts); each gold
pair is checked per order. Prints one line per check and ``total: K/N``."""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from lib.story_pairs import Tally  # noqa: E402

HERE = Path(__file__).resolve().parent
RANK = {"1u": 0, "2": 1, "3": 2, "1": 3}


def orders(rows: list[dict]) -> dict[str, list[dict]]:
    """Order name -> the records in that order."""
    timed = sorted(rows, key=lambda r: (r["published"], r.get("updated") or ""))
    late = sorted(rows, key=lambda r: (RANK[r["id"][1:]], r["id"]))
    return {"publication": timed, "reverse": timed[::-1], "update first": late}


def stories(cli: str, rows: list[dict]) -> dict[str, str]:
    """URL -> story id, the records ingested one at a time in a fresh store."""
    with tempfile.TemporaryDirectory() as d:
        for k, row in enumerate(rows):
            path = Path(d) / f"r{k:02d}.jsonl"
            record = {key: v for key, v in row.items() if key != "id"}
            path.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
            subprocess.run([cli, "--data-dir", d, "ingest", str(path)], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out = subprocess.run([cli, "--data-dir", d, "export"], check=True,
                             capture_output=True, text=True).stdout
    found = [json.loads(x) for x in out.splitlines() if x.strip()]
    return {r["url"]: (r.get("dedup") or {}).get("story_id") or "solo:" + r["id"]
            for r in found}


if __name__ == "__main__":
    rows = [json.loads(x) for x in (HERE / "articles.jsonl").read_text("utf-8").splitlines()
            if x.strip()]
    gold = json.loads((HERE / "gold.json").read_text("utf-8"))
    tally = Tally()
    for name, ordered in orders(rows).items():
        story = stories(sys.argv[1], ordered)
        for a, b, together in gold["pairs"]:
            got = story[gold["articles"][a]["url"]] == story[gold["articles"][b]["url"]]
            tally.check(got == together, f"[{name}] {a} {b} want "
                        f"{'together' if together else 'apart'}, got "
                        f"{'together' if got else 'apart'}")
    tally.done()

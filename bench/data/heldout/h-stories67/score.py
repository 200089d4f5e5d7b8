#!/usr/bin/env python3
"""h-stories67 held-out score: ``python3 score.py VEILLE_CLI`` (README.md). The 20 records go
into a fresh store in publication order, then into another in reverse order, then into a third
in reverse order after the 24 unrelated records of the h-stories66 set (an extra store). Each
gold pair is checked per order; then, for each group of members that two stores put in one
story, whether the story has the same id there (issue 14). Prints one line per check and
``total: K/N``."""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from lib.story_pairs import Tally  # noqa: E402

HERE = Path(__file__).resolve().parent


def read(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]


def stories(cli: str, batches: list[list[dict]]) -> dict[str, str]:
    """URL -> story id (``solo:`` + article id when in no story), each batch one ingest."""
    with tempfile.TemporaryDirectory() as d:
        for k, rows in enumerate(batches):
            path = Path(d) / f"b{k}.jsonl"
            path.write_text("".join(json.dumps({key: v for key, v in r.items() if key != "id"},
                                               ensure_ascii=False) + "\n" for r in rows),
                            "utf-8")
            subprocess.run([cli, "--data-dir", d, "ingest", str(path)], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out = subprocess.run([cli, "--data-dir", d, "export"], check=True,
                             capture_output=True, text=True).stdout
    return {r["url"]: (r.get("dedup") or {}).get("story_id") or "solo:" + r["id"]
            for r in map(json.loads, filter(str.strip, out.splitlines()))}


if __name__ == "__main__":
    rows = read(HERE / "articles.jsonl")
    extra = read(HERE.parent / "h-stories66" / "articles.jsonl")
    gold = json.loads((HERE / "gold.json").read_text("utf-8"))
    timed = sorted(rows, key=lambda r: r["published"])
    runs = {"publication": [timed], "reverse": [timed[::-1]],
            "extra store": [extra, timed[::-1]]}
    tally = Tally()
    found: dict[str, dict[str, str]] = {}
    for name, batches in runs.items():
        story = found[name] = stories(sys.argv[1], batches)
        for a, b, together in gold["pairs"]:
            got = story[gold["articles"][a]["url"]] == story[gold["articles"][b]["url"]]
            tally.check(got == together, f"[{name}] {a} {b} want "
                        f"{'together' if together else 'apart'}, got "
                        f"{'together' if got else 'apart'}")
    urls = [gold["articles"][g]["url"] for g in sorted(gold["articles"])]
    first = found["publication"]
    for name in ("reverse", "extra store"):
        other = found[name]
        groups: dict[tuple[str, str], list[str]] = {}
        for u in urls:
            if not first[u].startswith("solo:") and not other[u].startswith("solo:"):
                groups.setdefault((first[u], other[u]), []).append(u.rsplit("/", 1)[1])
        for (a, b), members in sorted(groups.items()):
            if len(members) > 1:
                tally.check(a == b, f"[id publication vs {name}] {'+'.join(members)}: "
                            f"{a} / {b}")
    tally.done()

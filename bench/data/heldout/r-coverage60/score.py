#!/usr/bin/env python3
"""Score veille's links between stories of one event in other languages (r-coverage60).

usage: python3 score.py VEILLE_CLI
Ingests articles.jsonl (build.py) in a fresh data dir, enriches, reads
``veille stories --json``, and prints one line per pair of README.md: ``linked`` when the
two articles are in one story or their stories are linked as the same event in other
languages (``other_languages``), then precision and recall of the links and
"total: K/N" (a positive pair linked, a hard negative apart).
"""
import json
import os
import subprocess
import sys
import tempfile
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
EVENTS = {"E1": ("E1fr", "E1en", "E1de"), "E2": ("E2pt", "E2fr", "E2es"),
          "E3": ("E3it", "E3en", "E3ru"), "E4": ("E4de", "E4en", "E4fr"),
          "E5": ("E5ar", "E5fr")}
NEGATIVES = {"N1en": ("E1fr", "E1de"), "N2fr": ("E2pt", "E2es"), "N3en": ("E3it", "E3ru"),
             "N4fr": ("E4de", "E4en"), "N5en": ("E5ar", "E5fr")}


def read(cli: str) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Held-out id -> story id, and story id -> the stories linked to it."""
    rows = [json.loads(x) for x in open(os.path.join(HERE, "articles.jsonl"),
                                        encoding="utf-8") if x.strip()]
    with tempfile.TemporaryDirectory() as d:
        subprocess.run([cli, "--data-dir", d, "ingest", os.path.join(HERE, "articles.jsonl")],
                       check=True, stdout=subprocess.DEVNULL)
        subprocess.run([cli, "--data-dir", d, "enrich"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out = subprocess.run([cli, "--data-dir", d, "stories", "--json", "-n", "1000"],
                             check=True, capture_output=True, text=True).stdout
    by_url = {r["url"]: r["id"] for r in rows}
    story: dict[str, str] = {}
    links: dict[str, set[str]] = {}
    for s in json.loads(out):
        links[s["id"]] = {x["id"] for x in s.get("other_languages") or []}
        for item in s["items"]:
            if item.get("url") in by_url:
                story[by_url[item["url"]]] = s["id"]
    return story, links


def main() -> None:
    story, links = read(sys.argv[1])

    def linked(a: str, b: str) -> bool:
        sa, sb = story.get(a), story.get(b)
        return sa is not None and (sa == sb or sb in links.get(sa, set()))

    ok = total = tp = fp = positives = 0
    for event, ids in EVENTS.items():
        for a, b in combinations(ids, 2):
            got = linked(a, b)
            positives += 1
            tp += got
            ok += got
            total += 1
            print(f"{'ok  ' if got else 'FAIL'} {event} {a} {b} want linked, got "
                  f"{'linked' if got else 'apart'}")
    for neg, ids in NEGATIVES.items():
        for other in ids:
            got = linked(neg, other)
            fp += got
            ok += not got
            total += 1
            print(f"{'FAIL' if got else 'ok  '} {neg} {other} want apart, got "
                  f"{'linked' if got else 'apart'}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    print(f"links: precision {precision:.3f} recall {tp / positives:.3f} "
          f"({tp} of {positives} pairs linked, {fp} hard negatives linked)")
    print(f"total: {ok}/{total}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Score the h-t49b held-out set (places named after a building, a city's district as a
line's destination, entity kinds).

usage: python3 score.py VEILLE_CLI [--verbose]
Ingests articles.jsonl into a temporary store, enriches, exports; prints checks right R/N by
kind and the total. Entity checks are bench/lib/entity_checks.py's; "noplace" and "place" are
described in build.py.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import _answers, _judge, fold  # noqa: E402


def judge(check, enrichment, quote_lines, named):
    places = enrichment.get("places", [])
    if check[0] == "noplace":
        bad = [p for p in places if fold(p.get("mentioned_as")) == fold(check[1])
               and (check[2] is None or p.get("country") != check[2])]
        return not bad, [(p.get("id"), p.get("country")) for p in bad]
    if check[0] == "place":
        hit = [p for p in places if fold(check[1]) in (fold(p.get("mentioned_as")),
                                                       fold(p.get("name")))]
        return any(p.get(check[2]) == check[3] for p in hit), \
            [(p.get("id"), p.get(check[2])) for p in hit]
    return _judge(check, enrichment, quote_lines, named)


def main():
    cli, verbose = sys.argv[1], "--verbose" in sys.argv
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    records, quote_lines, named = _answers(cli, HERE, gold)
    by_kind, right, total = {}, 0, 0
    for g in gold:
        enrichment = (records.get(g["url"]) or {}).get("enrichment") or {}
        for check in g["checks"]:
            ok, got = judge(check, enrichment, quote_lines, named)
            total += 1
            right += ok
            tally = by_kind.setdefault(check[0], [0, 0])
            tally[0] += ok
            tally[1] += 1
            if verbose and not ok:
                print(f"WRONG {g['url'].rsplit('/', 1)[1]} {check}: got {got!r}")
    for kind, (r, n) in sorted(by_kind.items()):
        print(f"  {kind:8} {r}/{n}")
    print(f"checks right {right}/{total}")


if __name__ == "__main__":
    main()

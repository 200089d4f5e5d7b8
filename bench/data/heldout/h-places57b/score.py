#!/usr/bin/env python3
"""Score the h-places57b held-out set: ``python3 score.py VEILLE_CLI [--verbose]``; prints
checks right by kind, the total and the false answers (bench/lib/entity_checks.main with
h-t49b's place checks). A name that ``fold`` empties (Arabic script) is compared exactly:
h-t49b's folded comparison would match every place."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import fold, main, peer_judge  # noqa: E402

PEER = peer_judge(HERE)


def judge(check, enrichment, quote_lines, named):
    if check[0] not in ("place", "noplace") or fold(check[1]):
        return PEER(check, enrichment, quote_lines, named)
    places = enrichment.get("places", [])
    if check[0] == "noplace":
        bad = [p for p in places if p.get("mentioned_as") == check[1]
               and (check[2] is None or p.get("country") != check[2])]
        return not bad, [(p.get("id"), p.get("country")) for p in bad]
    hit = [p for p in places if check[1] in (p.get("mentioned_as"), p.get("name"))]
    return any(p.get(check[2]) == check[3] for p in hit), \
        [(p.get("id"), p.get(check[2])) for p in hit]


if __name__ == "__main__":
    main(HERE, judge=judge)

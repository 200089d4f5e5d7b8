#!/usr/bin/env python3
"""Score the h-t49b held-out set (places named after a building, a city's district as a
line's destination, entity kinds).

usage: python3 score.py VEILLE_CLI [--verbose]
Ingests articles.jsonl into a temporary store, enriches, exports; prints checks right R/N by
kind, the total and the false answers. Entity checks and the scoring are bench/lib/entity_checks.py's; "noplace" and "place" are
described in build.py.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import _judge, fold, main  # noqa: E402


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


if __name__ == "__main__":
    main(HERE, judge=judge)

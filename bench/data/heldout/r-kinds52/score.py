#!/usr/bin/env python3
"""Score the r-kinds52 held-out set (entity kinds of product models, companies after
"l'usine"/"catastrophe de", fragments of longer names, speakers bounded to a name,
Portuguese/Spanish/Russian speakers).

usage: python3 score.py VEILLE_CLI [--verbose]
Checks are bench/lib/entity_checks.py's, the h-t49b place checks (its judge, one copy) and
``["part", short, long]``: every mention written ``short`` is no entity or the entity of
the mention ``long``.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import main, peer_judge  # noqa: E402

_peer_judge = peer_judge(HERE)


def judge(check, enrichment, quote_lines, named):
    if check[0] == "part":
        mentions = [(m[2], e["id"]) for e in enrichment.get("entities", [])
                    for m in e["mentions"]]
        longer = {i for t, i in mentions if t == check[2]}
        bad = sorted({i for t, i in mentions if t == check[1] and i not in longer})
        return not bad, bad
    return _peer_judge(check, enrichment, quote_lines, named)


if __name__ == "__main__":
    main(HERE, judge=judge)

#!/usr/bin/env python3
"""Score the r-places58 held-out set (natural areas read as towns, a country's constituent
parts, storms, and venues, firms and streets named after persons or towns).

usage: python3 score.py VEILLE_CLI [--verbose]
Ingests articles.jsonl into a temporary store, enriches, exports; prints checks right R/N by
kind, the total and the false answers. Checks: bench/lib/entity_checks.py's, h-t49b's
"place" and "noplace", and:

- ``["nottown", surface]``: no place mentioned as ``surface`` (folded) is a settlement
  (kind capital, city, commune, locality): an area may be a region or no place;
- ``["notlabel", text, labels]``: no entity mention containing ``text`` has a label of
  ``labels``;
- ``["distinct", a, b]``: the places mentioned as ``a`` and ``b`` are found, with
  different ids (not merged into one).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import fold, main, peer_judge  # noqa: E402

PEER = peer_judge(HERE)
SETTLEMENT = {"capital", "city", "commune", "locality"}


def _mentioned(places, surface):
    return [p for p in places if fold(surface) in (
        fold(p.get("mentioned_as")), *(fold(a) for a in p.get("also_mentioned_as") or []))]


def judge(check, enrichment, quote_lines, named):
    places = enrichment.get("places", [])
    if check[0] == "nottown":
        bad = [(p.get("id"), p.get("kind"), p.get("country"))
               for p in _mentioned(places, check[1]) if p.get("kind") in SETTLEMENT]
        return not bad, bad
    if check[0] == "notlabel":
        bad = [(m[2], e["label"]) for e in enrichment.get("entities", [])
               for m in e["mentions"] if check[1] in m[2] and e["label"] in check[2]]
        return not bad, bad
    if check[0] == "distinct":
        a, b = _mentioned(places, check[1]), _mentioned(places, check[2])
        ids_a, ids_b = {p.get("id") for p in a}, {p.get("id") for p in b}
        return bool(a and b) and not ids_a & ids_b, (sorted(ids_a), sorted(ids_b))
    return PEER(check, enrichment, quote_lines, named)


if __name__ == "__main__":
    main(HERE, judge=judge)

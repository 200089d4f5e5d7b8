#!/usr/bin/env python3
"""Score the r-places52 held-out set (a place's clock, split clocks, namesakes chosen by the
text's own places, other languages' names).

usage: python3 score.py VEILLE_CLI [--verbose]
Entity checks and the scoring are bench/lib/entity_checks.py's; "noplace" and "place" are
the h-t49b set's (its judge, one copy); "tz", "pub" and "amb" are described in build.py.
"""
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib import entity_checks  # noqa: E402
from lib.entity_checks import fold, peer_judge  # noqa: E402

_peer_judge = peer_judge(HERE)
_answers = entity_checks._answers


def _keep(cli, here, gold):
    records, quotes, named = _answers(cli, here, gold)
    for rec in records.values():
        content = rec.get("content") or {}
        extra = rec.setdefault("enrichment", {}) or {}
        extra["_tz"] = str((content.get("evidence") or {}).get("timezone", ""))
        extra["_pub"] = content.get("published")
        rec["enrichment"] = extra
    return records, quotes, named


entity_checks._answers = _keep


def judge(check, enrichment, quote_lines, named):
    if check[0] == "tz":
        said = enrichment.get("_tz", "")
        return check[1].casefold() in said.casefold(), said
    if check[0] == "pub":
        got = enrichment.get("_pub")
        ok = got is not None and any(datetime.fromisoformat(got) == datetime.fromisoformat(w)
                                     for w in check[1])
        return ok, got
    if check[0] == "amb":
        hit = [p for p in enrichment.get("places", [])
               if fold(p.get("mentioned_as")) == fold(check[1])]
        return bool(hit) and all(bool(p.get("ambiguous")) == check[2] for p in hit), \
            [(p.get("id"), p.get("ambiguous")) for p in hit]
    return _peer_judge(check, enrichment, quote_lines, named)


if __name__ == "__main__":
    entity_checks.main(HERE, judge=judge)

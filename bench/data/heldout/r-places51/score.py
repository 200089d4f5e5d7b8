#!/usr/bin/env python3
"""Score the r-places51 held-out set (venues named after a place, regions and natural
features, political coinages, a split place vote's time zone evidence).

usage: python3 score.py VEILLE_CLI [--verbose]
Entity checks and the scoring are bench/lib/entity_checks.py's; "noplace" and "place" are
the h-t49b set's (its judge, one copy); "tz" is described in build.py.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib import entity_checks  # noqa: E402
from lib.entity_checks import peer_judge  # noqa: E402

_peer_judge = peer_judge(HERE)

_ZONES: dict[str, str] = {}


_answers = entity_checks._answers


def _keep(cli, here, gold):
    records, quotes, named = _answers(cli, here, gold)
    for url, rec in records.items():
        content = rec.get("content") or {}
        _ZONES[url] = str((content.get("evidence") or {}).get("timezone", ""))
        (rec.setdefault("enrichment", {}) or {})["_tz"] = _ZONES[url]
    return records, quotes, named


entity_checks._answers = _keep


def judge(check, enrichment, quote_lines, named):
    if check[0] == "tz":
        said = enrichment.get("_tz", "")
        return check[1].casefold() in said.casefold(), said
    return _peer_judge(check, enrichment, quote_lines, named)


if __name__ == "__main__":
    entity_checks.main(HERE, judge=judge)

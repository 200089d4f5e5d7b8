"""The scorer of the held-out date sets f-dates26, f-dates27 and q-dates27 (one copy; each
set's ``score_ho.py`` calls it).

Per gold mention, the first unused veille date whose text contains the gold text (strict: a
date that covers only part of the gold text, such as "le 1er" for "le 1er du mois prochain",
does not count). Gold value null: right when no veille date's text contains the gold text
(the "nowadays" "aujourd'hui", a part of day whose day is unknown). Gold value ending in "?":
that value, or no date at all, is right (a bare part of day in a narrative whose day is
known). With ``range_ends`` (q-dates27), the second end of a range written as one mention
("de jeudi 20 heures à samedi 6 heures") is right when that mention's ``until`` is the gold
day. Dates matched to no gold are listed as extras.

Inputs: the set's ``cases.jsonl`` (one case a line: ``id``, ``gold`` as ``[key, ISO value or
null, granularity]`` triples) and a ``veille export --format jsonl`` of the records its
``build_ho.py`` wrote (matched by the last segment of their URL). Output: one line per gold
mention, one per extra, then ``right R / T``.
"""
from __future__ import annotations

import json
import sys
from typing import Any


def _found(dates: list[dict[str, Any]], used: set[int], key: str) -> dict[str, Any] | None:
    """The first date not in ``used`` whose text contains ``key`` (case aside), marked used."""
    for k, d in enumerate(dates):
        if k not in used and key.lower() in d.get("text", "").lower():
            used.add(k)
            return d
    return None


def _range_end(dates: list[dict[str, Any]], key: str, gold: str) -> dict[str, Any] | None:
    """A mention holding ``key`` whose ``until`` is the gold day, read as that day."""
    for d in dates:
        if key.lower() in d.get("text", "").lower() and str(d.get("until") or "").startswith(gold):
            return dict(d, value=d.get("until"))
    return None


def right(got: dict[str, Any] | None, gold: str | None, granularity: str) -> bool:
    """Whether ``got`` (a veille date or None) is right for the gold value and granularity."""
    if gold is None:
        return got is None
    if gold.endswith("?"):
        return got is None or (str(got.get("value", "")).startswith(gold[:-1])
                               and got.get("granularity") == granularity)
    return bool(got) and str(got.get("value", "")).startswith(gold) and \
        got.get("granularity") == granularity


def score(cases_path: str, export_path: str, *, range_ends: bool = False) -> tuple[int, int]:
    """Print the per-mention lines and the total; return (right, total)."""
    with open(cases_path, encoding="utf-8") as f:
        cases = [json.loads(line) for line in f]
    exp = {}
    with open(export_path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            exp[r["url"].rsplit("/", 1)[1]] = r
    hits = total = 0
    for c in cases:
        dates = ((exp.get(c["id"]) or {}).get("enrichment") or {}).get("dates") or []
        used: set[int] = set()
        for key, gold, gran in c["gold"]:
            got = _found(dates, used, key)
            if range_ends and gold and (
                    got is None or not str(got.get("value", "")).startswith(gold)):
                got = _range_end(dates, key, gold) or got
            ok = right(got, gold, gran)
            hits += ok
            total += 1
            shown = (f"{got.get('value')} {got.get('granularity')} ({got.get('text')!r}, "
                     f"tense {got.get('tense')!r})") if got else None
            print(f"{c['id']} {'OK ' if ok else 'BAD'} {key!r}: gold {gold} {gran}, got {shown}")
        for k, d in enumerate(dates):
            if k not in used:
                print(f"{c['id']} extra {d.get('text')!r} {d.get('value')} {d.get('granularity')}")
    print(f"right {hits} / {total}")
    return hits, total


def main(argv: list[str], *, range_ends: bool = False) -> int:
    """``score_ho.py cases.jsonl export.jsonl``."""
    if len(argv) != 3:
        print(f"usage: {argv[0]} cases.jsonl export.jsonl", file=sys.stderr)
        return 2
    score(argv[1], argv[2], range_ends=range_ends)
    return 0

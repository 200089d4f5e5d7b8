"""Score veille's dates mentioned against the f-dates32 gold: the shared scorer's rules
(`bench/lib/heldout_dates.py`), and an optional fourth gold item, a dict whose ``until``
(the second candidate day of an ``either`` mention) and ``tense`` must match too.

usage: python3 score_ho.py cases.jsonl export.jsonl"""
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))
from lib.heldout_dates import _found, right  # noqa: E402


def main(cases_path: str, export_path: str) -> int:
    with open(export_path, encoding="utf-8") as f:
        exp = {json.loads(line)["url"].rsplit("/", 1)[1]: json.loads(line) for line in f}
    hits = total = 0
    with open(cases_path, encoding="utf-8") as f:
        cases = [json.loads(line) for line in f]
    for c in cases:
        dates = ((exp.get(c["id"]) or {}).get("enrichment") or {}).get("dates") or []
        used: set[int] = set()
        for key, gold, gran, *extra in c["gold"]:
            want = extra[0] if extra else {}
            got = _found(dates, used, key)
            ok = right(got, gold, gran) and (
                "until" not in want or str((got or {}).get("until") or "").startswith(want["until"])
            ) and ("tense" not in want or (got or {}).get("tense") == want["tense"])
            hits += ok
            total += 1
            shown = (f"{got.get('value')} {got.get('granularity')} until {got.get('until')!r}"
                     f" ({got.get('text')!r}, tense {got.get('tense')!r})") if got else None
            print(f"{c['id']} {'OK ' if ok else 'BAD'} {key!r}: gold {gold} {gran} {want or ''}"
                  f", got {shown}")
        for k, d in enumerate(dates):
            if k not in used:
                print(f"{c['id']} extra {d.get('text')!r} {d.get('value')} {d.get('granularity')}")
    print(f"right {hits} / {total}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        raise SystemExit(2)
    raise SystemExit(main(sys.argv[1], sys.argv[2]))

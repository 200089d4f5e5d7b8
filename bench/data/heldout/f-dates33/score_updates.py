"""Score the publication and update times veille stores for the f-dates33 captures (saved
files whose capture time is unknown: a relative "Updated 5 hours ago" gives no update time).

usage: python3 score_updates.py export.jsonl"""
import json
import sys
from datetime import datetime

GOLD = {  # file: (published, updated or None)
    "u1-harbour.txt": ("2015-06-03T16:10:00+01:00", None),
    "u2-marche.txt": ("2015-05-12T08:12:00+02:00", None),
    "u3-collision.txt": ("2015-10-02T17:40:00+02:00", None),
    "u4-bahn.txt": ("2015-04-14T09:30:00+02:00", None),
    "u5-school.html": ("2015-06-03T10:00:00+01:00", None),
    "u6-control.txt": ("2015-06-03T10:02:00+01:00", "2015-06-03T14:40:00+01:00"),
}


def same(got: str | None, gold: str | None) -> bool:
    if gold is None or got is None:
        return got is gold
    return datetime.fromisoformat(got) == datetime.fromisoformat(gold)


def main(path: str) -> int:
    rows = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            rows[r["raw"]["origin"].rsplit("/", 1)[-1]] = r.get("content") or {}
    hits = total = 0
    for name, (pub, upd) in GOLD.items():
        c = rows.get(name, {})
        for field, gold in (("published", pub), ("updated", upd)):
            ok = same(c.get(field), gold)
            hits += ok
            total += 1
            print(f"{name} {'OK ' if ok else 'BAD'} {field}: gold {gold}, got {c.get(field)}"
                  f" ({(c.get('evidence') or {}).get(field)!r})")
    print(f"right {hits} / {total}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        raise SystemExit(2)
    raise SystemExit(main(sys.argv[1]))

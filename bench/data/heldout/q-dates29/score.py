#!/usr/bin/env python3
"""Score a veille export against the q-dates29 gold (gold.json from build.py).

usage: python3 score.py export.jsonl [gold.json]

Dates: the veille date whose span (start, end) overlaps the key's first occurrence in the
text (veille's offsets count the title and a blank line first) (not heldout_dates' "text contains the key": "Noël" inside "marché de Noël" must be
caught), judged by the shared bench/lib/heldout_dates.py ``right`` (None = no such date; "X?"
= X or none), plus the tense when the gold gives one. Forbidden: no entity of that label with that name or mention ("ORG", "PER", "LOC"), no
place mentioned as the surface ("place"), none outside France ("foreign"). Control places:
a place mentioned as (or named) the surface, in the gold country (t-enrich22's place rule).
Prints one line per check and the totals.
"""
import json
import pathlib
import sys
import unicodedata

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))
from lib.heldout_dates import right  # noqa: E402


def norm(s):
    return unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower().strip()


def main() -> None:
    exp = {}
    for line in open(sys.argv[1], encoding="utf-8"):
        r = json.loads(line)
        exp[r["url"]] = r.get("enrichment") or {}
    gold = json.load(open(sys.argv[2] if len(sys.argv) > 2 else pathlib.Path(__file__).parent / "gold.json"))
    tot = {"dates": [0, 0], "forbidden": [0, 0], "places": [0, 0]}
    for g in gold:
        e = exp.get(g["url"], {})
        dates = e.get("dates") or []
        for d in g["dates"]:
            key, value, gran = d[:3]
            a = g["text"].find(key) + len(g["title"]) + 2  # veille's offsets: title, blank line, text
            b = a + len(key)
            got = next((x for x in dates if x.get("start", -1) < b and x.get("end", -1) > a), None)
            ok = right(got, value, gran)
            if ok and len(d) > 3:
                ok = got is not None and got.get("tense") == d[3]
            tot["dates"][0] += ok; tot["dates"][1] += 1
            shown = f"{got.get('value')} {got.get('granularity')} {got.get('text')!r} tense {got.get('tense')}" if got else None
            print(f"{g['id']} {'OK ' if ok else 'BAD'} date {key!r}: gold {d[1:]}, got {shown}")
        ents, places = e.get("entities") or [], e.get("places") or []
        for surface, what in g["forbidden"]:
            n = norm(surface)
            if what in ("ORG", "PER", "LOC"):
                bad = [x for x in ents if x.get("label") == what and (
                    norm(x.get("name")) == n or any(norm(m[2]) == n for m in x.get("mentions", [])))]
                shown = [(x["label"], x["name"]) for x in bad]
            else:
                bad = [p for p in places if n in (norm(p.get("mentioned_as")), norm(p.get("name")))
                       and (what == "place" or p.get("country") != "FR")]
                shown = [(p.get("name"), p.get("country")) for p in bad]
            tot["forbidden"][0] += not bad; tot["forbidden"][1] += 1
            print(f"{g['id']} {'OK ' if not bad else 'BAD'} not {what} {surface!r}: got {shown}")
        for p in g["places"]:
            n = norm(p["surface"])
            m = [q for q in places if n in (norm(q.get("mentioned_as")), norm(q.get("name")))]
            ok = bool(m) and m[0].get("country") == p["country"]
            tot["places"][0] += ok; tot["places"][1] += 1
            print(f"{g['id']} {'OK ' if ok else 'BAD'} place {p['surface']!r} {p['country']}: got {[(q.get('name'), q.get('country')) for q in m]}")
    for k, (a, b) in tot.items():
        print(f"{k}: {a}/{b}")
    a = sum(v[0] for v in tot.values()); b = sum(v[1] for v in tot.values())
    print(f"ALL: {a}/{b}")


if __name__ == "__main__":
    main()

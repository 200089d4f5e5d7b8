"""Score veille's dates mentioned against the q-dates25 gold: per gold mention, the veille
date whose text contains the gold text (or is contained in it), first unused one; right
when its value starts with the gold ISO prefix (day or month) and the granularity agrees."""
import json
import sys

cases = [json.loads(line) for line in open(sys.argv[1])]
exp = {}
for line in open(sys.argv[2]):
    r = json.loads(line)
    exp[r["url"].rsplit("/", 1)[1]] = r
right = total = 0
for c in cases:
    dates = ((exp.get(c["id"]) or {}).get("enrichment") or {}).get("dates") or []
    used: set = set()
    for key, gold, gran in c["gold"]:
        got = None
        for k, d in enumerate(dates):
            t = d.get("text", "").lower()
            if k not in used and (key.lower() in t or t in key.lower()) and t:
                got = d
                used.add(k)
                break
        ok = bool(got) and str(got.get("value", "")).startswith(gold) and \
            got.get("granularity") == gran
        right += ok
        total += 1
        shown = f"{got.get('value')} {got.get('granularity')} ({got.get('text')!r}, tense {got.get('tense')!r})" if got else None
        print(f"{c['id']} {'OK ' if ok else 'BAD'} {key!r}: gold {gold} {gran}, got {shown}")
print(f"right {right} / {total}")

"""Score veille's dates mentioned against the q-dates27 gold.

Per gold mention, the first unused veille date whose text contains the gold text (strict: a
date that covers only part of the gold text, such as "le 1er" for "le 1er du mois prochain",
does not count). Gold value null: right when no veille date's text contains the gold text
(the "nowadays" "aujourd'hui", a part of day whose day is unknown). Gold value ending in "?":
that value, or no date at all, is right (a bare part of day in a narrative whose day is
known). The second end of a range written as one mention ("de jeudi 20 heures à samedi
6 heures") is right when that mention's `until` is the gold day. Dates matched to no gold are listed as extras."""
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
            if k not in used and key.lower() in t:
                got = d
                used.add(k)
                break
        if got is None or not str(got.get("value", "")).startswith(gold or "~"):
            # the second end of a range: one mention whose "until" is the gold day
            for d in dates:
                if key.lower() in d.get("text", "").lower() and gold and \
                        str(d.get("until") or "").startswith(gold):
                    got = dict(d, value=d.get("until"))
                    break
        if gold is None:
            ok = got is None
        elif gold.endswith("?"):
            ok = got is None or (str(got.get("value", "")).startswith(gold[:-1])
                                 and got.get("granularity") == gran)
        else:
            ok = bool(got) and str(got.get("value", "")).startswith(gold) and \
                got.get("granularity") == gran
        right += ok
        total += 1
        shown = f"{got.get('value')} {got.get('granularity')} ({got.get('text')!r}, tense {got.get('tense')!r})" if got else None
        print(f"{c['id']} {'OK ' if ok else 'BAD'} {key!r}: gold {gold} {gran}, got {shown}")
    for k, d in enumerate(dates):
        if k not in used:
            print(f"{c['id']} extra {d.get('text')!r} {d.get('value')} {d.get('granularity')}")
print(f"right {right} / {total}")

"""Score veille's dates mentioned against the held-out gold (per gold mention, by text overlap)."""
import json, sys
cases = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[1])}
exp = {}
for l in open(sys.argv[2]):
    r = json.loads(l)
    exp[r["url"].rsplit("/", 1)[1]] = r
right = wrong = 0
for cid, c in cases.items():
    r = exp.get(cid)
    enr = (r or {}).get("enrichment") or {}
    dates = enr.get("dates") or []
    text = c["text"]
    body_off = 0
    used = set()
    pos = 0
    for key, gold in c["gold"].items():
        i = text.find(key, pos)
        if i < 0:
            i = text.find(key)
        pos = i + len(key)
        span = (i, i + len(key))
        got = None
        for k, d in enumerate(dates):
            t = d.get("text", "")
            # match by text: the mention's text overlaps the key
            if k in used and not d.get("until"):
                continue
            if key.lower() in t.lower() or t.lower() in key.lower():
                got = d; used.add(k); break
        val = got.get("value") if got else None
        if got and got.get("until") and got["text"].lower().endswith(key.lower()) and not got["text"].lower().startswith(key.lower()):
            val = got["until"]
        if gold is None:
            ok = bool(got is None or not val or got.get("relative_to") in ("ingest", "unknown") or got.get("unanchored") or got.get("date_is_first_seen"))
        else:
            ok = bool(val) and str(val)[:10] == gold
        right += ok; wrong += not ok
        print(f"{cid} {'OK ' if ok else 'BAD'} {key!r}: gold {gold} got {json.dumps(got, ensure_ascii=False) if got else None}")
print(f"right {right} / {right+wrong}, wrong {wrong}")

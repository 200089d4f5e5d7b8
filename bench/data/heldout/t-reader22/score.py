#!/usr/bin/env python3
"""Score veille on t-reader22's held-out story set.
usage: veille --data-dir D ingest articles.jsonl
       veille --data-dir D export > export.jsonl ; veille --data-dir D stories --json > stories.json
       python3 score.py gold.json export.jsonl stories.json
Articles are matched by URL (a version shares its original's URL, so a13/a14 and a26/a27 are one stored article)."""
import json, sys, itertools
gold = json.load(open(sys.argv[1])); G = gold["articles"]
exp = [json.loads(l) for l in open(sys.argv[2]) if l.strip()]
stories = json.load(open(sys.argv[3])) if len(sys.argv) > 3 else []
byurl = {r["url"]: r for r in exp}
id2gold = {}
for gid, g in G.items():
    r = byurl.get(g["url"])
    if r is None: print("MISSING", gid); continue
    id2gold.setdefault(r["id"], []).append(gid)
# one item per stored article: take the gold id that is not a version
items = {}
for vid, gids in id2gold.items():
    main = [x for x in gids if G[x]["relation"] != "version"][0]
    items[vid] = main
gstory = {vid: G[g]["story"] for vid, g in items.items()}
vstory = {}
for r in exp:
    if r["id"] in items: vstory[r["id"]] = (r.get("dedup") or {}).get("story_id") or ("solo:" + r["id"])
def b3(pred, gold_):
    P = R = 0
    for x in pred:
        ps = {y for y in pred if pred[y] == pred[x]}; gs = {y for y in gold_ if gold_[y] == gold_[x]}
        P += len(ps & gs) / len(ps); R += len(ps & gs) / len(gs)
    P /= len(pred); R /= len(pred); return P, R, 2*P*R/(P+R)
P, R, F = b3(vstory, gstory)
print(f"items {len(items)} gold stories {len(set(gstory.values()))} veille stories {len(set(vstory.values()))}")
print(f"B3 precision {P:.3f} recall {R:.3f} F1 {F:.3f}")
# merges / splits
clusters = {}
for v, s in vstory.items(): clusters.setdefault(s, set()).add(gstory[v])
merged = [sorted(c) for c in clusters.values() if len(c) > 1]
print("veille clusters joining different gold stories:", merged)
hn = gold["hard_negative_pairs"]
joined = [p for p in hn if any(set(p) <= c for c in clusters.values())]
print(f"hard-negative pairs joined: {len(joined)}/{len(hn)} {joined}")
gcl = {}
for v, s in gstory.items(): gcl.setdefault(s, set()).add(vstory[v])
split = {s: len(c) for s, c in gcl.items() if len(c) > 1}
print("gold stories split over several veille stories:", split)
# relations
ok = 0; tot = 0; rows = []
rel = {r["id"]: r.get("dedup") or {} for r in exp}
gid2vid = {g: v for v, gs in id2gold.items() for g in gs}
for v, g in items.items():
    gr = G[g]["relation"]; of = G[g]["of"]
    d = rel[v]; vr = d.get("relation") or ""; vo = d.get("duplicate_of")
    want_rel = gr if gr in ("reprint", "teaser") else ""
    want_of = gid2vid.get(of) if gr in ("reprint", "teaser") else None
    good = (vr == want_rel) and (vo == want_of)
    tot += 1; ok += good
    if not good:
        rows.append(f"  {g} gold {gr} of {of} -> veille relation={vr!r} duplicate_of={vo} ({items.get(vo, vo)})")
print(f"copy relations right: {ok}/{tot}")
print("\n".join(rows))
# versions
for g, x in G.items():
    if x["relation"] == "version":
        v = gid2vid[g]; print(f"version {g}: same stored article as {x['of']}: {gid2vid[x['of']] == v}; current title: {[r['content']['title'] for r in exp if r['id']==v][0]}")
# stories: title and first published
if stories:
    print("veille stories:")
    for s in stories:
        ids = [i["id"] for i in s["items"]]
        gs = sorted({gstory.get(i, "?") for i in ids})
        fp = s.get("first_source"); first_item = s["items"][0]["id"] if s["items"] else None
        print(f"  {s['id']} gold={gs} n={s['articles']} sources={s['sources']} indep={s['independent_sources']} reprints={s['reprints']} teasers={s['teasers']} first={s['first']} {fp} title={s['title']!r}")

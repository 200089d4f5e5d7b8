#!/usr/bin/env python3
"""Score veille's stories on f-events32's held-out set.

usage: python3 score.py gold.json export.jsonl stories.json
Prints B³ precision/recall/F1 over the articles, the number of different-event article pairs
veille put in one story, the follow-ups (and reprints) not in the story of their event's first
article, the hard-negative event pairs joined, and for every veille story its members and its
"first published by" against the gold event's earliest article.
"""
import itertools
import json
import sys

gold = json.load(open(sys.argv[1], encoding="utf-8"))
G = gold["articles"]
exp = [json.loads(line) for line in open(sys.argv[2], encoding="utf-8") if line.strip()]
stories = json.load(open(sys.argv[3], encoding="utf-8")) if len(sys.argv) > 3 else []
by_url = {r["url"]: r for r in exp}
vid = {}
for gid, g in G.items():
    r = by_url.get(g["url"])
    if r is None:
        print("MISSING", gid)
        continue
    vid[gid] = r["id"]
rec = {r["id"]: r for r in exp}
pred = {g: (rec[v].get("dedup") or {}).get("story_id") or "solo:" + v for g, v in vid.items()}
truth = {g: G[g]["story"] for g in pred}


def b3(p, t):
    P = R = 0.0
    for x in p:
        ps = {y for y in p if p[y] == p[x]}
        ts = {y for y in t if t[y] == t[x]}
        P += len(ps & ts) / len(ps)
        R += len(ps & ts) / len(ts)
    P /= len(p)
    R /= len(p)
    return P, R, 2 * P * R / (P + R)


P, R, F = b3(pred, truth)
merged = [(a, b) for a, b in itertools.combinations(sorted(pred), 2)
          if pred[a] == pred[b] and truth[a] != truth[b]]
split = [g for g in pred if G[g]["of"] and pred[g] != pred.get(G[g]["of"])]
clusters: dict[str, set[str]] = {}
for g, s in pred.items():
    clusters.setdefault(s, set()).add(truth[g])
hard = [p for p in gold["hard_negative_pairs"] if any(set(p) <= c for c in clusters.values())]
print(f"articles {len(pred)} gold stories {len(set(truth.values()))} veille stories {len(set(pred.values()))}")
print(f"B3 precision {P:.3f} recall {R:.3f} F1 {F:.3f}")
print(f"different-event pairs merged: {len(merged)}")
print(f"follow-ups/reprints split from their event: {len(split)} {sorted(split)}")
print(f"hard-negative event pairs joined: {len(hard)}/{len(gold['hard_negative_pairs'])} {hard}")
earliest = {}
for g, x in G.items():
    s = x["story"]
    if s not in earliest or x["published"] < G[earliest[s]]["published"]:
        earliest[s] = g
wrong_first = 0
for s in stories:
    ids = {i["id"] for i in s["items"]}
    members = sorted(g for g, v in vid.items() if v in ids)
    events = sorted({truth[g] for g in members})
    flag = ""
    if len(events) == 1:
        want = G[earliest[events[0]]]["source"]
        if s.get("first_source") != want:
            flag = f"  FIRST WRONG (gold {want})"
    else:
        flag = "  MIXED"
    wrong_first += bool(flag)
    print(f"  {s['id'][:10]} {events} {members} first={s.get('first_source')}{flag}")
print(f"stories mixing events or with a wrong first source: {wrong_first}")

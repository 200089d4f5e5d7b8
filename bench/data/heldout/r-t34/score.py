#!/usr/bin/env python3
"""Score r-t34's held-out set. usage: python3 score.py GOLD DATA_DIR VEILLE_CLI

Prints: the stories' B³ (homonym towns: different places of one name must be apart, one
event's two outlets together), the homonym councils given one entity id, the acronym pairs
made one entity and found by `entities --name ACRONYM`, the wrong acronym merges, the
false quotes (nicknames, scare quotes) and the true quotes found, and whether `export` carries
or names the saved searches; then one figure: the faults (lower is better)."""
import json
import subprocess
import sys
import tempfile

gold = json.load(open(sys.argv[1], encoding="utf-8"))
D, V = sys.argv[2], sys.argv[3]


def run(*args, stdin=None):
    p = subprocess.run([V, "--data-dir", D, *args], capture_output=True, text=True,
                       input=stdin)
    return p.stdout, p.stderr


exp = [json.loads(x) for x in run("export")[0].splitlines() if x.strip()]
by_url = {r["url"]: r for r in exp}
gid = {r["url"].rsplit("/", 1)[1].upper(): r for r in exp}
G = gold["articles"]
pred = {g: (gid[g].get("dedup") or {}).get("story_id") or "solo" + g for g in G}
P = R = 0.0
for x in G:
    ps = {y for y in G if pred[y] == pred[x]}
    ts = {y for y in G if G[y]["story"] == G[x]["story"]}
    P += len(ps & ts) / len(ps)
    R += len(ps & ts) / len(ts)
P, R = P / len(G), R / len(G)
F = 2 * P * R / (P + R)
merged = sum(1 for a in G for b in G if a < b and pred[a] == pred[b]
             and G[a]["story"] != G[b]["story"])
split = sum(1 for a in G for b in G if a < b and pred[a] != pred[b]
            and G[a]["story"] == G[b]["story"])
print(f"stories: B3 P {P:.3f} R {R:.3f} F1 {F:.3f}; different-place pairs merged {merged}; "
      f"same-event pairs split {split}")


def ents(g):
    return (gid[g].get("enrichment") or {}).get("entities") or []


def ent_of(g, name):
    for e in ents(g):
        if e["name"] == name or any(m[2] == name for m in e["mentions"]):
            return e["id"]
    return None


bad_council = 0
cs = gold["councils"]
for a in cs:
    for b in cs:
        if a < b and cs[a] == cs[b]:
            ia, ib = ent_of(a, cs[a]), ent_of(b, cs[b])
            same_event = G[a]["story"] == G[b]["story"]
            if ia and ib and (ia == ib) != same_event:
                bad_council += 1
                print("  council", a, b, ia, ib, "same event" if same_event else "different")
print(f"councils: pairs wrongly joined or split {bad_council}")

ac_bad = 0
for g, acr, full in gold["acronyms"]:
    ia, ifull = ent_of(g, acr), ent_of(g, full)
    named = any(json.loads(x)["id"] == ifull for x in
                run("entities", "--name", acr, "--json", "-n", "50")[0].splitlines() if x)
    ok = ia is not None and ia == ifull and named
    ac_bad += not ok
    print(f"  acronym {acr}: {ia} / {ifull}; --name {acr} finds it: {named}")
for g, a, b in gold["not_aliases"]:
    ia, ib = ent_of(g, a), ent_of(g, b)
    if ia is not None and ia == ib:
        ac_bad += 1
        print("  wrong alias", a, b)
print(f"acronyms: faults {ac_bad} of {len(gold['acronyms']) + len(gold['not_aliases'])}")

quotes = [json.loads(x) for x in run("quotes", "--json", "-n", "500")[0].splitlines() if x]
texts = [q["text"] for q in quotes]
false_q = [t for t in texts if any(f.lower() == t.strip(" .,").lower()
                                   for f in gold["false_quotes"])]
true_q = [t for t in gold["true_quotes"] if any(t.lower() in x.lower() for x in texts)]
print(f"quotes: false {len(false_q)} {false_q}; true found {len(true_q)}/"
      f"{len(gold['true_quotes'])}")

run("saved", "add", "r-t34-heldout", "pont OR bridge")
with tempfile.TemporaryDirectory() as tmp:
    out, err = run("export", "-o", tmp + "/e.jsonl")
    carried_note = "saved" in (out + err).lower()
    p = subprocess.run([V, "--data-dir", tmp + "/b", "ingest", tmp + "/e.jsonl"],
                       capture_output=True, text=True)
    s = subprocess.run([V, "--data-dir", tmp + "/b", "saved", "list"], capture_output=True,
                       text=True)
    carried = "r-t34-heldout" in s.stdout
print(f"export: saved searches carried {carried}; export's output names them {carried_note}")
run("saved", "remove", "r-t34-heldout")
export_bad = 0 if (carried or carried_note) else 1
faults = merged + split + bad_council + ac_bad + len(false_q) + \
    (len(gold["true_quotes"]) - len(true_q)) + export_bad
print(f"FAULTS {faults}")

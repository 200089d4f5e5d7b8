#!/usr/bin/env python3
"""Score a veille export (JSON Lines, `veille export`) against gold.json.

usage: python3 score.py export.jsonl [gold.json] [--verbose]
Articles are matched by URL. Prints quote P/R/F1, speaker accuracy (overall and per kind),
entity found/missed/false (PER, ORG), place accuracy, date accuracy, and every error.
"""
import json, sys, unicodedata, re, collections, datetime

args = [a for a in sys.argv[1:] if not a.startswith("--")]
verbose = "--verbose" in sys.argv
exp = args[0]
gold = json.load(open(args[1] if len(args) > 1 else __file__.rsplit("/", 1)[0] + "/gold.json"))


def norm(s):
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    s = s.replace("’", "'")
    s = re.sub(r"^(l'|le |la |les |un |une |me |m\. |mr\. |mr |mme |the |a )", "", s.strip())
    s = re.sub(r"[^a-z0-9' -]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def qnorm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s or "").replace("’", "'")).strip(" .,«»\"“”")


def speaker_ok(got, accepted):
    g = norm(got)
    for a in accepted:
        if a is None:
            if not g:
                return True
            continue
        n = norm(a)
        if not g:
            continue
        if g == n or (len(g) >= 4 and g in n):
            return True
        if len(n) >= 4 and n in g and not STRICT:
            OVERLONG.append((got, a))
            return True
        # last name alone ("Lagarde" for "Christine Lagarde")
        if n.split()[-1] == g.split()[-1] and len(g.split()[-1]) > 3 and (g in n):
            return True
    return False


STRICT = "--strict" in sys.argv
OVERLONG = []
recs = {}
for line in open(exp):
    r = json.loads(line)
    url = r.get("url") or r.get("content", {}).get("url")
    recs[url] = r

Q = dict(tp=0, fp=0, fn=0, opt_found=0)
spk = collections.Counter(); spk_tot = collections.Counter()
errors = []
ent = collections.Counter()
pl = collections.Counter()
dt = collections.Counter()


def kind_group(k):
    if k.startswith("en_"):
        return "english"
    for p in ("apposition", "pronoun", "split", "multi", "qa", "reported", "next_sentence", "plural", "institution",
              "nested", "written", "selon", "fragment", "role_anaphor", "colon", "x_", "unnamed", "anonymous", "pour_le"):
        if k.startswith(p):
            return p
    return k


for g in gold:
    r = recs.get(g["url"])
    if r is None:
        errors.append(f"{g['id']}: article missing from export"); continue
    e = r.get("enrichment") or {}
    vq = e.get("quotes", [])
    used = set()
    for gq in g["quotes"]:
        sn = qnorm(gq["snippet"])
        hit = None
        for i, q in enumerate(vq):
            t = qnorm(q.get("text"))
            if i in used or not t:
                continue
            if sn in t or (len(t) >= 8 and sn.startswith(t)) or (len(t) >= 8 and t in sn):
                hit = i; break
        kg = kind_group(gq["kind"])
        if hit is None:
            if not gq["optional"]:
                Q["fn"] += 1
                errors.append(f"{g['id']} QUOTE MISSED [{gq['kind']}] «{gq['snippet']}…» (gold speaker {gq['speakers'][0]})")
            continue
        used.add(hit)
        if gq["optional"]:
            Q["opt_found"] += 1
        else:
            Q["tp"] += 1
        q = vq[hit]
        spk_tot[kg] += 1; spk_tot["ALL"] += 1
        if not gq["optional"]:
            spk_tot["REQUIRED"] += 1
        if speaker_ok(q.get("speaker"), gq["speakers"]):
            spk[kg] += 1; spk["ALL"] += 1
            if not gq["optional"]:
                spk["REQUIRED"] += 1
        else:
            errors.append(f"{g['id']} WRONG SPEAKER [{gq['kind']}] «{gq['snippet']}…»: veille {q.get('speaker')!r} (id {q.get('speaker_id')}, cue {q.get('cue')}), gold {gq['speakers']}")
    for i, q in enumerate(vq):
        if i not in used:
            Q["fp"] += 1
            errors.append(f"{g['id']} FALSE QUOTE «{q.get('text')[:80]}» speaker {q.get('speaker')!r}")
    # entities
    vents = e.get("entities", [])
    for lab in ("PER", "ORG"):
        for name in g["entities"].get(lab, []):
            n = norm(name)
            m = [x for x in vents if norm(x["name"]) == n or any(norm(mm[2]) == n for mm in x.get("mentions", [])) or (len(n) > 3 and (n in norm(x["name"]) or norm(x["name"]) in n) and len(norm(x["name"])) > 3)]
            if not m:
                ent[lab + " missed"] += 1; errors.append(f"{g['id']} ENTITY MISSED {lab} {name}")
            elif any(x["label"] == lab for x in m):
                ent[lab + " found, kind right"] += 1
            else:
                ent[lab + " found, kind wrong"] += 1
                errors.append(f"{g['id']} ENTITY KIND WRONG {name}: gold {lab}, veille {[x['label'] for x in m]}")
    allgold = [norm(n) for lab in g["entities"] for n in g["entities"][lab]] + [norm(p["surface"]) for p in g["places"]]
    for x in vents:
        if x["label"] in ("PER", "ORG"):
            n = norm(x["name"])
            ms = [norm(mm[2]) for mm in x.get("mentions", [])]
            if any(mm in allgold for mm in ms):
                continue
            if not any(n == a or (len(n) > 3 and len(a) > 3 and (n in a or a in n)) for a in allgold):
                ent["false " + x["label"]] += 1
                errors.append(f"{g['id']} ENTITY NOT IN GOLD {x['label']} {x['name']!r} id {x['id']}")
    # places
    vpl = e.get("places", [])
    for gp in g["places"]:
        m = [p for p in vpl if norm(p.get("mentioned_as")) == norm(gp["surface"]) or norm(p.get("name")) == norm(gp["surface"])]
        if not m:
            pl["missed"] += 1; errors.append(f"{g['id']} PLACE MISSED {gp['surface']} (gold {gp.get('insee') or gp['country']})")
            continue
        p = m[0]
        ok = (p.get("insee") == gp["insee"]) if gp.get("insee") else (p.get("country") == gp["country"])
        if ok:
            pl["right"] += 1
        else:
            pl["wrong"] += 1
            errors.append(f"{g['id']} PLACE WRONG {gp['surface']}: veille {p.get('name')} {p.get('country')} insee={p.get('insee')!r} dept={p.get('department')!r} ({p['id']}), gold {gp.get('insee') or gp['country']}")
    gsurf = [norm(p["surface"]) for p in g["places"]]
    for p in vpl:
        if norm(p.get("mentioned_as")) not in gsurf and norm(p.get("name")) not in gsurf:
            pl["extra (not in gold; judge by hand)"] += 1
            errors.append(f"{g['id']} PLACE EXTRA {p.get('mentioned_as')!r} -> {p.get('name')} {p.get('kind')} {p.get('country')} {p.get('insee')}")
    # dates
    vd = e.get("dates", [])
    for gd in g["dates"]:
        s = norm(gd["surface"])
        m = [d for d in vd if norm(d["text"]) and (norm(d["text"]) in s or s in norm(d["text"]))]
        if not m:
            dt["missed"] += 1; errors.append(f"{g['id']} DATE MISSED {gd['surface']!r} (gold {gd['value']})")
            continue
        d = m[0]
        val = d["value"] + ("/" + d["until"] if d.get("until") else "")
        gv = gd["value"]
        ok = val == gv or (gd["granularity"] in ("year", "month") and d["granularity"] == gd["granularity"] and d["value"].startswith(gv)) \
            or (gd["granularity"] == "season" and d["value"][:7] == gv[:7])
        if not ok and gd["granularity"] == "week":
            y, w, _ = datetime.date.fromisoformat(gd["value"]).isocalendar()
            ok = d["value"] in (f"{y}-W{w:02d}", gd["value"])
        if ok:
            dt["right"] += 1
        else:
            dt["wrong"] += 1
            errors.append(f"{g['id']} DATE WRONG {gd['surface']!r}: veille {d['text']!r} -> {val} ({d['granularity']}), gold {gd['value']} ({gd['granularity']}); published {g['published']}")

P = Q["tp"] / max(1, Q["tp"] + Q["fp"]); R = Q["tp"] / max(1, Q["tp"] + Q["fn"])
print(f"QUOTES required: tp={Q['tp']} fn={Q['fn']} fp={Q['fp']} (optional found {Q['opt_found']})  P={P:.3f} R={R:.3f} F1={2*P*R/max(1e-9,P+R):.3f}")
print("SPEAKER accuracy over matched quotes:")
for k in sorted(spk_tot, key=lambda k: (k not in ("ALL", "REQUIRED"), k)):
    print(f"  {k:16s} {spk[k]}/{spk_tot[k]} = {spk[k]/spk_tot[k]:.3f}")
print("ENTITIES:", dict(ent))
print("PLACES:", dict(pl), f"accuracy over found {pl['right']}/{pl['right']+pl['wrong']}, over gold {pl['right']}/{pl['right']+pl['wrong']+pl['missed']}")
print("DATES:", dict(dt), f"accuracy over gold {dt['right']}/{dt['right']+dt['wrong']+dt['missed']}")
print("speaker spans counted right though overlong (wrong with --strict):", OVERLONG)
print()
for x in errors:
    if verbose or "EXTRA" not in x:
        print(x)

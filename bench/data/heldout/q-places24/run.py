"""Run veille on q-places24's cases and score places, not-places and not-entities.

Usage: python3 run.py BIN DATA_DIR OUT_DIR
BIN is a veille executable; DATA_DIR a fresh data dir; writes OUT_DIR/articles.jsonl,
export.jsonl and details.txt, prints the summary.
"""
import json, os, re, subprocess, sys, unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import CASES  # noqa: E402


def norm(s):
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", s).split())


def main():
    bin_, data, out = sys.argv[1:4]
    os.makedirs(out, exist_ok=True)
    arts = os.path.join(out, "articles.jsonl")
    with open(arts, "w") as f:
        for i, c in enumerate(CASES, 1):
            f.write(json.dumps(dict(url=f"https://example.org/q-places24/{i}", title=f"Dépêche {i}",
                                    source=c["source"], published="2026-12-02T10:00:00+01:00",
                                    text=c["text"]), ensure_ascii=False) + "\n")
    subprocess.run([bin_, "--data-dir", data, "ingest", arts], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([bin_, "--data-dir", data, "enrich"], check=True, stdout=subprocess.DEVNULL)
    exp = subprocess.run([bin_, "--data-dir", data, "export", "--format", "jsonl"], check=True,
                         capture_output=True, text=True).stdout
    open(os.path.join(out, "export.jsonl"), "w").write(exp)
    recs = {json.loads(l)["url"]: json.loads(l) for l in exp.splitlines() if l.strip()}
    S = dict(total=0, right=0, wrong=0, missed=0, false_place=0, false_entity=0, label_not_french=0)
    lines = []
    for i, c in enumerate(CASES, 1):
        e = recs[f"https://example.org/q-places24/{i}"].get("enrichment") or {}
        ents = e.get("entities") or []
        byid = {x.get("id"): x for x in ents}
        places = e.get("places") or []
        lines.append(f"\n=== {i}: {c['text'][:70]}")

        def names(p):
            ns = {p.get("name", "")}
            ent = byid.get(p.get("entity_id"))
            if ent:
                ns.add(ent.get("name", ""))
                ns |= {m[2] for m in ent.get("mentions") or [] if isinstance(m, list) and len(m) > 2}
            return {norm(n) for n in ns if n}

        for name, want in c["places"].items():
            S["total"] += 1
            hit = [p for p in places if norm(name) in names(p)]
            if not hit:
                S["missed"] += 1; lines.append(f"  MISSED {name}"); continue
            p = hit[0]
            country, _, insee = want.partition(":")
            ok = p.get("country") == country and (not insee or p.get("insee") == insee)
            S["right" if ok else "wrong"] += 1
            if ok and norm(p.get("name")) != norm(name) and not norm(p.get("name")).startswith(norm(name)):
                S["label_not_french"] += 1; lines.append(f"  LABEL {name} shown as {p.get('name')}")
            lines.append(f"  {'right' if ok else 'WRONG'} {name} -> {p.get('name')} {p.get('country')} {p.get('insee')}")
        for bad in c["not_places"]:
            if any(norm(bad) in names(p) for p in places):
                S["false_place"] += 1; lines.append(f"  FALSE PLACE {bad}")
        for bad in c.get("not_entities", []):
            if any(norm(bad) == norm(x.get("name")) and (x.get("label") or "").upper() in ("PER", "LOC") for x in ents):
                S["false_entity"] += 1; lines.append(f"  FALSE ENTITY {bad}")
        lines.append("  places: " + ", ".join(f"{p.get('name')}({p.get('country')})" for p in places))
        lines.append("  entities: " + ", ".join(f"{x.get('name')}/{x.get('label')}" for x in ents))
    open(os.path.join(out, "details.txt"), "w").write("\n".join(lines) + "\n")
    print(json.dumps(S))


if __name__ == "__main__":
    main()

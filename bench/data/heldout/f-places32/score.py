#!/usr/bin/env python3
"""Score a veille export of articles.jsonl against gold.json (f-places32).

usage: python3 score.py export.jsonl [--verbose]

Prints the t-enrich22 scorer's lines (``../t-enrich22/score.py --strict``), then the three
figures of this set:

- PLACES: right / wrong / missed over the gold places (surface as written; INSEE for a
  French commune, else ISO country), plus FALSE PLACES: gold ``not_places`` surfaces (a
  titled surname, "Commons", "Christmas", "stade du Moustoir"...) that veille gives as a
  place, by the surface it read or the name it resolved to.
- STRICT NAMES: a gold PER/ORG is found when an entity of that label has exactly that name
  (case, accents, a leading "the" folded): "Cllr James Lewis" or "York Council" are misses.
- SPEAKERS: a gold quote's speaker is right when veille's ``speaker`` is one of the gold
  names (or the gold name's surname), and wrong otherwise.
"""
import json
import pathlib
import subprocess
import sys
import unicodedata

here = pathlib.Path(__file__).parent


def norm(s: str | None) -> str:
    s = "".join(c for c in unicodedata.normalize("NFD", s or "")
                if not unicodedata.combining(c)).casefold().replace("\u2019", "'").strip()
    return s[4:] if s.startswith("the ") else s


args = [a for a in sys.argv[1:] if not a.startswith("--")]
verbose = "--verbose" in sys.argv
subprocess.run([sys.executable, str(here.parent / "t-enrich22" / "score.py"), args[0],
                str(here / "gold.json"), "--strict", *(["--verbose"] if verbose else [])],
               check=True)
gold = {g["url"]: g for g in json.loads((here / "gold.json").read_text("utf-8"))}
right = wrong = missed = false = nots = found = namemiss = spk_ok = spk_all = 0
errors = []
for line in open(args[0], encoding="utf-8"):
    rec = json.loads(line)
    g = gold.get(rec.get("url") or rec.get("content", {}).get("url"))
    if g is None:
        continue
    e = rec.get("enrichment") or {}
    ents = e.get("entities") or []
    places = e.get("places") or []
    for gp in g["places"]:
        m = [p for p in places if norm(gp["surface"]) in (norm(p.get("mentioned_as")),
                                                          norm(p.get("name")))]
        if not m:
            missed += 1
            errors.append(f"{g['id']} PLACE MISSED {gp['surface']}")
            continue
        p = m[0]
        ok = p.get("insee") == gp["insee"] if gp["insee"] else p.get("country") == gp["country"]
        right += ok
        wrong += not ok
        if not ok:
            errors.append(f"{g['id']} PLACE WRONG {gp['surface']}: veille {p.get('name')} "
                          f"{p.get('country')} {p.get('insee')}, gold {gp['insee'] or gp['country']}")
    for bad in g["not_places"]:
        nots += 1
        m = [p for p in places if norm(bad) in (norm(p.get("mentioned_as")), norm(p.get("name")))]
        if m:
            false += 1
            errors.append(f"{g['id']} FALSE PLACE {bad!r}: veille {m[0].get('mentioned_as')!r} "
                          f"-> {m[0].get('name')} {m[0].get('country')} {m[0].get('insee')}")
    for lab in ("PER", "ORG"):
        for name in g["entities"][lab]:
            if any(x["label"] == lab and norm(x["name"]) == norm(name) for x in ents):
                found += 1
            else:
                namemiss += 1
                near = [(x["name"], x["label"]) for x in ents
                        if norm(name) in norm(x["name"]) or norm(x["name"]) in norm(name)]
                errors.append(f"{g['id']} NAME MISSED {lab} {name!r} (veille: {near})")
    for gq in g["quotes"]:
        spk_all += 1
        quote = next((q for q in e.get("quotes") or []
                      if norm(gq["snippet"]) in norm(q.get("text"))), None)
        if quote is None:
            errors.append(f"{g['id']} SPEAKER: quote not found {gq['snippet']!r}")
            continue
        got, want = norm(quote.get("speaker")), [norm(s) for s in gq["speakers"]]
        if any(got == w or (got and got == w.split()[-1]) for w in want):
            spk_ok += 1
        else:
            errors.append(f"{g['id']} SPEAKER {gq['snippet']!r}: veille {quote.get('speaker')!r}"
                          f", gold {gq['speakers']}")
gold_places = right + wrong + missed
print(f"PLACES: right {right}, wrong {wrong}, missed {missed} of {gold_places}; "
      f"FALSE PLACES {false} of {nots} non-places")
print(f"STRICT NAMES (PER+ORG): {found}/{found + namemiss} found")
print(f"SPEAKERS: {spk_ok}/{spk_all} right")
print("\n".join(errors))

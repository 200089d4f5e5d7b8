#!/usr/bin/env python3
"""Score a veille export of articles.jsonl against gold.json (f-english30).

usage: python3 score.py export.jsonl [--verbose]

First the t-enrich22 scorer (``../t-enrich22/score.py``, run with ``--strict``: quotes,
speakers, entities with loose name matching, places by surface and country/INSEE). Then two
strict figures this set is about:

- STRICT NAMES: a gold PER/ORG is found when an entity of that label has a name equal to it
  (case, accents, a leading "the" folded); "Health Secretary Jane Roe" for "Jane Roe" is a
  miss, and an ORG typed PER is a miss.
- SPEAKER ENTITY: a gold quote's speaker is right when the quote's ``speaker`` names the gold
  speaker exactly (or by surname alone) and its ``speaker_id`` entity is a PER (what
  ``veille quotes --speaker NAME`` finds).
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
subprocess.run([sys.executable, str(here.parent / "t-enrich22" / "score.py"), args[0],
                str(here / "gold.json"), "--strict", *[a for a in sys.argv[1:] if a == "--verbose"]],
               check=True)
gold = {g["url"]: g for g in json.loads((here / "gold.json").read_text("utf-8"))}
found = missed = spk_ok = spk_all = 0
errors = []
for line in open(args[0], encoding="utf-8"):
    rec = json.loads(line)
    g = gold.get(rec.get("url") or rec.get("content", {}).get("url"))
    if g is None:
        continue
    e = rec.get("enrichment") or {}
    ents = e.get("entities") or []
    by_id = {x["id"]: x for x in ents}
    for lab in ("PER", "ORG"):
        for name in g["entities"][lab]:
            if any(x["label"] == lab and norm(x["name"]) == norm(name) for x in ents):
                found += 1
            else:
                missed += 1
                near = [(x["name"], x["label"]) for x in ents
                        if norm(name) in norm(x["name"]) or norm(x["name"]) in norm(name)]
                errors.append(f"{g['id']} STRICT MISSED {lab} {name!r} (veille: {near})")
    for gq in g["quotes"]:
        quote = next((q for q in e.get("quotes") or []
                      if norm(gq["snippet"]) in norm(q.get("text"))), None)
        spk_all += 1
        if quote is None:
            errors.append(f"{g['id']} SPEAKER: quote not found {gq['snippet']!r}")
            continue
        got, want = norm(quote.get("speaker")), [norm(s) for s in gq["speakers"]]
        ent = by_id.get(quote.get("speaker_id") or "")
        named = any(got == w or (got and got == w.split()[-1]) for w in want)
        person = ent is None if " " not in want[0] and "'" in want[0] else (
            ent is not None and ent["label"] == "PER")
        if named and (person or "ministre" in want[0]):
            spk_ok += 1
        else:
            errors.append(f"{g['id']} SPEAKER {gq['snippet']!r}: veille {quote.get('speaker')!r} "
                          f"({ent and (ent['name'], ent['label'])}), gold {gq['speakers']}")
print(f"STRICT NAMES (PER+ORG): {found}/{found + missed} found")
print(f"SPEAKER ENTITY: {spk_ok}/{spk_all} right")
print("\n".join(errors))

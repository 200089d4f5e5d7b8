"""Build veille JSON Lines records from the f-dates32 held-out cases.

usage: python3 build_ho.py cases.jsonl records.jsonl"""
import json
import sys

src, out = sys.argv[1], sys.argv[2]
with open(src) as f, open(out, "w") as o:
    for line in f:
        c = json.loads(line)
        rec = {"url": f"https://example.fr/f-dates32/{c['id']}", "title": c["title"],
               "text": c["text"], "language": c["lang"], "source": "example.fr",
               "date": c["published"]}
        o.write(json.dumps(rec, ensure_ascii=False) + "\n")

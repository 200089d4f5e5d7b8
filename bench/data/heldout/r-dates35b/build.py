"""Build veille JSON Lines records from the r-dates35b cases: a case with "first" gives
two records under one URL (version 1 at "published", then the text with "updated").

usage: python3 build.py cases.jsonl first.jsonl second.jsonl"""
import json
import sys

src, out1, out2 = sys.argv[1:4]
with open(src) as f, open(out1, "w") as o1, open(out2, "w") as o2:
    for line in f:
        c = json.loads(line)
        rec = {"url": f"https://example.fr/r-dates35b/{c['id']}", "title": c["title"],
               "text": c["text"], "language": c["lang"], "source": "example.fr",
               "date": c["published"]}
        if "first" in c:
            o1.write(json.dumps({**rec, "text": c["first"]}, ensure_ascii=False) + "\n")
            o2.write(json.dumps({**rec, "updated": c["updated"]}, ensure_ascii=False) + "\n")
        else:
            o1.write(json.dumps(rec, ensure_ascii=False) + "\n")

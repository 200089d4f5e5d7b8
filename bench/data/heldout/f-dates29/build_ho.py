"""Build veille JSON Lines records from the f-dates29 held-out cases."""
import json
import sys

src, out = sys.argv[1], sys.argv[2]
with open(src) as f, open(out, "w") as o:
    for line in f:
        c = json.loads(line)
        rec = {"url": f"https://exemple.fr/f-dates29/{c['id']}", "title": c["title"],
               "text": c["text"], "language": c["lang"], "source": "exemple.fr",
               "date": c["published"]}
        if c.get("updated"):
            rec["updated"] = c["updated"]
        o.write(json.dumps(rec, ensure_ascii=False) + "\n")

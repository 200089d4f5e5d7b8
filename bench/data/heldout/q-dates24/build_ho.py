"""Build veille JSONL from the q-dates24 held-out cases."""
import json, sys
src, out = sys.argv[1], sys.argv[2]
with open(src) as f, open(out, "w") as o:
    for line in f:
        c = json.loads(line)
        rec = {"url": f"https://exemple.fr/q-dates24/{c['id']}", "title": f"Dépêche {c['id']}",
               "text": c["text"], "language": "fr", "source": "exemple.fr"}
        if c["published"]:
            rec["date"] = c["published"]
        o.write(json.dumps(rec, ensure_ascii=False) + "\n")

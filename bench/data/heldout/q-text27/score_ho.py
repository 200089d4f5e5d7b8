"""Score a veille JSON Lines export against gold.jsonl (q-text27 held-out set): each gold
line picks the record whose title starts with ``title`` and checks one field: ``text``
(title + paragraphs joined by spaces) contains ``value``; ``authors`` equals ``value``;
``entities``/``places`` hold no item whose name equals ``value``. Prints one line per
check and "right R / N".

    python3 score_ho.py gold.jsonl export.jsonl
"""
import json
import sys

gold = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
records = [json.loads(line) for line in open(sys.argv[2], encoding="utf-8")]
right = 0
for g in gold:
    rec = next((r for r in records if (r["content"]["title"] or "").startswith(g["title"])), None)
    ok, got = False, None
    if rec is not None:
        content, enrich = rec["content"], rec.get("enrichment") or {}
        paras = content["paragraphs"]
        if isinstance(paras, str):
            paras = json.loads(paras)
        if g["field"] == "text":
            got = " ".join(paras)
            ok = g["value"] in got
            got = None if ok else got[:0]
        elif g["field"] == "authors":
            got = content["authors"]
            ok = got == g["value"]
        else:
            got = [e["name"] for e in enrich.get(g["field"]) or []]
            ok = g["value"] not in got
    right += ok
    print(f"{'OK ' if ok else 'BAD'} {g['title']!r} {g['field']} {g['op']} {g['value']!r}"
          + ("" if ok else f" got {got!r}"))
print(f"right {right} / {len(gold)}")

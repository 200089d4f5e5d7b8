"""Score a veille JSON Lines export against gold.jsonl (q-text28 held-out set).

Each gold line picks the record whose title starts with ``title`` and checks one thing:
``authors`` equals ``value``; ``speaker`` of the quote whose text contains ``quote``
does not contain ``value`` (``not_contains``; no speaker passes) or starts, case folded, with
one of ``value`` (``starts_with_any``); ``entities`` hold no item named ``value``
(``absent``) or none named ``value[0]`` with label ``value[1]`` (``absent_label``);
``mentions`` ``unique``: no entity lists the same [start, end] span twice; ``place``
``linked``: an entity or place mentioned as ``value[0]`` (case folded) has id ``value[1]``.
Prints one line per check and "right R / N".

    python3 score_ho.py gold.jsonl export.jsonl
"""
import json
import sys

gold = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
records = [json.loads(line) for line in open(sys.argv[2], encoding="utf-8")]


def check(g: dict, rec: dict) -> tuple[bool, object]:
    content, enrich = rec["content"], rec.get("enrichment") or {}
    ents = enrich.get("entities") or []
    field, op, value = g["field"], g["op"], g["value"]
    if field == "authors":
        return content["authors"] == value, content["authors"]
    if field == "speaker":
        quote = next((q for q in enrich.get("quotes") or [] if g["quote"] in q["text"]), None)
        speaker = (quote or {}).get("speaker") or ""
        if op == "not_contains":
            return value not in speaker, speaker
        return any(speaker.casefold().startswith(v.casefold()) for v in value), speaker
    if field == "entities":
        if op == "absent":
            names = [e["name"] for e in ents]
            return value not in names, names
        hits = [(e["name"], e["label"]) for e in ents if e["name"] == value[0]]
        return (value[0], value[1]) not in hits, hits
    if field == "mentions":
        dup = [e["name"] for e in ents
               if len({(m[0], m[1]) for m in e["mentions"]}) != len(e["mentions"])]
        return not dup, dup
    name, target = value[0].casefold(), value[1]
    found = []
    for e in ents:
        if any(name in str(m[2]).casefold() for m in e["mentions"]):
            found.append(e["id"])
    for p in enrich.get("places") or []:
        if name in str(p.get("mentioned_as", "")).casefold() or name in p["name"].casefold():
            found.extend([p.get("id"), p.get("entity_id")])
    return target in found, found


right = 0
for g in gold:
    rec = next((r for r in records if (r["content"]["title"] or "").startswith(g["title"])), None)
    ok, got = (False, "no record") if rec is None else check(g, rec)
    right += ok
    print(f"{'OK ' if ok else 'BAD'} {g['title']!r} {g['field']} {g['op']} {g['value']!r}"
          + ("" if ok else f" got {got!r}"))
print(f"right {right} / {len(gold)}")

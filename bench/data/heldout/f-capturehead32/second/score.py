#!/usr/bin/env python3
"""Score the second set (written after the fix): headline exact matches through
extract_text_capture, the source given as ``outlet`` when the checkout has it.
Usage: PYTHONPATH=SRC python3 second/score.py"""
import json, sys, inspect
from pathlib import Path
from veille.extract.text_capture import extract_text_capture as x
H = Path(__file__).resolve().parent
has = "outlet" in inspect.signature(x).parameters
ok = 0; n = 0
for line in open(H / "gold.jsonl"):
    r = json.loads(line); n += 1
    kw = {"outlet": r["source"] or ""} if has else {}
    src = r["source"]
    t = x((H / r["file"]).read_text(), site_url=f"https://{src}/" if src else None, **kw).title
    good = t == r["headline"]; ok += good
    print("ok  " if good else "MISS", r["file"], t)
print(f"second set: {ok} / {n}")

"""Score veille's text-capture extraction on the h-capture66 held-out set (t-final66 F4, F5,
R3: a broadcaster's header control "Écouter le direct" taken for the outlet; share buttons
"Comentar  Compartir" and newsroom credits "Redacció À Punt" taken for the author).

Each case of ``gold.jsonl`` (a capture under ``cases/``, written by ``make_cases.py``) is
read by ``extract_text_capture`` with its ``outlet`` as ``--source``. Checks:
``masthead_in`` (the masthead is one of these), ``masthead_not`` (it is none of these),
``authors`` (the exact list).

Usage: PYTHONPATH=<veille>/src python score.py   (one line per check, "total: R/N")
"""
import json
from pathlib import Path

from veille.extract.text_capture import extract_text_capture

HERE = Path(__file__).parent
right = total = 0
for line in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines():
    case = json.loads(line)
    text = (HERE / "cases" / case["file"]).read_text(encoding="utf-8")
    got = extract_text_capture(text, outlet=case["outlet"])
    checks = []
    if "masthead_in" in case:
        checks.append(("masthead_in", got.masthead in case["masthead_in"], got.masthead))
    if "masthead_not" in case:
        checks.append(("masthead_not", got.masthead not in case["masthead_not"], got.masthead))
    if "authors" in case:
        checks.append(("authors", got.authors == case["authors"], got.authors))
    for what, ok, value in checks:
        total += 1
        right += ok
        print(f"{'ok ' if ok else 'BAD'} {case['file']} {what}: {value!r}")
print(f"total: {right}/{total}")

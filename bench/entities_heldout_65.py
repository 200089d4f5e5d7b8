#!/usr/bin/env python3
"""Score the held-out entity cases of h-entities65b (t-final65 A7, C1):
``bench/data/entities-heldout-65.jsonl``, one case a line, ``lang``, ``text`` (first line
the title), and ``ids`` (entity ids the article must get: an alias in Arabic or Russian
script linked) or ``not_per`` (words no PER entity's name may hold: an acronym after its
expansion, a region after a preposition, coordinated places, a feast word).

Usage: ``.venv/bin/python bench/entities_heldout_65.py [-v]``; prints passed/total per kind.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from lib.checkout import put_checkout_sources  # noqa: E402

put_checkout_sources(ROOT)

from veille.enrich.defaults import default_resources  # noqa: E402
from veille.enrich.stage import pipeline  # noqa: E402
from veille.record import Article, Content, RawInput  # noqa: E402

CASES = ROOT / "bench" / "data" / "entities-heldout-65.jsonl"


def main() -> None:
    verbose = "-v" in sys.argv
    run = pipeline(default_resources(None))
    passed: dict[str, list[int]] = {}
    for line in CASES.read_text("utf-8").splitlines():
        case = json.loads(line)
        lines = [p.strip() for p in case["text"].split("\n") if p.strip()]
        article = Article(raw=RawInput(data=case["text"].encode(), origin="heldout",
                                       media_type="text/plain", source="example.org"),
                          content=Content(title=lines[0], paragraphs=lines[1:],
                                          published=datetime(2026, 12, 2, 10, tzinfo=UTC),
                                          language=case["lang"]))
        outcome = run.run_one(article)
        assert outcome.article is not None and outcome.article.enrichment is not None
        entities = outcome.article.enrichment["entities"]
        if "ids" in case:
            kind = "alias"
            ok = set(case["ids"]) <= {e["id"] for e in entities}
        else:
            kind = "not_per"
            ok = not any(word in e["name"] for e in entities if e["label"] == "PER"
                         for word in case["not_per"])
        score = passed.setdefault(f"{kind}/{case['lang']}", [0, 0])
        score[0] += ok
        score[1] += 1
        if verbose and not ok:
            print("FAIL", case["lang"], lines[0], [(e["label"], e["name"], e["id"])
                                                   for e in entities])
    total = [sum(v[0] for v in passed.values()), sum(v[1] for v in passed.values())]
    for key in sorted(passed):
        print(f"{key}: {passed[key][0]}/{passed[key][1]}")
    print(f"all: {total[0]}/{total[1]}")


if __name__ == "__main__":
    main()

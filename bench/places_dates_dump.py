#!/usr/bin/env python3
"""Places and dates mentioned on the Wikinews demo corpus (100 articles, CC BY 2.5) and
rpm2 (400 articles, ``../shared/data/clustering/rpm2``, GPL-3.0, read in place), through
the real enrichment pipeline, as JSON Lines: one line per article with its resolved places
(as written, id, département) and its dates mentioned. Run it on a base and on a branch,
then ``--compare`` the two files: the articles whose places or dates changed (issue 16,
to check that a places or dates change keeps the other articles' readings).

Usage (from the repository root)::

    .venv/bin/python bench/places_dates_dump.py OUT.jsonl
    .venv/bin/python bench/places_dates_dump.py --compare BASE.jsonl BRANCH.jsonl

rpm2 has no publication dates: its articles are read as published on 2019-06-01, so its
years are arbitrary (compare base and branch, not against the truth). A Wikinews article
without a date is read as of 2012-01-01. ``VEILLE_SHARED_DIR`` points to the shared data;
rpm2 is skipped when absent.
"""

from __future__ import annotations

import json
import os
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

WIKINEWS = ROOT / "demo" / "wikinews-fr" / "articles.jsonl"
RPM2 = Path(os.environ.get("VEILLE_SHARED_DIR", ROOT.parent / "shared")) / "data" / \
    "clustering" / "rpm2" / "documents"


def dump(out_path: str) -> int:
    run = pipeline(default_resources(None))
    with open(out_path, "w", encoding="utf-8") as out:
        def one(key: str, title: str, paragraphs: list[str], published: datetime) -> None:
            article = Article(raw=RawInput(data="\n".join(paragraphs).encode(), origin="bench",
                                           media_type="text/plain", source="example.fr"),
                              content=Content(title=title, paragraphs=paragraphs,
                                              published=published, language="fr"))
            outcome = run.run_one(article)
            section = outcome.article.enrichment if outcome.article else None
            if not section:
                out.write(json.dumps({"k": key, "none": True}) + "\n")
                return
            places = sorted((p.get("mentioned_as"), p.get("id"), p.get("department", ""))
                            for p in section.get("places", []))
            dates = [{k: v for k, v in d.items() if k != "sentence" and not (
                k == "until" and v == "")} for d in section.get("dates", [])]
            out.write(json.dumps({"k": key, "places": places, "dates": dates},
                                 ensure_ascii=False) + "\n")

        for line in WIKINEWS.read_text("utf-8").splitlines():
            record = json.loads(line)
            published = datetime.fromisoformat(record["date"] or "2012-01-01").replace(
                hour=12, tzinfo=UTC)
            one("wn:" + record["id"], record["title"],
                [p for p in record["text"].split("\n\n") if p.strip()], published)
        if RPM2.is_dir():
            for path in sorted(RPM2.glob("*.txt")):
                lines = [x for x in path.read_text("utf-8").split("\n") if x.strip()]
                one("rpm2:" + path.stem, lines[0], lines[1:], datetime(2019, 6, 1, 12, tzinfo=UTC))
        else:
            print(f"{RPM2} is absent: Wikinews only", file=sys.stderr)
    return 0


def compare(base_path: str, branch_path: str) -> int:
    base = {r["k"]: r for r in map(json.loads, Path(base_path).read_text("utf-8").splitlines())}
    branch = {r["k"]: r for r in map(json.loads,
                                     Path(branch_path).read_text("utf-8").splitlines())}
    for what in ("places", "dates"):
        changed = 0
        for key, record in base.items():
            before = [json.dumps(x, ensure_ascii=False) for x in record.get(what, [])]
            after = [json.dumps(x, ensure_ascii=False)
                     for x in branch.get(key, {}).get(what, [])]
            if before != after:
                changed += 1
                print(f"{what} {key} - {sorted(set(before) - set(after))} "
                      f"+ {sorted(set(after) - set(before))}")
        total = sum(len(r.get(what, [])) for r in base.values())
        print(f"{what}: {changed} of {len(base)} articles changed ({total} before)")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--compare":
        sys.exit(compare(sys.argv[2], sys.argv[3]))
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    sys.exit(dump(sys.argv[1]))

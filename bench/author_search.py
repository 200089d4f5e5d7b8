"""``author:`` on real French pages, and what it leaves unchanged.

1. The 27 French news pages of ``../shared/data/extraction/fr`` (``$VEILLE_SHARED_DIR``)
   are ingested as a user would; for the pages with gold authors (their bylines as
   printed), each name veille stored (people, credited agencies) is searched four ways:
   quoted, quoted with its words reversed, its last word alone, in capitals without
   accents. Each gold byline is printed beside what was stored, so a miss of extraction
   shows apart from one of search. The pages were not looked at to write the rule.
2. ``--dump FILE``: the demo corpus (``demo/``) and those pages, with every query of
   ``tests/search/queries.yaml``, written as ``{query: [total, ids...]}``; run it under two
   versions of veille (``PYTHONPATH``) and compare the files: queries without ``author:``
   must give the same results.

    VEILLE_SHARED_DIR=/work/shared python bench/author_search.py [--dump results.json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

import yaml

import veille

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lib.datasets import shared_dir  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
FR = shared_dir() / "data" / "extraction" / "fr"


def unaccented_capitals(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c)).upper()


def ways(name: str) -> dict[str, str]:
    words = name.split()
    return {"quoted": f'author:"{name}"', "reversed": f'author:"{" ".join(words[::-1])}"',
            "last word": f"author:{words[-1]}",
            "capitals": f'auteur:"{unaccented_capitals(name)}"'}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dump", type=Path, help="write the query suite's results here")
    args = parser.parse_args()
    gold_path = FR / "gold.jsonl"
    if not gold_path.is_file():
        print(f"no {gold_path}: nothing to measure", file=sys.stderr)
        return 0
    gold = [json.loads(line) for line in gold_path.read_text("utf-8").splitlines() if line]
    with tempfile.TemporaryDirectory() as tmp, veille.open(Path(tmp) / "data") as v:
        ids: dict[str, str] = {}
        for record in gold:
            page = FR / record["file"]
            summary = v.ingest_bytes([(page.name, page.read_bytes())])
            if summary.new_ids:
                ids[record["file"]] = summary.new_ids[0]
        if args.dump:
            v.ingest(ROOT / "demo")
            queries = [str(item["query"]) for item in
                       yaml.safe_load((ROOT / "tests/search/queries.yaml").read_text("utf-8"))]
            results: dict[str, list[object]] = {}
            for query in queries:
                response = v.search(query, per_page=50)
                results[query] = [response.total, *[hit.id for hit in response.hits]]
            args.dump.write_text(json.dumps(results, ensure_ascii=False, indent=1))
            print(f"{len(results)} queries written to {args.dump}", file=sys.stderr)
        counts: dict[str, int] = {}
        timings: list[float] = []
        names = 0
        for record in gold:
            article_id = ids.get(record["file"])
            if article_id is None or not record.get("authors"):
                continue
            content = v.get(article_id).content
            if content is None:
                continue
            credit = [c.strip() for c in (content.evidence.get("credit") or "").split(",")]
            signed = [*content.authors, *[c for c in credit if c]]
            print(f"{record['file']}: gold {record['authors']} -> stored {signed}")
            for name in signed:
                names += 1
                for way, query in ways(name).items():
                    start = time.perf_counter()
                    hits = {hit.id for hit in v.search(query, per_page=50).hits}
                    timings.append(time.perf_counter() - start)
                    counts[way] = counts.get(way, 0) + (article_id in hits)
        print(f"{len(ids)} pages; {names} names extraction stored for the pages with gold "
              "authors (people and credited agencies)")
        for way, hit_count in counts.items():
            print(f"  {way:10} finds the page for {hit_count}/{names} names")
        if timings:
            print(f"  median search time {statistics.median(timings) * 1e3:.2f} ms "
                  f"({len(timings)} searches)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""The article page's "see also": every article's list, and the CPU of one article page.

Each article of a data directory is fetched from its JSON page (``/api/v1/articles/{id}``,
the app in this process, Starlette's test client), its "see also" ids dumped as JSON
(``--dump``) and the CPU time of the whole run divided by the pages. Two versions compare
by running this twice, with ``PYTHONPATH`` at each one's ``src``, then ``--against`` the
other's dump: every difference is printed.

Usage::

    PYTHONPATH=src .venv/bin/python bench/see_also.py DATA_DIR --dump after.json \\
        [--against before.json] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from starlette.testclient import TestClient

from veille.settings import Settings
from veille.store.sqlite import SQLiteStore
from veille.web.app import create_app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="a data directory (store and index)")
    parser.add_argument("--dump", type=Path, required=True)
    parser.add_argument("--against", type=Path, help="another version's dump")
    parser.add_argument("--limit", type=int, default=0, help="the first N articles by id")
    args = parser.parse_args()
    settings = Settings(data_dir=args.data)
    store = SQLiteStore.open(settings.store_path)
    try:
        ids = sorted(article.id for article in store.iter_articles())
    finally:
        store.close()
    ids = ids[:args.limit] if args.limit else ids
    related: dict[str, list[str]] = {}
    with TestClient(create_app(settings), base_url="http://127.0.0.1") as client:
        client.get(f"/api/v1/articles/{ids[0]}")  # imports, the index's first search
        cpu = time.process_time()
        for article_id in ids:
            answer = client.get(f"/api/v1/articles/{article_id}")
            answer.raise_for_status()
            related[article_id] = [r["id"] for r in answer.json()["related"]]
        cpu = time.process_time() - cpu
    args.dump.write_text(json.dumps(related, indent=0, sort_keys=True))
    print(f"{len(ids)} articles, {sum(map(len, related.values()))} see-also, "
          f"CPU {1000 * cpu / len(ids):.2f} ms per article page")
    if args.against:
        other = json.loads(args.against.read_text())
        changed = [i for i in related if other.get(i) != related[i]]
        for article_id in changed:
            print(f"{article_id}: {other.get(article_id)} -> {related[article_id]}")
        print(f"{len(changed)} of {len(related)} lists differ")


if __name__ == "__main__":
    main()

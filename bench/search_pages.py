#!/usr/bin/env python3
"""Every page of some searches, written as JSON Lines, to compare two versions page by page.

For each query, each sort (``relevance``, ``fresh``) and each ``per_page`` (1, 3, 10), the
uncollapsed list (``collapse=false``, the API's default) is paged by ``page=`` to its end
and by cursor to its end; each line holds the query, the sort, the page size, the total
and the ids and scores of every page both ways. Run it with two checkouts' ``src`` on
the same data directory and ``diff`` the files (bench/search_stages.py compares single
first pages at 1M; this compares whole lists on a real store with its copies).

Usage::

    PYTHONPATH=src .venv/bin/python bench/search_pages.py DATA_DIR OUT.jsonl \\
        'Obama|Sandy|"Barack Obama"|lang:fr|'
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from veille.settings import Settings
from veille.web import queries
from veille.web.app import create_app

MAX_PAGES = 400


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("queries", help="queries separated by |")
    args = parser.parse_args()
    web = create_app(Settings(data_dir=args.data_dir)).state.web
    with args.out.open("w", encoding="utf-8") as out:
        for q in args.queries.split("|"):
            for sort in ("relevance", "fresh"):
                for per_page in (1, 3, 10):
                    numbered: list[list[tuple[str, float]]] = []
                    total = 0
                    for number in range(1, MAX_PAGES + 1):
                        found = queries.run_search(web, q=q, page=number, per_page=per_page,
                                                   sort=sort, entities=False)
                        total = found.total
                        if not found.hits:
                            break
                        numbered.append([(h.id, round(h.score, 6)) for h in found.hits])
                    by_cursor: list[list[tuple[str, float]]] = []
                    cursor = None
                    while len(by_cursor) < MAX_PAGES:
                        found = queries.run_search(web, q=q, page=1, per_page=per_page,
                                                   sort=sort, entities=False, cursor=cursor)
                        by_cursor.append([(h.id, round(h.score, 6)) for h in found.hits])
                        cursor = found.next_cursor
                        if not cursor:
                            break
                    out.write(json.dumps({"q": q, "sort": sort, "pp": per_page, "total": total,
                                          "pages": numbered, "cursor": by_cursor},
                                         ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Does a French word typed without accents find what the accented word finds? (t-final28 F3)

Corpus: the demo (demo/wikinews-fr), indexed in a temporary tantivy index. For every word of
it ending in ``-é`` (5+ letters), and its plural ``-és``, the query typed without accents
(``salarie``, ``salaries``) is compared with the accented one (``salarié``): a word counts
as *found* when the unaccented query finds every article the accented one finds. "extra"
sums the articles the unaccented query finds beyond them (the price of reading ``-e`` as
``-é`` too: ``publie`` also finds ``publié``). Run it with ``PYTHONPATH=/work/main/src``
for a "before".

Usage (from the repository root)::

    PYTHONPATH=$PWD/src .venv/bin/python bench/unaccented_queries.py
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from veille.index.analysis import WORD_RE, fold
from veille.index.base import IndexDoc
from veille.index.query import parse_query
from veille.index.tantivy_index import TantivyIndex

DEMO = Path(__file__).resolve().parents[1] / "demo" / "wikinews-fr" / "articles.jsonl"


def main() -> int:
    records = [json.loads(line) for line in DEMO.read_text(encoding="utf-8").splitlines()]
    words: set[str] = set()
    docs = []
    for n, record in enumerate(records):
        title, body = record.get("title", ""), record.get("text", record.get("body", ""))
        words.update(w for m in WORD_RE.finditer(f"{title} {body}")
                     if (w := m.group().lower()).endswith("é") and len(w) > 4)
        docs.append(IndexDoc(id=f"d{n}", title=title, body=body, source="demo",
                             language="fr", date=datetime(2026, 1, 1, tzinfo=UTC)))
    with tempfile.TemporaryDirectory() as tmp:
        index = TantivyIndex(Path(tmp) / "index")
        index.add_docs(docs)
        index.commit()

        def ids(query: str) -> set[str]:
            return {h.doc.id for h in index.search(parse_query(query).node, limit=500).hits}

        found = extra = total = 0
        missed: list[str] = []
        for word in sorted(words):
            for form in (word, word + "s"):
                accented = ids(form)
                if not accented:
                    continue
                total += 1
                bare = ids(fold(form))
                if accented <= bare:
                    found += 1
                else:
                    missed.append(fold(form))
                extra += len(bare - accented)
    print(f"unaccented -é/-és queries finding every article of the accented one: "
          f"{found} / {total} ({100 * found / max(total, 1):.1f}%); extra articles {extra}")
    print("missed:", " ".join(missed[:40]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

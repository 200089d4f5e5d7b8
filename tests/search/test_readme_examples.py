"""The README's example searches find something on the demo corpus it tells users to load
(issue 14: an example that returns nothing teaches nothing)."""

from __future__ import annotations

import re
import shlex

from veille.index.tantivy_index import TantivyIndex
from veille.search.service import search
from veille.search.types import SearchRequest

from .conftest import ROOT


def readme_queries() -> list[str]:
    found = []
    for line in (ROOT / "README.md").read_text("utf-8").splitlines():
        match = re.match(r"veille search (.+?)(?:\s+#.*)?$", line.strip())
        if match:
            words = shlex.split(match.group(1))
            cut = next((i for i, w in enumerate(words) if w.startswith("--")), len(words))
            found.append(" ".join(words[:cut]))
    return found


def test_readme_example_queries_find_demo_articles(demo_index: TantivyIndex) -> None:
    queries = readme_queries()
    assert len(queries) >= 2
    for query in queries:
        assert search(SearchRequest(query), index=demo_index).total >= 1, query

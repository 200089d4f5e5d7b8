"""Regression (t-reader20 R7, issue 14): with every copy shown (the API's default
``collapse=false``, the web's "show all reprints"), a paywall teaser ranked first for its
story's query, above the dispatch it cuts (BM25's short-document bonus: 3.39 against
2.62), and a reprint second. A copy now takes at most its original's score and comes
after it; the scores still read best first, and paging by offset or by cursor gives the
same order. Real store, index and HTTP server; the copy rule's property on its own."""

from __future__ import annotations

import html
import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from hypothesis import given
from hypothesis import strategies as st
from web_kit import serve

import veille

TEXTS: dict[str, Any] = json.loads(
    (Path(__file__).parents[1] / "fixtures" / "copies" / "commissariats.json").read_text())


def record(name: str, hours_ago: float) -> tuple[str, bytes]:
    text = TEXTS[name]
    when = (datetime.now(UTC) - timedelta(hours=hours_ago)).isoformat()
    data = {**{k: text[k] for k in ("url", "source", "title", "paragraphs")},
            "published": when, "language": "fr"}
    return f"{name}.jsonl", json.dumps(data, ensure_ascii=False).encode()


def test_no_copy_ranks_above_the_article_it_copies(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:  # the teaser stamped first, as in the report
        for name, hours in (("teaser", 4), ("dispatch", 3.5), ("cut", 2), ("own", 1)):
            v.ingest_bytes([record(name, hours)])
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        for query in ("commissariats", "rénover commissariats", "300 millions"):
            hits = http.get("/api/v1/search", params={"q": query, "collapse": "false"}
                            ).json()["hits"]
            sources = [h["source"] for h in hits]
            assert sources.index("afp-test.fr") < sources.index("lyonmag-test.fr"), query
            assert sources.index("afp-test.fr") < sources.index("leprogres-test.fr"), query
            scores = [h["score"] for h in hits]
            assert scores == sorted(scores, reverse=True), query
            one_by_one, cursor = [], None
            while True:
                page = http.get("/api/v1/search", params={
                    "q": query, "collapse": "false", "per_page": 1,
                    **({"cursor": cursor} if cursor else {})}).json()
                one_by_one += [h["id"] for h in page["hits"]]
                cursor = page.get("next_cursor")
                if not cursor:
                    break
            assert one_by_one == [h["id"] for h in hits], query
            by_page = [h["id"] for n in range(1, len(hits) + 1) for h in http.get(
                "/api/v1/search", params={"q": query, "collapse": "false", "per_page": 1,
                                          "page": n}).json()["hits"]]
            assert by_page == [h["id"] for h in hits], query
        page = http.get("/search", params={"q": "commissariats", "all": "1", "lang": "fr"}
                        ).text
        assert page.index("afp-test.fr") < page.index("lyonmag-test.fr")
        # t-reader20 R1: the dispatch's page called its teaser (stamped earlier) its
        # "article d'origine", the teaser's page called the dispatch its "reprise"
        ids = {h["source"]: h["id"] for h in hits}
        dispatch = http.get(f"/articles/{ids['afp-test.fr']}", params={"lang": "fr"}).text
        teaser = http.get(f"/articles/{ids['lyonmag-test.fr']}", params={"lang": "fr"}).text
    assert badge(dispatch, ids["lyonmag-test.fr"]) == ("teaser", "extrait")
    assert badge(dispatch, ids["leprogres-test.fr"]) == ("reprint", "reprise")
    assert badge(teaser, ids["afp-test.fr"]) == ("original", "article complet")


def badge(page: str, other: str) -> tuple[str, str]:
    """The class and text of the badge the copies lists of ``page`` give ``other`` (the
    articles it copies and those copying it are two sections: q-polish20)."""
    section = "".join(part.split("</section>")[0] for part in re.split(
        r'id="(?:copies|originals)-title"', page)[1:])
    row = section.split(f'href="/articles/{other}"')[1].split("</li>")[0]
    found = re.search(r'<span class="badge ([a-z]+)">([^<]*)</span>', row)
    assert found is not None, row
    return found.group(1), html.unescape(found.group(2))


@given(st.lists(st.tuples(st.floats(0.0, 10.0), st.integers(0, 12)), min_size=1, max_size=12,
                unique_by=lambda pair: pair[1]),
       st.dictionaries(st.integers(0, 12), st.integers(0, 12)))
def test_the_copy_rule_moves_copies_after_their_originals_only(
        rows: list[tuple[float, int]], links: dict[int, int]) -> None:
    from veille.search.copy_rank import copies_after_originals

    ranked = sorted(rows, key=lambda pair: -pair[0])
    ids, scores = [str(i) for _, i in ranked], [s for s, _ in ranked]
    # a copy names its original, which copies nothing (the store links copies to originals)
    original_of = {str(c): str(o) for c, o in links.items() if c != o and o not in links}
    got, shown = copies_after_originals(ids, scores, original_of)
    assert sorted(got) == sorted(ids)
    assert shown == sorted(shown, reverse=True)
    place = {i: p for p, i in enumerate(got)}
    for copy, original in original_of.items():
        if copy in place and original in place:
            assert place[original] < place[copy]
    plain = [i for i in ids if i not in original_of]
    assert [i for i in got if i not in original_of] == plain  # originals keep their order

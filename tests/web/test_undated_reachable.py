"""Every article of the latest list can be reached and is counted, the undated ones too
(issue 14: a list "never hides one without saying so"; t-reader19 R2: the home page and
``/api/v1/latest`` showed the first 10 undated articles of 400 with no count and no way to
the rest). The first page says how many undated articles there are in all and links to
their own list, paged by cursor like the dated one; the API gives the total and the
cursor of the rest. Real store, real server on 127.0.0.1."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from undated_kit import build, ids_on
from web_kit import serve

from veille.settings import Settings
from veille.store.sqlite import SQLiteStore


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("undated-reach"))


@pytest.fixture(scope="module")
def http(data: Path) -> Iterator[httpx.Client]:
    with serve(data) as live, httpx.Client(base_url=live.url, timeout=60) as client:
        yield client


def stored(data: Path) -> tuple[set[str], set[str]]:
    """(every id, the undated ids) of the store."""
    store = SQLiteStore.open(Settings(data_dir=data).store_path, readonly=True)
    try:
        every = list(store.iter_articles())
    finally:
        store.close()
    return ({a.id for a in every},
            {a.id for a in every if a.content is None or a.content.published is None})


def api_pages(http: httpx.Client, params: dict[str, str]) -> list[dict[str, object]]:
    pages = [http.get("/api/v1/latest", params=params).json()]
    while pages[-1]["next_cursor"]:
        pages.append(http.get("/api/v1/latest", params={
            **params, "cursor": str(pages[-1]["next_cursor"])}).json())
        assert len(pages) < 50
    return pages


@pytest.mark.parametrize("collapse", ["false", "true"])
def test_the_api_reaches_and_counts_every_undated_article(http: httpx.Client, data: Path,
                                                          collapse: str) -> None:
    every, undated = stored(data)
    first = http.get("/api/v1/latest", params={"collapse": collapse, "limit": 7}).json()
    assert len(first["undated"]) == 10 < len(undated)
    assert first["undated_cursor"], "no way to the undated articles past the first 10"
    # The rest of the undated list, from the first page's cursor.
    rest = api_pages(http, {"collapse": collapse, "limit": "7", "undated": "true",
                            "cursor": first["undated_cursor"]})
    rows = [*first["undated"], *(a for p in rest for a in p["articles"])]  # type: ignore[attr-defined]
    dated = [a for p in api_pages(http, {"collapse": collapse, "limit": "7"})
             for a in p["articles"]]  # type: ignore[attr-defined]
    ids = [a["id"] for a in [*dated, *rows]]
    assert len(ids) == len(set(ids)), "an article given twice"
    assert sum(1 + a["others"] for a in [*dated, *rows]) == len(every)
    assert first["undated_rows"] == len(rows)
    assert first["undated_total"] == sum(1 + a["others"] for a in rows)
    if collapse == "false":
        assert set(ids) == every and {a["id"] for a in rows} == undated
        assert first["undated_total"] == len(undated)
    # The undated list from its first page says the same count.
    whole = api_pages(http, {"collapse": collapse, "limit": "7", "undated": "true"})
    assert [a["id"] for p in whole for a in p["articles"]] == [a["id"] for a in rows]  # type: ignore[attr-defined]
    assert {p["undated_total"] for p in whole} == {first["undated_total"]}


@pytest.mark.parametrize(("lang", "said"), [("fr", "articles sans date en tout"),
                                            ("en", "undated articles in all")])
@pytest.mark.parametrize("expand", [False, True])
def test_the_home_page_counts_the_undated_and_links_to_them(http: httpx.Client, data: Path,
                                                            lang: str, said: str,
                                                            expand: bool) -> None:
    every, undated = stored(data)
    params = {"lang": lang, **({"all": "1"} if expand else {})}
    home = http.get("/", params=params).text
    section = ids_on(home, "latest-undated")
    assert len(section) == 10
    total = int(re.search(r'class="undated-more">(\d+) ' + said, home).group(1))  # type: ignore[union-attr]
    link = html.unescape(re.search(
        r'class="undated-more">[^<]*<a href="([^"]+)"', home).group(1))  # type: ignore[union-attr]
    # Page the dated list, then the undated one from the link, by their "older" links.
    dated = crawl(http, "/?" + "&".join(f"{k}={v}" for k, v in params.items()))
    rows = crawl(http, link)
    assert rows[:10] == section
    ids = [i for i, _o in [*dated, *rows]]
    assert len(ids) == len(set(ids)), "an article shown twice"
    assert sum(1 + o for _i, o in [*dated, *rows]) == len(every)
    assert total == sum(1 + o for _i, o in rows)
    if expand:
        assert set(ids) == every and total == len(undated)
    assert f"{total} {said}" in http.get(link).text


def crawl(http: httpx.Client, url: str) -> list[tuple[str, int]]:
    """The rows of the ``#latest`` list of ``url`` and of every page after it."""
    shown: list[tuple[str, int]] = []
    while url:
        page = http.get(url).text
        shown += ids_on(page, "latest")
        found = re.search(r'<a href="([^"]+)" rel="next">', page)
        url = html.unescape(found.group(1)) if found else ""
        assert len(shown) < 500
    return shown


def test_the_unknown_source_in_the_sidebar_is_a_link(http: httpx.Client) -> None:
    """Its articles can be listed like any source's (the search's ``source:""``)."""
    home = http.get("/", params={"lang": "fr"}).text
    aside = home.split('class="sources"')[1]
    found = re.search(r'<a href="([^"]+)">\(source inconnue\)</a>', aside)
    assert found, "(source inconnue) is not a link"
    assert 'source%3A%22%22' in found.group(1)

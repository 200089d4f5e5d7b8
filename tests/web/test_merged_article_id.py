"""An article id veille handed out stays a way to the article after a merge (newuser16c
N8): a page its site moved, listed first under its new URL (stored as a second article),
then found moved by a read of the old URL, is merged into the first article; the second
id answers a permanent redirect to the first (page and API, their sub-pages too), and
``veille show`` shows the first with a note, instead of a dead 404. Real HTTP servers on
127.0.0.1, real store."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from web_kit import serve

import veille
from veille.cli.main import main
from veille.collect.testserver import LocalServer, Page, Site
from veille.errors import ArticleMerged

TEXT = ("<p>Un glissement de terrain a coupé la route départementale entre Bagnères et "
        "Campan dans la nuit, après trois jours de pluies continues sur les Hautes-"
        "Pyrénées.</p><p>Les services du département estiment que la chaussée restera "
        "fermée au moins une semaine, le temps de sécuriser le talus.</p>")
OLD, NEW = "/route-coupee-campan.html", "/pyrenees-glissement-terrain.html"


def page(title: str) -> bytes:
    return (f"<!doctype html><html lang='fr'><head><title>{title}</title></head><body>"
            f"<article><h1>{title}</h1>{TEXT}</article></body></html>").encode()


def test_the_id_of_a_merged_article_leads_to_the_article_it_became(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = Site(pages={OLD: Page(page("Hautes-Pyrénées : la route de Campan coupée"))})
    data = tmp_path / "data"
    with LocalServer(site) as running, \
            veille.open(data, fetch_allow="127.0.0.1", fetch_retries=0) as v:
        [first] = v.fetch([running.url(OLD)]).ingest.new_ids
        site.pages[NEW] = Page(page("Glissement de terrain : une semaine de fermeture"))
        [second] = v.fetch([running.url(NEW)]).ingest.new_ids  # not known as moved yet
        site.pages[OLD] = Page(b"", location=NEW)
        v.fetch([running.url(OLD)])  # 301: the move is found, the second merged
        assert [a.id for a in v.store.latest(limit=10)] == [first]
        assert v.store.merged_into(second) == first
        assert v.store.merged_into(first) is None
        with pytest.raises(ArticleMerged) as merged:
            v.store.get(second)
        assert merged.value.into == first
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        for path in (f"/articles/{second}", f"/api/v1/articles/{second}",
                     f"/api/v1/articles/{second}/enrichment"):
            answer = http.get(path, params={"lang": "en"})
            assert answer.status_code == 301, (path, answer.status_code)
            assert answer.headers["location"] == path.replace(second, first) + "?lang=en"
        assert http.get(f"/api/v1/articles/{second}", follow_redirects=True
                        ).json()["id"] == first
        assert http.get("/articles/0123456789abcdef").status_code == 404
    capsys.readouterr()
    assert main(["--data-dir", str(data), "show", second, "--json"]) == 0
    shown = capsys.readouterr()
    assert json.loads(shown.out)["id"] == first
    assert f"merged into article '{first}'" in shown.err


def test_a_page_moved_twice_is_merged_from_its_current_address(tmp_path: Path) -> None:
    """verify18a V2: after a first move (merged), the site moved the page again and its
    feed named the newest address first; a read of the article's current address (what
    revisits read) found the move only when it read the first address."""
    newer = "/pyrenees-route-campan-fermee.html"
    site = Site(pages={OLD: Page(page("Hautes-Pyrénées : la route de Campan coupée"))})
    with LocalServer(site) as running, \
            veille.open(tmp_path / "data", fetch_allow="127.0.0.1", fetch_retries=0) as v:
        [first] = v.fetch([running.url(OLD)]).ingest.new_ids
        site.pages[NEW] = Page(page("Glissement de terrain : une semaine de fermeture"))
        v.fetch([running.url(NEW)])
        site.pages[OLD] = Page(b"", location=NEW)
        v.fetch([running.url(OLD)])
        assert v.store.get(first).url == running.url(NEW)
        site.pages[newer] = Page(page("Campan : la route rouvrira dans dix jours"))
        [third] = v.fetch([running.url(newer)]).ingest.new_ids
        site.pages[NEW] = Page(b"", location=newer)
        site.pages[OLD] = Page(b"", location=newer)
        moved = v.fetch([running.url(NEW)])  # the article's current address
        assert moved.ingest.versions == 1, moved.ingest
        assert [a.id for a in v.store.latest(limit=10)] == [first]
        assert v.store.merged_into(third) == first


def test_merged_ids_survive_export_and_ingest(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """verify18a V3: a store rebuilt from its JSON Lines export answered "no article" for
    the ids merged into an article; the line carries them (`merged_ids`) and they lead to
    the article again, ingested once or twice."""
    site = Site(pages={OLD: Page(page("Hautes-Pyrénées : la route de Campan coupée"))})
    data, rebuilt = tmp_path / "data", tmp_path / "rebuilt"
    with LocalServer(site) as running, \
            veille.open(data, fetch_allow="127.0.0.1", fetch_retries=0) as v:
        [first] = v.fetch([running.url(OLD)]).ingest.new_ids
        site.pages[NEW] = Page(page("Glissement de terrain : une semaine de fermeture"))
        [second] = v.fetch([running.url(NEW)]).ingest.new_ids
        site.pages[OLD] = Page(b"", location=NEW)
        v.fetch([running.url(OLD)])
    capsys.readouterr()
    assert main(["--data-dir", str(data), "export"]) == 0
    exported = capsys.readouterr().out
    [line] = [json.loads(text) for text in exported.splitlines()]
    assert line["id"] == first and line["merged_ids"] == [second]
    (tmp_path / "all.jsonl").write_text(exported)
    for _ in range(2):
        assert main(["--data-dir", str(rebuilt), "ingest", str(tmp_path / "all.jsonl")]) == 0
    with veille.open(rebuilt) as v:
        assert v.store.merged_into(second) == first
        assert v.store.merged_ids() == {first: [second]}

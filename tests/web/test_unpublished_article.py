"""An article whose page its site removed (HTTP 410 Gone, or a 404 where the page was
served before) is said to be unpublished: on its page in French and English, in the API
and by ``veille show``, with the time seen; the fetch says the site removed it, and no
alert is sent for it (newuser13b M1: it stayed "live" everywhere, and the fetch said
"check the URL"). Real HTTP server on 127.0.0.1, real store, real web server."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import httpx
import pytest
from web_kit import serve

import veille
from alert_kit import webhook_server
from veille.cli.main import main
from veille.collect.testserver import LocalServer, Page, Site
from veille.store.base import SavedSearch

PAGE = ("<!doctype html><html lang='fr'><head><title>Grève des contrôleurs</title></head>"
        "<body><article><h1>Grève des contrôleurs aériens : 300 vols annulés</h1><p>La "
        "grève des contrôleurs aériens a conduit à l'annulation de 300 vols au départ de "
        "Paris, a annoncé la direction générale de l'aviation civile.</p><p>Le mouvement "
        "doit se poursuivre jusqu'à jeudi selon les syndicats du secteur.</p></article>"
        "</body></html>").encode()

OTHER = ("<!doctype html><html lang='fr'><head><title>Grève à la SNCF</title></head><body>"
         "<article><h1>Grève à la SNCF : le trafic reprend lundi à Paris</h1>"
         "<p>Les cheminots ont "
         "voté la reprise du travail à Lyon après dix jours de grève, selon les syndicats "
         "réunis en assemblée générale.</p><p>Le trafic des TER restera perturbé jusqu'à "
         "mardi dans toute la région Auvergne-Rhône-Alpes.</p></article></body></html>"
         ).encode()


def test_a_removed_page_marks_its_article_unpublished(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    data = tmp_path / "data"
    site = Site(pages={"/greve.html": Page(PAGE), "/autre.html": Page(PAGE.replace(
        "Grève".encode(), "Nouvelle grève".encode()))})
    with LocalServer(site) as running, webhook_server() as (hooks, hook_url), \
            veille.open(data, fetch_allow="127.0.0.1", fetch_retries=0) as v:
        url, other = running.url("/greve.html"), running.url("/autre.html")
        [article_id] = v.fetch([url]).ingest.new_ids
        [other_id] = v.fetch([other]).ingest.new_ids
        v.save_search(SavedSearch(name="Greve", query="grève", webhook=hook_url))
        site.pages["/greve.html"] = Page(b"gone", status=410)
        site.pages["/autre.html"] = Page(b"not found", status=404)
        done = v.fetch([url, other])
        assert v.deliver_alerts().sent == 0 and hooks.posts == []  # no alert for it
    assert any("the site removed the page of an article veille holds (HTTP 410)" in n
               for n in done.notices), done.notices
    assert any("the site removed the page of an article veille holds (HTTP 404)" in n
               for n in done.notices), done.notices
    # What the site did is observed, not failed: no "check the URL", no failed item to
    # make `veille fetch` exit 1 (newuser16c N15; newuser13b M3).
    assert done.ingest.problems == [] and done.ingest.failed == 0
    # ... and the run's request line counts them as removed, not failed (verify17 N15).
    assert done.request_counts()[1] == (2, 0, 0, 2, 0), done.request_counts()
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        answer = http.get(f"/api/v1/articles/{article_id}").json()
        assert answer["withdrawn"] == "unpublished" and answer["withdrawn_status"] == 410
        assert answer["withdrawn_at"]
        assert http.get(f"/api/v1/articles/{other_id}").json()["withdrawn_status"] == 404
        french = http.get(f"/articles/{article_id}", params={"lang": "fr"}).text
        english = http.get(f"/articles/{article_id}", params={"lang": "en"}).text
    assert "Page retirée par son site : elle a répondu HTTP 410 le " in french
    assert "Page removed by its site: it answered HTTP 410 on " in english
    capsys.readouterr()
    assert main(["--data-dir", str(data), "show", article_id]) == 0
    shown = capsys.readouterr().out
    assert "unpublished: the site removed the page (HTTP 410" in shown, shown


def test_a_page_served_again_is_live_again(tmp_path: Path) -> None:
    data = tmp_path / "data"
    site = Site(pages={"/greve.html": Page(PAGE)})
    with LocalServer(site) as running, \
            veille.open(data, fetch_allow="127.0.0.1", fetch_retries=0) as v:
        url = running.url("/greve.html")
        [article_id] = v.fetch([url]).ingest.new_ids
        site.pages["/greve.html"] = Page(b"gone", status=410)
        v.fetch([url])
        site.pages["/greve.html"] = Page(PAGE)
        v.fetch([url])
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        assert http.get(f"/api/v1/articles/{article_id}").json()["withdrawn"] == ""


def test_an_unpublished_article_is_marked_in_every_list(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    """Search results (API and page), the latest list (API and home page), a saved
    search's page, the exports (CSV, JSON Lines) and the CLI lists mark the article its
    site unpublished, in French and English; it is not hidden (newuser13b M1, "Left")."""
    data = tmp_path / "data"
    site = Site(pages={"/greve.html": Page(PAGE), "/autre.html": Page(OTHER)})
    with LocalServer(site) as running, \
            veille.open(data, fetch_allow="127.0.0.1", fetch_retries=0) as v:
        url, other = running.url("/greve.html"), running.url("/autre.html")
        saved = v.save_search(SavedSearch(name="Greve", query="grève"))
        [gone_id] = v.fetch([url]).ingest.new_ids
        [live_id] = v.fetch([other]).ingest.new_ids
        v.match_alerts()
        site.pages["/greve.html"] = Page(b"gone", status=410)
        v.fetch([url])
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        hits = {h["id"]: h for h in http.get("/api/v1/search", params={"q": "grève"}
                                            ).json()["hits"]}
        assert hits[gone_id]["withdrawn"] == "unpublished"
        assert hits[gone_id]["withdrawn_status"] == 410 and hits[gone_id]["withdrawn_at"]
        assert hits[live_id]["withdrawn"] == ""
        listed = http.get("/api/v1/latest").json()
        latest = {a["id"]: a for a in [*listed["articles"], *listed["undated"]]}
        assert latest[gone_id]["withdrawn"] == "unpublished"
        assert latest[live_id]["withdrawn"] == ""
        pages = {lang: [http.get(path, params={"lang": lang, **params}).text
                        for path, params in (("/search", {"q": "grève"}), ("/", {}),
                                             (f"/saved/{saved.id}", {}))]
                 for lang in ("fr", "en")}
        related = http.get(f"/api/v1/articles/{live_id}").json()["related"]
        assert [r["withdrawn"] for r in related if r["id"] == gone_id] == ["unpublished"]
        csv_text = http.get("/export.csv", params={"q": "grève"}).text
        jsonl = [json.loads(line) for line in
                 http.get("/export.jsonl", params={"q": "grève"}).text.splitlines()]
    for lang, word in (("fr", ">dépublié</span>"), ("en", ">unpublished</span>")):
        for page in pages[lang]:
            assert page.count(word) == 1, (lang, page)  # the one article, not the other
    assert 'title="Page retirée par son site : elle a répondu HTTP 410 le ' in pages["fr"][0]
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(csv_text))}
    assert rows[gone_id]["unpublished_status"] == "410" and rows[gone_id]["unpublished"]
    assert rows[live_id]["unpublished"] == "" and rows[live_id]["unpublished_status"] == ""
    by_id = {r["id"]: r for r in jsonl}
    assert by_id[gone_id]["unpublished_status"] == "410"
    capsys.readouterr()
    assert main(["--data-dir", str(data), "latest"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.startswith(gone_id) for line in lines if "[unpublished: HTTP 410]" in line
            ] == [True]
    assert main(["--data-dir", str(data), "search", "grève"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [gone_id in line for line in lines if "[unpublished: HTTP 410]" in line] == [True]
    # newuser16c N5: the saved search's own list marked nothing.
    assert main(["--data-dir", str(data), "saved", "show", "Greve", "--keep-new"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [gone_id in line for line in lines if "[unpublished: HTTP 410]" in line] == [True]
    assert any(live_id in line for line in lines)
    assert main(["--data-dir", str(data), "export", "--format", "jsonl"]) == 0
    records = {r["id"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert records[gone_id]["unpublished"]["status"] == 410
    assert "unpublished" not in records[live_id]


def test_the_unpublished_mark_survives_export_and_ingest(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    """newuser16c N1 (verify17): a store rebuilt from its JSON Lines export said the
    article its site removed was live; the mark now reads back (show, API), twice
    ingested or not, and a URL the new store fetched itself keeps its own state."""
    data, rebuilt = tmp_path / "data", tmp_path / "rebuilt"
    site = Site(pages={"/greve.html": Page(PAGE), "/autre.html": Page(OTHER)})
    with LocalServer(site) as running, \
            veille.open(data, fetch_allow="127.0.0.1", fetch_retries=0) as v:
        [gone_id] = v.fetch([running.url("/greve.html")]).ingest.new_ids
        [live_id] = v.fetch([running.url("/autre.html")]).ingest.new_ids
        site.pages["/greve.html"] = Page(b"gone", status=404)
        v.fetch([running.url("/greve.html")])
    capsys.readouterr()
    assert main(["--data-dir", str(data), "export", "--format", "jsonl"]) == 0
    (tmp_path / "export.jsonl").write_text(capsys.readouterr().out)
    for _ in range(2):  # a second ingest (all known) changes nothing
        assert main(["--data-dir", str(rebuilt), "ingest", str(tmp_path / "export.jsonl")]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(rebuilt), "show", gone_id, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["unpublished"]["status"] == 404
    assert main(["--data-dir", str(rebuilt), "show", live_id, "--json"]) == 0
    assert "unpublished" not in json.loads(capsys.readouterr().out)
    with serve(rebuilt) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        answer = http.get(f"/api/v1/articles/{gone_id}").json()
        assert answer["withdrawn"] == "unpublished" and answer["withdrawn_status"] == 404


def test_stats_failures_leaves_out_pages_stored_since(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    """newuser16c N6: `veille stats --failures` ("what failed, and why") kept listing a
    page that failed once (500) and was stored by a later fetch; it lists what still
    fails and counts the rest apart."""
    data = tmp_path / "data"
    site = Site(pages={"/greve.html": Page(b"oops", status=500),
                       "/autre.html": Page(b"oops", status=500)})
    with LocalServer(site) as running, \
            veille.open(data, fetch_allow="127.0.0.1", fetch_retries=0) as v:
        v.fetch([running.url("/greve.html"), running.url("/autre.html")])
        site.pages["/greve.html"] = Page(PAGE)
        assert v.fetch([running.url("/greve.html")]).ingest.new == 1
        still = running.url("/autre.html")
    capsys.readouterr()
    assert main(["--data-dir", str(data), "stats", "--failures"]) == 0
    listed = [line for line in capsys.readouterr().out.splitlines()
              if line.startswith("  ") and line[12:14] != ": "]  # not the counts
    assert [still in line for line in listed] == [True, False], listed
    assert listed[-1] == ("  (1 earlier failure not shown: a later fetch of the same URL "
                          "stored the page)"), listed

"""A source's time zone setting (``veille sources add --timezone``, ``source_timezones``
in ``veille.toml``) is the zone of its dates written without one, on its pages and in its
feed: an overseas outlet on a .fr domain whose pages say only ``lang="fr"`` was read in
Paris time (newuser10 S1, verify10). Real server on 127.0.0.1, the installed command."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from capture_kit import err, out, run_veille
from veille.collect.testserver import LocalServer, Page, Site
from veille.store.sqlite import SQLiteStore

ENV = {"VEILLE_FETCH_ALLOW": "127.0.0.1", "VEILLE_FETCH_DELAY": "0",
       "VEILLE_FETCH_TIMEOUT": "20", "VEILLE_FETCH_RETRIES": "0",
       "VEILLE_ENRICH_IN_BACKGROUND": "0"}  # no spaCy after each poll: publication times read
# no place named: the places' clock would decide (a page of no address naming New
# Caledonia's places is read on Nouméa's: r-zones50), not the language's
BODY = "".join(f"<p>Le gouvernement a présenté son budget. Phrase {i} "
               "du corps de l'article, assez longue pour être lue comme de la prose.</p>"
               for i in range(4))


def _page(title: str, head: str = "") -> Page:
    return Page((f"<!doctype html><html lang='fr'><head><meta charset='utf-8'>"
                 f"<title>{title}</title>{head}</head><body><article><h1>{title}</h1>{BODY}"
                 "</article></body></html>").encode())


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    site = Site(pages={
        "/dated.html": _page("Budget : la page datée", "<meta property='article:published_"
                             "time' content='2026-12-01T08:30:00'>"),
        "/undated.html": _page("Budget : la page sans date")})
    with LocalServer(site) as running:
        site.pages["/feed.json"] = Page(json.dumps({
            "version": "https://jsonfeed.org/version/1.1", "title": "NC", "items": [
                {"id": "1", "url": running.url("/dated.html"), "title": "Budget"},
                {"id": "2", "url": running.url("/undated.html"), "title": "Budget",
                 "date_published": "2026-12-01T09:00:00"}]}).encode(),
            "application/feed+json")
        yield running


def _dates(data: Path) -> dict[str, tuple[str, str]]:
    store = SQLiteStore.open(data / "veille.sqlite3")
    try:
        return {a.raw.url.rsplit("/", 1)[-1]: (a.content.published.isoformat(),
                                               a.content.evidence.get("timezone", ""))
                for a in store.latest(limit=10)
                if a.raw.url and a.content and a.content.published}
    finally:
        store.close()


def _watch(data: Path, server: LocalServer, *add: str) -> dict[str, tuple[str, str]]:
    added = run_veille(["sources", "add", server.url("/feed.json"), "--name", "nc", *add],
                       data_dir=data, env=ENV)
    assert added.returncode == 0, err(added)
    polled = run_veille(["watch", "--once"], data_dir=data, env=ENV)
    assert polled.returncode == 0, err(polled)
    return _dates(data)


def test_the_source_zone_reads_its_pages_and_its_feed(server: LocalServer,
                                                     tmp_path: Path) -> None:
    assert _watch(tmp_path / "paris", server) == {  # lang="fr" alone: Paris
        "dated.html": ("2026-12-01T08:30:00+01:00", "assumed from language fr (Europe/Paris)"),
        "undated.html": ("2026-12-01T09:00:00+01:00", "assumed from language fr "
                                                      "(Europe/Paris)")}
    data = tmp_path / "noumea"
    dates = _watch(data, server, "--timezone", "Pacific/Noumea")
    setting = "the source's time zone setting (Pacific/Noumea)"
    assert dates == {"dated.html": ("2026-12-01T08:30:00+11:00", setting),
                     "undated.html": ("2026-12-01T09:00:00+11:00", setting)}
    listed = json.loads(out(run_veille(["sources", "list", "--json"], data_dir=data)))
    assert listed[0]["timezone"] == "Pacific/Noumea"


def test_the_config_file_gives_a_source_its_zone(server: LocalServer, tmp_path: Path) -> None:
    data = tmp_path / "toml"
    data.mkdir()
    (data / "veille.toml").write_text('[source_timezones]\nnc = "Pacific/Noumea"\n', "utf-8")
    dates = _watch(data, server)
    assert dates["dated.html"][0] == "2026-12-01T08:30:00+11:00"


@pytest.mark.parametrize(("zone", "said"), [
    ("Pacific/Nouméa", "write an IANA zone name, Area/City"),
    ("pacific/noumea", "did you mean Pacific/Noumea?"),
    ("UTC+11", "unknown time zone 'UTC+11'"),
])
def test_an_unknown_zone_is_refused_saying_what_to_write(zone: str, said: str,
                                                         tmp_path: Path) -> None:
    done = run_veille(["sources", "add", "https://lnc.example/feed", "--timezone", zone],
                      data_dir=tmp_path / "data")
    assert done.returncode == 2, err(done)
    assert said in err(done)


def test_an_unknown_zone_in_the_config_file_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "veille.toml").write_text('[source_timezones]\nnc = "Noumea"\n', "utf-8")
    done = run_veille(["sources", "list"], data_dir=data)
    assert done.returncode == 2
    assert "source_timezones: unknown time zone 'Noumea'" in err(done)


def test_an_ingested_file_of_the_source_takes_its_zone(tmp_path: Path) -> None:
    """``source_timezones`` is a setting of the source, wherever its articles come in:
    ``veille ingest --source nc`` reads the file's zone-less date in Nouméa time."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "veille.toml").write_text('[source_timezones]\nnc = "Pacific/Noumea"\n', "utf-8")
    page = tmp_path / "page.html"
    page.write_bytes(_page("Budget : la page enregistrée", "<meta property='article:"
                           "published_time' content='2026-12-01T08:30:00'>").body)
    done = run_veille(["ingest", str(page), "--source", "nc", "--json"], data_dir=data)
    assert done.returncode == 0, err(done)
    store = SQLiteStore.open(data / "veille.sqlite3")
    try:
        [article] = store.latest(limit=5)
        assert article.content is not None and article.content.published is not None
        assert article.content.published.isoformat() == "2026-12-01T08:30:00+11:00"
    finally:
        store.close()

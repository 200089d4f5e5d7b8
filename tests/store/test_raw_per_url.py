"""Identical bytes at several URLs keep one raw-input row per URL, the content shared
(f-b2-32, migration 18): the raw id is the bytes' SHA-256, so a page and its AMP copy (or
two polled addresses serving the same page) shared one raw input, and the second URL's
provenance was lost: read in the same WARC it was one ``duplicates`` row (a third URL none),
read later it was "seen again" and dropped. Now each URL keeps its own row
(``raw_fetches``), which reads back with the content shared, and the article lists each
other URL as its exact copy; reading the WARC again adds nothing. And a store written by
the previous schema is migrated without losing a row. Real SQLite stores, a WARC written
here, a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import gzip
import sqlite3
from pathlib import Path

from capture_kit import err, run_veille
from sitekit import warc_record
from veille.collect.testserver import LocalServer, Page, Site
from veille.ingest import ingest_paths
from veille.settings import Settings
from veille.store.migrations import SCHEMA_VERSION
from veille.store.sqlite import SQLiteStore

PAGE = ("<!doctype html><html lang=fr><head><meta charset=utf-8><title>Le bac à sable "
        "fermé</title></head><body><article><h1>Vannes : le bac à sable de la Rabine fermé"
        "</h1><p>La mairie de Vannes a fermé jeudi le bac à sable du jardin de la Rabine, "
        "après des analyses révélant la présence de bactéries dans le sable, en attendant "
        "son remplacement complet prévu la semaine prochaine.</p><p>Les autres jeux du "
        "jardin restent ouverts au public aux horaires habituels.</p></article></body>"
        "</html>").encode()
ROOT = "https://www.vannes-infos.example"
URLS = [f"{ROOT}/vannes/bac-a-sable-ferme", f"{ROOT}/amp/vannes/bac-a-sable-ferme",
        f"{ROOT}/vannes/bac-a-sable-ferme?utm_source=rss"]
LATE = "https://m.vannes-infos.example/vannes/bac-a-sable-ferme"


def _warc(path: Path, urls: list[str], first: int = 0) -> Path:
    with path.open("wb") as out:
        for n, url in enumerate(urls, start=first):
            out.write(gzip.compress(warc_record(url, PAGE, n=n,
                                                date=f"2026-11-29T08:0{n}:00Z")))
    return path


def _rows(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute("SELECT raw_id, origin FROM raw_fetches").fetchall())
    finally:
        conn.close()


def test_identical_bytes_at_several_urls_keep_each_url(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    try:
        ingest_paths(store, [_warc(tmp_path / "a.warc.gz", URLS)], settings=settings)
        ingest_paths(store, [_warc(tmp_path / "b.warc.gz", [LATE], first=5)],
                     settings=settings)
        assert store.counts()["raw_inputs"] == 1  # one content, shared
        rows = _rows(settings.store_path)
        assert sorted(origin for _, origin in rows) == sorted([*URLS, LATE])
        # one publication read at four URLs: one article, each other URL its exact copy
        [article] = list(store.iter_articles(with_raw=True))
        assert article.raw.origin == URLS[0] and article.raw.data == PAGE
        copies = [link.origin for link in store.links(article.id) if link.relation == "exact"]
        assert sorted(copies) == sorted([*URLS[1:], LATE])
        for origin in [*URLS, LATE]:  # each URL reads back its own input, the content shared
            own = store.get_raw(article.raw.raw_id, origin=origin)
            assert own.origin == own.url == origin and own.data == PAGE
        assert {r.origin for r in store.raw_fetches(rows[0][0])} == {*URLS, LATE}
        counts = store.counts()
        again = ingest_paths(store, [tmp_path / "a.warc.gz", tmp_path / "b.warc.gz"],
                             settings=settings)
        assert again.new == 0 and store.counts()["articles"] == counts["articles"]
        assert _rows(settings.store_path) == rows
    finally:
        store.close()


def test_polled_addresses_serving_identical_bytes_keep_each_url(tmp_path: Path) -> None:
    site = Site(pages={"/ville/bac-a-sable": Page(PAGE), "/amp/ville/bac-a-sable": Page(PAGE)})
    env = {"VEILLE_FETCH_ALLOW": "127.0.0.1", "VEILLE_FETCH_DELAY": "0",
           "VEILLE_FETCH_RETRIES": "0", "VEILLE_ENRICH_IN_BACKGROUND": "0"}
    data = tmp_path / "data"
    with LocalServer(site) as server:
        urls = [server.url("/ville/bac-a-sable"), server.url("/amp/ville/bac-a-sable")]
        for url in urls:  # two runs: the second meets bytes stored already
            done = run_veille(["fetch", url], data_dir=data, env=env)
            assert done.returncode == 0, err(done)
    origins = {origin for _, origin in _rows(data / "veille.sqlite3")}
    assert set(urls) <= origins


def test_a_store_of_the_previous_schema_is_migrated_without_loss(tmp_path: Path) -> None:
    """Schema 17 kept the second URL of identical bytes as one ``duplicates`` row (the
    first URL's article its only article): migration 18 gives both URLs their row, keeps
    every article, and the WARC read again adds nothing."""
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    ingest_paths(store, [_warc(tmp_path / "one.warc.gz", URLS[:1])], settings=settings)
    [article] = list(store.iter_articles())
    store.close()
    conn = sqlite3.connect(settings.store_path)  # what schema 17 wrote for the AMP copy
    conn.executescript(
        "DROP TABLE raw_fetches; PRAGMA user_version = 17; "
        f"INSERT INTO duplicates VALUES ('{article.raw.raw_id}', '{article.id}', "
        f"'{URLS[1]}', 'exact', '2026-11-29T08:01:00+00:00', 'www.vannes-infos.example')")
    before = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
              for t in ("raw_inputs", "articles", "duplicates", "changes")}
    conn.close()
    store = SQLiteStore.open(settings.store_path)
    try:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert {t: store.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in before} == before
        assert {o for _, o in _rows(settings.store_path)} == set(URLS[:2])
        assert store.get_raw(article.raw.raw_id).data == PAGE
        again = ingest_paths(store, [_warc(tmp_path / "two.warc.gz", URLS[:2])],
                             settings=settings)
        assert again.new == 0 and store.counts()["articles"] == 1
    finally:
        store.close()

"""A corrected article's history and feeds (newuser11b U22, U19): each version is dated when
it was first seen (its capture's fetch time), the current one too, in `veille duplicates`,
the API and the article page; a feed's `updated` / `date_modified` of a correction with no
modified date of its own is when the corrected content was first seen.

A real SQLite store and index, the app on 127.0.0.1, the installed command."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from web_kit import serve

from capture_kit import err, out, run_veille
from veille.cli.main import main
from veille.record import Article, Content, Dedup, RawInput
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

URL = "https://loire.example/crue-orleans"
PUBLISHED = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)  # 08:00 in Paris
TITLES = {8: "Crue de la Loire : alerte rouge", 9: "Crue de la Loire : alerte orange",
          10: "Crue de la Loire : vigilance levée"}
BODY = ["La Loire a atteint mardi matin 4,2 mètres à Orléans, selon la préfecture du Loiret, "
        "qui a placé le département en vigilance pour les crues.",
        "Les quais sont fermés à la circulation et les riverains invités à la prudence."]


def _capture(hour: int) -> Article:
    at = datetime(2026, 12, 1, hour, 0, tzinfo=UTC)
    raw = RawInput(data=f"capture {hour}".encode(), origin=f"poll/{hour}", media_type="text/html",
                   url=URL, fetched_at=at)
    content = Content(title=TITLES[hour], paragraphs=[f"{BODY[0]} ({hour} h)", BODY[1]],
                      published=PUBLISHED, language="fr", extractor="test")
    return Article(raw=raw, first_seen=at, content=content,
                   dedup=Dedup(fingerprint=f"fingerprint{hour}"))


@pytest.fixture(scope="module")
def corrected(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("versions") / "data"
    store = SQLiteStore.open(Settings(data_dir=data).store_path)
    for hour in TITLES:
        store.put_batch([_capture(hour)])
    store.close()
    main(["--data-dir", str(data), "reindex"])
    return data


@pytest.fixture(scope="module")
def client(corrected: Path) -> Iterator[httpx.Client]:
    with serve(corrected) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        yield http


def _id(client: httpx.Client) -> str:
    [found] = client.get("/api/v1/latest").json()["articles"]
    assert found["url"] == URL
    return str(found["id"])


def test_the_api_dates_each_version_when_it_was_first_seen(client: httpx.Client) -> None:
    article_id = _id(client)
    found = client.get(f"/api/v1/articles/{article_id}/duplicates").json()
    assert [(v["title"], v["seen_at"], v["replaced_at"]) for v in found["versions"]] == [
        (TITLES[8], "2026-12-01T08:00:00Z", "2026-12-01T09:00:00Z"),
        (TITLES[9], "2026-12-01T09:00:00Z", "2026-12-01T10:00:00Z")]
    assert found["revised_at"] == "2026-12-01T10:00:00Z"
    detail = client.get(f"/api/v1/articles/{article_id}").json()
    assert [v["seen_at"] for v in detail["versions"]] == ["2026-12-01T08:00:00Z",
                                                         "2026-12-01T09:00:00Z"]
    assert detail["revised_at"] == "2026-12-01T10:00:00Z"


def test_the_page_dates_each_version_and_the_current_one(client: httpx.Client) -> None:
    article_id = _id(client)
    # The headlines are isolated in <bdi> (newuser15a W8): read the text without tags.
    fr = re.sub(r"<[^>]+>", "", client.get(f"/articles/{article_id}",
                                           params={"lang": "fr"}).text)
    # version 1 also gives the page's publication time (t-reader22 R6)
    # the pages declare no version time: said so, veille's time never in its place
    # (t-final27 F8)
    unknown = ", heure de la version non donnée par la source"
    # version 1's own time is the page's publication, said once (t-final31 F9)
    assert re.search(r"Version 1, vue le [^<·]*09:00[^<·,]*, publiée selon la page le [^<·]*"
                     " · Crue de la Loire : alerte rouge", fr)
    assert f"{unknown} · Crue de la Loire : alerte rouge" not in fr
    assert re.search(f"Version 2, vue le [^<·]*10:00[^<·,]*{unknown} · Crue de la Loire : "
                     "alerte orange", fr)
    assert re.search(r"Version 3 \(actuelle\), vue le [^<·]*11:00[^<·,]*"
                     f"{unknown} · Crue de la Loire : vigilance levée", fr)
    en = re.sub(r"<[^>]+>", "", client.get(f"/articles/{article_id}",
                                           params={"lang": "en"}).text)
    assert re.search(r"Version 1, seen [^<·]*9:00\W*AM[^<·,]*, published according to the page on "
                     r"[^<·]* · Crue de la Loire : alerte rouge", en)
    assert re.search(r"Version 3 \(current\), seen [^<·]*11:00\W*AM[^<·,]*, version time not "
                     r"given by the source · Crue", en)


def test_the_cli_dates_each_version_and_the_current_one(corrected: Path,
                                                        client: httpx.Client) -> None:
    article_id = _id(client)
    shown = run_veille(["duplicates", article_id], data_dir=corrected)
    assert shown.returncode == 0, err(shown)
    # labelled columns: the version's declared time and veille's (t-final27 F8); the
    # first version declares its publication (t-final31 F9), the later ones nothing
    assert out(shown).splitlines() == [
        "           #  declared by the source    seen by veille        headline",
        f"  version  1  {'2026-11-24 07:00 UTC':<24}  2026-12-01 08:00 UTC  {TITLES[8]}",
        f"  version  2  {'unknown':<24}  2026-12-01 09:00 UTC  {TITLES[9]}",
        f"  current  3  {'unknown':<24}  2026-12-01 10:00 UTC  {TITLES[10]}"]
    as_json = json.loads(out(run_veille(["duplicates", article_id, "--json"],
                                        data_dir=corrected)))
    assert [v["seen_at"] for v in as_json["versions"]] == ["2026-12-01T08:00:00+00:00",
                                                           "2026-12-01T09:00:00+00:00"]
    assert [v["declared_at"] for v in as_json["versions"]] == [
        "2026-11-24T07:00:00+00:00", None]
    assert as_json["revised_at"] == "2026-12-01T10:00:00+00:00"


def test_feeds_show_the_correction_as_an_update(client: httpx.Client) -> None:
    """web.md, Feeds: "a correction shows in the reader". The page gives no modified date,
    so the item's update is when the corrected content was first seen."""
    atom = ET.fromstring(client.get("/feeds/search.atom", params={"q": "Loire"}).content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    [entry] = atom.findall("a:entry", ns)
    corrected_at = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
    assert _time(entry.findtext("a:updated", namespaces=ns)) == corrected_at
    assert _time(entry.findtext("a:published", namespaces=ns)) == PUBLISHED
    for path in ("/feeds/latest.json", "/feeds/search.json?q=Loire"):
        [item] = client.get(path).json()["items"]
        assert _time(item["date_modified"]) == corrected_at, path


def _time(text: str | None) -> datetime:
    assert text is not None
    return datetime.fromisoformat(text)

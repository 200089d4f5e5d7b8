"""Regression (t-final50 B4, B2): a write-API record from fratmat.info ("Bouaké … Côte
d'Ivoire", published "2026-12-05T06:00:00", no offset) was read on Paris's clock and shown
"06:00 UTC+1" in every list. It is now read on Abidjan's (the places its text names), and
every list gives the article that one clock: the CLI's latest, search and stories, and the
web's front page, search, story list and page, place page, article page and Atom feed. A
real store and index, the installed command, the app on 127.0.0.1."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from web_kit import serve

from capture_kit import err, out, run_veille

RECORD = {"url": "https://www.fratmat.info/article/bouake-cacao-entrepots",
          "title": "Bouaké : deux entrepôts de cacao détruits par un incendie",
          "text": "Deux entrepôts de stockage de cacao ont été détruits par un incendie "
                  "vendredi soir à Bouaké, dans le centre de la Côte d'Ivoire. Aucune victime "
                  "n'est à déplorer.\n\nLe préfet de la région du Gbêkê a ordonné une enquête.",
          "published": "2026-12-05T06:00:00", "language": "fr"}


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("bouake")
    page = root / "records.jsonl"
    page.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", "utf-8")
    done = run_veille(["ingest", str(page)], data_dir=root / "data")
    assert done.returncode == 0, err(done)
    enriched = run_veille(["enrich"], data_dir=root / "data")  # its places: /places pages
    assert enriched.returncode == 0, err(enriched)
    return root / "data"


def test_the_cli_lists_give_the_record_one_clock(data: Path) -> None:
    env = {"LANGUAGE": "en"}
    for command in (["latest"], ["search", "cacao"], ["stories"]):
        shown = out(run_veille(command, data_dir=data, env=env))
        assert "2026-12-05" in shown, (command, shown)
        assert "UTC+1" not in shown and "07:00" not in shown, (command, shown)
    assert "2026-12-05 06:00 UTC" in out(run_veille(["latest"], data_dir=data, env=env))
    assert "2026-12-05 06:00 UTC" in out(run_veille(["stories"], data_dir=data, env=env))


@pytest.fixture(scope="module")
def client(data: Path) -> Iterator[httpx.Client]:
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        yield http


def _text(page: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", page).split())


def test_every_web_list_gives_the_record_one_clock(client: httpx.Client) -> None:
    [article] = client.get("/api/v1/latest").json()["articles"]
    assert article["published"] in ("2026-12-05T06:00:00Z", "2026-12-05T06:00:00+00:00")
    page = client.get(f"/articles/{article['id']}", params={"lang": "fr"}).text
    places = sorted(set(re.findall(r'href="(/places/[^"]+)"', page)))
    assert places, "the article names Bouaké and Côte d'Ivoire"
    paths = ["/", "/search?q=cacao", "/stories", f"/stories/{article['id']}",
             f"/articles/{article['id']}", *places]
    for path in paths:
        shown = _text(client.get(path, params={"lang": "fr"}).text)
        assert "5 déc. 2026 06:00 (UTC)" in shown, (path, shown[:2000])
        # (the page's "first seen" is the reader's clock: when veille read it, not published)
        assert "5 déc. 2026 07:00" not in shown and "06:00 (UTC+1)" not in shown, path
    feed = client.get("/feeds/latest.atom").text
    assert "2026-12-05T06:00:00+00:00" in feed and "T06:00:00+01:00" not in feed

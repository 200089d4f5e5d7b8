"""A JSON record's declared outlet is its source, not its URL's host (t-enrich20 E16).

Records declaring ``"source": "Le Parisien"`` (or "AFP") with a page on ``example.org``
were all shown as ``example.org`` by ``veille latest``, the web and the API: one false
outlet for several. The rules kept (``extract/record_source.py``): the declared name wins
over a host that does not name it; a site's own name on its own site gives the host (the
name its fetched pages carry); a news agency declared for another outlet's page is that
page's credit, so two outlets' copies of one dispatch stay two outlets.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from web_kit import TOKEN, LiveServer, serve

from veille.cli.main import main
from veille.extract.record_source import names_site, placeholder, record_source

TEXTS = {
    "f01": "Le ministre de l'Intérieur a annoncé lundi l'envoi de trois cents policiers "
           "supplémentaires à Marseille pour lutter contre les trafics de drogue.",
    "f03": "Le centre aquatique olympique de Saint-Denis, fermé depuis l'été, rouvrira au "
           "public le quatorze février, a confirmé vendredi le maire de la ville.",
    "f05": "Les conducteurs de bus de la régie parisienne sont en grève ce mardi, selon les "
           "syndicats qui réclament des hausses de salaire et des embauches.",
    "f06": "Un incendie a ravagé un entrepôt de la banlieue lyonnaise dans la nuit de lundi "
           "à mardi, sans faire de victime, selon les pompiers du Rhône.",
    "f07": "Un incendie a ravagé un entrepôt de la banlieue lyonnaise dans la nuit de lundi "
           "à mardi, sans faire de victime, selon les pompiers du Rhône départemental.",
}
RECORDS = [
    ("https://example.org/t/f01", "f01", "AFP", "Renforts policiers à Marseille"),
    ("https://example.org/t/f03", "f03", "Le Parisien", "La piscine de Saint-Denis rouvre"),
    ("https://www.leparisien.fr/t/f05", "f05", "Le Parisien", "Grève des bus à Paris"),
    ("https://www.lefigaro.fr/t/f06", "f06", "AFP", "Incendie près de Lyon"),
    ("https://www.ouest-france.fr/t/f07", "f07", "AFP", "Un entrepôt détruit près de Lyon"),
]
WANT = {"Renforts policiers à Marseille": "afp.com",
        "La piscine de Saint-Denis rouvre": "Le Parisien",
        "Grève des bus à Paris": "leparisien.fr",
        "Incendie près de Lyon": "lefigaro.fr",
        "Un entrepôt détruit près de Lyon": "ouest-france.fr"}


def ingested(root: Path) -> Path:
    path = root / "records.jsonl"
    path.write_text("".join(json.dumps(
        {"url": url, "title": title, "text": TEXTS[key], "source": source, "language": "fr",
         "published": f"2026-02-0{i + 1}T10:00:00+01:00"}, ensure_ascii=False) + "\n"
        for i, (url, key, source, title) in enumerate(RECORDS)), encoding="utf-8")
    assert main(["--data-dir", str(root / "data"), "ingest", str(path)]) == 0
    return root / "data"


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingested(tmp_path_factory.mktemp("declared"))


@pytest.fixture(scope="module")
def server(data: Path) -> Iterator[LiveServer]:
    with serve(data, api_token=TOKEN) as live:
        yield live


def test_veille_latest_shows_the_declared_outlet(data: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--data-dir", str(data), "latest", "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    shown = {a["content"]["title"]: a["source"] for a in map(json.loads, lines)}
    assert shown == WANT


def test_the_api_shows_the_declared_outlet(server: LiveServer) -> None:
    with httpx.Client(base_url=server.url, timeout=60,
                      headers={"Authorization": f"Bearer {TOKEN}"}) as http:
        latest = http.get("/api/v1/latest", params={"limit": 10}).json()
        shown = {a["title"]: a["source"] for a in latest["articles"]}
        assert shown == WANT
        rows = http.get("/api/v1/sources").json()["sources"]
        names = {s["source"] for s in rows}
        assert "example.org" not in names
        assert {"afp.com", "leparisien.fr", "lefigaro.fr", "ouest-france.fr"} <= names
        # "Le Parisien" (a record's declared name) and leparisien.fr are one outlet, one
        # row under its host (r-sources35), whose source: finds both articles
        assert "Le Parisien" not in names
        assert {s["source"]: s["articles"] for s in rows}["leparisien.fr"] == 2
        found = http.get("/api/v1/search", params={"q": "source:leparisien.fr"}).json()
        assert {h["title"] for h in found["hits"]} == {"La piscine de Saint-Denis rouvre",
                                                      "Grève des bus à Paris"}


def test_an_agency_on_another_outlets_page_is_its_credit() -> None:
    evidence: dict[str, str] = {}
    assert record_source("AFP", "https://www.lefigaro.fr/a", evidence) == ""
    assert evidence == {"credit": "AFP"}
    assert record_source("AFP", "https://www.afp.com/fr/a", {}) == "afp.com"
    assert record_source("Agence France-Presse", None, {}) == "afp.com"
    assert record_source("reuters.com", "https://news.test/a", {}) == "reuters.com"


def test_a_sites_own_name_gives_its_host() -> None:
    assert names_site("Le Parisien", "leparisien.fr")
    assert names_site("Ouest-France", "ouest-france.fr")
    assert names_site("www.lemonde.fr", "lemonde.fr")
    assert names_site("Le Quotidien du Gard", "quotidien-du-gard.example")
    assert names_site("L’Union", "lunion.fr") and names_site("L’Équipe", "equipe.fr")
    assert not names_site("Le Parisien", "example.org")
    assert record_source("Le Télégramme", "https://www.letelegramme.fr/a", {}) == ""
    assert record_source("  Le   Monde ", "https://example.org/a", {}) == "Le Monde"
    assert placeholder("example.org") and placeholder("www.example.com")
    assert placeholder("site.test") and not placeholder("example.fr")

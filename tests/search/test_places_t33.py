"""t-final33 #6, #7, #9 through a real store (ingest, enrich, index, search, quotes).

- #6: a quote going on right after a speaker's attributed quote, in the same paragraph,
  was credited to the street the speaker "has lived on" ("Alexandra Terrace"): an
  address is never a speaker.
- #7: "Santa Ana winds" was the place Santa Ana, CA (a place name modifying a wind's
  noun mentions no place), "Loop 286 area" the Chicago Loop; Pierrefitte-sur-Seine
  had no INSEE code (the shipped communes file lacked 93059).
- #9: ``place:Brive`` missed the articles saying "Le parquet de Brive" that the place
  page counts under Brive-la-Gaillarde: a commune's short form is the commune in search.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import veille
from veille.cli.main import cli

ARTICLES = [
    {"url": "https://www.cumbria.example/eden-flood", "language": "en",
     "title": "River Eden floods homes in Appleby",
     "published": "2026-12-03T10:00:00+00:00",
     "text": "The River Eden burst its banks overnight, flooding homes near the bridge.\n\n"
             "\"The water came up through the floorboards in minutes,\" said Peter Hallam, "
             "64, who has lived on Bridge Street since 1990. \"We lost everything "
             "downstairs.\""},
    {"url": "https://www.desertsun.example/red-flag", "language": "en",
     "title": "Red flag warning in Palm Springs",
     "published": "2026-12-03T10:00:00+00:00",
     "text": "Forecasters in Palm Springs issued a red flag warning on Tuesday as Santa Ana "
             "winds were expected to gust to 60 mph across the Coachella Valley. Crews in "
             "Tyler, Texas, closed the Loop 323 area near the hospital."},
    {"url": "https://www.lunion.example/chalons-vol", "language": "fr",
     "title": "Un homme interpellé après un vol",
     "published": "2026-12-03T10:00:00+01:00",
     "text": "Un homme de 25 ans a été interpellé mardi à Châlons-en-Champagne après un vol "
             "dans une pharmacie."},
    {"url": "https://www.lunion.example/chalons-juge", "language": "fr",
     "title": "Vol dans une pharmacie : le suspect jugé jeudi",
     "published": "2026-12-04T10:00:00+01:00",
     "text": "Le parquet de Châlons a requis six mois de prison contre le suspect du vol de "
             "la pharmacie. Il sera jugé jeudi."},
    {"url": "https://www.leparisien.example/pierrefitte", "language": "fr",
     "title": "Pierrefitte-sur-Seine : la piscine rouvre",
     "published": "2026-12-03T10:00:00+01:00",
     "text": "La piscine municipale de Pierrefitte-sur-Seine rouvre lundi après deux ans "
             "de travaux."},
]


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("t33") / "data"
    with veille.open(path) as v:
        v.ingest_bytes([("a.jsonl", "".join(json.dumps(a, ensure_ascii=False) + "\n"
                                            for a in ARTICLES).encode())])
        v.enrich()
    return path


def _urls(data: Path, query: str) -> set[str]:
    with veille.open(data) as v:
        return {hit.url for hit in v.search(query, per_page=50).hits}


def test_a_quote_after_an_attributed_one_keeps_its_speaker_not_the_street(data: Path
                                                                          ) -> None:
    with veille.open(data) as v:
        quotes = {q.text[:12]: q.speaker for q in v.store.quotes(limit=50)}
    assert quotes.get("We lost ever") == "Peter Hallam", quotes
    assert "Bridge Street" not in quotes.values()


def test_a_place_name_before_a_wind_or_a_road_number_is_no_place(data: Path) -> None:
    with veille.open(data) as v:
        names = {p.name for p in v.store.places(limit=100)}
    assert "Palm Springs" in names
    assert "Santa Ana" not in names
    assert "Chicago Loop" not in names  # "the Loop 323 area": a road's number


def test_a_short_form_of_a_commune_finds_its_articles(data: Path) -> None:
    both = {ARTICLES[2]["url"], ARTICLES[3]["url"]}
    assert _urls(data, "place:Châlons") == both
    assert _urls(data, 'place:"Châlons-en-Champagne"') == both


def test_pierrefitte_sur_seine_is_a_commune_with_its_insee_code(data: Path) -> None:
    result = CliRunner().invoke(cli, ["--data-dir", str(data), "export"])
    assert result.exit_code == 0, result.output
    places = [p for line in result.output.splitlines() if line.startswith("{")
              for p in (json.loads(line).get("enrichment") or {}).get("places") or []
              if p.get("name") == "Pierrefitte-sur-Seine"]
    assert places and {(p["insee"], p["department"]) for p in places} == {("93059", "93")}
    assert _urls(data, "place:Pierrefitte-sur-Seine") == {ARTICLES[4]["url"]}

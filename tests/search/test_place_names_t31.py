"""``place:`` searches read against the places the store holds (t-final31 F6, U1, U2).

- F6: ``place:"Deir ez-Zor"`` found the article spelling it so, not the English one
  spelling it "Deir al-Zor" that the place page counts under the same id.
- U2: ``place:"Paris (Texas)"`` (a state in the parentheses) found nothing; the pages'
  "Paris (États-Unis)" and "Grenoble (Isère)" (a département) work as before.
- U1: such a label whose name one place of the shipped gazetteer bears built the whole
  gazetteer in each process (~7 s per query on a 33-article store).
- F6 too: one mention is one entity ("la province de Deir ez-Zor" was a ``loc:`` twin of
  the city resolved in the headline), and ``quotes --speaker EI`` (U3) names État
  islamique alone, not every entity with "ei" inside a word (Seine, Marseille, Deir).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import veille
from veille.cli.main import cli

ARTICLES = [
    {"url": "https://www.la-croix.example/syrie-deir", "language": "fr",
     "title": "Syrie : attentat contre un poste militaire à Deir ez-Zor",
     "published": "2026-11-25T10:00:00+01:00",
     "text": "Le groupe État islamique (EI) a revendiqué mercredi un attentat qui a fait six "
             "morts dans la province de Deir ez-Zor, dans l'est de la Syrie.\n\n"
             "« Nous frapperons encore nos ennemis partout », a affirmé l'EI dans un "
             "communiqué diffusé sur ses canaux."},
    {"url": "https://www.aljazeera.example/deir-al-zor", "language": "en",
     "title": "Attack near Deir al-Zor kills six fighters",
     "published": "2026-11-25T12:00:00+00:00",
     "text": "Six fighters were killed on Wednesday in an attack near Deir al-Zor in "
             "eastern Syria, a monitoring group said. Residents fled towards Raqqa."},
    {"url": "https://www.kxii.example/paris-plaza", "language": "en",
     "title": "Paris police investigate downtown break-ins",
     "published": "2026-11-25T15:00:00+00:00",
     "text": "PARIS, Texas — Three stores on the downtown plaza in Paris, Texas, were "
             "broken into overnight, police said Tuesday. Stores in Clarksville were hit "
             "last month."},
    {"url": "https://www.ledauphine.example/grenoble-bastille", "language": "fr",
     "title": "Grenoble : le téléphérique de la Bastille fermé un mois",
     "published": "2026-11-25T08:00:00+01:00",
     "text": "Le téléphérique de Grenoble sera fermé en janvier. À Marseille et en "
             "Seine-Saint-Denis, d'autres chantiers commencent."},
]


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("t31") / "data"
    with veille.open(path) as v:
        v.ingest_bytes([("a.jsonl", "".join(json.dumps(a, ensure_ascii=False) + "\n"
                                            for a in ARTICLES).encode())])
        v.enrich()
    return path


def _urls(data: Path, query: str) -> set[str]:
    with veille.open(data) as v:
        return {hit.url for hit in v.search(query, per_page=50).hits}


def test_a_place_name_finds_every_article_of_its_id(data: Path) -> None:
    both = {ARTICLES[0]["url"], ARTICLES[1]["url"]}
    with veille.open(data) as v:
        ids = {p.id for p in v.store.places(name="Deir", limit=10)}
    assert len(ids) == 1, ids  # one place, spelled two ways
    assert _urls(data, 'place:"Deir ez-Zor"') == both
    assert _urls(data, 'place:"Deir al-Zor"') == both
    assert _urls(data, f'place:"{ids.pop()}"') == both


@pytest.mark.parametrize("label", ["Paris (Texas)", "Paris (États-Unis)",
                                   "Paris (Etats-Unis)", "Paris (United States)",
                                   "Paris (US)"])
def test_a_label_with_the_state_or_the_country(data: Path, label: str) -> None:
    assert _urls(data, f'place:"{label}"') == {ARTICLES[2]["url"]}


def test_a_label_of_a_french_commune_by_its_departement(data: Path) -> None:
    assert _urls(data, 'place:"Grenoble (Isère)"') == {ARTICLES[3]["url"]}
    assert _urls(data, 'place:"Grenoble (Drôme)"') == set()
    assert _urls(data, 'place:"Paris (Ohio)"') == set()


def test_a_label_search_builds_no_gazetteer(data: Path) -> None:
    code = (
        "import sys, veille\n"
        "from veille.enrich.places import shipped\n"
        "with veille.open(sys.argv[1]) as v:\n"
        "    shipped.cache_clear()\n"
        "    for q in ('place:\"Paris (Texas)\"', 'place:\"Perth (Australia)\"',\n"
        "              'place:\"Grenoble (Isère)\"', 'place:\"Deir al-Zor\"'):\n"
        "        v.search(q)\n"
        "    print(shipped.cache_info().currsize)\n")
    done = subprocess.run([sys.executable, "-c", code, str(data)], capture_output=True,
                          text=True, check=True, timeout=600)
    assert done.stdout.strip().splitlines()[-1] == "0", done.stderr


def test_one_mention_is_one_entity(data: Path) -> None:
    with veille.open(data) as v:
        article = next(a for a in v.store.iter_articles() if a.url == ARTICLES[0]["url"])
    entities = (article.enrichment or {}).get("entities") or []
    deir = [e for e in entities if "deir" in e["name"].lower()]
    assert [e["id"] for e in deir] == ["geonames:170794"], deir
    spans = [tuple(m[:2]) for e in entities for m in e["mentions"]]
    assert len(spans) == len(set(spans))


def test_a_short_alias_names_its_entity_alone(data: Path) -> None:
    ran = CliRunner().invoke(cli, ["--data-dir", str(data), "quotes", "--speaker", "EI"])
    assert ran.exit_code == 0, ran.output
    assert "several entities" not in ran.output
    assert "Nous frapperons encore" in ran.output

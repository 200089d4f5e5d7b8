"""Places that were not what veille said (issue 16, branch r-places54; t-final53 A9, A10,
A12 and t-final53b A2, A8, A13): a quarter of the article's town read as a commune far
away, a compass point and a body's common noun read as places, a jihadist group's branch
listed among places, a section kicker read as a Romanian town and as a quote's speaker, a
river read as the département of its name, and a Russian case form kept as the place's
name with its hyphen lost. Records ingested into a real store, enriched and exported."""

from __future__ import annotations

import json
from typing import Any

import pytest

from veille.cli.main import main

U = "https://www.example.test/rplaces54/"


def _record(slug: str, title: str, text: str, language: str = "fr") -> dict[str, object]:
    return {"url": U + slug, "source": "example.test", "language": language,
            "published": "2026-12-03T08:30:00+01:00", "title": title, "text": text}


RECORDS = [
    _record("quarters", "Inondations à Nîmes : une nuit d'orage",
            "À Nîmes, les quartiers de Richelieu et du Chemin-Bas-d'Avignon ont été inondés "
            "dans la nuit.\n\nLes pompiers du Gard sont intervenus cent fois."),
    _record("east", "Pluies à La Réunion",
            "Les pluies ont provoqué des inondations dans l'est de La Réunion.\n\n"
            "Les écoles sont fermées vendredi dans les communes de l'Est."),
    _record("metropole", "Grève des éboueurs à Montpellier",
            "Les agents de collecte de la Métropole de Montpellier sont en grève depuis "
            "lundi.\n\nLes agents de Montpellier Méditerranée Métropole réclament une prime."),
    _record("branch", "Sahel : un camp attaqué",
            "L'État islamique au Sahel a revendiqué l'attaque près de Tillabéri.\n\n"
            "L'armée du Niger a lancé une opération."),
    _record("kicker", "Médias : « Le Télégramme » franchit le cap des 100 000 abonnés",
            "Le quotidien breton a annoncé le chiffre mardi à Morlaix.\n\n"
            "Il mise sur ses newsletters locales."),
    _record("town-kicker", "Lyon : un entrepôt détruit par le feu",
            "Un entrepôt a brûlé dans la nuit à Lyon.\n\nPersonne n'a été blessé."),
    _record("river", "Crue : Orléans en alerte",
            "La Loire, gonflée par les pluies, a atteint 4 mètres au pont Royal à Orléans.\n\n"
            "La préfecture du Loiret a fermé les quais."),
    _record("department", "Neige dans la Loire",
            "La Loire est en vigilance orange, à Saint-Étienne comme à Roanne.\n\n"
            "Les cars scolaires ne circulent pas."),
    _record("ru", "Пожар на складе",
            "Пожар на складе в Санкт-Петербурге потушен.\n\nДождь прошёл и в Краснодаре.",
            "ru"),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """``url -> enrichment`` of ``RECORDS``, ingested into one real store (once: the model
    loads once for the module)."""
    tmp = tmp_path_factory.mktemp("rplaces54")
    source, data, out = tmp / "a.jsonl", str(tmp / "data"), tmp / "out.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS),
                      encoding="utf-8")
    assert main(["--data-dir", data, "ingest", str(source)]) == 0
    assert main(["--data-dir", data, "enrich"]) == 0
    assert main(["--data-dir", data, "export", "--format", "jsonl", "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines() if line]
    return {r["content"]["url"]: r.get("enrichment") or {} for r in records}


def _places(found: dict[str, dict[str, Any]], slug: str) -> dict[str, dict[str, Any]]:
    return {p["mentioned_as"]: p for p in found[U + slug].get("places", [])}


def _labels(found: dict[str, dict[str, Any]], slug: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for entity in found[U + slug].get("entities", []):
        for mention in entity["mentions"]:
            out.setdefault(mention[2], set()).add(entity["label"])
    return out


def test_a_listed_quarter_of_the_town_is_no_commune_far_away(found: dict[str, Any]) -> None:
    places = _places(found, "quarters")
    assert "Richelieu" not in places, places["Richelieu"]  # not Richelieu (Indre-et-Loire)
    assert places["Nîmes"]["kind"] == "commune"


def test_a_compass_point_written_as_a_part_is_no_place(found: dict[str, Any]) -> None:
    assert "Est" not in _labels(found, "east")
    assert _places(found, "east")["La Réunion"]["country"] == "FR"


def test_a_body_s_head_word_is_the_body(found: dict[str, Any]) -> None:
    assert _labels(found, "metropole")["Métropole"] == {"ORG"}  # was LOC
    assert "Métropole" not in _places(found, "metropole")


def test_a_group_s_branch_is_an_organisation(found: dict[str, Any]) -> None:
    assert _labels(found, "branch")["État islamique au Sahel"] == {"ORG"}
    assert "État islamique au Sahel" not in _places(found, "branch")
    assert _places(found, "branch")["Tillabéri"]["country"] == "NE"


def test_a_section_kicker_is_no_town_and_no_speaker(found: dict[str, Any]) -> None:
    places = _places(found, "kicker")
    assert "Médias" not in places, places["Médias"]  # not Mediaş, Romania
    quotes = found[U + "kicker"].get("quotes", [])
    assert all(not q.get("speaker") for q in quotes if "Télégramme" in q["text"]), quotes
    assert _places(found, "town-kicker")["Lyon"]["kind"] == "commune"  # its own name


def test_a_river_is_not_the_department_of_its_name(found: dict[str, Any]) -> None:
    places = _places(found, "river")
    assert "Loire" not in places, places["Loire"]
    assert places["Orléans"]["department"] == "45"
    # the département where the text's towns lie in it
    assert _places(found, "department")["Loire"]["id"] == "iso3166-2:FR-42"


def test_a_russian_case_form_is_named_in_the_nominative(found: dict[str, Any]) -> None:
    places = _places(found, "ru")
    assert places["Санкт-Петербурге"]["name"] == "Санкт-Петербург"  # its hyphen kept
    names = {e["id"]: e["name"] for e in found[U + "ru"]["entities"]}
    assert names[places["Краснодаре"]["id"]] == "Краснодар"

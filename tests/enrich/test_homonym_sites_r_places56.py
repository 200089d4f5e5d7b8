"""Homonyms read as places, parties and unions (issue 16, branch r-places56; t-final55b
A12): a street after "di via" read as the town it names ("via Toledo, a Napoli" →
Toledo, Ohio), a town's market named after a far commune ("le marché de Saint-Louis" of
a Brest dispatch → Haut-Rhin), a state's code in parentheses read as a party ("Natal
(RN)" → Rassemblement national), a trade union's "Union leader" read as the European
Union. Controls: the same market near its own commune, "(RN)" after the party and a
person, "the European Union". Also (A15) "Sindicatos e Ministério da Saúde" read as one
ORG, "to Polish yard" read as a place, and a feast ("feira de Natal") left a LOC entity
after it lost its place. Records ingested into a real store, enriched, exported."""

from __future__ import annotations

import json
from typing import Any

import pytest

from veille.cli.main import main

U = "https://www.example.test/rplaces56/"


def _record(slug: str, language: str, title: str, text: str) -> dict[str, object]:
    return {"url": U + slug, "source": "example.test", "language": language,
            "published": "2026-12-03T08:30:00+01:00", "title": title, "text": text}


RECORDS = [
    _record("via", "it", "Crollo in via Toledo",
            "Un cornicione è crollato da un palazzo di via Toledo, a Napoli, senza feriti."),
    _record("market", "fr", "Le marché de Saint-Louis déménage",
            "Le marché de Saint-Louis déménagera place Guérin en janvier, a annoncé la mairie "
            "de Brest jeudi.\n\nLes travaux des halles dureront dix-huit mois."),
    _record("market-home", "fr", "Vacances",
            "Le marché de Saint-Cyprien attire chaque été des milliers de touristes, près de "
            "Perpignan.\n\nLa commune a prolongé ses horaires."),
    _record("state", "pt", "Chuvas em Natal",
            "As fortes chuvas que atingem Natal (RN) desde terça-feira deixaram 300 famílias "
            "desalojadas, informou a Defesa Civil."),
    _record("party", "fr", "Municipales",
            "Le Rassemblement national (RN) présentera une liste à Perpignan, a annoncé "
            "Jordan Bardella (RN) jeudi."),
    _record("union", "en", "Rail strike",
            "Union leader Mick Lynch warned that members would strike again if talks fail."),
    _record("bodies", "pt", "Acordo na saúde",
            "Sindicatos e Ministério da Saúde chegaram a acordo na terça-feira em Lisboa."),
    _record("feast", "pt", "Feira em Braga",
            "A feira de Natal de Braga abre no sábado com cem expositores."),
    _record("yard", "en", "Ferry contract awarded to Polish yard",
            "The ferry contract went to Polish yard workers, the Scottish ministry said."),
    _record("eu", "en", "Fishing deal",
            "The European Union and Norway agreed on fishing quotas on Tuesday."),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """``url -> enrichment`` of ``RECORDS``, ingested into one real store."""
    tmp = tmp_path_factory.mktemp("rplaces56")
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


def _ids(found: dict[str, dict[str, Any]], slug: str) -> dict[str, str]:
    return {e["name"]: e["id"] for e in found[U + slug].get("entities", [])}


def test_a_street_named_after_a_town_is_no_place(found: dict[str, Any]) -> None:
    places = _places(found, "via")
    assert "Toledo" not in places, places
    assert places["Napoli"]["country"] == "IT"


def test_a_market_named_like_a_far_commune_is_no_place(found: dict[str, Any]) -> None:
    places = _places(found, "market")
    assert "Saint-Louis" not in places, places
    assert places["Brest"]["country"] == "FR"


def test_a_market_near_its_commune_stays_the_commune(found: dict[str, Any]) -> None:
    assert _places(found, "market-home")["Saint-Cyprien"]["department"] == "66"


def test_a_state_code_after_a_town_is_no_party(found: dict[str, Any]) -> None:
    assert "veille:rassemblement-national" not in _ids(found, "state").values()
    assert _places(found, "state")["Natal"]["country"] == "BR"


def test_the_party_s_acronym_after_a_name_stays_the_party(found: dict[str, Any]) -> None:
    mentions = [m[2] for e in found[U + "party"]["entities"]
                if e["id"] == "veille:rassemblement-national" for m in e["mentions"]]
    assert mentions.count("RN") == 2, mentions


def test_union_leader_is_no_european_union(found: dict[str, Any]) -> None:
    assert "Q458" not in _ids(found, "union").values()
    assert "Q458" in _ids(found, "eu").values()


def test_a_coordination_splits_two_bodies(found: dict[str, Any]) -> None:
    ids = _ids(found, "bodies")
    assert not [n for n in ids if n.startswith("Sindicatos")], ids
    assert "Ministério da Saúde" in ids, ids


def test_a_feast_is_no_place_entity(found: dict[str, Any]) -> None:
    labels = {e["name"]: e["label"] for e in found[U + "feast"]["entities"]}
    assert labels.get("Natal") in (None, "MISC"), labels
    assert "Natal" not in _places(found, "feast")


def test_a_nationality_adjective_is_no_place(found: dict[str, Any]) -> None:
    labels = {m[2]: e["label"] for e in found[U + "yard"]["entities"] for m in e["mentions"]}
    assert labels.get("Polish") in (None, "MISC"), labels
    assert "Polish" not in _places(found, "yard")

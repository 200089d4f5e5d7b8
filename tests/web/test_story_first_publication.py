"""Regression (newuser7 P15): a reprint dated to the day only (midnight, a placeholder)
became the story's first publication: "Publié en premier par lavoixdunord.fr", its time and
its title, though dedup rightly kept 20 Minutes (09:58) as the original. The first
publication is now the story's own article before a reprint, and within a day a timed
article before a day-only one. Real store (SQLite; the SQL is shared with PostgreSQL), real
server, CLI JSON."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from web_kit import serve

import veille
from veille.cli.main import main

DISPATCH = [
    "Le gouvernement a annoncé lundi un plan de 2,3 milliards d'euros pour la rénovation "
    "énergétique des écoles, des collèges et des lycées, a-t-on appris auprès de Matignon.",
    "Les travaux porteront en priorité sur l'isolation des bâtiments construits avant 1975 "
    "et sur le remplacement des chaudières au fioul, selon le ministère de l'Éducation.",
    "Les collectivités pourront déposer leurs dossiers dès le mois de janvier, et les "
    "premiers chantiers devraient commencer pendant les vacances d'été, précise le texte.",
    "Les syndicats d'enseignants ont salué un effort attendu de longue date, tout en "
    "jugeant l'enveloppe insuffisante au regard des besoins estimés par la Cour des comptes.",
]


def line(host: str, title: str, published: str) -> str:
    return json.dumps({"title": title, "url": f"https://{host}/ecoles", "source": host,
                       "text": "\n\n".join(DISPATCH), "language": "fr",
                       "published": published}, ensure_ascii=False)


def test_a_day_only_reprint_is_not_the_first_publication(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:
        v.ingest_bytes([("a.jsonl", (line(
            "20minutes.example", "Le gouvernement débloque 2,3 milliards pour les écoles",
            "2026-11-24T09:58:00+01:00") + "\n" + line(
            "lefigaro.example", "Écoles : 2,3 milliards pour la rénovation",
            "2026-11-24T10:05:00+01:00") + "\n").encode())])
        v.ingest_bytes([("b.jsonl", (line(
            "lavoixdunord.example", "Rénovation des écoles : l'État met 2,3 milliards",
            "2026-11-24") + "\n").encode())])
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        (story,) = http.get("/api/v1/stories").json()["stories"]
        assert story["first_source"] == "20minutes.example"
        assert story["first"].startswith("2026-11-24T09:58")
        assert story["first_precision"] == "time"
        assert story["title"] == "Le gouvernement débloque 2,3 milliards pour les écoles"
        page = http.get(f"/stories/{story['id']}", params={"lang": "fr"}).text
        assert "lavoixdunord.example" in page
    assert main(["--data-dir", str(data), "stories", "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["first_source"] == "20minutes.example"

"""The search API answers through the compiler's kept regex and word queries and the
indexed agency hosts (r-search50): a real server on 127.0.0.1 asked queries that share a
``source:`` filter, a prefix and words finds, after an ingest (a new index generation),
the article that ingest added, exactly as a server started afresh finds it; an agency's
own host is shown by the agency's declared name."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from web_kit import serve

from veille.cli.main import main

BODY = ("Les éboueurs de Grenoble entrent dans leur sixième jour de grève, et les "
        "conteneurs débordent dans les quartiers de l'Île Verte et de Championnet.\n\n"
        "Le syndicat réclame une prime de pénibilité ; la métropole promet de reprendre "
        "les négociations jeudi, a indiqué son vice-président chargé de la propreté.")


def record(n: int, url: str, source: str, title: str) -> dict[str, str]:
    return {"url": url, "source": source, "title": title, "language": "fr",
            "text": BODY + f"\n\nMise à jour numéro {n}.",
            "published": f"2026-11-2{n}T08:00:00+01:00"}


FIRST = [record(1, "https://www.lemonde.fr/societe/article/greve-eboueurs-grenoble", "Le Monde",
                "Grenoble : la grève des éboueurs s'enlise"),
         record(2, "https://www.leprogres.fr/isere/greve-des-eboueurs", "Le Progrès",
                "Grève des éboueurs : les poubelles s'entassent à Grenoble"),
         record(3, "https://www.afp.com/fr/infos/greve-eboueurs-grenoble", "AFP",
                "Grève des éboueurs à Grenoble")]
LATER = [record(4, "https://www.lemonde.fr/societe/article/eboueurs-accord-grenoble", "Le Monde",
                "Éboueurs de Grenoble : un accord trouvé après six jours de grève")]
QUERIES = ["grève source:lemonde.fr", "éboueurs source:lemonde.fr", "Grenoble source:lemonde.fr",
           "ébou*", "ébou* Grenoble", "grève Grenoble", "grève OR accord"]


def ingest(data: Path, records: list[dict[str, str]], name: str) -> None:
    path = data.parent / name
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    assert main(["--data-dir", str(data), "ingest", str(path)]) == 0


def answers(url: str) -> dict[str, list[tuple[str, str]]]:
    out = {}
    with httpx.Client(base_url=url, timeout=60) as http:
        for q in QUERIES:
            found = http.get("/api/v1/search", params={"q": q, "per_page": 20}).json()
            out[q] = [(h["url"], h["outlet"]) for h in found["hits"]]
    return out


@pytest.fixture
def data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    ingest(data, FIRST, "first.jsonl")
    assert main(["--data-dir", str(data), "reindex"]) == 0
    return data


def test_kept_queries_answer_as_a_fresh_server_after_an_ingest(data: Path) -> None:
    with serve(data) as live:
        before = answers(live.url)
        assert {u for u, _o in before["grève source:lemonde.fr"]} == {FIRST[0]["url"]}
        assert len(before["ébou*"]) == 3
        ingest(data, LATER, "later.jsonl")  # a new generation while the server runs
        after = answers(live.url)
    assert {u for u, _o in after["grève source:lemonde.fr"]} == {FIRST[0]["url"],
                                                                 LATER[0]["url"]}
    assert len(after["ébou*"]) == 4
    with serve(data) as fresh:
        assert answers(fresh.url) == after
    outlets = {u: o for rows in after.values() for u, o in rows}
    assert outlets[FIRST[2]["url"]] == "AFP"  # afp.com, an agency's host, by its name

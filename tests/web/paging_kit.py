"""A news list read page by page while it changes (issue 14): the articles, the changes made
between page 1 and page 2 (new articles, some matching; a correction of an article of page
2; an article moved into another story), and the checks: no article twice, none missing,
the count what the pages hold. Shared by the API tests (SQLite and PostgreSQL) and the
browser test."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import httpx

TOKEN = "paging-token"
WORD = "tramway"
TOWNS = ["Angers", "Brest", "Caen", "Dijon", "Évreux", "Gap", "Laval", "Metz", "Nancy",
         "Orléans"]
LATE_TOWNS = ["Pau", "Reims", "Sète"]
SUBJECTS = {
    "Angers": "Une grève des conducteurs paralyse le réseau depuis lundi matin, les syndicats "
              "réclament des primes de nuit.",
    "Brest": "Le téléphérique urbain franchira la Penfeld, une première en France pour un "
             "transport public par câble.",
    "Caen": "Les rames sur pneus seront remplacées par des rames sur rails achetées à un "
            "constructeur alsacien.",
    "Dijon": "Un cycliste a été blessé au carrefour de la place Darcy, la préfecture annonce "
             "une enquête sur les feux.",
    "Évreux": "La mairie renonce au projet faute de subventions régionales et préfère des bus "
              "électriques.",
    "Gap": "Les commerçants de la rue Carnot demandent des indemnités pour la baisse de leur "
           "chiffre d'affaires.",
    "Laval": "Une consultation publique ouvre en mairie, les habitants peuvent déposer leurs "
             "avis jusqu'en mars.",
    "Metz": "Le dépôt des bus à haut niveau de service brûle dans la nuit, trente véhicules "
            "sont détruits.",
    "Nancy": "La métropole commande vingt-cinq véhicules à un industriel espagnol pour "
             "remplacer le vieux matériel.",
    "Orléans": "Un concert gratuit fête les vingt ans de la ligne A sur le parvis de la "
               "cathédrale Sainte-Croix.",
    "Pau": "Un hydrogène produit localement alimentera les nouveaux véhicules dès l'été "
           "prochain, annonce l'agglomération.",
    "Reims": "Le champagne coule à l'inauguration de la station de la cathédrale, en "
             "présence du ministre des transports.",
    "Sète": "Le conseil d'État annule la déclaration d'utilité publique de la ligne vers la "
            "plage de la Corniche.",
}


def record(town: str, day: int, times: int, *, title: str = "", source: str = "",
           url: str = "") -> dict[str, str]:
    """An article on ``town``'s tramway (each town its own news: its own story), saying
    the word ``times`` more times (so relevance tells them apart), published on ``day``
    November 2026."""
    subject = SUBJECTS[town]
    return {"url": url or f"https://{town.lower()}.example/tram",
            "title": title or f"{town} : {subject.split(',')[0].lower()}",
            "language": "fr", "published": f"2026-11-{day:02d}T09:00:00+01:00",
            "source": source or f"{town.lower()}.example",
            "text": f"{subject} ({' '.join([WORD] * (times + 1))})"}


OTHER = {"url": "https://tulle.example/marche", "title": "Tulle : le marché déménage",
         "language": "fr", "published": "2026-11-12T08:00:00+01:00", "source": "tulle.example",
         "text": "Le marché du samedi s'installera place de la cathédrale pendant les "
                 "travaux de la halle, a décidé le conseil municipal de Tulle."}


def first_records() -> list[dict[str, str]]:
    """Ten matching articles (one of them carried again by another outlet: a reprint, in
    its story) and one that does not match."""
    records = [record(town, 10 + i, i % 4) for i, town in enumerate(TOWNS)]
    reprint = dict(records[0], source="depeches.example",
                   url="https://depeches.example/angers-tram")
    return [*records, reprint, OTHER]


def as_jsonl(records: list[dict[str, str]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()


def post(http: httpx.Client, item: dict[str, str]) -> None:
    answer = http.post("/api/v1/articles", params={"source": item["source"]},
                       content=json.dumps(item, ensure_ascii=False).encode(),
                       headers={"authorization": f"Bearer {TOKEN}",
                                "content-type": "application/json"})
    assert answer.status_code in (200, 201), answer.text
    assert answer.json()["index_pending"] == 0


def stories_settled(http: httpx.Client, *, timeout: float = 120.0) -> None:
    """Wait until the server's ``stories`` follower has clustered again what was posted
    (``/api/v1/stats``'s ``stories_lag`` 0). A move made before that could be made again
    by the re-clustering at any time, or undone (it clusters the window afresh): a story
    would then come back, or go, while the pages are read (CI-19's two failures)."""
    waited = 0.0
    while http.get("/api/v1/stats").json()["stories_lag"]:
        assert waited < timeout, "the stories follower did not catch up"
        time.sleep(0.05)
        waited += 0.05


def everything(http: httpx.Client, path: str, params: dict[str, Any]) -> dict[str, Any]:
    """The whole list in one page (what the snapshot holds, read before the changes)."""
    answer = http.get(path, params={**params, "per_page": 50})
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def change_the_list(http: httpx.Client, page_two: list[str], titles: dict[str, str],
                    move: Callable[[], None]) -> None:
    """What happens between page 1 and page 2: three new matching articles (the newest,
    and the most relevant), one that does not match, a correction of the first article of
    page 2 (its headline now says the word twice: it ranks higher), and ``move``."""
    for i, town in enumerate(LATE_TOWNS):
        post(http, record(town, 25 + i, 6))
    post(http, dict(OTHER, url="https://tulle.example/pont", title="Tulle : le pont rouvre",
                    text="Le pont de la Corrèze rouvre à la circulation après six mois."))
    corrected = titles[page_two[0]]
    town = corrected.split(" :")[0]
    day = 10 + TOWNS.index(town)
    post(http, record(town, day, TOWNS.index(town) % 4,
                      title=f"{town} : le {WORD} prolongé, un deuxième {WORD} commandé"))
    stories_settled(http)
    move()


def lone_article(hits: list[dict[str, Any]], *, besides: set[str]) -> str:
    """The last of ``hits`` alone in its story (only a lone article moves into another
    story: docs/dedup.md), and not in ``besides``."""
    stories = [hit["story_id"] for hit in hits]
    return next(hit["id"] for hit in reversed(hits)
                if stories.count(hit["story_id"]) == 1 and hit["id"] not in besides)


def check_pages(pages: list[dict[str, Any]], snapshot: set[str], *, collapse: bool) -> None:
    """No article twice, none missing (``snapshot``: the ids that matched at page 1), every
    page's count what the pages hold."""
    rows = [hit for page in pages for hit in page["hits"]]
    ids = [hit["id"] for hit in rows]
    assert len(ids) == len(set(ids)), "an article shown twice"
    assert [page["total"] for page in pages] == [len(rows)] * len(pages)
    assert set(ids) <= snapshot, "an article stored after the first page"
    if collapse:  # each article of the snapshot shown, or counted in its story's row
        assert sum(1 + hit["others"] for hit in rows) == len(snapshot)
    else:
        assert set(ids) == snapshot

"""An undated article never stands for a story in the dated "latest" list (docs/web.md).

A story of three articles dated the same day and one undated copy, seen
first and the fullest of the four: the home page
and ``/api/v1/latest`` list the story under a dated article, ordered by its newest dated
one, never under the undated copy marked "date inconnue" with the dated ones hidden in its
"+3 others". Real store, real index, real server on 127.0.0.1, real CLI.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from web_kit import serve

from veille.cli.main import main

BODY = ("Washington va réunir la coalition internationale la semaine prochaine pour discuter "
        "de la suite des opérations, a annoncé le département d'État dans un communiqué. "
        "Les ministres des affaires étrangères de plus de vingt pays sont attendus. "
        "La réunion doit permettre de coordonner l'aide humanitaire et le soutien militaire "
        "aux forces locales, selon les diplomates interrogés par plusieurs médias.")
STORY = [{"url": f"https://{host}/coalition", "title": f"Washington va réunir la coalition ({n})",
          "language": "fr", "text": BODY + f" Précision {n}." + (" Mise à jour." if not n else ""),
          **({"published": f"2026-11-30T0{n}:00:00+00:00"} if n else {})}
         for n, host in enumerate(["inconnu.example", "a.example", "b.example", "c.example"])]
OLDER = {"url": "https://d.example/autre", "title": "Le conseil vote le budget",
         "language": "fr", "published": "2026-11-30T09:00:00+00:00",
         "text": "Le conseil municipal a voté le budget de la ville pour l'année prochaine."}


@pytest.fixture(scope="module")
def http(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    root = tmp_path_factory.mktemp("undated")
    data = root / "data"
    for name, records in (("undated.jsonl", STORY[:1]), ("dated.jsonl", [OLDER, *STORY[1:]])):
        path = root / name
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                        encoding="utf-8")
        assert main(["--data-dir", str(data), "ingest", str(path)]) == 0
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        yield client


def test_a_story_is_represented_by_a_dated_article(http: httpx.Client) -> None:
    data = http.get("/api/v1/latest", params={"collapse": "true"}).json()
    # Ordered by its newest dated article (03:00), not the undated one's first-seen (now).
    assert data["articles"][0]["title"] == OLDER["title"]
    first = data["articles"][1]
    assert first["story_id"], "the four copies should form one story"
    assert first["published"] is not None
    assert first["title"] in {r["title"] for r in STORY[1:]}  # one of the dated ones
    assert first["others"] == 3
    assert all(a["published"] is not None for a in data["articles"])


def test_the_home_page_lists_the_story_under_a_dated_article(http: httpx.Client) -> None:
    page = http.get("/", params={"lang": "fr"}).text
    # What the home page lists after the newer story, in the dated list.
    head = page.split(OLDER["title"])[1].split('id="undated-title"')[0]
    assert "Washington va réunir la coalition (" in head
    assert STORY[0]["title"] not in head and 'class="undated"' not in head
    assert "+3 autres articles" in head


def test_ungrouped_lists_keep_undated_apart(http: httpx.Client) -> None:
    data = http.get("/api/v1/latest").json()
    assert STORY[0]["title"] not in [a["title"] for a in data["articles"]]
    assert [a["title"] for a in data["undated"]] == [STORY[0]["title"]]

"""When two outlets' own articles of a story are in no known order (one dated to the day
only, the other timed that same day), the story does not say one came out first: "first
published by" names both with the order unknown, and the timeline marks the day-only one
(the timed one has its place in the day: t-final63, "ordre inconnu dans la journée" under
"11 févr. 18:30" read as if its time were unknown), in French and English, in the API and in
``veille stories`` (issue #14, f-stories21: a timed article was shown as the first
publication over a day-only one of the same day, which may have come out at dawn).
Real store, real server, CLI. Own text, written for this test."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from web_kit import LANDSLIDE, serve

import veille
from veille.cli.main import main

DISPATCH = LANDSLIDE[:3]
OTHER = [
    "La route départementale entre Moûtiers et Bozel est fermée depuis mardi après un "
    "glissement de terrain qui a isolé plusieurs hameaux de Savoie, selon la préfecture.",
    "Des milliers de mètres cubes de roche se sont effondrés après des jours de pluie; les "
    "géologues du conseil départemental surveillent encore la paroi.",
    "Une dizaine de maisons ont été évacuées par précaution; leurs habitants sont relogés "
    "dans une salle communale, indique la mairie, et aucune victime n'est à déplorer.",
]


def line(host: str, title: str, text: list[str], published: str) -> str:
    return json.dumps({"title": title, "url": f"https://{host}/savoie", "source": host,
                       "text": "\n\n".join(text), "language": "fr",
                       "published": published}, ensure_ascii=False)


def _ingest(data: Path, day_only: str, dispatch: str = "2026-11-24T09:58:00+01:00",
            other: list[str] = OTHER) -> None:
    with veille.open(data) as v:
        v.ingest_bytes([("a.jsonl", "\n".join([
            line("agence.example", "Savoie : un glissement de terrain coupe une route",
                 DISPATCH, dispatch),
            line("quotidien.example", "Glissement de terrain : des hameaux isolés en Savoie",
                 other, day_only)]).encode() + b"\n")])


def test_a_day_only_article_the_same_day_leaves_the_order_unknown(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    _ingest(data, "2026-11-24")
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        (story,) = http.get("/api/v1/stories").json()["stories"]
        assert story["articles"] == 2
        assert story["first_tied"] == ["quotidien.example"]
        known = {item["published_precision"]: item["order_known"] for item in story["items"]}
        assert known == {"time": True, "day": False}
        pages = {lang: http.get(f"/stories/{story['id']}", params={"lang": lang}).text
                 for lang in ("fr", "en")}
    assert "ordre de publication inconnu" in pages["fr"]
    assert "<strong>agence.example</strong> ou <strong>quotidien.example</strong>" in pages["fr"]
    assert pages["fr"].count("ordre inconnu dans la journée") == 1
    timed = pages["fr"].split("09:58", 1)[1].split("</li>", 1)[0]
    assert "ordre inconnu dans la journée" not in timed
    assert "publication order unknown" in pages["en"]
    assert "<strong>agence.example</strong> or <strong>quotidien.example</strong>" in pages["en"]
    assert pages["en"].count("order within the day unknown") == 1
    # the day alone: if the day-only one came first, it was not at 09:58 (t-reader22 R11)
    first = pages["fr"].split('class="first"', 1)[1].split("</p>", 1)[0]
    assert "24 nov. 2026" in first and "09:58" not in first
    capsys.readouterr()
    assert main(["--data-dir", str(data), "stories", story["id"]]) == 0
    out = capsys.readouterr().out
    assert "first published by agence.example or quotidien.example, 2026-11-24 (" in out
    assert "publication order unknown" in out
    assert out.count("[order within the day unknown]") == 1
    assert "[order within the day unknown]" not in next(x for x in out.splitlines()
                                                        if "09:58" in x and "agence" in x)


def test_a_day_only_article_the_day_before_is_first(tmp_path: Path) -> None:
    """A day-only date of the day before is surely earlier: the order is known. (The
    dispatch of Wednesday says the landslide was "mardi", as the day-only article of that
    Tuesday does: with the dispatch on Tuesday and the other article on Monday, the two
    leads' "mardi" were a week apart, two events by the day each states: f-stories24.)"""
    data = tmp_path / "data"
    _ingest(data, "2026-11-24", dispatch="2026-11-25T09:58:00+01:00")
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        (story,) = http.get("/api/v1/stories").json()["stories"]
        assert story["first_source"] == "quotidien.example"
        assert story["first_tied"] == []
        assert all(item["order_known"] for item in story["items"])
        page = http.get(f"/stories/{story['id']}", params={"lang": "fr"}).text
    assert "inconnu" not in page


def test_tied_outlets_are_given_no_one_headline(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """Tied, the first publication is one of two outlets: its headline is not given to
    both (t-reader25 R3: "Publié en premier par Belga ou lavenir.net sous le titre « [Belga's
    headline] »", which said L'Avenir ran Belga's headline). No "as …" then, on the story
    page, the article page (French and English) and in ``veille stories``."""
    data = tmp_path / "data"
    longer = [*OTHER, "Les travaux de déblaiement devraient durer au moins trois semaines, "
              "le temps de purger la paroi et de poser des filets de protection au-dessus de "
              "la chaussée, selon le conseil départemental de la Savoie."]
    _ingest(data, "2026-11-24", other=longer)
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        (story,) = http.get("/api/v1/stories").json()["stories"]
        assert story["first_tied"] == ["quotidien.example"]
        assert story["first_title"] and story["first_title"] != story["title"]
        pages = [http.get(path, params={"lang": lang}).text
                 for path in (f"/stories/{story['id']}",
                              *(f"/articles/{item['id']}" for item in story["items"]))
                 for lang in ("fr", "en")]
    assert all("first-title" not in page for page in pages)
    assert "ordre de publication inconnu" in pages[0] and "sous le titre" not in pages[0]
    capsys.readouterr()
    assert main(["--data-dir", str(data), "stories", story["id"]]) == 0
    out = capsys.readouterr().out
    assert "first published by agence.example or quotidien.example" in out
    assert story["first_title"] not in out.split("first published by", 1)[1].split("\n")[0]

"""A story is titled by its fullest independent article, not by its first publication when
that is a two-line brief or a teaser (issue #14: "the best representative of a story is its
fullest independent article"; the story page, the API and ``veille stories`` showed the
first publication's headline, a brief's "Savoie : route coupée"). Real store, real server,
CLI. Own text, written for this test."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from web_kit import LANDSLIDE, serve

import veille
from veille.cli.main import main

DISPATCH = LANDSLIDE
FULL = "Savoie : un glissement de terrain coupe la route entre Moûtiers et Bozel"
BRIEF = "Savoie : la route entre Moûtiers et Bozel coupée"
BRIEF_TEXT = ["Un glissement de terrain a coupé mardi matin la route départementale entre "
              "Moûtiers et Bozel, en Savoie. Des maisons ont été évacuées, selon la mairie."]
TEASER = "Glissement de terrain en Savoie : des hameaux isolés"


def line(host: str, title: str, paragraphs: list[str], published: str, path: str) -> str:
    return json.dumps({"title": title, "url": f"https://{host}/{path}", "source": host,
                       "text": "\n\n".join(paragraphs), "language": "fr",
                       "published": published}, ensure_ascii=False)


def _titles(data: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str, str]:
    """The story's title in the API, on its page, and in ``veille stories``."""
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        (story,) = http.get("/api/v1/stories").json()["stories"]
        page = http.get(f"/stories/{story['id']}").text
    capsys.readouterr()
    assert main(["--data-dir", str(data), "stories"]) == 0
    return story["title"], page, capsys.readouterr().out


def test_a_brief_first_does_not_title_the_story(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:
        v.ingest_bytes([("a.jsonl", "\n".join([
            line("radio.example", BRIEF, BRIEF_TEXT, "2026-11-24T07:15:00+01:00", "breve"),
            line("agence.example", FULL, DISPATCH, "2026-11-24T08:05:00+01:00", "depeche"),
        ]).encode() + b"\n")])
    title, page, cli = _titles(data, capsys)
    assert title == FULL
    assert f">{FULL}</h1>" in page.replace("&#39;", "'")
    # the story's title line is the fullest article's; the brief's headline is named only
    # as what the first publication was titled (q-stories24: "first published by X as …")
    title_line = cli.splitlines()[0]
    assert FULL in title_line and BRIEF not in title_line
    assert f"as “{BRIEF}”" in cli


def test_a_teaser_never_titles_the_story(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """A paywalled teaser (the dispatch's opening at another outlet, an hour earlier) is a
    copy: the dispatch titles the story."""
    data = tmp_path / "data"
    with veille.open(data) as v:
        v.ingest_bytes([("a.jsonl", "\n".join([
            line("journal.example", TEASER, DISPATCH[:1] + ["Article réservé aux abonnés."],
                 "2026-11-24T07:05:00+01:00", "teaser"),
            line("agence.example", FULL, DISPATCH, "2026-11-24T08:05:00+01:00", "depeche"),
        ]).encode() + b"\n")])
    title, page, cli = _titles(data, capsys)
    assert title == FULL
    assert TEASER not in cli

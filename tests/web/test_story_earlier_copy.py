"""Regression (t-reader21 R10, issue 14): "first published by" and the first row of the
story's timeline disagreed, and nothing said why: a paywalled excerpt out at 08:30 heads the
timeline, the story says "first published by afp.com, 09:00" (the full article: the
excerpt is its teaser, no first publication). Now the story page, its JSON twin and
``veille stories ID`` name the copy dated before the first publication and say why, in
French and English (i18n catalogs): an excerpt came out before the full article, or a
reprint is dated before the article it copies. The story id, which is the first article
clustered (the excerpt's), is shown nowhere as an article. Real store, real server, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from web_kit import serve

import veille
from copies_kit import Copies
from veille.cli.main import main

TEXTS = Copies("ports.json")


def store_of(data: Path, dated: dict[str, str]) -> None:
    with veille.open(data) as v:
        v.ingest_bytes([("in.jsonl", b"".join(
            TEXTS.record(name, when) for name, when in dated.items()))])


def test_an_excerpt_out_before_the_full_article_is_explained(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    store_of(data, {"teaser": "2026-11-26T08:30:00+01:00",
                    "dispatch": "2026-11-26T09:00:00+01:00"})
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        (story,) = http.get("/api/v1/stories").json()["stories"]
        assert story["first_source"] == "afp.com"
        assert story["items"][0]["relation"] == "teaser"  # the timeline's first row
        copy = story["earlier_copy"]
        assert copy is not None and copy["relation"] == "teaser"
        assert copy["source"] == "Le Marin" and copy["date"].startswith("2026-11-26T08:30")
        # the story is the full article's, whatever its id
        assert story["title"] == TEXTS["dispatch"]["title"]
        fr = http.get(f"/stories/{story['id']}", params={"lang": "fr"}).text
        assert "un extrait (Le Marin) est paru avant l’article complet" in fr
        en = http.get(f"/stories/{story['id']}", params={"lang": "en"}).text
        assert "a teaser (Le Marin) came out before the full article" in en
    assert main(["--data-dir", str(data), "stories", story["id"]]) == 0
    out = capsys.readouterr().out
    assert "first published by AFP, 2026-11-26 09:00" in out  # the outlet's declared name
    assert "(a teaser came out before the full article: Le Marin, 2026-11-26 08:30 UTC+1)" in out


def test_a_reprint_stamped_before_its_original_is_explained(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store_of(data, {"credited": "2026-11-19T16:28:00+01:00",
                    "dispatch": "2026-11-19T16:30:00+01:00"})
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        (story,) = http.get("/api/v1/stories").json()["stories"]
        assert story["first_source"] == "afp.com"
        assert story["earlier_copy"]["source"] == "letelegramme.fr"
        fr = http.get(f"/stories/{story['id']}", params={"lang": "fr"}).text
        # shown by the name the outlet declares (q-reader21), its host kept in the link
        assert "une reprise (Le Télégramme) est datée avant l’article qu’elle reprend" in fr


def test_no_word_when_the_first_row_is_the_first_publication(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    store_of(data, {"dispatch": "2026-11-26T09:00:00+01:00",
                    "teaser": "2026-11-26T09:30:00+01:00"})
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        (story,) = http.get("/api/v1/stories").json()["stories"]
        assert story["earlier_copy"] is None
        fr = http.get(f"/stories/{story['id']}", params={"lang": "fr"}).text
        assert "first-note" not in fr
    assert main(["--data-dir", str(data), "stories", "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["earlier_copy"] is None


ARDECHE = Copies("ardeche.json")


def test_an_excerpt_and_a_full_copy_out_before_are_both_explained(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """t-final22 F15: "first published by AFP, 10:05 (an excerpt came out before the full
    article: Le Figaro, 09:30)" said nothing of the paper's full "(avec AFP)" reprint
    stamped 09:40, the timeline's second row. The earliest copy of each kind is said."""
    data = tmp_path / "data"
    with veille.open(data) as v:
        v.ingest_bytes([("in.jsonl", b"".join(ARDECHE.record(name, when) for name, when in {
            "teaser": "2026-08-01T09:30:00+02:00", "paper_copy": "2026-08-01T09:40:00+02:00",
            "dispatch": "2026-08-01T10:05:00+02:00"}.items()))])
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        (story,) = http.get("/api/v1/stories").json()["stories"]
        assert story["first_source"] == "afp.com"
        assert [(c["relation"], c["source"]) for c in story["earlier_copies"]] == [
            ("teaser", "lefigaro.fr"), ("reprint", "leparisien.fr")]
        assert story["earlier_copy"]["source"] == "lefigaro.fr"
        fr = http.get(f"/stories/{story['id']}", params={"lang": "fr"}).text
        assert "un extrait (Le Figaro) est paru avant l’article complet" in fr
        assert "une reprise (Le Parisien) est datée avant l’article qu’elle reprend" in fr
        assert "3 articles, dont 1 reprise et 1 extrait ; 3 sources : 1 avec un article " \
            "propre, 2 qui ne font que reprendre" in fr
        en = http.get(f"/stories/{story['id']}", params={"lang": "en"}).text
        assert "a reprint (Le Parisien) is dated before the article it copies" in en
    assert main(["--data-dir", str(data), "stories", story["id"]]) == 0
    out = capsys.readouterr().out
    assert "(a teaser came out before the full article: Le Figaro, 2026-08-01 09:30 UTC+2)" in out
    assert "(a copy is dated before the article it copies: Le Parisien, 2026-08-01 09:40 UTC+2)" \
        in out

"""Regression (t-final21 F1, F2b, F3b; issue 14): an AFP dispatch stamped 10:00, a paper's
"(avec AFP)" copy stamped 09:58 and a paywalled one-sentence excerpt, ingested together.

`veille search` listed the excerpt first, above the dispatch it cuts (it was filed under
the reprint, which alone was capped at the dispatch's score), with no [teaser] or [reprint]
mark where `veille latest` marks them; `veille duplicates` said "teaser of" the reprint;
and `veille stories` named the copy dated before the dispatch by its host
("gazettesud-test.fr") where every other line says its name. Real store, real index, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.cli.main import main

RECORDS = [
    {"url": "https://www.afp.com/fr/depeche/greve-sncf-test", "source": "AFP",
     "title": "Grève à la SNCF : le trafic très perturbé jeudi",
     "text": "Le trafic ferroviaire était très perturbé jeudi en raison d'une grève nationale "
             "à la SNCF, a indiqué la direction.\n\n« Nous ne céderons rien », a déclaré le "
             "secrétaire général du syndicat des cheminots devant la gare de Lyon.\n\nLes "
             "transports représentent une part croissante des dépenses des ménages, selon "
             "les chiffres publiés mardi. Le mouvement devrait durer plusieurs semaines.\n\n"
             "Le maire de Pau a appelé au dialogue entre la direction et les syndicats.",
     "published": "2026-11-12T10:00:00+01:00"},
    {"url": "https://www.gazettesud-test.fr/economie/greve-sncf", "source": "Gazette Sud",
     "title": "SNCF : le trafic très perturbé par la grève",
     "published": "2026-11-12T09:58:00+01:00"},
    {"url": "https://www.lequotidien-test.fr/abonnes/greve-sncf", "source": "Le Quotidien",
     "title": "Grève SNCF : le trafic très perturbé jeudi",
     "text": "Le trafic ferroviaire était très perturbé jeudi en raison d'une grève nationale "
             "à la SNCF, a indiqué la direction. Cet article est réservé aux abonnés.",
     "published": "2026-11-12T11:30:00+01:00"},
]
RECORDS[1]["text"] = str(RECORDS[0]["text"]) + " (avec AFP)"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(list(args)) == 0
    return capsys.readouterr().out


def test_the_excerpt_is_filed_marked_and_ranked_under_the_dispatch(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    given = tmp_path / "in.jsonl"
    given.write_text("".join(json.dumps({**r, "language": "fr"}, ensure_ascii=False) + "\n"
                             for r in RECORDS), encoding="utf-8")
    run(capsys, "--data-dir", data, "ingest", str(given))
    records = [json.loads(line) for line in run(
        capsys, "--data-dir", data, "latest", "--json").splitlines()]
    by_url = {r["url"]: r["id"] for r in records}
    dispatch, reprint, teaser = (by_url[str(r["url"])] for r in RECORDS)
    assert f"teaser of  1.00  {dispatch}" in run(
        capsys, "--data-dir", data, "duplicates", teaser)
    for query in ("trafic perturbé", "grève"):
        hits = [line for line in run(capsys, "--data-dir", data, "search", query).splitlines()
                if line[:4].strip().rstrip(".").isdigit()]
        order = [line.split()[1] for line in hits]
        assert order[0] == dispatch, query
        marked = {line.split()[1]: line for line in hits}
        assert "Le Quotidien [teaser]" in marked[teaser]
        assert "Gazette Sud [reprint]" in marked[reprint]
        assert "[" not in marked[dispatch]
    stories = run(capsys, "--data-dir", data, "stories")
    assert stories.startswith(dispatch)
    assert "(a copy is dated before the article it copies: Gazette Sud, 2026-11-12 09:58 UTC+1)" \
        in stories

"""A page whose <title> is only the site's name and whose masthead sets that name as an
<h1> (a logo linking home) got the site's name as headline, and the kicker printed above
the article's <h1> ("Transports") opened the body (t-final31 F3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.cli.main import main

HEADLINE = "Annecy : le pont des Amours fermé un mois pour restauration"
PAGE = """<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{title}</title>
</head><body><header>{logo}<nav><a href="/">Accueil</a><a href="/sport">Sport</a></nav>
</header><main>
<h2 class="label">Patrimoine</h2>
<h1>{headline}</h1>
<div class="meta">Publié le 2 décembre 2026 à 10h15</div>
<p>Le pont des Amours, qui enjambe le canal du Vassé, sera fermé aux piétons du 5 janvier
au 5 février pour une restauration de ses garde-corps, a annoncé la mairie mardi.</p>
<p>Les travaux, d'un montant de 180 000 euros, doivent rendre à l'ouvrage son aspect
d'origine, selon l'architecte des bâtiments de France chargé du chantier.</p>
<p>Un itinéraire de contournement par le pont Perrière sera balisé pendant la durée des
travaux, précise la ville dans un communiqué.</p>
</main><footer>© Annecy Info 2026</footer></body></html>"""


@pytest.mark.parametrize("logo", [
    '<h1 class="logo"><a href="/">Annecy Info</a></h1>',
    '<h1><a href="https://www.annecyinfo.fr/" rel="home">Annecy Info</a></h1>',
    '<div class="site-title"><h1>Annecy Info</h1></div>',
])
def test_the_masthead_h1_is_no_headline_and_the_kicker_no_paragraph(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], logo: str) -> None:
    page = tmp_path / "pont.html"
    page.write_text(PAGE.format(title="Annecy Info", logo=logo, headline=HEADLINE), "utf-8")
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "ingest", "--source", "annecyinfo.fr", str(page)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "export", "--format", "jsonl"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    content = json.loads(line)["content"]
    assert content["title"] == HEADLINE
    assert content["paragraphs"][0].startswith("Le pont des Amours"), content["paragraphs"]
    assert "Patrimoine" not in content["paragraphs"]
    assert HEADLINE not in content["paragraphs"]


def test_a_page_without_masthead_keeps_its_h1(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The rule is the masthead's: a page with no logo <h1> keeps its one <h1>."""
    page = tmp_path / "pont.html"
    page.write_text(PAGE.format(title=f"{HEADLINE} - Annecy Info", logo="",
                                headline=HEADLINE), "utf-8")
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "ingest", "--source", "annecyinfo.fr", str(page)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "export", "--format", "jsonl"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert json.loads(line)["content"]["title"] == HEADLINE

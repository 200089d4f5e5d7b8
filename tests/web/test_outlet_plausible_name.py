"""A declared site name that plausibly names its domain's outlet is the outlet's shown name
(t-final28 F13).

Le Dauphiné's page declares ``og:site_name`` "Le Dauphiné Libéré" on ``ledauphine.com``: the
host spells the masthead's first words, not all of them, so the exact rule
(``names_site``) refused it and the pages, the CLI and the webhook showed
"ledauphine.com", while Le Figaro's page was shown as "Le Figaro".
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import veille
from veille.cli.main import main
from veille.extract.record_source import names_site
from veille.monitor.deliver import article_payload
from veille.outlet_names import names_of, outlet_name, plausibly_names_site

FIXTURES = Path(__file__).parents[1] / "fixtures" / "t-final28"


def test_the_dauphine_is_shown_by_its_declared_name(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    pages = [str(FIXTURES / "ledauphine-roussillon-suite.html"),
             str(FIXTURES / "lefigaro-roussillon.html")]
    assert main(["--data-dir", str(data), "ingest", *pages]) == 0
    capsys.readouterr()
    with veille.open(data) as v:
        [article] = [a for a in v.store.iter_articles() if a.source == "ledauphine.com"]
        outlets = names_of(v.store, [article.source])
        payload = article_payload(article, outlets)  # what the webhook sends
    assert payload["source"] == "ledauphine.com"
    assert payload["outlet"] == "Le Dauphiné Libéré"
    assert main(["--data-dir", str(data), "stories", "--json"]) == 0
    [story] = json.loads(capsys.readouterr().out)
    assert main(["--data-dir", str(data), "stories", str(story["id"])]) == 0
    out = capsys.readouterr().out
    assert "Le Dauphiné Libéré  " in out and "Le Figaro  " in out
    assert "ledauphine.com" not in out


@pytest.mark.parametrize(("name", "host"), [
    ("Le Dauphiné Libéré", "ledauphine.com"),
    ("Dauphiné Libéré", "dauphine.example"),
    ("La Dépêche du Midi", "ladepeche.fr"),
    ("La Nouvelle République du Centre-Ouest", "lanouvellerepublique.fr"),
    ("Dernières Nouvelles d'Alsace", "dna.fr"),
    ("Le Figaro", "lefigaro.fr"),
])
def test_plausible_names(name: str, host: str) -> None:
    assert plausibly_names_site(name, host)
    assert outlet_name(host, [name, ""]) == name


@pytest.mark.parametrize(("name", "host"), [
    ("Le Monde.fr - Actualités et Infos en France", "lemonde.fr"),  # a page title
    ("Le Monde", "lefigaro.fr"),  # another outlet
    ("Le Parisien Week-end Magazine Plus Extra", "leparisien.fr"),  # too many words
    ("Le Progrès", "lp.fr"),  # a two-word acronym is no evidence
    ("France 3 Régions", "france3.fr"),  # digits: not a plain name
])
def test_implausible_names(name: str, host: str) -> None:
    assert not plausibly_names_site(name, host)
    assert outlet_name(host, [name]) == host


@given(st.text(max_size=40), st.from_regex(r"[a-z0-9-]{1,12}\.[a-z]{2,3}", fullmatch=True))
def test_never_raises_and_extends_the_exact_rule(name: str, host: str) -> None:
    found = plausibly_names_site(name, host)
    assert found or not names_site(name, host)

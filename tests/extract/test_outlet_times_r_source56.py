# ruff: noqa: E501  (the inputs hold paragraphs on one line, as pages do)
"""Outlet names and publication times that veille stated wrongly (r-source56,
t-final55b A13, A14, B1, B2; issue 14), through the CLI on a real SQLite store and index:

- a declared name whose initials, its article's or small words' included, are the host
  ("Les Nouvelles Calédoniennes" on ``lnc.nc``, "La Tribune de Genève" on ``tdg.ch``) is
  shown; another outlet's name is not;
- feeds of several outlets served on one address (127.0.0.1) each name their own items,
  and the first outlet's name does not change when the second's feed comes; the source
  facet lists each once and never the address;
- a capture's time a few hours after its reading, its zone assumed, is kept at ingest
  and after ``export`` → ``ingest`` alike, and its evidence says so."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from veille.cli.main import main
from veille.outlet_names import plausibly_names_site

BODY = """Le conseil municipal a voté jeudi un programme de travaux de quatre millions d'euros pour le port et ses quais.
« Nous ne pouvons plus attendre une nouvelle saison de tempêtes », a déclaré le maire lors de la séance.
Les travaux doivent commencer en mars et durer huit mois, a précisé la mairie dans un communiqué."""
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in BODY.splitlines())


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(list(args)) == 0
    return capsys.readouterr().out


def ingest(capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path,
           files: dict[str, str]) -> None:
    for name, text in files.items():
        (tmp_path / name).write_text(text, "utf-8")
    run(capsys, "--data-dir", data, "ingest", *(str(tmp_path / n) for n in files))


def rows(capsys: pytest.CaptureFixture[str], data: str) -> list[dict]:
    return [json.loads(x) for x in run(capsys, "--data-dir", data, "latest", "--json").splitlines()
            if x.startswith("{")]


def line_of(capsys: pytest.CaptureFixture[str], data: str, word: str) -> str:
    return next(x for x in run(capsys, "--data-dir", data, "latest").splitlines() if word in x)


def page(name: str, canonical: str, title: str) -> str:
    return f"""<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{title}</title>
<link rel="canonical" href="{canonical}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}","datePublished":"2026-12-02T10:30:00+01:00","publisher":{{"@type":"Organization","name":"{name}"}}}}</script>
</head><body><article><h1>{title}</h1>{PARAGRAPHS}</article></body></html>"""


def feed(title: str, item: str, slug: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>{title}</title><link>http://127.0.0.1:8771/</link><description>Infos</description>
<item><title>{item}</title><link>http://127.0.0.1:8771/{slug}.html</link>
<pubDate>Thu, 03 Dec 2026 08:00:00 +0100</pubDate>
<content:encoded><![CDATA[{PARAGRAPHS}]]></content:encoded></item>
</channel></rss>"""


def test_a_name_whose_initials_are_the_host_is_shown(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    ingest(capsys, data, tmp_path, {
        "a.html": page("Les Nouvelles Calédoniennes", "https://www.lnc.nc/article/politique/port-noumea",
                       "Nouméa : le port engage quatre millions de travaux"),
        "b.html": page("La Tribune de Genève", "https://www.tdg.ch/geneve-port-842211",
                       "Genève : les quais du Léman rénovés"),
        "c.html": page("Le Parisien", "https://www.lci.fr/societe/creteil-port-2301144.html",
                       "Créteil : le port fluvial agrandi"),
    })
    assert "Les Nouvelles Calédoniennes" in line_of(capsys, data, "Nouméa")
    assert "La Tribune de Genève" in line_of(capsys, data, "Léman")
    assert "lci.fr" in line_of(capsys, data, "Créteil")  # another outlet's name: not taken


@pytest.mark.parametrize(("name", "host", "names"), [
    ("Les Nouvelles Calédoniennes", "lnc.nc", True),
    ("La Tribune de Genève", "tdg.ch", True),
    ("Le Journal du Centre", "lejdc.fr", True),
    ("Le Journal de Saône-et-Loire", "lejsl.com", True),
    ("Dernières Nouvelles d'Alsace", "dna.fr", True),
    ("Le Parisien", "lci.fr", False),
    ("Le Monde", "lm.fr", False),          # two letters: too short to tell
    ("Le Journal du Centre", "lejd.fr", False),  # a word left unspelt
    ("Le Journal du Centre", "jdcx.fr", False),
])
def test_initials_rule(name: str, host: str, names: bool) -> None:
    assert plausibly_names_site(name, host) is names


def test_outlets_sharing_one_address_keep_their_own_names(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    ingest(capsys, data, tmp_path, {
        "vdn.xml": feed("La Voix du Nord - Lille", "Lille : le port fluvial agrandit ses quais", "lille"),
    })
    assert "La Voix du Nord" in line_of(capsys, data, "Lille")
    ingest(capsys, data, tmp_path, {
        "lp.xml": feed("Le Progrès | Lyon", "Lyon : le port Édouard-Herriot engage des travaux", "lyon"),
    })
    assert "La Voix du Nord" in line_of(capsys, data, "Lille")  # unchanged by the second
    assert "Le Progrès" in line_of(capsys, data, "Herriot")
    answer = json.loads(run(capsys, "--data-dir", data, "search", "--json", "travaux"))
    shown = [f.get("outlet") or f["value"] for f in answer["facets"]["source"]]
    assert sorted(shown) == ["La Voix du Nord", "Le Progrès"]
    assert "127.0.0.1" not in run(capsys, "--data-dir", data, "latest")


def test_a_time_ahead_of_the_reading_is_kept_alike_after_export(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    at = datetime.now(ZoneInfo("Europe/Paris")) + timedelta(hours=3)
    data, again = str(tmp_path / "data"), str(tmp_path / "again")
    ingest(capsys, data, tmp_path, {"c.txt": f"""Sud Ouest
Libourne : le port fluvial engage des travaux
Par Élodie Roux
Publié le {at:%d/%m/%Y} à {at:%Hh%M}
{BODY}
"""})
    [first] = rows(capsys, data)
    published = first["content"]["published"]
    assert published is not None
    assert datetime.fromisoformat(published) > datetime.now(UTC)
    assert "after the reading" in first["content"]["evidence"]["published_ahead"]
    (tmp_path / "export.jsonl").write_text(run(capsys, "--data-dir", data, "export", "--format", "jsonl"), "utf-8")
    run(capsys, "--data-dir", again, "ingest", str(tmp_path / "export.jsonl"))
    [second] = rows(capsys, again)
    assert second["content"]["published"] == published
    assert second["content"]["evidence"]["published_ahead"] == first["content"]["evidence"]["published_ahead"]
    assert "dates_rejected" not in second["content"]["evidence"]

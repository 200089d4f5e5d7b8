# ruff: noqa: E501  (the inputs hold paragraphs on one line, as pages do)
"""One outlet, one name, everywhere (r-source55, t-final54 B3-B5; issue 14), through the
CLI on a real SQLite store and index:

- a masthead set in capitals is shown (and a new capture stored) by the outlet's own
  spelling, from the outlet table: "LE TÉLÉGRAMME" is "Le Télégramme", "DER SPIEGEL" on
  ``spiegel.de`` is "Der Spiegel"; "OUEST-FRANCE" and "Ouest-France" are one source;
- a lower-case wordmark under the capture's URL line names the outlet ("franceinfo",
  "tagesschau"; they gave no source);
- pages of two outlets served on 127.0.0.1 are each shown by their own name, and an
  edition's feed ("Sud Ouest - Gironde") names its items "Sud Ouest";
- the JSON search's source facets carry the name the hits are shown by."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.cli.main import main
from veille.collect.feed_outlet import feed_outlet
from veille.outlet_names import outlet_name

BODY = """Le conseil municipal a voté jeudi un programme de travaux de quatre millions d'euros pour le port et ses quais.
« Nous ne pouvons plus attendre une nouvelle saison de tempêtes », a déclaré le maire lors de la séance.
Les travaux doivent commencer en mars et durer huit mois, a précisé la mairie dans un communiqué."""


PLACES = {"Quimper": "la médiathèque des Ursulines, agrandie de quatre cents mètres carrés",
          "Laval": "la place de Hercé, où trente chalets d'artisans mayennais sont installés",
          "Saint-Malo": "la digue du Sillon, abîmée par les grandes marées de novembre",
          "Niedersachsen": "die Wolfsrudel, deren Zahl im Jahresbericht leicht gestiegen ist"}


def capture(masthead: str, title: str, url: str = "") -> str:
    head = f"{url}\n" if url else ""
    own = next((v for k, v in PLACES.items() if k in title), "")
    return f"""{head}{masthead}
Menu
Rechercher
Mon compte
{title}
Par Yann Le Roux
Publié le 04/12/2026 à 14h40
{title} : le dossier concerne {own}, selon les services de la ville.
{BODY}
"""


def feed(title: str, item: str, slug: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.splitlines())
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>{title}</title><link>http://127.0.0.1:8771/</link><description>Infos</description>
<item><title>{item}</title><link>http://127.0.0.1:8771/{slug}.html</link>
<pubDate>Thu, 03 Dec 2026 08:00:00 +0100</pubDate>
<content:encoded><![CDATA[{paragraphs}]]></content:encoded></item>
</channel></rss>"""


PAGE = """<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>{title}</title><meta property="og:site_name" content="{name}">
<link rel="canonical" href="{url}">
<meta property="article:published_time" content="2026-12-02T10:30:00+01:00"></head>
<body><article><h1>{title}</h1>
""" + "".join(f"<p>{p}</p>" for p in BODY.replace("port", "téléphérique").splitlines()) + "</article></body></html>"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(list(args)) == 0
    return capsys.readouterr().out


def ingest(capsys: pytest.CaptureFixture[str], tmp_path: Path,
           files: dict[str, str]) -> tuple[str, list[dict]]:
    data = str(tmp_path / "data")
    for name, text in files.items():
        (tmp_path / name).write_text(text, "utf-8")
    run(capsys, "--data-dir", data, "ingest", *(str(tmp_path / n) for n in files))
    rows = [json.loads(x) for x in
            run(capsys, "--data-dir", data, "latest", "--json").splitlines()]
    return data, rows


def shown_in_latest(capsys: pytest.CaptureFixture[str], data: str, word: str) -> str:
    return next(x for x in run(capsys, "--data-dir", data, "latest").splitlines() if word in x)


def test_mastheads_in_capitals_are_shown_and_stored_by_the_outlets_spelling(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data, rows = ingest(capsys, tmp_path, {
        "a.txt": capture("LE TÉLÉGRAMME", "Quimper : la médiathèque rouvre après dix-huit mois de travaux"),
        "b.txt": capture("OUEST-FRANCE", "Laval : le marché de Noël ouvre avec trente chalets"),
        "c.txt": capture("Ouest-France", "Saint-Malo : la digue du Sillon sera renforcée avant l'hiver"),
        "d.txt": capture("DER SPIEGEL", "Niedersachsen zählt 58 Wolfsrudel",
                         "https://www.spiegel.de/wissenschaft/natur/wolf-a-9f3e2c11.html"),
    })
    assert sorted({r["source"] for r in rows}) == ["Le Télégramme", "Ouest-France", "spiegel.de"]
    assert "Le Télégramme" in shown_in_latest(capsys, data, "Quimper")
    assert "Ouest-France" in shown_in_latest(capsys, data, "Laval")
    assert "Der Spiegel" in shown_in_latest(capsys, data, "Wolfsrudel")
    spiegel = next(r["id"] for r in rows if r["source"] == "spiegel.de")
    line = next(x.strip() for x in run(capsys, "--data-dir", data, "show", spiegel).splitlines()
                if x.strip().startswith("source:"))
    assert line == "source: Der Spiegel (spiegel.de)"


@pytest.mark.parametrize(("masthead", "url", "name"), [
    ("franceinfo", "https://www.francetvinfo.fr/sante/hopital/cahors-urgences_7100002.html", "franceinfo"),
    ("tagesschau", "https://www.tagesschau.de/inland/regional/bayern/markt-100.html", "tagesschau"),
])
def test_a_lower_case_wordmark_under_the_url_line_names_the_outlet(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], masthead: str, url: str,
        name: str) -> None:
    data, rows = ingest(capsys, tmp_path, {"a.txt": capture(masthead, "Le port engage quatre millions d'euros de travaux", url)})
    assert rows[0]["content"]["site_name"] == masthead
    assert name in shown_in_latest(capsys, data, "quatre millions")


def test_two_outlets_on_one_address_each_by_its_name(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data, rows = ingest(capsys, tmp_path, {
        "so.xml": feed("Sud Ouest - Gironde", "Arcachon : le port agrandit sa zone technique", "arcachon"),
        "dl.html": PAGE.format(name="Le Dauphiné libéré", url="http://127.0.0.1:8771/grenoble.html",
                               title="Grenoble : le téléphérique rouvre"),
    })
    assert "Sud Ouest" in shown_in_latest(capsys, data, "Arcachon")
    assert "Le Dauphiné libéré" in shown_in_latest(capsys, data, "Grenoble")
    assert "127.0.0.1" not in run(capsys, "--data-dir", data, "latest")


def test_search_facets_carry_the_shown_name(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = f"""<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Lille : la gare devient un jardin couvert - 20 Minutes</title>
<meta property="og:site_name" content="20 Minutes">
<link rel="canonical" href="https://www.20minutes.fr/lille/4200001-20261202-lille-gare">
<meta property="article:published_time" content="2026-12-02T10:30:00+01:00"></head>
<body><article><h1>Lille : la gare devient un jardin couvert</h1>
{"".join(f"<p>{p}</p>" for p in BODY.splitlines())}</article></body></html>"""
    data, _ = ingest(capsys, tmp_path, {"p.html": page})
    answer = json.loads(run(capsys, "--data-dir", data, "search", "--json", "travaux"))
    assert answer["facets"]["source"] == [{"value": "20minutes.fr", "count": 1, "outlet": "20 Minutes"}]


@pytest.mark.parametrize(("title", "name"), [
    ("Sud Ouest - Gironde", "Sud Ouest"),
    ("Journal de Brest - Finistère", "Journal de Brest"),
    ("Actualités - Gironde", ""),
    ("Sport | Gironde", ""),
    # t-check62: a name and a section label in Spanish, Italian or German: the name
    ("Diario Andaluz - portada", "Diario Andaluz"),
    ("Portada | Diario Andaluz", "Diario Andaluz"),
    ("Corriere di Lecco - Cronaca", "Corriere di Lecco"),
    ("Allgäuer Bote - Nachrichten", "Allgäuer Bote"),
    ("Diario Andaluz - Sevilla", "Diario Andaluz"),  # an edition's place
    ("Diario Andaluz - Gaceta Sur", ""),  # two names
])
def test_an_editions_feed_title_on_an_unnamed_host(title: str, name: str) -> None:
    assert feed_outlet(title, "127.0.0.1") == name


@pytest.mark.parametrize(("source", "declared", "name"), [
    ("LE TÉLÉGRAMME", [], "Le Télégramme"),
    ("CORRIERE DELLA SERA", [], "Corriere della Sera"),
    ("LA GAZETTE DU PORT", [], "LA GAZETTE DU PORT"),  # unknown to the table: as written
    ("corriere.it", ["CORRIERE DELLA SERA", "Corriere della Sera", "CORRIERE DELLA SERA"], "Corriere della Sera"),
    ("spiegel.de", ["DER SPIEGEL"], "Der Spiegel"),
    ("francetvinfo.fr", ["franceinfo"], "franceinfo"),
    ("lemonde.fr", ["Le Figaro"], "lemonde.fr"),  # another outlet's name: not taken
])
def test_the_shown_name_prefers_the_outlets_own_spelling(
        source: str, declared: list[str], name: str) -> None:
    assert outlet_name(source, declared) == name

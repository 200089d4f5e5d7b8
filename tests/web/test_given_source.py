"""A source given for a batch applies only to the inputs that name no outlet (t-final25
S2: ``veille ingest 18-citations-2.jsonl 19-afp-depeche.txt --source afp.com`` stored
Ouest-France's records, each with its own ``url`` and ``source``, as ``afp.com``). Every
door that takes one: the CLI's ``--source``, the Python API's ``source=``, the write API's
``?source=``. Real store, real CLI, real server on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from web_kit import TOKEN, serve

import veille
from veille.cli.main import cli

BODY = ("Les dockers du port de Brest ont cessé le travail mardi pour protester contre la "
        "réforme des horaires décidée par la direction du port autonome.",
        "Aucun navire n'a pu être déchargé depuis le début du mouvement, selon les syndicats, "
        "qui réclament l'ouverture de négociations avant la fin de la semaine.")
OWN = {"title": "Brest : les dockers en grève, le port à l'arrêt", "text": "\n\n".join(BODY),
       "url": "https://www.ouest-france.fr/bretagne/brest/dockers-greve-1",
       "source": "Ouest-France", "published": "2026-02-11T12:00:00+01:00"}
NONE = {"title": "Lille : les urgences pédiatriques fermées la nuit",
        "text": "Les urgences pédiatriques de l'hôpital de Lille ferment la nuit faute de "
                "médecins, a annoncé mardi la direction de l'établissement hospitalier.\n\n"
                "Les familles sont invitées à appeler le 15 avant de se déplacer la nuit.",
        "published": "2026-02-11T07:00:00+01:00"}
CAPTURE = ("Glissement de terrain à La Réunion\n\nSAINT-DENIS (La Réunion), 12 fév 2026 (AFP) - "
           "Un homme est mort mercredi dans un glissement de terrain après de fortes pluies sur "
           "les hauts de Saint-Denis, ont annoncé les pompiers.\n\nLes secours ont fouillé les "
           "décombres pendant plusieurs heures avant de retrouver la victime.\n")
PAGE = ('<html lang="fr"><head><title>Cyclone : alerte rouge à La Réunion</title>'
        '<link rel="canonical" href="https://www.lequotidien.re/actualites/cyclone-1/">'
        '<meta property="article:published_time" content="2026-02-04T07:30:00+04:00">'
        "</head><body><article><h1>Cyclone : alerte rouge à La Réunion</h1>"
        "<p>La préfecture a déclenché l'alerte rouge cyclonique mardi soir sur toute l'île, "
        "où les écoles resteront fermées jusqu'à nouvel ordre.</p><p>Les habitants doivent "
        "rester chez eux, a rappelé le préfet lors d'un point presse.</p></article></body>"
        "</html>")


def records(*items: dict[str, str]) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in items)


def outlets(data: Path) -> dict[str, str]:
    with veille.open(data) as v:
        return {a.content.title.split(" :")[0]: a.source for a in v.latest(10) if a.content}


EXPECTED = {"Brest": "ouest-france.fr", "Lille": "afp.com", "Glissement de terrain à La "
            "Réunion": "afp.com", "Cyclone": "lequotidien.re"}


def test_the_cli_source_names_only_the_inputs_that_name_no_outlet(tmp_path: Path) -> None:
    (tmp_path / "records.jsonl").write_bytes(records(OWN, NONE))
    (tmp_path / "depeche.txt").write_text(CAPTURE, encoding="utf-8")
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    ran = CliRunner().invoke(cli, ["--data-dir", str(tmp_path / "data"), "ingest",
                                   str(tmp_path / "records.jsonl"), str(tmp_path / "depeche.txt"),
                                   str(tmp_path / "page.html"), "--source", "afp.com"])
    assert ran.exit_code == 0, ran.output
    assert outlets(tmp_path / "data") == EXPECTED
    assert "2 inputs name their own outlet, kept over --source" in ran.output
    assert "records.jsonl#1: names its own outlet ouest-france.fr" in ran.output


def test_the_python_api_source_names_only_the_inputs_that_name_no_outlet(
        tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        summary = v.ingest_bytes([("records.jsonl", records(OWN, NONE)),
                                  ("depeche.txt", CAPTURE.encode()),
                                  ("page.html", PAGE.encode())], source="afp.com")
        assert summary.own_source == 2
    assert outlets(tmp_path / "data") == EXPECTED


@pytest.mark.parametrize("same", ["ouest-france.fr", "Ouest-France"])
def test_a_given_source_naming_the_same_outlet_is_kept(tmp_path: Path, same: str) -> None:
    with veille.open(tmp_path / "data") as v:
        assert v.ingest_bytes([("records.jsonl", records(OWN))], source=same).own_source == 0
    assert outlets(tmp_path / "data") == {"Brest": same}


def test_the_write_api_source_names_only_the_items_that_name_no_outlet(
        tmp_path: Path) -> None:
    with serve(tmp_path / "data", api_token=TOKEN) as server, \
            httpx.Client(base_url=server.url, timeout=60) as http:
        headers = {"authorization": f"Bearer {TOKEN}", "content-type": "application/x-ndjson"}
        posted = http.post("/api/v1/articles?source=afp.com", content=records(OWN, NONE),
                           headers=headers)
        assert posted.status_code == 201, posted.text
        assert posted.json()["own_source"] == 1
        assert any("names its own outlet ouest-france.fr" in n for n in posted.json()["notes"])
    assert outlets(tmp_path / "data") == {"Brest": "ouest-france.fr", "Lille": "afp.com"}


def test_a_posted_body_is_named_by_its_request_and_a_duplicate_by_its_article(
        tmp_path: Path) -> None:
    """t-final25 S10: ``veille stats --failures`` said "post.html: binary data, not text",
    and a duplicate POST answered ``"duplicate": 1, "ids": []``."""
    with serve(tmp_path / "data", api_token=TOKEN) as server, \
            httpx.Client(base_url=server.url, timeout=60) as http:
        headers = {"authorization": f"Bearer {TOKEN}", "content-type": "application/x-ndjson"}
        first = http.post("/api/v1/articles", content=records(OWN, NONE), headers=headers)
        assert first.status_code == 201, first.text
        again = http.post("/api/v1/articles", content=records(OWN), headers=headers)
        assert again.json()["duplicate"] == 1 and again.json()["ids"] == []
        assert again.json()["duplicate_ids"] == [first.json()["ids"][0]]
        html = {**headers, "content-type": "text/html"}
        page = http.post("/api/v1/articles?source=afp.com", content=PAGE.encode(),
                         headers=html)
        assert http.post("/api/v1/articles?source=afp.com", content=PAGE.encode(),
                         headers=html).json()["duplicate_ids"] == page.json()["ids"]
        binary = http.post("/api/v1/articles?source=afp.com", content=b"\x00\x01\x02" * 50,
                           headers=html)
        assert binary.status_code == 422, binary.text
    ran = CliRunner().invoke(cli, ["--data-dir", str(tmp_path / "data"), "stats",
                                   "--failures"])
    assert "POST /api/v1/articles?source=afp.com (text/html)" in ran.output, ran.output
    assert "post.html" not in ran.output


NINJS = {"uri": "urn:newsml:reuters.com:20260210:nL8N3ABC1", "type": "text", "language": "fr",
         "version": "1", "headline": "Le port de Brest bloqué par une grève des dockers",
         "body_text": "Les dockers du port de Brest sont en grève depuis mardi, ont indiqué "
                      "les syndicats, qui réclament des négociations sur les horaires.\n\n"
                      "Aucun navire n'a pu être déchargé depuis le début du mouvement."}


def test_a_wire_item_keeps_the_agency_it_names(tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        summary = v.ingest_bytes([("item.json", json.dumps(NINJS).encode())],
                                 source="afp.com")
        assert summary.own_source == 1
        assert [a.source for a in v.latest(5)] == ["reuters.com"]


def named_page(head: str) -> str:
    """A saved page with no canonical URL whose ``head`` names its outlet."""
    return (f'<html lang="fr"><head><title>Grève des dockers à Brest</title>{head}'
            '<meta property="article:published_time" content="2026-02-11T12:00:00+01:00">'
            "</head><body><article><h1>Grève des dockers à Brest</h1>"
            + "".join(f"<p>{p}</p>" for p in BODY) + "</article></body></html>")


OG_PAGE = named_page('<meta property="og:site_name" content="Le Télégramme">')
LD_PAGE = named_page('<script type="application/ld+json">{"@context": "https://schema.org", '
                     '"@type": "NewsArticle", "headline": "Grève des dockers à Brest", '
                     '"publisher": {"@type": "Organization", "name": "Le Télégramme"}}'
                     "</script>")


@pytest.mark.parametrize("page", [OG_PAGE, LD_PAGE], ids=["og:site_name", "JSON-LD"])
def test_a_saved_page_naming_its_site_keeps_it_over_the_cli_source(
        tmp_path: Path, page: str) -> None:
    """f-outlet27: a page naming its outlet only in ``og:site_name`` or JSON-LD
    ``publisher.name`` (no canonical URL) was stored as the ``--source``, with no note."""
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    ran = CliRunner().invoke(cli, ["--data-dir", str(tmp_path / "data"), "ingest",
                                   str(tmp_path / "page.html"), "--source", "afp.com"])
    assert ran.exit_code == 0, ran.output
    assert outlets(tmp_path / "data") == {"Grève des dockers à Brest": "Le Télégramme"}
    assert "1 input names its own outlet, kept over --source" in ran.output
    assert ("page.html: names its own outlet Le Télégramme (its declared site name): the "
            "given source afp.com was not applied") in ran.output


def test_a_saved_page_naming_its_site_keeps_it_over_the_api_sources(tmp_path: Path) -> None:
    """The same rule through the Python API's ``source=`` and the write API's ``?source=``."""
    with veille.open(tmp_path / "py") as v:
        summary = v.ingest_bytes([("page.html", OG_PAGE.encode())], source="afp.com")
        assert summary.own_source == 1
        assert any("names its own outlet Le Télégramme" in n for n in summary.notes)
    assert outlets(tmp_path / "py") == {"Grève des dockers à Brest": "Le Télégramme"}
    with serve(tmp_path / "web", api_token=TOKEN) as server, \
            httpx.Client(base_url=server.url, timeout=60) as http:
        posted = http.post("/api/v1/articles?source=afp.com", content=LD_PAGE.encode(),
                           headers={"authorization": f"Bearer {TOKEN}",
                                    "content-type": "text/html"})
        assert posted.status_code == 201, posted.text
        assert posted.json()["own_source"] == 1
    assert outlets(tmp_path / "web") == {"Grève des dockers à Brest": "Le Télégramme"}


@pytest.mark.parametrize("given", ["letelegramme.fr", "Le Télégramme"])
def test_a_given_source_naming_the_page_s_own_site_is_applied(tmp_path: Path,
                                                               given: str) -> None:
    """The given source that is the page's site (its host for its declared name, or the
    name itself) is the same outlet: applied, no note."""
    with veille.open(tmp_path / "data") as v:
        assert v.ingest_bytes([("page.html", OG_PAGE.encode())], source=given).own_source == 0
    assert outlets(tmp_path / "data") == {"Grève des dockers à Brest": given}


def test_a_page_naming_nothing_takes_the_given_source(tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        assert v.ingest_bytes([("page.html", named_page("").encode())],
                              source="afp.com").own_source == 0
    assert outlets(tmp_path / "data") == {"Grève des dockers à Brest": "afp.com"}


def test_a_given_domain_spelling_the_pages_name_is_applied() -> None:
    """Bug case 16: ``--source agence-regionale.example`` on a page declaring "Agence
    Régionale de Presse" names the same outlet (its dashed label opens the name); a
    one-word label is not enough to claim a longer name, and another outlet never is."""
    from veille.extract.given_source import same_outlet

    assert same_outlet("agence-regionale.example", "Agence Régionale de Presse")
    assert same_outlet("journal-du-soir.example", "Le Journal du Soir")
    assert not same_outlet("lemonde.fr", "Le Monde diplomatique")
    assert not same_outlet("afp.com", "Le Télégramme")
    assert not same_outlet("ouest-france.fr", "Le Télégramme")
    assert not same_outlet("agence-regionale.example", "Régionale Agence")

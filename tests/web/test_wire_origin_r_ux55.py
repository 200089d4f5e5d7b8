"""Regressions (r-ux55, issue 14):

- a byline crediting a wire ("Par … (avec AFP)", "By … with Reuters") is the article's
  origin, "d'après AFP" / "with AFP" on the page, ``origin.kind`` ``with`` in the API, and
  ``origin: with AFP`` in ``veille show``, apart from a run of the dispatch itself
  ("dépêche AFP", ``dispatch``); the story's independent count does not change for it;
- one dispatch run by three outlets (two at the same minute) and updated later: the page's
  "published first by", its copies and versions, the API and ``veille show`` agree (show
  said nothing of copies, story or versions).

Real store, index and server; ``veille show`` through the CLI's entry point."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from web_kit import serve

import veille
from veille.cli.main import main

SENAT = [
    "Le Sénat a adopté jeudi soir en première lecture la proposition de loi visant à mieux "
    "protéger les captages d'eau potable, par 241 voix contre 97, au terme de deux jours de "
    "débats animés.",
    "Le texte interdit l'usage de certains pesticides dans un périmètre de cinq cents mètres "
    "autour des points de captage les plus menacés.",
    "« C'est une victoire pour la santé publique », s'est félicitée la rapporteure du texte, "
    "Hélène Dorval, à l'issue du vote."]
MONDE = [
    "Le Sénat a voté jeudi la proposition de loi sur la protection des captages d'eau "
    "potable, par 241 voix contre 97, au terme d'un débat qui a divisé la droite.",
    "La FNSEA a annoncé des actions dans plusieurs départements pour dénoncer une nouvelle "
    "contrainte pour les agriculteurs. L'Assemblée nationale doit se saisir du texte."]
DISPATCH = [
    "SAINT-PRIEST (AFP) - Un violent incendie a ravagé dans la nuit de jeudi à vendredi un "
    "entrepôt de stockage de pneumatiques de la zone industrielle de Saint-Priest, sans faire "
    "de victime, a indiqué la préfecture du Rhône.",
    "Une centaine de sapeurs-pompiers ont été mobilisés pour circonscrire le sinistre, qui "
    "s'est déclaré vers 2 heures du matin dans un bâtiment de 8 000 mètres carrés.",
    "Un panache de fumée noire était visible depuis le centre de Lyon au lever du jour. La "
    "préfecture a recommandé aux habitants de fermer leurs fenêtres."]
UPDATE = ("Le feu a été déclaré éteint vendredi en fin d'après-midi. Le parquet de Lyon a "
          "ouvert une enquête pour déterminer l'origine du sinistre.")


def capture(url: str, masthead: str, title: str, byline: str, stamp: str,
            paragraphs: list[str]) -> bytes:
    return "\n".join([url, masthead, "Rechercher", title, byline, stamp, *paragraphs,
                      ""]).encode()


def show(data: Path, article_id: str, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["--data-dir", str(data), "show", article_id]) == 0
    return capsys.readouterr().out


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    data = tmp_path_factory.mktemp("origin") / "data"
    fire = "Saint-Priest : un entrepôt de pneus ravagé par un incendie"
    with veille.open(data) as v:
        v.ingest_bytes([
            ("figaro.txt", capture("https://www.lefigaro.fr/politique/senat-eau-20261204",
                                   "Le Figaro", "Le Sénat adopte la loi sur les captages "
                                   "d'eau potable", "Par Claire Montval (avec AFP)",
                                   "Publié le 04/12/2026 à 18h20", SENAT)),
            ("monde.txt", capture("https://www.lemonde.fr/politique/article/2026/12/04/eau",
                                  "Le Monde", "Eau potable : le Sénat vote la protection des "
                                  "captages", "Par Julien Arnaud",
                                  "Publié le 04 décembre 2026 à 19h05", MONDE))])
        v.ingest_bytes([
            ("of.txt", capture("https://www.ouest-france.fr/faits-divers/saint-priest-f7e1",
                               "Ouest-France", fire, "Ouest-France avec AFP",
                               "Publié le 04/12/2026 à 07h42", DISPATCH)),
            ("vingt.txt", capture("https://www.20minutes.fr/lyon/4187654-saint-priest",
                                  "20 Minutes", fire, "20 Minutes avec AFP",
                                  "Publié le 04/12/26 à 07h42", DISPATCH)),
            ("point.txt", capture("https://www.lepoint.fr/societe/saint-priest-2594321",
                                  "Le Point", fire, "Le Point avec AFP",
                                  "Publié le 04/12/2026 à 09h15", DISPATCH))])
        v.ingest_bytes([
            ("of2.txt", capture("https://www.ouest-france.fr/faits-divers/saint-priest-f7e1",
                                "Ouest-France", "Saint-Priest : l'incendie éteint, une "
                                "enquête ouverte", "Ouest-France avec AFP",
                                "Publié le 04/12/2026 à 07h42, mis à jour le 04/12/2026 à "
                                "16h30", [*DISPATCH, UPDATE]))])
        ids = {a.source: a.id for a in v.store.iter_articles()}
    return data, ids


def test_a_credited_wire_is_the_origin_not_a_reprint(
        store_dir: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str]) -> None:
    data, ids = store_dir
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        figaro = client.get(f"/api/v1/articles/{ids['lefigaro.fr']}").json()
        assert figaro["origin"] == {"agency": "AFP", "kind": "with"}
        assert figaro["relation"] == "" and figaro["story"]["independent_sources"] == 2
        fr = client.get(f"/articles/{ids['lefigaro.fr']}", params={"lang": "fr"}).text
        assert '<dd class="origin with">d’après AFP</dd>' in fr or \
            '<dd class="origin with">d&#39;après AFP</dd>' in fr
        en = client.get(f"/articles/{ids['lefigaro.fr']}", params={"lang": "en"}).text
        assert '<dd class="origin with">with AFP</dd>' in en
        vingt = client.get(f"/api/v1/articles/{ids['20minutes.fr']}").json()
        assert vingt["origin"] == {"agency": "AFP", "kind": "dispatch"}
        monde = client.get(f"/api/v1/articles/{ids['lemonde.fr']}").json()
        assert monde["origin"] is None
    assert "    origin: with AFP" in show(data, ids["lefigaro.fr"], capsys)
    assert "    origin: AFP dispatch" in show(data, ids["20minutes.fr"], capsys)


def test_page_api_and_show_agree_on_one_dispatch(
        store_dir: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str]) -> None:
    data, ids = store_dir
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        api = client.get(f"/api/v1/articles/{ids['20minutes.fr']}").json()
        story = api["story"]
        firsts = {story["first_outlet"], *story["first_tied_outlets"]}
        assert firsts == {"20 Minutes", "Ouest-France"} and story["first_same_minute"]
        assert (story["independent_sources"], story["reprints"]) == (1, 2)
        page = client.get(f"/articles/{ids['20minutes.fr']}", params={"lang": "en"}).text
        text = " ".join(re.sub(r"<[^>]+>", " ", page).split())
        assert re.search(r"First published by (20 Minutes and Ouest-France|Ouest-France "
                         r"and 20 Minutes)", text), text[:2000]
        original = client.get(f"/api/v1/articles/{ids['ouest-france.fr']}").json()
        copies = {c["id"] for c in original["copies"]}
        assert len(original["versions"]) == 1  # the earlier one; the current is the article
    shown = show(data, ids["20minutes.fr"], capsys)
    first = next(line for line in shown.splitlines() if line.startswith("     story:"))
    assert ids["ouest-france.fr"] in first and "(3 articles)" in first
    assert re.search(r"first published by (20 Minutes and Ouest-France|Ouest-France and "
                     r"20 Minutes), 2026-12-04 07:42", first), first
    assert "(same minute)" in first
    shown = show(data, ids["ouest-france.fr"], capsys)
    assert f"  versions: 2 (`veille duplicates {ids['ouest-france.fr']}`)" in shown
    listed = set(re.findall(r"(?:copied by|same text): .* ([0-9a-f]{16}) \(", shown))
    assert listed == copies
    assert ids["ouest-france.fr"] in show(data, ids["lepoint.fr"], capsys)

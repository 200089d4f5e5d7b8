"""``/entities`` and ``/places`` (issue 16, "entity pages"): until now an entity could be
reached only from an article that names it (``/entities`` was a 404). The index lists the
entities most cited first, filtered by kind and by name (an alias finds its entity:
"Daech" lists the Islamic State named "l'EI"), each linked to its page (a place to its
place page); ``/places`` lists the gazetteer's places with their country. French and
English, names escaped. Real store, enrichment (spaCy), server on 127.0.0.1."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from web_kit import serve

from dispatch_kit import enriched_outlet_store, entity_index_names

WAR = ("Le secrétaire d'Etat américain Mike Pompeo a réuni mardi à Washington les ministres "
       "de la coalition contre le groupe jihadiste Etat islamique (EI). « L'EI reste une "
       "menace », a déclaré Mike Pompeo devant la presse. Selon le département d'Etat, les "
       "ministres se retrouveront le 6 février.")
FIRE = ("Un incendie s'est déclaré lundi matin dans une usine de Petit-Quevilly, près de "
        "Rouen. « Il n'y a pas de danger immédiat », a déclaré le préfet de Normandie, "
        "Jean-Benoît Albertini. Les pompiers de Rouen ont maîtrisé le feu vers midi.")


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return enriched_outlet_store(tmp_path_factory.mktemp("entities") / "data", [
        ("a.example", 5, WAR, "Pompeo réunit la coalition contre l'EI"),
        ("b.example", 4, FIRE, "Incendie près de Rouen <script>x</script>")])


def _names(page: str) -> list[str]:
    return entity_index_names(page)


def test_the_entity_index_lists_filters_and_links(data: Path) -> None:
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        everyone = http.get("/entities?lang=fr")
        assert everyone.status_code == 200, everyone.text
        names = _names(everyone.text)
        assert any("Pompeo" in n for n in names), names
        assert any("Rouen" in n for n in names), names
        assert 'href="/entities"' in http.get("/?lang=fr").text  # in the navigation
        # A place links to its place page, a person to its entity page.
        rouen = re.search(r'<a class="title" href="(/places/[^"]+)">Rouen</a>', everyone.text)
        assert rouen, everyone.text
        assert http.get(rouen.group(1)).status_code == 200
        people = http.get("/entities?label=PER&lang=fr").text
        assert any("Pompeo" in n for n in _names(people))
        assert not any("Rouen" in n for n in _names(people)), _names(people)
        assert "Personnes" in people and 'aria-current="page"' in people
        # An alias finds its entity: the text says "EI", the reader types "Daech".
        daech = _names(http.get("/entities", params={"name": "Daech", "lang": "fr"}).text)
        assert any(n in ("Etat islamique", "État islamique", "EI") for n in daech), daech
        assert http.get("/entities?label=XYZ").status_code == 422
        # Past the last page, and a name that matches nothing, are said, not blank.
        assert "après la dernière" in http.get("/entities?page=3&lang=fr").text
        hostile = http.get("/entities", params={"name": "<b>zz</b>", "lang": "fr"}).text
        assert "<b>zz</b>" not in hostile and "&lt;b&gt;zz&lt;/b&gt;" in hostile
        assert "Aucune entité" in hostile


def test_the_place_index_in_english(data: Path) -> None:
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        page = http.get("/places?lang=en")
        assert page.status_code == 200
        assert "<h1" in page.text and ">Places</h1>" in page.text
        assert "Rouen" in _names(page.text)
        assert "France" in page.text  # the country, named in the reader's language
        assert "cited in" in page.text and "cité dans" not in page.text
        assert 'href="/api/v1/places?limit=50"' in page.text  # the JSON twin
        assert "Rouen" in _names(http.get("/places?name=rou&lang=en").text)

"""Labels of places that share a name (t-enrich19 E17): an overseas commune's tooltip
names its area once, and the label the pages show can be typed back as a filter."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.enrich.place_labels import labelled_place
from veille.enrich.places import Place, shipped
from veille.service import Veille
from veille.settings import Settings
from veille.web.enrich_markup import mark_up
from veille.web.i18n import load_locales

OVERSEAS = ("971", "972", "973", "974", "976")
"""The overseas départements: each is its own ISO 3166 territory (GP, MQ, GF, RE, YT)."""


def _a_commune_of(department: str) -> Place:
    gazetteer = shipped()
    return next(p for places in gazetteer.by_name.values() for p in places
                if p.department == department and p.kind == "commune")


@pytest.mark.parametrize("department", OVERSEAS)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_overseas_communes_tooltip_names_its_area_once(department: str,
                                                          lang: str) -> None:
    place = _a_commune_of(department)
    text = f"Le marché de {place.name} rouvre lundi."
    at = text.index(place.name)
    enrichment = {
        "entities": [{"id": place.id, "label": "LOC", "name": place.name,
                      "mentions": [[at, at + len(place.name), place.name]]}],
        "places": [{"id": place.id, "name": place.name, "country": place.country,
                    "admin1": place.admin1}]}
    marked = str(mark_up("", [text], enrichment, load_locales()[lang]).paragraphs[0])
    area = shipped().by_id[f"iso3166-2:FR-{department}"].name
    # the place's name as the page's language writes it ("Fort-de-France" for the
    # gazetteer's "Fort de France": the alias table's French name, t-final58 #17)
    shown = load_locales()[lang].name(place.id, place.name)
    assert f"{shown} ({area})" in marked, marked


# --- the label typed back as a filter ---------------------------------------------------

def _page(title: str, body: str, day: int) -> bytes:
    return (f'<html lang="fr"><head><title>{title}</title>'
            f'<meta property="article:published_time" content="2026-11-{day}T08:00:00+00:00">'
            f"</head><body><article><h1>{title}</h1>{body}</article></body></html>").encode()


@pytest.mark.parametrize("label", ["Saint-Denis (La Réunion)", "Saint-Denis (Réunion)",
                                   "saint-denis (la reunion)"])
def test_the_shown_label_of_a_place_filters_on_that_place(tmp_path: Path, label: str) -> None:
    with Veille(Settings(data_dir=tmp_path / "data")) as v:
        v.ingest_bytes([
            ("a.html", _page("La Réunion : alerte cyclonique à Saint-Denis",
                             "<p>La préfecture de La Réunion a placé Saint-Denis en alerte "
                             "orange cyclonique mardi, les écoles de l'île sont fermées.</p>",
                             20)),
            ("b.html", _page("Seine-Saint-Denis : un marché rénové à Saint-Denis",
                             "<p>Le nouveau marché couvert de Saint-Denis, en Seine-Saint-"
                             "Denis, ouvre samedi près de la basilique.</p>", 21))],
            source="example.fr")
        v.enrich()
        island = v.search('place:"geonames:935264"')
        assert island.total == 1  # the articles are read as written
        found = v.search(f'place:"{label}"')
        assert [h.id for h in found.hits] == [h.id for h in island.hits]
        none = v.search(f'place:"{label}" basilique')  # the island's article has no basilica
        assert none.total == 0
        assert not [w for w in none.warnings if "place" in w]  # a known place: no "did you mean"
        assert v.search('place:"Saint-Denis (Seine-Saint-Denis)"').total == 1
        assert v.search('place:"Saint-Denis (Atlantide)"').total == 0


def test_a_label_names_one_place_or_none() -> None:
    gazetteer = shipped()
    assert labelled_place(gazetteer, "Valence (Drôme)") == "geonames:2971053"
    assert labelled_place(gazetteer, "Valence (Espagne)") == \
        labelled_place(gazetteer, "Valence (Spain)") != None  # noqa: E711
    assert labelled_place(gazetteer, "Valence (France)") is None  # three communes
    assert labelled_place(gazetteer, "Valence") is None  # no label

"""Labels of places that share a name (t-enrich19 E17): an overseas commune's tooltip
names its area once, and the label the pages show can be typed back as a filter."""

from __future__ import annotations

import pytest

from veille.enrich.places import Place, shipped
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
    assert f"{place.name} ({area})" in marked, marked

"""q-places25 (issue 16): f-places25's follow-ups. A Belgian province that shares its name
with a city is the province only after its head noun ("la province de Namur"); bare in
an enumeration of towns it is the city. Sentences written for these tests, through the
real enrichment pipeline."""

from __future__ import annotations

from tests.enrich.conftest import enrich

from veille.enrich.stage import Resources


def _places(resources: Resources, text: str, **kw: str) -> dict[str, dict[str, object]]:
    return {str(p["mentioned_as"]): p
            for p in enrich(resources, text, **kw)["places"]}  # type: ignore[index,union-attr]


# --- 1. a province named after its city --------------------------------------------------

def test_a_bare_name_among_towns_is_the_city_not_its_province(resources: Resources) -> None:
    found = _places(resources, "Grève\n\nLes trains circuleront peu entre Mons, Namur et "
                               "Liège mardi.")
    assert found["Namur"]["kind"] == "city"
    assert found["Liège"]["kind"] == "city"


def test_the_province_after_its_head_noun_stays_the_province(resources: Resources) -> None:
    found = _places(resources, "Neige\n\nDans la province de Namur, les écoles ferment. "
                               "À Anvers, le port tourne.")
    assert found["Namur"]["kind"] == "region"
    assert found["Anvers"]["kind"] == "city"


def test_a_province_with_an_area_s_article_stays_the_province(resources: Resources) -> None:
    assert _places(resources, "Routes\n\nLes routes du Limbourg sont glissantes.")[
        "Limbourg"]["kind"] == "region"

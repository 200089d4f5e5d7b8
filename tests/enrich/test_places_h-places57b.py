"""Places put in the wrong country (issue 16, branch h-places57b; t-final57 A1, A3b, A3c,
A4).

"Salvador (BA)" of a Bahia paper was El Salvador, the country: a state's code in
parentheses after a town states its area. "Valencia, en el estado Carabobo" was Valencia,
Spain: a region's noun after the town states its region. "les stations de Tarentaise" of a
Savoie text was Tarentaise, a village of the Loire: communes near the text's towns bear
that valley's name ("La Plagne Tarentaise"). Arabic "ميدان" (square) in "ميدان التحرير" was
Medan, Indonesia; "كامل" (the given name Kamel) was ك + "امل", Āmol, Iran. Controls: the
village Tarentaise in a text set near it, Valencia in a Spanish text, a town's name after
an Arabic preposition. Records written for this test, ingested into a real store,
enriched, exported."""

from __future__ import annotations

from typing import Any

import pytest

from enriched_kit import enriched_in

U = "https://www.example.test/hplaces57b/"


def _record(slug: str, language: str, title: str, text: str) -> dict[str, object]:
    return {"url": U + slug, "source": "example.test", "language": language,
            "published": "2026-12-05T08:30:00+01:00", "title": title, "text": text}


RECORDS = [
    _record("salvador", "pt", "Chuva alaga ruas",
            "Uma chuva forte atingiu Salvador (BA) na madrugada. A Defesa Civil de Salvador "
            "emitiu um alerta.\n\nEm Fortaleza (CE), o alerta foi mantido."),
    _record("valencia", "es", "Protesta por el agua",
            "Vecinos de Valencia, en el estado Carabobo, protestaron por la falta de agua en "
            "la avenida Bolívar."),
    _record("valencia-es", "es", "Lluvias en Valencia",
            "La Generalitat activó la alerta por lluvias en Valencia y en Castellón."),
    _record("tarentaise", "fr", "Éboulement près de Moûtiers",
            "Un éboulement a coupé la route à la sortie de Moûtiers. Les stations de "
            "Tarentaise s'inquiètent, selon le maire de La Plagne Tarentaise, et les "
            "vacanciers passeront par Bozel."),
    _record("tarentaise-loire", "fr", "Fête du pain",
            "La commune de Tarentaise, près de Saint-Étienne, organise dimanche sa fête du "
            "pain avec les habitants de Planfoy."),
    _record("cairo", "ar", "إغلاق محطة مترو في القاهرة",
            "أعلنت الشركة إغلاق محطة السادات في ميدان التحرير بالقاهرة لأعمال الصيانة. وقال "
            "وزير النقل كامل الوزير إن الأعمال ستنتهي في موعدها."),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """``url -> enrichment`` of ``RECORDS``, ingested into one real store."""
    return enriched_in(tmp_path_factory.mktemp("hplaces57b"), *RECORDS)


def _places(found: dict[str, dict[str, Any]], slug: str) -> dict[str, dict[str, Any]]:
    return {p["mentioned_as"]: p for p in found[U + slug].get("places", [])}


def test_a_town_before_a_state_code_is_that_states_town(found: dict[str, Any]) -> None:
    places = _places(found, "salvador")
    assert places["Salvador"]["country"] == "BR", places
    assert places["Salvador"]["kind"] != "country"
    assert places["Fortaleza"]["country"] == "BR"


def test_a_region_noun_after_a_town_picks_its_namesake_there(found: dict[str, Any]) -> None:
    assert _places(found, "valencia")["Valencia"]["country"] == "VE"
    assert _places(found, "valencia-es")["Valencia"]["country"] == "ES"  # control


def test_a_valley_named_by_nearby_communes_is_no_far_village(found: dict[str, Any]) -> None:
    places = _places(found, "tarentaise")
    assert "Tarentaise" not in places, places
    assert places["Moûtiers"]["country"] == "FR"
    # control: the village itself, in a text set beside it
    assert _places(found, "tarentaise-loire")["Tarentaise"]["id"] == "insee:42306"


def test_arabic_site_nouns_and_given_names_are_no_towns(found: dict[str, Any]) -> None:
    places = _places(found, "cairo")
    assert "ميدان" not in places and "امل" not in places, places
    assert {p["country"] for p in places.values()} == {"EG"}

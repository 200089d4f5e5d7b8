"""Places a fresh user found false (nu4: N8 a and e, N9, N17 d), on sentences written
here, through the enrichment pipeline."""

from __future__ import annotations

from typing import Any

from tests.enrich.conftest import enrich

from veille.enrich.stage import Resources


def _places(resources: Resources, text: str, source: str = "ouest-france.fr"
            ) -> dict[str, dict[str, Any]]:
    places = enrich(resources, text, source=source)["places"]
    assert isinstance(places, list)
    return {str(p["mentioned_as"]): p for p in places}


def test_a_region_shared_with_a_village_does_not_beat_a_city_a_thousand_times_larger(
        resources: Resources) -> None:
    """Lyon and the Ardèche village of Montréal share a region: no evidence for it."""
    found = _places(resources, ("Festival de cinéma à Lyon\n\nLe festival s'ouvre à Lyon "
                                "samedi. Des réalisateurs venus de Montréal présenteront "
                                "leurs films."), source="leprogres.fr")
    assert found["Montréal"]["country"] == "CA"


def test_an_area_stated_after_the_name_decides(resources: Resources) -> None:
    found = _places(resources, ("Tournée\n\nAprès deux concerts à Auch, dans le Gers, le "
                                "groupe jouera à Cologne, en Allemagne, en janvier."),
                    source="ladepeche.fr")
    assert found["Cologne"]["country"] == "DE"  # was the Gers village, from the context


def test_a_name_no_reading_of_which_lies_in_the_stated_area_is_no_place(
        resources: Resources) -> None:
    found = _places(resources, ("Tournée\n\nLe groupe jouera à Bordeaux, en Espagne, puis "
                                "à Madrid."))
    assert "Bordeaux" not in found and "Madrid" in found


def test_a_departement_written_with_its_article_is_the_departement(
        resources: Resources) -> None:
    found = _places(resources, ("Élevage\n\nLes éleveurs de la Sarthe manifestent. La crise "
                                "touche aussi les fermes dans la Mayenne."))
    assert found["Mayenne"]["kind"] == "department"


def test_a_name_after_a_venue_s_noun_is_no_place(resources: Resources) -> None:
    found = _places(resources, ("Concert\n\nLe concert aura lieu à Toulouse, à la salle "
                                "Madrid, puis au stade Lisbonne."), source="ladepeche.fr")
    assert "Toulouse" in found
    assert "Madrid" not in found and "Lisbonne" not in found


def test_a_stated_first_level_region_abroad_rules_out_a_reading_elsewhere() -> None:
    """With whatever region rows the gazetteer has: a US state given here as one row."""
    from veille.enrich.places import Gazetteer, Place, resolve_places, shipped

    gazetteer = Gazetteer([*shipped().by_id.values(),
                           Place("iso3166-2:US-FL", "Floride", "region", "US", "FL", None,
                                 None, 0)])
    text = "Un salon est organisé à Saint-Pétersbourg, en Floride, en mars."
    entities: list[dict[str, object]] = [
        {"id": f"loc:{n.lower()}", "label": "LOC", "name": n, "count": 1,
         "mentions": [[text.index(n), text.index(n) + len(n), n]]}
        for n in ("Saint-Pétersbourg", "Floride")]
    places = resolve_places(entities, gazetteer, "ouest-france.fr", text)
    assert [p["mentioned_as"] for p in places] == ["Floride"]  # not the Russian city

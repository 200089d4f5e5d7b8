"""h-places53 (issue 16, t-final53 A8): French common words that open a longer name the
recogniser cut ("le Grand Port maritime de Marseille-Fos", a port authority) are no place
(not the region Grand Port of Mauritius); the same words named as a place elsewhere in the
article stay one. Sentences written for these tests, through the real enrichment pipeline."""

from __future__ import annotations

from tests.enrich.conftest import enrich

from veille.enrich.stage import Resources


def _places(resources: Resources, text: str) -> dict[str, dict[str, object]]:
    return {str(p["mentioned_as"]): p
            for p in enrich(resources, text)["places"]}  # type: ignore[union-attr]


def test_a_port_authority_is_no_region_abroad(resources: Resources) -> None:
    found = _places(resources, "Grève\n\nLe trafic du Grand Port maritime de Marseille-Fos "
                               "(Bouches-du-Rhône) est interrompu. Les dockers de Marseille "
                               "réclament une hausse des salaires.")
    assert "Grand Port" not in found
    assert found["Marseille"]["country"] == "FR"


def test_the_region_named_as_a_place_stays_a_place(resources: Resources) -> None:
    found = _places(resources, "Port\n\nLe district de Grand Port, à Maurice, est fermé "
                               "après le cyclone. Grand Port compte 110 000 habitants.")
    assert found["Grand Port"]["country"] == "MU"


def test_a_region_followed_by_a_verb_stays_a_place(resources: Resources) -> None:
    found = _places(resources, "Neige\n\nLe Grand Est est touché par la neige mardi.")
    assert "iso3166-2:FR-GES" in {p["id"] for p in found.values()}

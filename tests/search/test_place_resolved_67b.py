"""``place:`` matches the place enrichment resolved (its id, its names, its areas), never
another place's written form that one of the asked place's other-language names spells, on
both backends (h-enrich67b, t-final67 F6: ``place:Oman`` found an article on Amman, Arabic
عمان being both; French "Grenade" is Granada and Grenada)."""

from __future__ import annotations

from typing import Any

import pytest

from veille.search.place_names import shipped_place_terms

TEXTS = {
    "ar-amman": ("ar", "أمطار غزيرة في عمان",
                 "أغلقت السلطات الأردنية عددا من الطرق في العاصمة عمان بسبب الأمطار."),
    "fr-grenade": ("fr", "Grève des éboueurs à Grenade",
                   "Les éboueurs de Grenade, en Andalousie, sont en grève depuis lundi."),
}

ENRICH = True


def found(v: Any, query: str) -> set[str]:
    return {hit.url.rsplit("/", 1)[1] for hit in v.search(query, per_page=50).hits}


@pytest.mark.parametrize(("query", "expected"), [
    ("place:Oman", set()), ("place:Amman", {"ar-amman"}), ("place:Jordanie", {"ar-amman"}),
    ("place:Grenada", set()), ("place:Espagne", {"fr-grenade"}),
    ("place:Andalousie", {"fr-grenade"}),
])
def test_a_place_filter_finds_the_resolved_place(texts_service: Any, query: str,
                                                 expected: set[str]) -> None:
    assert found(texts_service, query) == expected


def test_a_country_is_not_searched_by_another_place_s_spelling() -> None:
    assert "عمان" not in shipped_place_terms("Oman")
    assert "iso3166:OM" in shipped_place_terms("Oman")
    assert "grenade" not in shipped_place_terms("Grenada")
    assert "geonames:2517117" not in shipped_place_terms("Grenada")  # Granada, Spain
    assert "espana" in shipped_place_terms("Espagne")  # no other place is written so

"""Entity spans of t-enrich19: a common noun that an alias names once capitalised
("la réunion", a meeting) is no entity, and a dateline in capitals ("PERPIGNAN - ...")
is its town alone."""

from __future__ import annotations

import pytest
from tests.enrich.conftest import enrich

from veille.enrich.aliases import shipped_table
from veille.enrich.entities import alias_spans
from veille.enrich.stage import Resources


@pytest.mark.parametrize("text", [
    "La réunion du conseil municipal s'est tenue lundi soir.",
    "La réunion se tiendra dans quinze jours.",
    "Les élus ont quitté la réunion. La réunion a repris à 20 heures.",
    "L'union fait la force.",
])
def test_a_common_noun_after_a_capitalised_article_is_no_alias(text: str) -> None:
    assert [text[s:e] for s, e, _ in alias_spans(text, shipped_table())] == []


@pytest.mark.parametrize(("text", "name"), [
    ("La Réunion a été placée en vigilance orange.", "La Réunion"),
    ("Le cyclone approche de La Réunion.", "La Réunion"),
    ("Le Monde a publié l'enquête.", "Le Monde"),
])
def test_the_capitalised_name_still_matches(text: str, name: str) -> None:
    found = [text[s:e] for s, e, _ in alias_spans(text, shipped_table())]
    assert any(name.endswith(f) or f.endswith(name) for f in found), found


def test_a_meeting_is_no_place_through_the_pipeline(resources: Resources) -> None:
    enrichment = enrich(resources, "Conseil municipal\n\nLa réunion du conseil municipal "
                        "s'est tenue lundi soir à Rennes. La réunion reprendra jeudi.")
    places = enrichment["places"]
    assert isinstance(places, list)
    assert [p["name"] for p in places] == ["Rennes"]

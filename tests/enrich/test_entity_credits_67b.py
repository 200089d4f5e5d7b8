"""Entity errors of t-final67 F5 (h-enrich67b): a fire agency's name is no person's ("Cal
Fire said"), a place inside a known organisation's name is no mention of the place
(قوات سوريا الديمقراطية, the Syrian Democratic Forces), and the publisher's own name in
its byline ("Le Monde avec AFP") is no organisation of the article."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.enrich.conftest import enrich

from veille.enrich.stage import Resources


def _labelled(e: dict[str, Any], label: str) -> set[str]:
    return {str(x["name"]) for x in e.get("entities") or [] if x.get("label") == label}


@pytest.mark.parametrize("text", [
    "Evacuations in Riverside\n\nThe blaze had grown to 500 acres, Cal Fire said on Sunday.",
    "Brush fire\n\nCrews stopped the fire at the ridge, Metro Fire said in a statement.",
])
def test_a_fire_agency_is_no_person(resources: Resources, text: str) -> None:
    e = enrich(resources, text, language="en", source="apnews.com")
    assert not any(name.endswith("Fire") for name in _labelled(e, "PER"))


def test_a_country_inside_a_known_body_s_name_is_no_mention_of_it(
        resources: Resources) -> None:
    e = enrich(resources, "مقتل مسلحين في الحسكة\n\nأعلنت قوات سوريا الديمقراطية مقتل "
               "مسلحين في الحسكة شمال شرقي سوريا.", language="ar", source="aljazeera.net")
    assert "veille:sdf" in {x["id"] for x in e.get("entities") or []}
    syria = [p for p in e.get("places") or [] if p["id"] == "Q858"]
    assert [p["count"] for p in syria] == [1]  # "شمال شرقي سوريا" alone


@pytest.mark.parametrize(("byline", "source", "outlet"), [
    ("Le Monde avec AFP", "lemonde.fr", "Le Monde"),
    ("Libération et AFP", "liberation.fr", "Libération"),
    ("Le Figaro avec AFP et Reuters", "lefigaro.fr", "Le Figaro"),
])
def test_the_publisher_s_byline_is_no_entity(resources: Resources, byline: str, source: str,
                                             outlet: str) -> None:
    e = enrich(resources, f"Inondations dans le Gard\n\n{byline}\n\nLes pluies ont coupé "
               "vingt routes près de Nîmes mardi.", source=source)
    assert outlet not in _labelled(e, "ORG")


def test_an_outlet_cited_in_the_text_stays(resources: Resources) -> None:
    e = enrich(resources, "Budget\n\nSelon Le Monde, le gouvernement prépare un nouveau "
               "budget.", source="liberation.fr")
    assert "Le Monde" in _labelled(e, "ORG")


@given(st.text(max_size=80))
def test_staff_credit_reads_any_line(block: str) -> None:
    from veille.enrich.credits import staff_credit

    assert staff_credit(block) in (True, False)


@pytest.mark.parametrize(("block", "expected"), [
    ("Le Monde avec AFP", True), ("Par Le Figaro avec AFP", True),
    ("Claire Mayer avec AFP", False), ("Le Monde et Le Figaro", False),
    ("Le Parisien et Reuters ont révélé l'affaire", False),
])
def test_staff_credit(block: str, expected: bool) -> None:
    from veille.enrich.credits import staff_credit

    assert staff_credit(block) is expected

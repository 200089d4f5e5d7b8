"""A country's name beside a neighbour's capital, a renowned town below the lone-name
population bound, and German organisation names with inflected adjectives (issue 16, branch
h-places58b, t-final58 items 6, 7 and 10).

"le Tribunal de l'Union européenne à Luxembourg" in a text naming Bruxelles was the Belgian
province (the neighbour's capital pulled the name onto its region); "der Deutschen Bahn" and
"die Deutsche Bahn" were two organisations. Records written for this test, ingested into a
real store, enriched, exported."""

from __future__ import annotations

from typing import Any

import pytest
from tests.enrich.conftest import enrich_records

U = "https://www.example.test/hplaces58bt/"


def _record(slug: str, language: str, title: str, text: str) -> dict[str, object]:
    return {"url": U + slug, "source": "example.test", "language": language,
            "published": "2026-12-03T08:30:00+01:00", "title": title, "text": text}


RECORDS = [
    _record("lux-fr", "fr", "Amende",
            "Bruxelles a infligé une amende à la société Corvalis, qui fera appel devant la "
            "Cour de justice à Luxembourg, a dit son avocat Rémi Faucon."),
    _record("lux-de", "de", "Strafe",
            "Die Kommission in Brüssel hat die Firma Holtmark bestraft; sie klagt vor dem "
            "Gericht in Luxemburg, sagte Sprecher Uwe Danner."),
    _record("lux-be", "fr", "Crue",
            "La Semois déborde à Arlon, dans la province de Luxembourg, a dit le bourgmestre "
            "Jules Vandeput."),
    _record("venice-it", "it", "Acqua alta",
            "A Venezia la marea ha raggiunto 120 centimetri, ha detto l'assessore Bruno Zanin."),
    _record("venice-fr", "fr", "Carnaval",
            "Le carnaval de Venise attire cette année encore des milliers de visiteurs, a dit "
            "l'organisatrice Paola Strada."),
    _record("bahn-de", "de", "Streik",
            "Die Gewerkschaft hat einen Streik bei der Deutschen Bahn angekündigt. Die "
            "Deutsche Bahn sprach von einer Provokation, sagte Sprecherin Ina Wolters."),
]


@pytest.fixture(scope="module")
def enriched(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    return enrich_records(tmp_path_factory.mktemp("hplaces58b"), RECORDS)


def _place(enrichment: dict[str, Any], written: str) -> dict[str, Any]:
    return next(p for p in enrichment["places"] if p.get("mentioned_as") == written)


@pytest.mark.parametrize(("slug", "written", "country"), [
    ("lux-fr", "Luxembourg", "LU"), ("lux-de", "Luxemburg", "LU"),
    ("lux-be", "Luxembourg", "BE"), ("venice-it", "Venezia", "IT"),
    ("venice-fr", "Venise", "IT")])
def test_country_name_beside_a_neighbours_capital_and_renowned_town(
        enriched: dict[str, dict[str, Any]], slug: str, written: str, country: str) -> None:
    assert _place(enriched[U + slug], written)["country"] == country


def test_inflected_german_organisation_is_one_entity(
        enriched: dict[str, dict[str, Any]]) -> None:
    orgs = [e for e in enriched[U + "bahn-de"]["entities"]
            if any("Bahn" in m[2] for m in e["mentions"])]
    assert len(orgs) == 1
    assert {m[2] for m in orgs[0]["mentions"]} == {"Deutschen Bahn", "Deutsche Bahn"}

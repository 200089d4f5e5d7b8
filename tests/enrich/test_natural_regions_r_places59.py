"""Natural and historical regions, a country named like its capital, a town of the
source's country under a contested name, a firm named after a person (issue 16, branch
r-places59).

"la plaine de la Crau" was La Crau (a Var commune), "the Midlands" Zimbabwe's province,
"la Camargue" no place: the areas no administrative division names now ship in
``enrich/data/natural_regions.tsv`` (kind ``region``, ``veille:`` ids). Texts without a
language model (Spanish, Italian, German) found no span for them. "México" in Spanish and
"Mexico" in English were Mexico City; "Bruges" in a Belgian paper the Gironde commune;
"der Optikkonzern Carl Zeiss" a person; "ad Aosta" (35,000 inhabitants) no place.
Records written for this test, ingested into a real store, enriched, exported."""

from __future__ import annotations

import csv
from importlib import resources
from typing import Any

import pytest
from tests.enrich.conftest import enrich_records

U = "https://www.example.test/rplaces59t/"
SETTLEMENT = {"capital", "city", "commune", "locality"}


def _record(slug: str, language: str, text: str, source: str = "example.test"
            ) -> dict[str, object]:
    return {"url": U + slug, "source": source, "language": language,
            "published": "2026-12-03T08:30:00+01:00", "title": "Dépêche", "text": text}


RECORDS = [
    _record("fr", "fr", "Les riziculteurs de la Camargue et les bergers de la plaine de "
            "la Crau attendent la pluie, tandis qu'en Sologne les étangs sont à sec, selon "
            "la chambre d'agriculture des Bouches-du-Rhône."),
    _record("en", "en", "Factories across the Midlands and the Black Country cut shifts "
            "on Monday, while hotels in the Cotswolds reported a quiet week."),
    _record("it", "it", "La grandine ha colpito i vigneti nelle Langhe e nel Chianti, ha "
            "detto il consorzio."),
    _record("de", "de", "Im Sauerland und in der Eifel wurden Straßen gesperrt."),
    _record("es", "es", "La sequía castiga los campos en La Mancha y en la Alpujarra, según los "
            "agricultores."),
    _record("mx-es", "es", "El gobierno de México presentó ayer el plan en la Ciudad de "
            "México."),
    _record("mx-en", "en", "Mexico will cut fuel taxes, the finance ministry said in "
            "Mexico City on Friday."),
    _record("mx-fr", "fr", "Le ministre a atterri à Mexico mardi pour rencontrer les "
            "dirigeants du Mexique."),
    _record("be", "fr", "Les commerçants de Bruges s'inquiètent : la fréquentation a "
            "baissé de 10 % cet hiver, a indiqué l'échevin du tourisme.",
            "www.quotidien-exemple.be"),
    _record("town-it", "it", "Le scuole resteranno chiuse domani ad Aosta, ha deciso la "
            "Regione."),
    _record("month-en", "en", "The plant will reopen in March, the company said in Leeds."),
    _record("firm", "de", "Der Optikkonzern Carl Zeiss baut sein Werk aus, und die Robert "
            "Bosch GmbH stellt 200 Ingenieure ein."),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """``url -> enrichment`` of ``RECORDS``, ingested into one real store."""
    return enrich_records(tmp_path_factory.mktemp("rplaces59"), RECORDS)


def _places(found: dict[str, dict[str, Any]], slug: str) -> dict[str, dict[str, Any]]:
    return {p["mentioned_as"]: p for p in found[U + slug].get("places", [])}


@pytest.mark.parametrize(("slug", "names", "country"), [
    ("fr", ["Camargue", "Crau", "Sologne"], "FR"),
    ("en", ["Midlands", "Cotswolds"], "GB"),
    ("it", ["Langhe", "Chianti"], "IT"),
    ("de", ["Sauerland", "Eifel"], "DE"),
    ("es", ["La Mancha", "Alpujarra"], "ES"),
])
def test_a_natural_region_is_its_own_area(found: dict[str, Any], slug: str,
                                          names: list[str], country: str) -> None:
    places = _places(found, slug)
    for name in names:
        assert places[name]["kind"] == "region", places
        assert places[name]["country"] == country, places
        assert places[name]["id"].startswith("veille:"), places
    assert not any(p["kind"] in SETTLEMENT for p in places.values()
                   if p["mentioned_as"] in names)


def test_a_country_named_like_its_capital(found: dict[str, Any]) -> None:
    es, en, fr = (_places(found, s) for s in ("mx-es", "mx-en", "mx-fr"))
    assert es["México"]["kind"] == "country" and es["Ciudad de México"]["kind"] == "capital"
    assert en["Mexico"]["kind"] == "country" and en["Mexico City"]["kind"] == "capital"
    assert fr["Mexico"]["kind"] == "capital" and fr["Mexique"]["kind"] == "country"


def test_a_contested_name_in_the_source_country(found: dict[str, Any]) -> None:
    assert _places(found, "be")["Bruges"]["country"] == "BE"


def test_a_known_town_in_a_language_without_a_model(found: dict[str, Any]) -> None:
    assert _places(found, "town-it")["Aosta"]["country"] == "IT"
    assert "March" not in _places(found, "month-en")


def test_a_firm_named_after_a_person(found: dict[str, Any]) -> None:
    labels = {m[2]: e["label"] for e in found[U + "firm"]["entities"] for m in e["mentions"]}
    assert labels.get("Carl Zeiss") == "ORG" and labels.get("Robert Bosch GmbH") == "ORG", \
        labels


def test_the_natural_regions_table() -> None:
    """Each row: a ``veille:`` id, a name, kind region, a two-letter country, a first-level
    code, a point in range, no population; one country and code per id."""
    text = resources.files("veille.enrich").joinpath("data", "natural_regions.tsv").read_text(
        "utf-8")
    rows = [r for r in csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
            if r and not r[0].startswith("#")]
    assert len(rows) > 150
    areas: dict[str, tuple[str, str]] = {}
    for pid, name, kind, country, admin1, lat, lon, population in rows:
        assert pid.startswith("veille:") and name.strip() == name and kind == "region"
        assert len(country) == 2 and country.isupper() and admin1 and population == "0"
        assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180
        assert areas.setdefault(pid, (country, admin1)) == (country, admin1), pid

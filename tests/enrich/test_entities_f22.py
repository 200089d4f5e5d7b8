"""Entities a tester found false (t-final21 F4–F7, F10, issue 16): events typed as
organisations with invented ids, an agency's credit counted as a mention, a place shown as
the text shouted it, well-known bodies without their Wikidata id or English name, and a
planet read as a commune. Through the real enrichment pipeline."""

from __future__ import annotations

from tests.enrich.conftest import enrich

from veille.enrich.aliases import load
from veille.enrich.english_names import english_names
from veille.enrich.stage import Resources


def _entities(resources: Resources, text: str) -> dict[str, dict[str, object]]:
    """Each mention's text → its entity (id, label, name, count)."""
    found: dict[str, dict[str, object]] = {}
    for e in enrich(resources, text)["entities"]:  # type: ignore[attr-defined]
        for m in e["mentions"]:
            found[str(m[2])] = e
    return found


def test_brexit_is_an_event_with_its_wikidata_id(resources: Resources) -> None:
    found = _entities(resources, "Brexit : Londres et Bruxelles reprennent les négociations"
                                 "\n\nLes négociateurs ont repris mardi les discussions sur "
                                 "le Brexit à Bruxelles.")
    assert found["Brexit"]["label"] == "MISC"
    assert found["Brexit"]["id"] == "Q7888194"


def test_events_named_by_their_head_edition_or_time_are_no_organisations(
        resources: Resources) -> None:
    text = ("Sport : le Mondial approche\n\nLe Mondial commence jeudi au Qatar. Le Tour de "
            "France part samedi de Florence. L'Euro 2024 débute en Allemagne. Lors du "
            "Grexit, rien n'a bougé. La Coupe du monde de rugby s'ouvre au Stade de France.")
    found = _entities(resources, text)
    for name in ("Mondial", "Tour de France", "Grexit", "Coupe du monde de rugby"):
        assert found[name]["label"] == "MISC", name
        assert not str(found[name]["id"]).startswith("org:"), name
    assert found["Stade de France"]["label"] != "MISC"


def test_firms_named_like_events_stay_organisations(resources: Resources) -> None:
    found = _entities(resources, "Économie\n\nSanté publique France publie ses chiffres. "
                                 "La Banque de France relève sa prévision.")
    assert found["Santé publique France"]["label"] == "ORG"
    assert found["Banque de France"]["label"] == "ORG"


def test_a_town_named_like_an_event_stays_a_place(resources: Resources) -> None:
    found = _entities(resources, "Provence\n\nLe maire de Salon-de-Provence a inauguré le "
                                 "marché. À Salon, la fête bat son plein.")
    assert found["Salon-de-Provence"]["label"] != "MISC"
    assert found.get("Salon", {"label": "LOC"})["label"] != "MISC"


def test_an_agency_credit_closing_a_reprint_is_no_mention(resources: Resources) -> None:
    found = _entities(resources, "SNCF : le trafic perturbé\n\nLe trafic était très "
                                 "perturbé jeudi, a indiqué la direction.\n\nLe procès a été "
                                 "reporté au 15 janvier. (avec AFP)")
    assert "AFP" not in found
    found = _entities(resources, "Grève\n\nLe trafic était perturbé jeudi.\n\nLe procès a été "
                                 "reporté au 15 janvier. Avec Reuters")
    assert "Reuters" not in found


def test_a_dateline_credit_is_no_mention_but_the_agency_named_in_a_sentence_is(
        resources: Resources) -> None:
    found = _entities(resources, "SNCF : le trafic perturbé\n\nPARIS (AFP) - Le trafic était "
                                 "très perturbé jeudi, a indiqué la direction à l'AFP.")
    assert found["AFP"]["count"] == 1  # "à l'AFP", not "(AFP)"
    assert found["PARIS"]["name"] == "Paris"


def test_a_place_written_in_capitals_is_named_as_the_gazetteer_spells_it(
        resources: Resources) -> None:
    found = _entities(resources, "Grève\n\nLe maire de PAU, François Bayrou, a appelé au "
                                 "dialogue.")
    assert found["PAU"]["name"] == "Pau"  # the mention keeps "PAU" for the highlighting


def test_well_known_bodies_carry_their_wikidata_id_and_english_name(
        resources: Resources) -> None:
    found = _entities(resources, "Économie\n\nSelon l'Insee, la croissance ralentit, et la "
                                 "Commission européenne s'inquiète.")
    assert found["Insee"]["id"] == "Q156616"
    assert found["Commission européenne"]["id"] == "Q8880"
    assert english_names()["Q8880"] == "European Commission"


def test_every_english_alias_marked_in_the_curated_table_is_an_english_name() -> None:
    """english_names.tsv is up to date with the `en` marks of curated_aliases.tsv (rerun
    scripts/gen_english_names.py after marking one)."""
    from importlib import resources as files

    curated = files.files("veille.enrich").joinpath("data", "curated_aliases.tsv")
    names = english_names()
    marked = 0
    for line in curated.read_text("utf-8").splitlines():
        columns = line.split("\t")
        if line.startswith("#") or len(columns) < 5 or columns[4] != "en":
            continue
        marked += 1
        if columns[0] != columns[3]:
            assert columns[1] in names, columns[0]
    assert marked >= 20
    shipped = files.files("veille.enrich").joinpath("data", "aliases.tsv").read_text("utf-8")
    assert all(len(line.split("\t")) == 4 for line in shipped.splitlines()
               if line and not line.startswith("#"))  # the mark stays in the curated file
    assert load().lookup("European Commission").id == "Q8880"  # type: ignore[union-attr]


def test_planets_named_together_are_no_communes(resources: Resources) -> None:
    enrichment = enrich(resources, "Espace : de Mars à la Lune\n\nL'agence prépare des "
                                   "missions de Mars à la Lune, a indiqué son directeur.")
    assert not [p for p in enrichment["places"]  # type: ignore[attr-defined]
                if p["name"] in ("Mars", "Lune")]
    enrichment = enrich(resources, "Festival\n\nLe festival se tient à Mars, dans la Loire, "
                                   "en juillet.")
    assert [p for p in enrichment["places"]  # type: ignore[attr-defined]
            if p["name"] == "Mars"]  # one body alone: the commune

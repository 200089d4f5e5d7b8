"""Prominence among homonyms and the names towns go by (issue 16, f-places20).

A bare "Montreuil" beside another town of the Hauts-de-France was Montreuil-sur-Mer (2,700
inhabitants), not the Seine-Saint-Denis town of 111,000: a town of the same region was
evidence enough. A settlement ten times smaller than a namesake now needs its département,
its region named, or a neighbouring place. GeoNames' "Montreuil" (Montreuil-sur-Mer),
"Cherbourg", "Saint-Ouen" had no INSEE code nor département, so no context could place
them. Sentences written here (other towns than the fault's where the rule allows)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from veille.enrich.places import shipped
from veille.enrich.stage import Resources

from .conftest import enrich

ROOT = Path(__file__).resolve().parents[2]


def _place(section: dict[str, object], written: str) -> dict[str, object]:
    places = section["places"]
    assert isinstance(places, list)
    found = [p for p in places if p["mentioned_as"] == written]
    assert len(found) == 1, places
    return found[0]


@pytest.mark.parametrize(("text", "department"), [
    ("Grève\n\nÀ Lille et à Montreuil, les grévistes ont bloqué les dépôts de bus.", "93"),
    ("Rencontre\n\nLe maire de Montreuil a rencontré celui d'Amiens.", "93"),
    ("Faits divers\n\nDes manifestants ont défilé à Montreuil.", "93"),
    ("Grève\n\nÀ Calais et à Saint-Ouen, les dockers ont cessé le travail.", "93"),
    # context that places the small namesake: its département, a neighbour, its region
    ("Grève\n\nLa grève touche Chartres, Dreux et Montreuil.", "28"),
    ("Rencontre\n\nLe préfet de la Vendée et le maire de Montreuil se sont rencontrés.", "85"),
    ("Salon\n\nLe salon de Montreuil ouvre ses portes. Le Pas-de-Calais accueille aussi un "
     "salon.", "62"),
    ("Commerce\n\nÀ Étaples et à Montreuil, les commerçants sont inquiets.", "62"),
    ("Festival\n\nEn Hauts-de-France, Montreuil accueille le festival.", "62"),
    ("Concert\n\nUn concert a eu lieu à Vienne, près de Lyon.", "38"),
])
def test_a_small_namesake_needs_the_text_to_place_it(resources: Resources, text: str,
                                                     department: str) -> None:
    name = "Vienne" if "Vienne" in text else "Saint-Ouen" if "Saint-Ouen" in text \
        else "Montreuil"
    assert _place(enrich(resources, text), name)["department"] == department


@pytest.mark.parametrize(("short", "commune", "insee"), [
    ("Montreuil", "Montreuil-sur-Mer", "62588"),
    ("Cherbourg", "Cherbourg-en-Cotentin", "50129"),
    ("Saint-Ouen", "Saint-Ouen-sur-Seine", "93070"),
])
def test_the_name_a_town_goes_by_is_that_commune(short: str, commune: str,
                                                  insee: str) -> None:
    gazetteer = shipped()
    full = gazetteer.candidates(commune)
    assert [p.insee for p in full] == [insee]
    assert any(p.id == full[0].id and p.insee == insee for p in gazetteer.candidates(short))


def test_metonymy_bench_reads_the_city_not_the_institution_around_it(
        resources: Resources) -> None:
    """bench/metonymy.py counted "les hôpitaux de Berlin" as Berlin's government: the
    institution's span covers the city's (22/24 where the docs say 24/24)."""
    spec = importlib.util.spec_from_file_location("bench_metonymy",
                                                  ROOT / "bench" / "metonymy.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    from veille.enrich.stage import pipeline
    run = pipeline(resources)
    assert bench.reading(run, "Les hôpitaux de Berlin sont saturés.", "Berlin") == "place"
    assert bench.reading(run, "La mairie de Bruxelles a fermé trois tunnels.",
                         "Bruxelles") == "place"
    assert bench.reading(run, "La réponse de Washington est attendue.", "Washington") == "gov"


def _place_ids(section: dict[str, object]) -> set[str]:
    places = section["places"]
    assert isinstance(places, list)
    return {str(p["id"]) for p in places}


@pytest.mark.parametrize("text", [
    "Exposition\n\nLa Réunion des musées nationaux a présenté son bilan. La RMN a accueilli "
    "trois millions de visiteurs.",
    "Bilan\n\nLa Réunion des musées nationaux - Grand Palais (RMN-GP) a accueilli trois "
    "millions de visiteurs, selon la RMN.",
    "Santé\n\nL'examen par résonance magnétique nucléaire (RMN) est indolore. La RMN dure "
    "vingt minutes.",
])
def test_rmn_is_not_la_reunion(resources: Resources, text: str) -> None:
    assert "iso3166:RE" not in _place_ids(enrich(resources, text))


def test_an_acronym_is_no_place_unless_the_alias_table_says_so(resources: Resources) -> None:
    """"CHU" and "INA" are also the names of Chũ (Viet Nam) and Ina (Japan) in the
    gazetteer: an acronym is not matched against its names; "RDC" and "USA", which the
    alias table gives a country's id, stay places, and a dateline's town in capitals too."""
    section = enrich(resources, "Santé\n\nAu CHU, les urgences débordent. Le CHU a recruté "
                                "et l'INA a filmé.")
    assert not any(p["country"] in ("VN", "JP") for p in section["places"])  # type: ignore[attr-defined,index]
    ids = _place_ids(enrich(resources, "Afrique\n\nLa RDC et les USA ont signé un accord."))
    assert {"iso3166:CD", "Q30"} <= ids
    dateline = enrich(resources, "Politique\n\nPAU (AFP) - Le maire a démissionné mardi.")
    assert _place(dateline, "PAU")["insee"] == "64445"


def test_la_reunion_in_time_stays_the_island(resources: Resources) -> None:
    section = enrich(resources, "Outre-mer\n\nLa Réunion des années 1980 était plus rurale.")
    assert "iso3166:RE" in _place_ids(section)


def test_a_named_country_places_a_smaller_namesake_abroad(resources: Resources) -> None:
    """rpm2 T01_C2_01 (read while measuring): Victoria beside the Seychelles is their
    capital (22,881), not Hong Kong's Victoria (956,800), whose country the text does not
    name."""
    section = enrich(resources, "Voyage\n\nDerrière les murs de l'hôpital de Victoria, elle "
                                "a donné naissance à sa fille aux Seychelles.")
    assert _place(section, "Victoria")["country"] == "SC"


def test_an_acronym_needs_the_alias_written_so(resources: Resources) -> None:
    """rpm2 T06_C2_01 (read while measuring): "LE PARI olympique" matched the alias "Pari"
    (Paris in another language) through case folding; an acronym-shaped word is a place
    only where the alias table or the gazetteer writes it so."""
    section = enrich(resources, "Sport\n\nLE PARI olympique de la Chine est gagné.")
    assert "Q90" not in _place_ids(section)

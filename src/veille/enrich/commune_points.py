"""Communes' points checked against their département's extent.

A commune's town hall lies in its département, so a point outside the département's
bounding box is a data error: the DILA town-hall locations shipped in
``enrich/data/communes.tsv.gz`` put Chelles (Seine-et-Marne) in the Vexin, 50 km west of
its département, Le Pré-Saint-Gervais (Seine-Saint-Denis) in the Yvelines, and give some
Guadeloupe communes a positive longitude (issue 16: a place shown at the wrong spot, and a
GeoNames namesake no longer joined to its commune).

No département outline ships with veille, so the extent is read from the communes
themselves, robustly: the bounding box of the communes with at least
``NEIGHBOURS`` other communes of their département within ``NEIGHBOUR_KM`` (a commune
put far away has none there), widened by ``MARGIN_KM`` (the last commune on a coast or a
border lies a little outside the box of its inland neighbours: Ouessant, L'Île-d'Yeu).
A département where fewer than half the communes (or fewer than ``NEIGHBOURS + 1``) are
so surrounded (Paris, French Guiana's sparse communes) has no extent: its points are not
checked. Veille's
rule, checked on the whole table (``tests/enrich/test_commune_points.py``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

NEIGHBOUR_KM = 20.0
"""How near (town hall to town hall) another commune of the département must be to count
as a neighbour, at most: ``SPACING`` times the département's median distance from a
commune to its nearest one where that is less (Seine-Saint-Denis' communes lie 2 km
apart, the Lozère's 5; a point put 14 km outside Seine-Saint-Denis still has neighbours
within 20 km)."""
SPACING = 5.0
NEIGHBOURS = 3
"""How many neighbours a commune needs for its point to shape its département's extent."""
MARGIN_KM = 20.0
"""How far outside the box of its well-surrounded communes a point may lie (islands and
border communes: Saintes-Maries-de-la-Mer, La Désirade), at most: ``MARGIN_SHARE`` of the
box's shorter side where that is less (a small département, Seine-Saint-Denis, whose
neighbours' points would otherwise pass)."""
MARGIN_SHARE = 0.35
CHECKED = {
    "97110": "La Désirade, an island 10 km east of Grande-Terre (16.30 N, 61.09 W)",
}
"""Points outside their département's extent that are right (checked by hand against the
commune's known position), by INSEE code: the row is flagged, not changed."""
_KM_PER_DEGREE = 111.2
_CELL = NEIGHBOUR_KM / _KM_PER_DEGREE


@dataclass(frozen=True, slots=True)
class Extent:
    """A bounding box in degrees (WGS84): latitudes ``south``..``north``, longitudes
    ``west``..``east``."""

    south: float
    north: float
    west: float
    east: float

    def holds(self, lat: float, lon: float) -> bool:
        """Whether the point (degrees) lies in the box."""
        return self.south <= lat <= self.north and self.west <= lon <= self.east


@dataclass(frozen=True, slots=True)
class CommunePoint:
    """A commune's INSEE code, département code and town-hall point (degrees)."""

    insee: str
    department: str
    lat: float
    lon: float


def _km(a: CommunePoint, b: CommunePoint) -> float:
    dlat = b.lat - a.lat
    dlon = (b.lon - a.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    return _KM_PER_DEGREE * math.hypot(dlat, dlon)


def _distances(points: list[CommunePoint]) -> list[list[float]]:
    """For each point, its distances (km) to the others within ``NEIGHBOUR_KM`` (a grid of
    cells that size keeps the search to the cells around each point)."""
    grid: dict[tuple[int, int], list[CommunePoint]] = {}
    for p in points:
        grid.setdefault((math.floor(p.lat / _CELL), math.floor(p.lon / _CELL)), []).append(p)
    out = []
    for p in points:
        row, col = math.floor(p.lat / _CELL), math.floor(p.lon / _CELL)
        # a degree of longitude is shorter than one of latitude: look further east-west
        reach = max(1, math.ceil(1 / max(math.cos(math.radians(p.lat)), 0.1)))
        near = [d for dr in (-1, 0, 1) for dc in range(-reach, reach + 1)
                for q in grid.get((row + dr, col + dc), []) if q is not p
                for d in (_km(p, q),) if d <= NEIGHBOUR_KM]
        out.append(near)
    return out


def _surrounded(points: list[CommunePoint]) -> list[CommunePoint]:
    """The points with ``NEIGHBOURS`` others within the département's neighbour radius
    (``NEIGHBOUR_KM``, ``SPACING``)."""
    distances = _distances(points)
    nearest = sorted(min(d) for d in distances if d)
    if not nearest:
        return []
    radius = min(NEIGHBOUR_KM, SPACING * nearest[len(nearest) // 2])
    return [p for p, near in zip(points, distances, strict=True)
            if sum(d <= radius for d in near) >= NEIGHBOURS]


def usable(lat: float | None, lon: float | None) -> bool:
    """Whether a latitude and longitude are a point on Earth (not missing, not NaN)."""
    return lat is not None and lon is not None and math.isfinite(lat) and \
        math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180


def department_extents(points: Iterable[CommunePoint]) -> dict[str, Extent]:
    """Each département's extent (see the module's docstring) from its communes' points;
    a département without enough well-surrounded communes is absent."""
    by_department: dict[str, list[CommunePoint]] = {}
    for p in points:
        if usable(p.lat, p.lon):
            by_department.setdefault(p.department, []).append(p)
    extents = {}
    for department, members in by_department.items():
        core = _surrounded(members)
        if len(core) <= NEIGHBOURS or 2 * len(core) < len(members):
            continue
        south, north = min(p.lat for p in core), max(p.lat for p in core)
        west, east = min(p.lon for p in core), max(p.lon for p in core)
        shrink = max(math.cos(math.radians(max(abs(south), abs(north)))), 0.1)
        shorter = min(north - south, (east - west) * shrink) * _KM_PER_DEGREE
        dlat = min(MARGIN_KM, MARGIN_SHARE * shorter) / _KM_PER_DEGREE
        dlon = dlat / shrink
        extents[department] = Extent(south - dlat, north + dlat, west - dlon, east + dlon)
    return extents


def misplaced(points: Iterable[CommunePoint]) -> list[CommunePoint]:
    """The points outside their département's extent, or not a point on Earth (NaN);
    those of :data:`CHECKED` aside."""
    points = list(points)
    extents = department_extents(points)
    out = []
    for p in points:
        if p.insee in CHECKED:
            continue
        extent = extents.get(p.department)
        if not usable(p.lat, p.lon) or (extent is not None and not extent.holds(p.lat, p.lon)):
            out.append(p)
    return out

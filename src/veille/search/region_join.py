"""The join of ISO 3166-2 regions to GeoNames' numbered first-level codes, told from the
shipped gazetteer alone, for the countries ``region_codes.tsv`` does not pair by hand
(Japan's prefectures, Mexico's states, Poland's voivodeships, Portugal's districts,
Turkey's provinces ...), and the first-level code of a place that carries none (an island
of ``islands_ports.tsv``: Tenerife, Majorque).

A city of ``gazetteer.tsv`` carries GeoNames' code (Kobe "13"), the region rows ISO's id
and no code (iso3166-2:JP-28 Hyogo): without a join ``place:Hyogo`` found no article
placed in Kobe (issue 16, h-regions54's "still wrong"). Two readings of the data, both
checked against each other, no list per country:

1. **Namesakes.** A region named like a city of its country (Coimbra, Oaxaca, Kyoto)
   holds that city: the city's code is the region's.
2. **Alphabetical gaps.** GeoNames' numbered codes are the old FIPS 10-4 codes, given in
   the alphabetical order of the regions' names (Japan: 12 Hokkaido, 13 Hyogo, 14
   Ibaraki). The namesakes that keep that order (the longest increasing run) are kept;
   between two of them, when as many unpaired codes lie between their codes as regions
   between their names, the regions take the codes in order. A gap whose counts differ
   (a region added or renamed since: "Ciudad de México") is left unpaired, and a
   namesake out of order is dropped ("México" the state is not Mexico City's "09").
   A country with no namesake is joined only when its regions and its codes are exactly
   as many and all consecutive (Poland: 16 voivodeships, codes 72-87).
"""

from __future__ import annotations

import bisect
import math
from importlib import resources

from veille.collector import built_once
from veille.enrich.text import fold


def _rows(name: str) -> list[list[str]]:
    data = resources.files("veille.enrich").joinpath("data").joinpath(name)
    return [line.split("\t") for line in data.read_text("utf-8").splitlines()
            if line and not line.startswith("#")]


_LETTERS = str.maketrans("łøıđħŀ", "loidhl")
"""Latin letters Unicode does not decompose, read as their base letter to sort names
("Łódzkie" between "Kujawsko-Pomorskie" and "Lubelskie", as GeoNames numbers them)."""


def _sort_key(name: str) -> str:
    return fold(name).translate(_LETTERS)


@built_once
def _hand_paired() -> frozenset[str]:
    """The countries ``region_codes.tsv`` pairs by hand."""
    return frozenset(f[1] for f in _rows("region_codes.tsv") if len(f) >= 2)


def _longest_increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of ``(position, code)`` pairs (sorted by position) whose codes
    increase strictly."""
    best: list[list[tuple[int, int]]] = []
    for pair in pairs:
        runs = [run for run in best if run[-1][1] < pair[1]]
        best.append([*max(runs, key=len, default=[]), pair])
    return max(best, key=len, default=[])


def _join_country(regions: dict[str, list[str]], codes: set[str],
                  city_codes: dict[str, set[str]]) -> dict[str, str]:
    """ISO id → GeoNames code for one country (see the module's docstring): ``regions``
    ISO id → its names (the local one last), ``codes`` the codes its cities carry,
    ``city_codes`` folded city name → codes."""
    if not codes or not all(c.isdigit() for c in codes):
        return {}
    order = sorted(regions, key=lambda pid: _sort_key(regions[pid][-1]))
    namesakes: dict[str, str] = {}
    for pid in order:
        found = {c for name in regions[pid] for c in city_codes.get(fold(name), ())}
        if len(found) == 1:
            namesakes[pid] = found.pop()
    taken = list(namesakes.values())
    pairs = sorted((order.index(pid), int(code)) for pid, code in namesakes.items()
                   if taken.count(code) == 1)
    anchors = _longest_increasing(pairs)
    numbers = sorted(int(c) for c in codes)
    width = len(min(codes, key=len))
    if not anchors:
        if len(numbers) == len(order) and numbers[-1] - numbers[0] == len(order) - 1:
            return {pid: str(n).zfill(width) for pid, n in zip(order, numbers, strict=True)}
        return {}
    joined = {order[i]: str(code).zfill(width) for i, code in anchors}
    bounds = [(-1, numbers[0] - 1), *anchors, (len(order), numbers[-1] + 1)]
    for (i, low), (j, high) in zip(bounds, bounds[1:], strict=False):
        between = numbers[bisect.bisect_right(numbers, low):bisect.bisect_left(numbers, high)]
        names = order[i + 1:j]
        if names and len(between) == len(names) == high - low - 1:
            joined.update({pid: str(n).zfill(width) for pid, n in zip(names, between, strict=True)})
    return joined


@built_once
def joined_region_codes() -> tuple[tuple[str, str, str], ...]:
    """``(ISO 3166-2 id, country, GeoNames admin1)`` of the regions of ``gazetteer.tsv``
    that carry no code, in the countries ``region_codes.tsv`` leaves out, joined as the
    module's docstring says: ("iso3166-2:JP-28", "JP", "13")."""
    regions: dict[str, dict[str, list[str]]] = {}
    codes: dict[str, set[str]] = {}
    cities: dict[str, dict[str, set[str]]] = {}
    for f in _rows("gazetteer.tsv"):
        if len(f) < 5:
            continue
        if f[2] == "region" and not f[4] and f[0].startswith("iso3166-2:"):
            regions.setdefault(f[3], {}).setdefault(f[0], []).append(f[1])
        elif f[2] in ("city", "capital") and f[4]:
            codes.setdefault(f[3], set()).add(f[4])
            cities.setdefault(f[3], {}).setdefault(fold(f[1]), set()).add(f[4])
    out: list[tuple[str, str, str]] = []
    for country in sorted(set(regions) - _hand_paired()):
        joined = _join_country(regions[country], codes.get(country, set()),
                               cities.get(country, {}))
        out.extend((pid, country, code) for pid, code in sorted(joined.items()))
    return tuple(out)


NEAREST_KM = 60.0
"""Distance within which the nearest city's first-level code is a code-less place's
(an island's towns lie on it: Tenerife 20 km from Santa Cruz de Tenerife)."""


@built_once
def _located_cities() -> dict[str, tuple[tuple[float, float, str], ...]]:
    """``(lat, lon, admin1)`` of the gazetteer's cities by country."""
    out: dict[str, list[tuple[float, float, str]]] = {}
    for f in _rows("gazetteer.tsv"):
        if len(f) >= 7 and f[2] in ("city", "capital") and f[4]:
            try:
                out.setdefault(f[3], []).append((float(f[5]), float(f[6]), f[4]))
            except ValueError:
                continue
    return {country: tuple(rows) for country, rows in out.items()}


def nearest_admin1(country: str, lat: float | None, lon: float | None) -> str:
    """The GeoNames first-level code of the gazetteer city of ``country`` nearest to the
    point, when it lies within ``NEAREST_KM``; "" otherwise (no point, no city near: a
    place far out at sea keeps no region)."""
    if lat is None or lon is None:
        return ""
    best, code = NEAREST_KM, ""
    for clat, clon, admin1 in _located_cities().get(country, ()):
        dy = (clat - lat) * 111.2
        dx = (clon - lon) * 111.2 * math.cos(math.radians(lat))
        km = math.hypot(dx, dy)
        if km < best:
            best, code = km, admin1
    return code

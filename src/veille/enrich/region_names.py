"""The English and French names of the first-level divisions outside France.

A region is stored under the article's spelling ("Toscana", "Bayern", "Andalucía"), which
``veille places --json`` and ``/api/v1/places`` gave as its ``english_name`` and
``french_name`` too (t-check66 F6: Tuscany was "Toscana" in both). The shipped data holds
both exonyms, nothing is fetched:

- English: ``region_codes.tsv``'s last column, GeoNames' ``admin1CodesASCII`` English
  name ("Tuscany", "Lombardy", "Andalusia", "Catalonia", "Bavaria"; CC BY 4.0), for the
  divisions GeoNames numbers (Germany, Austria, Italy, Spain, Australia, Brazil, Canada,
  the Netherlands, Greece) (:func:`region_english_names`);
- French: ``gazetteer.tsv``'s first row of each ``iso3166-2:`` division, which
  ``scripts/gen_enrich_data.py`` (``subdivisions``) writes French first: its hand-kept
  ``REGION_FRENCH``, else ISO 3166-2's French translation (pycountry, LGPL 2.1):
  "Toscane", "Lombardie", "Andalousie", "Catalogne", "Bavière"
  (:func:`region_french_names`).
"""

from __future__ import annotations

from importlib import resources

from veille.collector import built_once

REGION_CODES = "region_codes.tsv"
GAZETTEER = "gazetteer.tsv"


def parse_region_english(text: str) -> dict[str, str]:
    """``id -> English name`` of ``region_codes.tsv``'s ``id<TAB>country<TAB>admin1<TAB>
    english`` lines (comments, blank and short lines skipped)."""
    names: dict[str, str] = {}
    for line in text.splitlines():
        fields = line.split("\t")
        if len(fields) >= 4 and not line.startswith("#") and fields[3].strip():
            names[fields[0].strip()] = fields[3].strip()
    return names


def parse_region_french(text: str) -> dict[str, str]:
    """``id -> name`` of the first ``gazetteer.tsv`` row (id, name, kind, country, …) of
    each ``iso3166-2:`` division outside France (French first: module docstring)."""
    names: dict[str, str] = {}
    for line in text.splitlines():
        fields = line.split("\t")
        if len(fields) >= 4 and fields[0].startswith("iso3166-2:") and \
                fields[3] != "FR" and fields[1].strip():
            names.setdefault(fields[0], fields[1].strip())
    return names


def _data(name: str) -> str:
    return resources.files("veille.enrich").joinpath("data").joinpath(name) \
        .read_text("utf-8")


@built_once
def region_english_names() -> dict[str, str]:
    """``id -> English name`` of the divisions of ``region_codes.tsv`` that the gazetteer
    holds (read once; "Amazonas", BR-AM, shared by two countries, is no gazetteer row)."""
    held = region_french_names()
    return {k: v for k, v in parse_region_english(_data(REGION_CODES)).items() if k in held}


@built_once
def region_french_names() -> dict[str, str]:
    """``id -> French name`` of the divisions of ``gazetteer.tsv`` (read once)."""
    return parse_region_french(_data(GAZETTEER))

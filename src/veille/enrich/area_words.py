"""The countries an article's dateline credit and its regional adjectives name, for its
places' homonyms (issue 16, f-places25).

"SION (ATS) - Le Grand Conseil valaisan …" was read as Sion in the Gers (a village of a
few hundred) although two words of the text say Switzerland: the credit of a national
news agency, which datelines at home as a rule, and the adjective of a canton. A French
homonym's prior (the source's country, France) then outweighed a town the gazetteer only
offers where the article is about its country (``minor_towns``). Here:

- :func:`credited_countries`: the country of the national agency an opening dateline
  credits ("(Keystone-ATS)", "(Belga)", "(La Presse Canadienne)", "(MAP)"; read with
  extraction's dateline reader, :func:`veille.extract.datelines.dateline_credit`). An
  agency of two countries' press (APS is Algérie Presse Service and the Agence de presse
  sénégalaise) names both; the world agencies (AFP, Reuters, AP), which dateline
  everywhere, name none;
- :func:`adjective_countries`: the country of a region, canton or province whose
  adjective the text writes ("valaisan", "vaudoise", "bruxellois", "québécoise",
  "hennuyer"). Unlike a country's demonym (:mod:`veille.enrich.place_context`), one is
  enough: a person's nationality is seldom written with a canton's adjective, and the
  adjective of a region names the place the news is about. Adjectives shared with a
  French area are left out ("jurassien": the Jura; "flamand": French Flanders too;
  "catalan", "basque", "savoyard").

Both tables are veille's own lists, written by hand from the agencies' own names and the
usual French adjectives of the areas (not from any benchmark's texts).
"""

from __future__ import annotations

import re

from veille.collector import built_once
from veille.dedup.regions import demonym_forms
from veille.enrich.text import fold
from veille.extract.datelines import dateline_credit

AGENCY_COUNTRIES: dict[str, tuple[str, ...]] = {
    "ats": ("CH",), "keystone-ats": ("CH",), "keystone ats": ("CH",), "sda": ("CH",),
    "keystone-sda": ("CH",), "belga": ("BE",), "la presse canadienne": ("CA",),
    "presse canadienne": ("CA",), "pc": ("CA",), "cp": ("CA",),
    "aps": ("DZ", "SN"), "map": ("MA",), "tap": ("TN",), "aip": ("CI",), "aib": ("BF",),
    "acp": ("CD",), "agp": ("GN",), "anp": ("NE",), "amap": ("ML",), "ami": ("MR",),
    "atop": ("TG",), "abp": ("BJ",), "ansa": ("IT",), "efe": ("ES",), "lusa": ("PT",),
}
"""Folded name of a national news agency (as a dateline credits it) -> the ISO codes of
the countries whose press it is: Keystone-ATS (Switzerland), Belga (Belgium), La Presse
Canadienne (Canada), APS (Algérie Presse Service, and the Agence de presse sénégalaise),
MAP (Maghreb Arabe Presse, Morocco), TAP (Tunis Afrique Presse), AIP (Agence ivoirienne
de presse), AIB (Burkina Faso), ACP (Agence congolaise de presse, DR Congo), AGP
(Guinea), ANP (Niger), AMAP (Mali), AMI (Mauritania), ATOP (Togo), ABP (Benin), ANSA
(Italy), EFE (Spain), Lusa (Portugal). Left out: APA (the Austria Presse Agentur and the
Agence de presse africaine), and the world agencies."""

AREA_ADJECTIVES: dict[str, str] = {
    # Swiss cantons
    "valaisan": "CH", "vaudois": "CH", "genevois": "CH", "fribourgeois": "CH",
    "neuchatelois": "CH", "tessinois": "CH", "bernois": "CH", "zurichois": "CH",
    "balois": "CH", "lucernois": "CH", "grison": "CH", "saint-gallois": "CH",
    "argovien": "CH", "thurgovien": "CH", "soleurois": "CH", "schaffhousois": "CH",
    "zougois": "CH", "glaronais": "CH", "appenzellois": "CH", "schwytzois": "CH",
    # Belgian regions, provinces and cities
    "bruxellois": "BE", "wallon": "BE", "liegeois": "BE", "namurois": "BE",
    "hennuyer|hennuyere|hennuyers|hennuyeres": "BE", "anversois": "BE", "gantois": "BE",
    "brugeois": "BE", "louvaniste": "BE", "carolo": "BE", "carolorégien": "BE",
    "arlonais": "BE", "tournaisien": "BE",
    # Canadian provinces and cities
    "quebecois": "CA", "montrealais": "CA", "ontarien": "CA", "acadien": "CA",
    "terre-neuvien": "CA", "manitobain": "CA", "albertain": "CA",
    "neo-brunswickois": "CA", "neo-ecossais": "CA", "gatinois": "CA",
    # North and West African regions and cities
    "algerois": "DZ", "oranais": "DZ", "constantinois": "DZ", "casablancais": "MA",
    "tangerois": "MA", "marrakchi": "MA", "abidjanais": "CI", "dakarois": "SN",
    "tunisois": "TN", "ouagalais": "BF", "kinois": "CD",
}
"""Folded masculine singular adjective of an area abroad (or ``"m|f|mp|fp"``, irregular;
its other forms by :func:`veille.dedup.regions.demonym_forms`) -> the ISO code of the
area's country ("gatinois" is Gatineau's; the Gâtinais' adjective is "gâtinais")."""

_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SPLIT = re.compile(r"\s*(?:/|,|\bet\b|\band\b)\s*")
FIRST_BLOCKS = 3
"""How many blocks of the text (headline first) an opening dateline may open."""


def _forms(entry: str) -> list[str]:
    """The folded forms of an adjective entry: :func:`demonym_forms`'s, and the doubled
    n of the feminine of "-an"/"-on" ("valaisanne", "grisonnes")."""
    forms = demonym_forms(fold(entry))
    if "|" not in entry and entry.endswith(("an", "on")):
        forms += [fold(entry) + "ne", fold(entry) + "nes"]
    return forms


@built_once
def _adjectives() -> dict[str, str]:
    table: dict[str, str] = {}
    for entry, code in AREA_ADJECTIVES.items():
        for form in _forms(entry):
            table[form] = code
    return table


def credited_countries(text: str) -> set[str]:
    """The countries of the national agencies (:data:`AGENCY_COUNTRIES`) the dateline
    opening one of the first ``FIRST_BLOCKS`` blocks of ``text`` (blocks split at blank
    lines) credits: "SION (ATS) - …" -> ``{"CH"}``, "ALGER, 2 déc (APS/AFP) - …" ->
    ``{"DZ", "SN"}``; empty when no such dateline."""
    out: set[str] = set()
    for block in text.split("\n\n")[:FIRST_BLOCKS]:
        found = dateline_credit(block.strip())
        if found is None:
            continue
        for name in _SPLIT.split(fold(found[0]).strip()):
            out.update(AGENCY_COUNTRIES.get(name.strip(), ()))
    return out


def adjective_countries(text: str) -> set[str]:
    """The countries of the areas abroad whose adjectives ``text`` writes
    (:data:`AREA_ADJECTIVES`): "le Grand Conseil valaisan" -> ``{"CH"}``."""
    table = _adjectives()
    return {code for token in _TOKEN.findall(fold(text)) if (code := table.get(token))}

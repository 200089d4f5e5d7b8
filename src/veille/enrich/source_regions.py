"""The region an outlet is published in, read from its domain, its URL's first path
segment and its name: a prior for the ambiguous commune names it prints.

A local outlet names the communes of its own area without saying where they lie: to
Zinfos974 (La Réunion), "la maire de Saint-Denis" is Saint-Denis (97411), not the
Seine-Saint-Denis's; to Ouest-France, "Sainte-Marie" is the Ille-et-Vilaine's, not La
Réunion's (f-places27). :func:`source_areas` gives the ``(country, admin1)`` pairs of the
gazetteer's places (:class:`veille.enrich.places.Place`) that an outlet is at home in:

- France's overseas territories, from the ISO 3166 country-code top-level domain the
  territory has (IANA root zone: ``.re``, ``.mq``, ``.gp``, ``.gf``, ``.yt``, ``.nc``,
  ``.pf``, ``.pm``, ``.wf``, ``.bl``, ``.mf``), from the INSEE territory code written in a
  word of the domain or name ("zinfos974": 971–976, 975, 977, 978, 986–988; INSEE, Code
  officiel géographique), or from the territory's name there ("Martinique la 1ère",
  "France-Guyane", "Tahiti Infos", "Les Nouvelles calédoniennes");
- metropolitan France's regions, from a region's name in the domain, path or name
  ("france3-regions…/bretagne", "France Bleu Alsace" through the historic region names
  folded into today's) and from the domains of the regional dailies
  (:data:`REGIONAL_DAILIES`: the départements each title's local editions cover, as the
  titles present them, written by hand for veille; not checked here against a published
  list, as no network was at hand).

- any other country's first-level subdivision (ISO 3166-2, the shipped ``provinces.tsv``)
  whose name is a word of the outlet's name or domain ("Shropshire Star", "CumbriaCrack",
  "Cornwall Live" → England; f-places32), when that name belongs to one country's
  subdivisions only, and that country is the domain's own when the domain has a country
  code ("thenorthernecho.co.uk" can name no Zambian province). A ".com" English outlet
  otherwise gives no country, and "Penrith" (Cumbria's 16,700, New South Wales's 13,300)
  was left unresolved.

The places resolver (:func:`veille.enrich.places.resolve_places`) adds ``SOURCE_REGION``
to a commune in one of these areas: a prior that decides between namesakes of like size
and lets a commune of the outlet's region beat one up to a hundred times larger, never
one the text places elsewhere.
"""

from __future__ import annotations

import re
from importlib import resources
from urllib.parse import urlsplit

from veille.collector import built_once
from veille.enrich.text import fold

Area = tuple[str, str]
"""A gazetteer place's ``(country, admin1)``: ("FR", "53") Bretagne, ("RE", "RE") La
Réunion (GeoNames files an overseas département under its own ISO code)."""

_OVERSEAS: dict[str, tuple[Area, ...]] = {
    "RE": (("RE", "RE"),), "MQ": (("MQ", "MQ"),), "GP": (("GP", "GP"),),
    "GF": (("GF", "GF"),), "YT": (("YT", "YT"), ("YT", "")),
    "NC": (("NC", "01"), ("NC", "02"), ("NC", "03")), "PF": (("PF", "01"), ("PF", "")),
    "PM": (("PM", ""),), "WF": (("WF", ""),), "BL": (("BL", ""),), "MF": (("MF", ""),)}
"""Each overseas territory's ISO code → the ``(country, admin1)`` pairs its communes carry
in the gazetteer (New Caledonia's three provinces; Mayotte's and Polynesia's communes
with or without a first-level code)."""

_ZONE_TERRITORY = {"Indian/Reunion": "RE", "America/Martinique": "MQ",
                   "America/Guadeloupe": "GP", "America/Cayenne": "GF",
                   "Indian/Mayotte": "YT", "Pacific/Noumea": "NC", "Pacific/Tahiti": "PF",
                   "America/Miquelon": "PM", "Pacific/Wallis": "WF",
                   "America/St_Barthelemy": "BL", "America/Marigot": "MF"}
"""The IANA zone of each overseas territory (tzdata's zone.tab) → its ISO 3166 code: an
outlet veille's table homes in one by its name alone ("Clicanoo", a masthead over a capture
with no address) is at home there (t-final55b A3: its "Saint-Denis" was read as Seine-Saint-
Denis though its times were read on La Réunion's clock)."""

_TERRITORY_CODES = {"971": "GP", "972": "MQ", "973": "GF", "974": "RE", "976": "YT",
                    "975": "PM", "977": "BL", "978": "MF", "986": "WF", "987": "PF",
                    "988": "NC"}
"""INSEE's territory codes (COG) → ISO 3166 codes."""

_NAMES: dict[str, tuple[str, ...]] = {
    "RE": ("reunion",), "MQ": ("martinique",), "GP": ("guadeloupe",),
    "GF": ("guyane",), "YT": ("mayotte",), "NC": ("caledonie", "caledonien", "caledonienne",
                                                    "caledoniennes", "caledoniens"),
    "PF": ("polynesie", "tahiti"), "PM": ("miquelon",),
    "53": ("bretagne", "breizh"), "52": ("pays de la loire", "vendee", "anjou"),
    "28": ("normandie",), "32": ("hauts de france", "picardie", "nord pas de calais"),
    "44": ("grand est", "alsace", "lorraine", "champagne ardenne"),
    "27": ("bourgogne franche comte", "bourgogne", "franche comte"),
    "24": ("centre val de loire",), "11": ("ile de france",),
    "75": ("nouvelle aquitaine", "aquitaine", "limousin", "poitou charentes"),
    "76": ("occitanie", "languedoc", "midi pyrenees"),
    "84": ("auvergne rhone alpes", "auvergne"),
    "93": ("provence alpes cote d azur", "provence", "cote d azur", "paca"),
    "94": ("corse",)}
"""Names (folded, words) that put an outlet in a territory (ISO code) or a metropolitan
region (INSEE region code): the territories' and regions' names (INSEE, COG) and the
historic regions merged into today's in 2016 (loi n° 2015-29), which outlets still bear
("France Bleu Alsace", "Ici Picardie"). "974" stands for La Réunion inside a word too
("Zinfos974")."""

REGIONAL_DAILIES: dict[str, tuple[str, ...]] = {
    "ouest-france.fr": ("53", "52", "28"), "letelegramme.fr": ("53",),
    "presse-ocean.fr": ("52",), "courrierdelouest.fr": ("52",),
    "paris-normandie.fr": ("28",), "lamanchelibre.fr": ("28",),
    "lavoixdunord.fr": ("32",), "courrier-picard.fr": ("32",), "nordlittoral.fr": ("32",),
    "lunion.fr": ("44", "32"), "dna.fr": ("44",), "lalsace.fr": ("44",),
    "estrepublicain.fr": ("44", "27"), "republicain-lorrain.fr": ("44",),
    "vosgesmatin.fr": ("44",), "lest-eclair.fr": ("44",), "lardennais.fr": ("44",),
    "bienpublic.com": ("27",), "lejsl.com": ("27",), "lyonne.fr": ("27",),
    "leprogres.fr": ("84", "27"), "ledauphine.com": ("84", "93"), "lamontagne.fr": ("84", "75"),
    "lessor.fr": ("84",), "leveil.fr": ("84",),
    "lanouvellerepublique.fr": ("24", "75"), "larep.fr": ("24",), "leberry.fr": ("24",),
    "lechorepublicain.fr": ("24",), "sudouest.fr": ("75",), "charentelibre.fr": ("75",),
    "lepopulaire.fr": ("75",), "larepubliquedespyrenees.fr": ("75",),
    "ladepeche.fr": ("76",), "midilibre.fr": ("76",), "lindependant.fr": ("76",),
    "centrepresseaveyron.fr": ("76",), "laprovence.com": ("93",), "nicematin.com": ("93",),
    "varmatin.com": ("93",), "corsematin.com": ("94",), "leparisien.fr": ("11",)}
"""The domains of the regional dailies → the INSEE codes of the regions their local
editions cover (hand-written for veille from the titles' editions as they present them; a
title covering a few départements of a neighbouring region lists that region too: Le
Dauphiné libéré's Hautes-Alpes and Vaucluse, La Montagne's Corrèze and Creuse). A domain
missing here gives no prior, which is the behaviour before f-places27."""

_CODE_IN_WORD = re.compile(r"(?<!\d)(97[1-8]|98[678])(?!\d)")


def _words(text: str) -> str:
    return " " + " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text).lower()).split()) + " "


_TLD_COUNTRY = {"UK": "GB"}
"""Country-code top-level domains whose ISO 3166 code differs (IANA: ``.uk`` is GB)."""


@built_once
def _subdivisions() -> dict[str, frozenset[Area]]:
    """Folded subdivision names (5 letters or more) of the shipped ``provinces.tsv`` (ISO
    3166-2 through pycountry) → the areas of the one country they name; a name two
    countries' subdivisions share ("Northern", "Centre") is left out."""
    rows = resources.files("veille.enrich").joinpath("data", "provinces.tsv").read_text("utf-8")
    seen: dict[str, set[Area]] = {}
    for line in rows.splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 5 or cols[3] == "FR":
            continue
        key = _words(cols[1]).strip()
        if len(key.replace(" ", "")) >= 5:
            seen.setdefault(key, set()).add((cols[3], cols[4]))
    return {k: frozenset(v) for k, v in seen.items() if len({c for c, _ in v}) == 1}


def _subdivision_areas(hosts: set[str], name: str) -> set[Area]:
    """The areas of the subdivisions an outlet's name or domain names (module docstring)."""
    tlds = {h.rsplit(".", 1)[-1].upper() for h in hosts if "." in h}
    own = {_TLD_COUNTRY.get(t, t) for t in tlds if len(t) == 2}
    words = _words(" ".join([name, *(h.rsplit(".", 1)[0] for h in hosts)]))
    squeezed = _words(" ".join(hosts)).replace(" ", "")
    out: set[Area] = set()
    for key, areas in _subdivisions().items():
        country = next(iter(areas))[0]
        if own and country not in own:
            continue
        if f" {key} " in words or (len(key) >= 7 and key.replace(" ", "") in squeezed):
            out.update(areas)
    return out


def source_areas(site: str, name: str = "", url: str = "") -> frozenset[Area]:
    """The ``(country, admin1)`` pairs an outlet is at home in (rules in the module's
    docstring), from its domain ``site`` ("zinfos974.com"), its ``name`` ("Martinique la
    1ère") and its article's ``url`` (host and first path segment); empty when none says
    (a national outlet, a ".com" without a region's name). Never raises."""
    parts = urlsplit(url) if "//" in url else None
    host = (parts.hostname or "") if parts else ""
    hosts = {h.lower().removeprefix("www.") for h in (site, host) if h and " " not in h}
    first = (parts.path.strip("/").split("/", 1)[0] if parts else "")
    found: set[str] = set()
    for h in hosts:
        tld = h.rsplit(".", 1)[-1].upper() if "." in h else ""
        if tld in _OVERSEAS:
            found.add(tld)
        for domain, regions in REGIONAL_DAILIES.items():
            if h == domain or h.endswith("." + domain):
                found.update(regions)
    said = " ".join([*(h.rsplit(".", 1)[0] for h in hosts), first, name])
    for code in _CODE_IN_WORD.findall(said):
        found.add(_TERRITORY_CODES.get(code, ""))
    words = _words(said)
    squeezed = words.replace(" ", "")
    for key, names in _NAMES.items():
        if any(f" {n} " in words or (len(n) >= 6 and n.replace(" ", "") in squeezed)
               for n in names):
            found.add(key)
    if not found and name and not any("." in h for h in hosts):
        from veille.extract.timezones import outlet_home_zone

        found.add(_ZONE_TERRITORY.get(outlet_home_zone("", name)[0], ""))
    out: set[Area] = _subdivision_areas(hosts, name)
    for key in found - {""}:
        out.update(_OVERSEAS.get(key, (("FR", key),)))
    return frozenset(out)

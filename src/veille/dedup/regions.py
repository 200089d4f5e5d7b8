"""Places abroad a headline names without a country, capital or large city: regions of the
world and demonyms, each read as the countries it stands for.

"Sahel : une attaque jihadiste fait 12 morts" names no place of the gazetteer, yet says
where its event happened as plainly as "Mali : …" does; so do "l'armée malienne", "la
dette italienne", "les cheminots belges". :func:`world_places` reads those words and gives
the country keys they stand for (the keys :mod:`veille.dedup.specifics` gives a country,
``town:country:ml``): a region stands for each of its countries (the Sahel for Mali,
Burkina Faso, Niger, Chad and Mauritania), so an event headed "Sahel" and its follow-up
headed "Burkina Faso" name one place, while "Sahel" and "Irak" name two (newuser13b M4:
an attack in the Sahel joined an attack in Iraq). A demonym stands for its country ("malien",
"maliennes" for Mali; "congolais" for both Congos). France's own ("français") is left out,
as France is (a French town is keyed by itself).

The regions are those French news writes as a place (Sahel, Maghreb, Proche-Orient,
Moyen-Orient, Balkans, Caucase, Donbass, Kurdistan, Afrique de l'Ouest...), each with the
countries it is usually taken to cover; the demonyms, the masculine singular French demonym of
about 125 countries, its feminine and plurals made by French rules. Both written by hand for
this rule, not from any benchmark's articles (issue #14's ninth round, docs/benchmarks.md,
Stories). A region too broad to tell two events apart (Europe, Afrique, Amérique latine) is
not read.
"""

from __future__ import annotations

import re

from veille.collector import built_once
from veille.extract.textshape import fold_text

COUNTRY = "town:country:"
"""The prefix of a country's key, as :func:`veille.dedup.specifics.towns` gives it."""

REGIONS: dict[str, tuple[str, ...]] = {
    "sahel": ("ml", "bf", "ne", "td", "mr"),
    "maghreb": ("ma", "dz", "tn", "ly", "mr"),
    "moyen-orient": ("iq", "sy", "ir", "il", "ps", "lb", "jo", "sa", "ye", "ae", "qa", "kw",
                     "bh", "om", "eg", "tr"),
    "proche-orient": ("il", "ps", "lb", "sy", "jo"),
    "balkans": ("rs", "xk", "ba", "hr", "al", "mk", "me", "si", "bg"),
    "caucase": ("ge", "am", "az", "ru"),
    "donbass": ("ua",),
    "donbas": ("ua",),
    "crimee": ("ua",),
    "afrique de l'ouest": ("sn", "ml", "bf", "ne", "ci", "gn", "gh", "ng", "bj", "tg", "lr",
                           "sl", "gm", "gw", "mr", "cv"),
    "afrique de l'est": ("ke", "et", "so", "tz", "ug", "rw", "bi", "ss", "dj", "er"),
    "afrique centrale": ("cm", "cf", "td", "cg", "cd", "ga", "gq"),
    "corne de l'afrique": ("et", "so", "dj", "er"),
    "asie centrale": ("kz", "uz", "tm", "kg", "tj"),
    "kurdistan": ("iq", "sy", "tr", "ir"),
    "cisjordanie": ("ps",),
    "gaza": ("ps",),
    "tibet": ("cn",),
    "xinjiang": ("cn",),
    "cachemire": ("in", "pk"),
    "kabylie": ("dz",),
    "darfour": ("sd",),
    "sinai": ("eg",),
    "scandinavie": ("se", "no", "dk"),
    "pays baltes": ("ee", "lv", "lt"),
}
"""Folded region name -> the ISO 3166 codes (lower case) of the countries it stands for."""

# The masculine singular demonym -> country codes. Feminine and plurals are made by
# :func:`_forms`; an irregular one lists its forms after a "|".
DEMONYMS: dict[str, tuple[str, ...]] = {
    "afghan": ("af",), "albanais": ("al",), "algerien": ("dz",), "allemand": ("de",),
    "americain": ("us",), "argentin": ("ar",), "armenien": ("am",), "australien": ("au",),
    "autrichien": ("at",), "azerbaidjanais": ("az",), "azeri": ("az",), "belge": ("be",),
    "bielorusse": ("by",), "birman": ("mm",), "bolivien": ("bo",), "bosnien": ("ba",),
    "bresilien": ("br",), "britannique": ("gb",), "bulgare": ("bg",),
    "burkinabe|burkinabes": ("bf",), "cambodgien": ("kh",), "camerounais": ("cm",),
    "canadien": ("ca",), "centrafricain": ("cf",), "chilien": ("cl",), "chinois": ("cn",),
    "colombien": ("co",), "congolais": ("cd", "cg"), "croate": ("hr",), "cubain": ("cu",),
    "danois": ("dk",), "egyptien": ("eg",), "emirati": ("ae",), "equatorien": ("ec",),
    "erythreen": ("er",), "espagnol": ("es",), "estonien": ("ee",), "ethiopien": ("et",),
    "finlandais": ("fi",), "gabonais": ("ga",), "georgien": ("ge",), "ghaneen": ("gh",),
    "grec|grecque|grecs|grecques": ("gr",), "guineen": ("gn",), "haitien": ("ht",),
    "hongrois": ("hu",), "indien": ("in",), "indonesien": ("id",), "irakien": ("iq",),
    "iranien": ("ir",), "irlandais": ("ie",), "islandais": ("is",), "israelien": ("il",),
    "italien": ("it",), "ivoirien": ("ci",), "japonais": ("jp",), "jordanien": ("jo",),
    "kazakh": ("kz",), "kenyan": ("ke",), "kosovar": ("xk",), "koweitien": ("kw",),
    "kurde": ("iq", "sy", "tr", "ir"), "letton": ("lv",), "libanais": ("lb",),
    "libyen": ("ly",), "lituanien": ("lt",), "luxembourgeois": ("lu",),
    "macedonien": ("mk",), "malgache": ("mg",), "malien": ("ml",), "marocain": ("ma",),
    "mauritanien": ("mr",), "mexicain": ("mx",), "moldave": ("md",),
    "mongol": ("mn",), "montenegrin": ("me",), "mozambicain": ("mz",),
    "neerlandais": ("nl",), "nepalais": ("np",), "nicaraguayen": ("ni",), "nigerian": ("ng",),
    "nigerien": ("ne",), "nord-coreen": ("kp",), "norvegien": ("no",),
    "neo-zelandais": ("nz",), "ouzbek": ("uz",), "pakistanais": ("pk",),
    "palestinien": ("ps",), "paraguayen": ("py",), "peruvien": ("pe",), "philippin": ("ph",),
    "polonais": ("pl",), "portugais": ("pt",), "qatari": ("qa",), "roumain": ("ro",),
    "russe": ("ru",), "rwandais": ("rw",), "saoudien": ("sa",), "senegalais": ("sn",),
    "serbe": ("rs",), "slovaque": ("sk",), "slovene": ("si",), "somalien": ("so",),
    "soudanais": ("sd", "ss"), "sri-lankais": ("lk",), "sud-africain": ("za",),
    "sud-coreen": ("kr",), "suedois": ("se",), "suisse": ("ch",), "syrien": ("sy",),
    "tadjik": ("tj",), "taiwanais": ("tw",), "tanzanien": ("tz",), "tchadien": ("td",),
    "tcheque": ("cz",), "thailandais": ("th",), "tibetain": ("cn",), "togolais": ("tg",),
    "tunisien": ("tn",), "turc|turque|turcs|turques": ("tr",), "ukrainien": ("ua",),
    "uruguayen": ("uy",), "venezuelien": ("ve",), "vietnamien": ("vn",),
    "yemenite": ("ye",), "zimbabween": ("zw",),
}
"""Folded masculine singular demonym (or ``"m|f|mp|fp"``, irregular) -> country codes.
Left out: France's, and demonyms of no one country ("arabe", "européen", "africain"), or
of two Koreas ("coréen")."""


def _forms(entry: str) -> list[str]:
    """The folded forms of a demonym entry: "malien" -> malien, maliens, malienne,
    maliennes; "belge" -> belge, belges; "afghan" -> afghan, afghane, afghans, afghanes;
    "albanais" -> albanais, albanaise, albanaises."""
    if "|" in entry:
        return entry.split("|")
    if entry.endswith("e"):
        return [entry, entry + "s"]
    if entry.endswith("s"):
        return [entry, entry + "e", entry + "es"]
    forms = [entry, entry + "s", entry + "e", entry + "es"]
    if entry.endswith(("ien", "een")):
        forms += [entry + "ne", entry + "nes"]
    return forms


def demonym_forms(entry: str) -> list[str]:
    """The folded forms of a demonym entry of :data:`DEMONYMS` (its masculine singular,
    feminine and plurals, or the irregular forms it lists)."""
    return _forms(entry)


_TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


@built_once
def _table() -> tuple[dict[str, frozenset[str]], dict[tuple[str, ...], frozenset[str]]]:
    """Folded word -> country keys (a one-word region or a demonym form), and folded
    words of a region of several -> country keys ("afrique de l'ouest" is ``("afrique",
    "de", "l", "ouest")``, as :data:`_TOKEN` splits it)."""
    words: dict[str, frozenset[str]] = {}
    phrases: dict[tuple[str, ...], frozenset[str]] = {}
    for name, codes in REGIONS.items():
        tokens = tuple(_TOKEN.findall(name))
        if len(tokens) == 1:
            words[name] = frozenset(COUNTRY + c for c in codes)
        else:
            phrases[tokens] = frozenset(COUNTRY + c for c in codes)
    for entry, codes in DEMONYMS.items():
        for form in _forms(entry):
            words[form] = frozenset(COUNTRY + c for c in codes)
    return words, phrases


def world_places(text: str, regions: bool = True) -> frozenset[str]:
    """The country keys (``town:country:xx``) of the regions and demonyms ``text`` names
    (folded, read word by word, a hyphenated word whole, elisions apart: "l'armée
    malienne" -> ``town:country:ml``; "au Sahel" -> Mali, Burkina Faso, Niger, Chad,
    Mauritania; "nord-coréen" -> North Korea only). ``regions=False``: a region of
    several countries stands for none of them (what an article's text, not its headline,
    writes of a region is its context: "l'État islamique en Afrique de l'Ouest", "au cœur
    du Sahel"; :data:`veille.dedup.specifics.TEXT_REGIONS`). Linear in the text; empty
    when it names none."""
    words, phrases = _table()
    tokens = _TOKEN.findall(fold_text(text))
    found: set[str] = set()
    # Only the tokens of the tables are read, each distinct one once (a set intersection
    # in C, not a lookup per word: issue #13); a position is read only where the rule
    # needs it (the word before "indien", the words after a phrase's first).
    for token in _vocabulary() & set(tokens):
        keys = words.get(token)
        if keys is not None and not regions and token in _REGION_WORDS:
            continue
        if keys is not None:
            if token == "indien":
                if any(tokens[k] == token and not (k > 0 and tokens[k - 1] == "ocean")
                       for k in range(len(tokens))):
                    found |= keys  # not only "l'océan Indien", which names no country
                continue
            found |= keys
        else:  # the first word of a region of several
            for k in (k for k in range(len(tokens)) if tokens[k] == token):
                for phrase, keys in phrases.items():
                    if tuple(tokens[k:k + len(phrase)]) == phrase and \
                            (regions or len(keys) == 1):
                        found |= keys
    return frozenset(found)


@built_once
def _vocabulary() -> frozenset[str]:
    """The tokens :func:`world_places` reads: the one-word regions and demonym forms, and
    the first words of the regions of several (:data:`_FIRST`)."""
    return frozenset(_table()[0]) | _FIRST


_FIRST = frozenset(name.split()[0] for name in REGIONS if " " in name)
_REGION_WORDS = frozenset(name for name, codes in REGIONS.items()
                          if " " not in name and len(codes) > 1)
"""The regions of one word and several countries ("sahel", "balkans"): what
``regions=False`` leaves out, with those of several words ("afrique de l'ouest")."""

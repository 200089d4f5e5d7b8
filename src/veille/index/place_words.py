"""Query words that name a place: a capitalised word that is a place's name is searched as
written (case and accents aside), never by its Snowball stem.

Why (t-final56 A6, issues 13/14): Snowball French stems a name like any word, so ``Gard``
(the département, ``gard``) found "la Vésubie **garde** le souvenir" and "le **garde** des
Sceaux" (``garde`` → ``gard``), ``Gers`` found "la mairie **gère**", ``Lot`` "des **lots**",
``Orne`` "une façade **ornée**". A name does not inflect: a query word written with a
capital that the shipped gazetteer holds as a place's whole name is matched, as a quoted
word is (docs/search.md, "Words as written"), by its form in the exact stream
(:data:`~veille.index.analysis.EXACT`: lowercased, accents folded), on both backends. The
lower-case word is read as before (``garde`` finds "gardes", "garder"; ``gard`` still
finds "garde").

Which names: ``enrich/data/gazetteer.tsv`` (GeoNames, CC BY 4.0, and ISO 3166; see
``enrich/data/ATTRIBUTION.md``), the whole name of one word, of a country, a first-level
region, a French département or a capital anywhere, and of a French town of at least
:data:`MIN_TOWN_POPULATION` inhabitants. Small towns and foreign towns are left out: their
names are more often common words ("Mer", "Port", "Bay", "Bath"), which a query may open
with a capital.
"""

from __future__ import annotations

import re
from importlib import resources

from veille.collector import built_once
from veille.index.analysis import fold

MIN_TOWN_POPULATION = 20_000
"""The population from which a French town's name is gated (INSEE's lower bound of a
*ville moyenne*, 20,000 inhabitants): Alès (42,000), Nîmes, Brest; not Mer (6,000)."""
AREA_KINDS = frozenset({"country", "region", "department", "capital"})
"""The gazetteer's kinds whose every one-word name is gated."""
TOWN_KINDS = frozenset({"city", "commune"})
"""The kinds gated in France from :data:`MIN_TOWN_POPULATION` on."""
_ONE_WORD = re.compile(r"[^\W\d_]+")


@built_once
def place_words() -> frozenset[str]:
    """The folded one-word names of the places above (``gard``, ``gers``, ``ales``,
    ``france``), from the shipped gazetteer (~12,000 rows read once, ~30 ms)."""
    data = resources.files("veille.enrich").joinpath("data", "gazetteer.tsv")
    out: set[str] = set()
    for line in data.read_text("utf-8").splitlines():
        if line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 8 or not _ONE_WORD.fullmatch(fields[1]):
            continue
        kind, country, population = fields[2], fields[3], fields[7]
        if kind in AREA_KINDS or (kind in TOWN_KINDS and country == "FR"
                                  and population.isdigit()
                                  and int(population) >= MIN_TOWN_POPULATION):
            out.add(fold(fields[1]))
    return frozenset(out)


def named_place(word: str) -> bool:
    """Whether the query word ``word`` (as typed) names a place: it opens with a capital
    (``Gard``, ``GERS``) and its folded form is one of :func:`place_words`. Then it is
    searched as written (``Gard`` finds "Gard", "GARD", not "garde"; ``Ales`` finds
    "Alès")."""
    return word[:1].isupper() and _ONE_WORD.fullmatch(word) is not None \
        and fold(word) in place_words()

"""The kind of site an article's event happened at, as its headline names it: a factory, a
block of flats, a shop, a school, a farm, a vehicle.

Two events of one kind in one town a day apart (a fire in a factory of the industrial zone,
then a fire in a flat of the town centre) share the town, the kind, its words ("incendie",
"sapeurs-pompiers", "évacués") and the département's fire service: their scores pass every
bar of :mod:`veille.dedup.stories`, and when only one of them names a street, no sub-place
of :mod:`veille.dedup.specifics` can disagree (t-final22 F7). What tells them apart is
**what** burned, collapsed or was robbed, which a headline says in a common noun ("une
usine", "un immeuble", "une bijouterie"): :func:`sites` reads it.

A site is keyed by its **class** (:data:`CLASSES`), not its word: outlets name one site
with different words ("l'usine" and "l'entrepôt" of one fire; "l'immeuble" and
"l'appartement"), and a class groups the words one site is called by. Two sides disagree
(:data:`veille.dedup.stories.SITES`) only when both headlines name a site, their classes
differ, and neither side's text names the other's class anywhere: a follow-up that names
the building again, or a headline naming no site ("Incendie rue Saint-Léonard : la mairie
reloge les sinistrés") does not disagree.

The classes are the kinds of premises news of accidents, disasters and crimes is about
(dwellings, works, shops and venues, schools, farms, vehicles by mode: road, rail,
water, air), written from those families
before any measure, not from any benchmark's articles (f-stories23). Institutions (a town
hall, a prefecture, a hospital) are left out: they are where a victim is taken or who
speaks, as often as where the event happened.
"""

from __future__ import annotations

import functools
import re

from veille.extract.textshape import fold

SITE = "site:"
"""The prefix of a site class's key ("site:dwelling")."""

CLASSES: dict[str, tuple[str, ...]] = {
    "dwelling": ("immeuble", "immeubles", "appartement", "appartements", "maison",
                 "maisons", "pavillon", "pavillons", "logement", "logements", "habitation",
                 "habitations", "hlm", "studio", "chalet", "chalets", "villa", "villas"),
    "works": ("usine", "usines", "entrepot", "entrepots", "hangar", "hangars", "atelier",
              "ateliers", "raffinerie", "fonderie", "acierie", "papeterie", "scierie",
              "zone industrielle", "site industriel", "site seveso", "silo", "silos",
              "chantier", "chantiers"),
    "shop": ("magasin", "magasins", "supermarche", "hypermarche", "boutique", "boutiques",
             "bijouterie", "boulangerie", "pharmacie", "bureau de tabac",
             "restaurant", "restaurants", "bar", "bars", "discotheque", "boite de nuit",
             "centre commercial", "agence bancaire", "distributeur de billets",
             "station-service"),
    "school": ("ecole", "ecoles", "college", "colleges", "lycee", "lycees", "creche",
               "creches", "universite", "faculte", "campus"),
    "farm": ("exploitation agricole", "grange", "granges", "bergerie",
             "etable", "elevage", "poulailler"),
    "worship": ("eglise", "eglises", "mosquee", "synagogue", "cathedrale", "chapelle",
                "temple"),
    # A vehicle is keyed by its mode of transport (road, rail, water, air: the modes of
    # transport accident statistics keep apart), not as one class (r-events34: a ferry's
    # collision off an island and a minibus crash in another district of one city, a day
    # apart, were one story, both "vehicle"). A collision of two modes names both.
    "road": ("voiture", "voitures", "camion", "camions", "poids lourd", "poids lourds",
             "autocar", "car", "bus", "minibus", "moto", "motard", "scooter", "velo",
             "cycliste", "pieton", "pietonne", "camionnette", "tracteur", "automobiliste",
             "cars", "lorry", "lorries", "truck", "trucks", "van", "coach", "motorcycle",
             "motorbike", "motorcyclist", "cyclist", "pedestrian", "taxi", "taxis"),
    "rail": ("train", "trains", "tgv", "rer", "metro", "rame", "tramway", "tram",
             "trams", "tramways", "locomotive"),
    "water": ("bateau", "bateaux", "ferry", "ferries", "chalutier", "navire", "voilier",
              "peniche", "paquebot", "boat", "boats", "bumboat", "vessel", "ship", "yacht",
              "trawler", "barge", "speedboat", "canoe", "kayak"),
    "air": ("avion", "avions", "helicoptere", "ulm", "planeur", "plane", "aircraft",
            "helicopter", "glider"),
}
"""Site class -> the folded words and phrases that name a site of it (a phrase matches
whole words, in order)."""

MODES = frozenset({"road", "rail", "water", "air"})
"""The site classes that are modes of transport: a headline naming one is about a vehicle,
whatever the kind of event it names (a bumboat that "hits" a barge, a lorry that "overturns"
name no kind of event; r-events34), so two sides whose headlines name different modes
disagree as two sites of an accident do (:data:`veille.dedup.stories.SITES`)."""

_CLASS_OF = {entry: kind for kind, entries in CLASSES.items() for entry in entries}
_PHRASES = {entry for entry in _CLASS_OF if " " in entry}
_TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

MAX_CHARS = 20_000
"""Characters of the body read for the sites it names at all (as story terms are)."""


_NAME = re.compile(r"(?<![.!?:«\-–—]\s)(?<!^)(?<![.!?:«\-–—])\b[A-ZÀ-ÖØ-Þ][\w’'-]*")
"""A word written capitalised inside a sentence: a name ("la Maison Blanche", "l'Eglise"),
no common noun of a site. Left out of the headline only: in the text, a name read as a site
can only make two sides agree."""


@functools.lru_cache(maxsize=4)
def folded_words(text: str) -> tuple[str, frozenset[str]]:
    """``text`` folded, apostrophes as spaces ("d'un" reads "d un"), and its set of words;
    the last few kept, since the sites' and the roles' readers (:mod:`veille.dedup.roles`)
    read one article's body. A set of words and a lookup per entry, not a pattern of every
    entry tried at each character (an article's body is read whole)."""
    folded = " ".join(fold(text).replace("'", " ").split())
    return folded, frozenset(_TOKEN.findall(folded))


def _classes(text: str) -> set[str]:
    """The site classes ``text`` names (folded whole words and phrases of :data:`CLASSES`)."""
    folded, words = folded_words(text)
    found = {_CLASS_OF[w] for w in words if w in _CLASS_OF}
    for phrase in _PHRASES:
        if phrase.split(" ", 1)[0] in words and \
                re.search(r"(?<![a-z0-9-])" + phrase + r"(?![a-z0-9-])", folded):
            found.add(_CLASS_OF[phrase])
    return found


def sites(title: str, body: str, max_chars: int = MAX_CHARS
          ) -> tuple[frozenset[str], frozenset[str]]:
    """``(headline, named)``: the site keys (:data:`SITE` + class) of ``title``, and those of
    ``title`` and the first ``max_chars`` characters of ``body`` (a superset). Empty sets
    when the text names none."""
    head = {SITE + k for k in _classes(_NAME.sub(" ", title[:max_chars]))}
    return frozenset(head), frozenset(head | {SITE + k for k in _classes(body[:max_chars])})

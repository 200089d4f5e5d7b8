"""The estates and neighbourhoods an incident's headline and lead name without a street word.

Local news names a housing estate, a neighbourhood or a cité by its name alone, after the
locative that places the event there: "un homme tué par balle à la Castellane", "blessé à
Frais-Vallon", "une fusillade aux Izards", "un incendie au Mirail". The sub-places of
:mod:`veille.dedup.specifics` are read only after a street word ("cité de la Castellane",
"quartier des Izards"), so two shootings the same night in two Marseille estates, each named
so, shared the town, the kind of event, its words and the prosecutor quoted, and nothing
parted them (issue #14, f-stories27, from a tester's two Marseille estates).
:func:`estates` reads those names as sub-places, keyed as :func:`veille.dedup.specifics.
specifics` keys them (folded, without the article: "à la Castellane" and "cité de la
Castellane" are one key, "castellane").

A capitalised name after "à la", "à l'", "au", "aux" or "à" is read only when it is no
place of another rank: not a French commune (with its article: "au Havre" is Le Havre, "à la
Castellane" is no commune "La Castellane"), nor a department, region, country or city of the
gazetteer veille ships, nor written all in capitals (an acronym: "à la SNCF"), nor the
inhabitants of such a place (:func:`_demonym`: "dire aux Réunionnais"), nor after a verb of
saying ("a-t-il déclaré à La Provence": an outlet). The caller reads it for an
incident only (an accident, a disaster, a crime: :data:`veille.dedup.stories.SITE_KINDS`),
whose place is where it happened; elsewhere "à Matignon", "à l'Élysée" are institutions.
"""

from __future__ import annotations

import re

from veille.collector import built_once
from veille.dedup.specifics import _CAP, _LINK, LEAD_CHARS, commune_key
from veille.enrich.shipped_rows import rows
from veille.extract.textshape import fold

_ESTATE = re.compile(
    r"(?<![\w'’-])(?P<prep>(?i:à\s+la\s+|à\s+l['’]\s*|aux\s+|au\s+|à\s+))"
    r"(?P<name>" + _CAP + r"(?:\s+" + _LINK + r"?" + _CAP + r"){0,3})")
_ARTICLE = {"à la": "La ", "au": "Le ", "aux": "Les ", "à l'": "L'"}
_SAYING = re.compile(
    r"(?i:\b(?:déclaré|declare|indiqué|indique|confié|confie|expliqué|explique|dit|"
    r"précisé|precise|raconté|raconte|annoncé|annonce|affirmé|affirme|assuré|assure|"
    r"confirmé|confirme|témoigné|temoigne|répondu|repondu|rapporté|rapporte|"
    r"selon\s+des\s+propos\s+rapportés|interview|entretien)"
    r"(?:\s+\S+){0,2}\s*)$")
_TAKEN = re.compile(
    r"(?i:\b(?:transporté|transporte|transportée|transportés|transportées|hospitalisé|"
    r"hospitalise|hospitalisée|hospitalisés|hospitalisées|conduit|conduite|conduits|"
    r"admis|admise|évacué|evacue|évacuée|évacués|emmené|emmene|emmenée|héliporté|"
    r"heliporte|héliportée|acheminé|achemine|acheminée|incarcéré|incarcere|incarcérée|"
    r"écroué|ecroue|écrouée|déféré|defere|déférée|transféré|transfere|transférée|"
    r"soigné|soigne|soignée|décédé|decede|décédée|mort|morte)"
    r"(?:\s+\S+){0,3}\s*)$")
"""Where a victim is taken, a suspect jailed or a patient dies ("transporté au CHU
Carémeau", "hospitalisé à la Timone", "écroué aux Baumettes"): the hospital or prison one
town's incidents share, not where the incident happened."""
_MONTHS_DAYS = frozenset({
    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
    "octobre", "novembre", "decembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
    "samedi", "dimanche"})


@built_once
def _gazetteer_names() -> frozenset[str]:
    """The folded names of every place of the gazetteer veille ships
    (``enrich/data/gazetteer.tsv``: countries, capitals, cities, regions, departments), but
    its communes, which :func:`_estate_key` looks up with their article ("Castellane" is a
    commune, "la Castellane" an estate of Marseille)."""
    out: set[str] = set()
    for cells in rows("gazetteer.tsv"):
        if len(cells) >= 3 and not cells[0].startswith("#") and cells[2] != "commune":
            out.add(fold(cells[1]))
    return frozenset(out)


_DEMONYM_ENDINGS = ("nnaises", "nnais", "naises", "nais", "aises", "ais", "noises", "nois",
                    "oises", "ois", "iennes", "iens", "ennes", "ens", "aines", "ains",
                    "ines", "ins", "anes", "ans")
"""The endings of French demonyms in the plural (and the invariant "-ais", "-ois"),
longest first: "Réunionnais" is "Réunion" + "nais", "Marseillais" "Marseill(e)" + "ais"."""


@built_once
def _bare_names() -> frozenset[str]:
    """:func:`_gazetteer_names` without their leading article ("la reunion" -> "reunion")."""
    out = set()
    for name in _gazetteer_names():
        words = name.split()
        while len(words) > 1 and words[0] in {"la", "le", "les", "l"}:
            words.pop(0)
        out.add(" ".join(words))
    return frozenset(out)


def _demonym(folded: str) -> bool:
    """Whether ``folded`` (one folded word) is the inhabitants of a place of the gazetteer
    or a commune: a demonym's ending (:data:`_DEMONYM_ENDINGS`) after that place's name,
    whole or less its final "e" ("reunionnais", "marseillais", "quimperlois"); a people is
    no estate (h-bridge53: "« Je veux dire aux Réunionnais »" in a minister's visit to a
    flood was read as a neighbourhood other than the flood's, and vetoed the follow-up's
    join). Exact stems only: "Bretons" (Bretagne) is not recognised."""
    if " " in folded or "-" in folded:
        return False
    names = _bare_names()
    for ending in _DEMONYM_ENDINGS:
        stem = folded[:-len(ending)]
        if folded.endswith(ending) and len(stem) >= 3 and \
                any(s in names or commune_key(s.capitalize()) is not None
                    for s in (stem, stem + "e")):
            return True
    return False


def _estate_key(prep: str, name: str) -> str | None:
    """The key of the estate ``name`` written after ``prep`` (folded, lower case, one space),
    ``None`` when it is a place of another rank or no name."""
    if len(name) < 3 or name.isupper() or name.replace("-", "").isdigit():
        return None
    words = [w for w in re.split(r"[\s'’]+", fold(name)) if w]
    while words and words[0] in {"de", "la", "le", "les", "du", "des", "d", "l"}:
        words.pop(0)
    folded = " ".join(words)
    if not words or words[0] in _MONTHS_DAYS or _demonym(folded):
        return None
    # The place is named with its article ("au Havre": Le Havre), or bare after "à".
    written = _ARTICLE.get(prep.replace("’", "'"), "") + name
    if folded in _gazetteer_names() or fold(written) in _gazetteer_names() or \
            commune_key(written) is not None:
        return None
    return folded


def estates(title: str, body: str, lead_chars: int = LEAD_CHARS) -> frozenset[str]:
    """The estates and neighbourhoods (sub-place keys: "castellane", "frais-vallon") the
    headline ``title`` and the first ``lead_chars`` characters of ``body`` write after a
    locative without a street word; empty when there is none. Linear in what it reads."""
    found: set[str] = set()
    for text in (title, body[:lead_chars]):
        for match in _ESTATE.finditer(text):
            before = text[max(0, match.start() - 40):match.start()]
            if _SAYING.search(before) or _TAKEN.search(before):
                continue
            if match.group("name").split()[0].isupper():
                continue  # an institution's acronym: "au CHU Carémeau", "à l'AP-HM"
            prep = " ".join(match.group("prep").lower().split())
            key = _estate_key(prep, match.group("name"))
            if key is not None:
                found.add(key)
    return frozenset(found)

"""The outlet's name a feed's own title gives its items: "Le Figaro - Actualité" is Le
Figaro's feed of its news rubric (t-final29 U3: such items were shown as ``lefigaro.fr``
beside "Le Parisien", and ``source:"Le Figaro"`` found nothing).

A feed's title (RSS 2.0 ``channel/title``, Atom ``feed/title``, JSON Feed ``title``) is,
by the specifications, the name of the channel: in news feeds the outlet's name, often
with its section joined by a separator ("Ouest-France - Faits divers", "Actualités |
Sud Ouest", "La Voix du Nord : Faits divers", "Le Monde.fr - Actualités et Infos en
France et dans le monde"), or alone ("Rue89 Lyon", "Mediapart"). The title is cut at its
separators (a dash, an en or em dash, a bar, a colon, a middle dot, a guillemet or a slash
between spaces) and the part that **plausibly names the item's own site**
(:func:`veille.outlet_names.plausibly_names_site`: the host's registrable label spelt out,
its article kept or not, a few words more at most) is the outlet's name; a domain suffix
written after it ("Le Monde.fr") is dropped when the name without it names the site. The
other parts are the section, whatever its words: no list of rubrics is needed, and a
title that names no outlet ("À la une") or another site (an aggregator's "Google
Actualités - France" over a ``ladepeche.fr`` page) gives nothing. On a host that spells
no name (an IP address, ``*.local``: :func:`veille.outlet_names.unnamed_host`) a title of
one plain name is the outlet's whole name, and a title of parts gives the part the outlet
table knows, or its first part when the others are an edition's places ("Sud Ouest -
Gironde": :func:`_edition_outlet`).

The name is a **hint** (``site_name`` of :func:`veille.collect.listed.listing_hints`): a
page that declares its own site name (``og:site_name``, JSON-LD ``publisher.name``)
keeps it (:func:`veille.extract.stage.listed_site_name`).
"""

from __future__ import annotations

import re

from veille.outlet_names import plain_name, plausibly_names_site, unnamed_host

SEPARATOR = re.compile(r"\s+[-–—|:·»/]\s+")
"""A separator between a feed title's parts: a sign between spaces ("Le Figaro -
Actualité", "Actualités | Sud Ouest"); a dash inside a word ("Ouest-France") is none."""
_SUFFIX = re.compile(r"\.[a-z]{2,6}$", re.IGNORECASE)
_HOST = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+", re.IGNORECASE)
MAX_CHARS = 100
"""The longest outlet name taken from a feed title (as a declared site name)."""


def feed_outlet(title: str, host: str) -> str:
    """The outlet's name that the feed title ``title`` gives an item on ``host`` (a host
    name, ``www.`` or not), "" when no part of the title plausibly names that site (see
    the module's rule). ``feed_outlet("Le Figaro - Actualité", "lefigaro.fr")`` is "Le
    Figaro"; ``feed_outlet("À la une", "actu.fr")`` is ""."""
    host = host.strip().lower()
    if not host or not title.strip():
        return ""
    parts = SEPARATOR.split(" ".join(title.split()))
    if unnamed_host(host.split(":")[0]):  # 127.0.0.1, *.local: no label to spell the name
        return _whole_name(parts)
    for part in parts:
        part = part.strip(" -–—|:·»/")
        if not part or len(part) > MAX_CHARS or _HOST.fullmatch(part):
            continue
        for name in (_SUFFIX.sub("", part), part):
            if plausibly_names_site(name, host):
                return name
    return ""


def _whole_name(parts: list[str]) -> str:
    """The outlet's name a feed served from a host that spells none (an IP address, a
    special-use name: :func:`~veille.outlet_names.unnamed_host`) gives: its title when
    it is one plain name ("La Gazette des Causses") and no section's label
    ("Actualités": :func:`~veille.extract.furniture_title.furniture_reason`; such a title
    would now name the items' stored source, r-source56), "" when it has parts (which one is
    the outlet and which the section cannot be read from the host: "Sud Ouest -
    Gironde") or is no plain name. t-final53b B2: such items were listed as
    "127.0.0.1"."""
    if len(parts) > 1:
        return _edition_outlet(parts)
    from veille.extract.furniture_title import furniture_reason

    if len(parts[0]) > MAX_CHARS or not plain_name(parts[0]) or furniture_reason(parts[0]):
        return ""  # a section's label ("Actualités", "À la une") names no outlet
    return parts[0]


def _edition_outlet(parts: list[str]) -> str:
    """The outlet a title of several parts names on a host that spells none: the one part
    the outlet table knows (:func:`veille.outlet_identity.outlet_host`: "Sud Ouest" of
    "Sud Ouest - Gironde"), or the first part, a plain name, when every other part is a
    place (an edition's: :func:`veille.outlet_groups.edition_place`) and it is no
    section's label (:func:`~veille.extract.furniture_title.furniture_reason`), or the one
    part that is no navigation or section label when all the others are ("Diario Andaluz -
    portada", "Actualités | La Gazette des Causses": t-check62, such items were listed as
    "127.0.0.1"); "" otherwise (two names and a section tell nothing of which name is the
    outlet). t-final54 B4: an edition's feed on 127.0.0.1 gave its pages no name."""
    from veille.extract.furniture_title import NAVIGATION_REASON, furniture_reason
    from veille.outlet_groups import edition_place
    from veille.outlet_identity import outlet_host

    parts = [p.strip(" -–—|:·»/") for p in parts]
    if any(not p or len(p) > MAX_CHARS for p in parts):
        return ""
    known = [p for p in parts if plain_name(p) and outlet_host(p) is not None]
    if len(known) == 1:
        return known[0]
    if plain_name(parts[0]) and not furniture_reason(parts[0]) and \
            all(edition_place(p) for p in parts[1:]):
        return parts[0]
    named = [p for p in parts if furniture_reason(p) != NAVIGATION_REASON]
    if len(named) == 1 and plain_name(named[0]) and not furniture_reason(named[0]) and \
            not edition_place(named[0]):
        return named[0]  # "Diario Andaluz - portada", "Actualités | La Gazette": one name
    return ""

"""One outlet, several names: the host and the mastheads veille's outlet table gives one
outlet (``veille/extract/data/outlet_zones.tsv``: ``spiegel.de`` is "Der Spiegel",
"Spiegel", "Spiegel Online"; ``lemonde.fr`` is "Le Monde"; ``elpais.com`` is "El País").

t-final51b B2: an outlet stored under its host (a page with a URL) and under the masthead a
capture prints ("DER SPIEGEL") was two outlets: ``source:spiegel.de`` found nothing of the
masthead's articles (and said "did you mean source:"DER SPIEGEL"?"), and the source facet
counted the outlet twice. The table is the evidence that the names are one outlet's (its
rows come from the outlets' own pages, see its header); a value is looked up as the table
matches it for the outlets' clocks (:func:`veille.extract.timezones.outlet_home_zone`): a
host or any subdomain of it (``www.spiegel.de``), a name whole, case, accents, inner signs
and a leading "The" ignored ("DER SPIEGEL", "el pais"). A host without its suffix
(``lemonde``, ``spiegel``, as ``source:`` reads one word) names the row whose host it
begins. A name two rows give (to two hosts) names neither.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources

from veille.collector import built_once


def _key(name: str) -> str:
    """A name folded as the table matches it: words of any script, lower case, no accents,
    no leading "the" ("The Straits Times" → "straits times", "EL PAÍS" → "el pais")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name.lower())
                    if not unicodedata.combining(c))
    words = [w for w in re.split(r"[\W_]+", plain) if w]
    return " ".join(words[1:] if words[:1] == ["the"] and len(words) > 1 else words)


@built_once
def _table() -> tuple[dict[str, tuple[str, ...]], dict[str, str], dict[str, str]]:
    """(host → its names as written, folded name → host, host less its suffix → host)."""
    text = resources.files("veille.extract").joinpath("data", "outlet_zones.tsv").read_text(
        "utf-8")
    names: dict[str, tuple[str, ...]] = {}
    owners: dict[str, set[str]] = {}
    for line in text.splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 2 or not cols[0].strip():
            continue
        host = cols[0].strip().lower()
        written = tuple(n.strip() for n in (cols[2].split("|") if len(cols) > 2 else [])
                        if _key(n))
        names[host] = names.get(host, ()) + written
        for name in written:
            owners.setdefault(_key(name), set()).add(host)
    by_name = {key: next(iter(hosts)) for key, hosts in owners.items() if len(hosts) == 1}
    stems: dict[str, set[str]] = {}
    for host in names:
        stems.setdefault(host.rsplit(".", 1)[0], set()).add(host)
    by_stem = {stem: next(iter(hosts)) for stem, hosts in stems.items() if len(hosts) == 1}
    return names, by_name, by_stem


def outlet_host(value: str) -> str | None:
    """The table's host of the outlet ``value`` names (a host, a subdomain of it, a host
    without its suffix, or one of its names in any case and accents); None when the table
    knows no such outlet."""
    names, by_name, by_stem = _table()
    lowered = value.strip().lower().rstrip(".")
    labels = lowered.split(".")
    for i in range(len(labels) - 1):
        if ".".join(labels[i:]) in names:
            return ".".join(labels[i:])
    if lowered in by_stem:
        return by_stem[lowered]
    return by_name.get(_key(value)) if _key(value) else None


def table_name(host: str) -> str:
    """The first name the outlet table writes for ``host`` (or the site it is a subdomain
    of): "Il Tirreno" for ``iltirreno.it``, "OregonLive" for ``oregonlive.com``; "" when the
    table does not know the host or gives it no name."""
    names = _table()[0]
    labels = host.strip().lower().rstrip(".").split(".")
    for i in range(len(labels) - 1):
        written = names.get(".".join(labels[i:]))
        if written is not None:
            return written[0] if written else ""
    return ""


def other_names(value: str) -> tuple[str, ...]:
    """The other values the outlet ``value`` names is stored under: its table host and
    names, less ``value`` itself (as folded); () for an outlet the table does not know."""
    host = outlet_host(value)
    if host is None:
        return ()
    own = _key(value)
    return tuple(dict.fromkeys(n for n in (host, *_table()[0][host]) if _key(n) != own))


_HOST = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+")
"""A source that is a host (``lemonde.fr``), not a name."""
_SUFFIXED = re.compile(r"^(?P<name>.*\S)\.(?P<suffix>[a-z]{2,6})$", re.IGNORECASE)
"""A masthead written with its site's suffix: "Le Monde.fr", "Sudouest.fr"."""


@functools.lru_cache(maxsize=4096)
def outlet_key(source: str) -> str:
    """The one key of the outlet ``source`` names, for telling whether two sources are
    one outlet (:func:`one_outlet`): the outlet table's host when the table knows it
    (:func:`outlet_host`: "OUEST-FRANCE", "Ouest-France" and ``ouest-france.fr``), a
    masthead written with its site's suffix read as the host it spells or as the name
    without it ("Le Monde.fr": ``lemonde.fr``), a host as it is less ``www.``; else the
    name folded (:func:`_key`: case, accents and inner signs aside, "LE DAUPHINÉ LIBÉRÉ"
    is "Le Dauphiné Libéré"). "" for no source.

    Source of the rule: t-final52b A8, one outlet's update captured under its masthead in
    capitals was a new article, the "reprint" of the outlet's own article, and its story
    counted the outlet twice, while ``source:`` search already found both
    (:func:`other_names`)."""
    text = " ".join(source.split())
    if not text:
        return ""
    host = outlet_host(text)
    if host is not None:
        return host
    lowered = text.lower().removeprefix("www.")
    suffixed = _SUFFIXED.match(text)
    if suffixed and " " not in lowered.rpartition(".")[2]:
        name, suffix = suffixed.group("name"), suffixed.group("suffix").lower()
        spelt = f"{re.sub(r'[^0-9a-z-]+', '', _key(name).replace(' ', ''))}.{suffix}"
        if " " in name or any(c.isupper() for c in name):  # a masthead, not a host
            return outlet_host(spelt) or outlet_host(name) or _key(name)
    if _HOST.fullmatch(lowered):
        return lowered
    return _key(text)


def one_outlet(a: str | None, b: str | None) -> bool:
    """Whether the sources ``a`` and ``b`` (stored sources: hosts or names) are one outlet:
    equal, or both given and of one :func:`outlet_key`. Dedup (a copy of one's own text is
    a version or a republication, never a reprint), story counts
    (:mod:`veille.outlet_groups`) and search (``source:``) read the same identity."""
    if not a or not b:
        return False
    return a == b or _one_outlet(a, b)


@functools.lru_cache(maxsize=65536)
def _one_outlet(a: str, b: str) -> bool:
    """:func:`one_outlet` of two different given sources (cached: dedup asks it of every
    candidate a text matches as a reprint)."""
    if outlet_key(a) == outlet_key(b):
        return True
    from veille.extract.record_source import names_site

    host, name = (a, b) if _HOST.fullmatch(a) else (b, a)
    # a name the table does not know, and the host it spells ("Nord Littoral",
    # nordlittoral.fr): the rule the outlet names follow (veille.outlet_names)
    return bool(_HOST.fullmatch(host)) and not _HOST.fullmatch(name) and \
        names_site(name, host)


def in_capitals(name: str) -> bool:
    """Whether ``name`` is written in capitals only ("LE TÉLÉGRAMME", "OUEST-FRANCE"): it
    has letters of a cased script and none of them in lower case."""
    cased = [c for c in name if c.isalpha() and c.lower() != c.upper()]
    return bool(cased) and all(c.isupper() for c in cased)


def table_spelling(name: str) -> str:
    """The outlet table's spelling of ``name`` when the table writes a name of the same
    words (:func:`_key`: case and accents aside; "Le Télégramme" for "LE TÉLÉGRAMME",
    "Der Spiegel" for "DER SPIEGEL"), "" when it has none: the spelling the outlet's own
    pages use (the table's rows come from them), shown over a masthead set in capitals."""
    key = _key(name)
    host = outlet_host(name) if key else None
    if host is None:
        return ""
    return next((n for n in _table()[0][host] if _key(n) == key), "")


def best_spelling(spellings: dict[str, int]) -> str:
    """The spelling one outlet's name is shown by among ``spellings`` (``written -> how
    many articles write it``, all one name: case and accents aside): the most written
    one in mixed case (a masthead set in capitals is typography, not the name: t-final54
    B3, "LE TÉLÉGRAMME", "CORRIERE DELLA SERA" were shown so), else the outlet table's
    (:func:`table_spelling`), else the most written (ties: the first in order)."""
    if not spellings:
        return ""
    order = sorted(spellings, key=lambda s: (-spellings[s], s))
    mixed = [s for s in order if not in_capitals(s)]
    if mixed:
        return mixed[0]
    return table_spelling(order[0]) or order[0]


def spelling_key(name: str) -> str:
    """``name`` folded as the table matches names (case, accents, inner signs and a
    leading "The" aside): two spellings of one name have one key."""
    return _key(name)

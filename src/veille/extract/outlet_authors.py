"""An outlet's name is never an author (docs/record.md: ``authors`` holds people).

A capture prints its outlet's name where an author's may stand: the last line of the page
("Il Tirreno" under the text, read as the signature; t-check66 F4), or after a person's
name in the byline ("By Tom Reyes / Valley Daily Record", "Ana Echeverría, Noticias de
Navarra Hoy": the split byline gave two "people"; t-check66 F7). A name is the outlet's
when it is, whole or one part of it between slashes or bars ("The Oregonian/OregonLive"):

- the source's own name: the capture's masthead, the given source (a name or a host:
  ``iltirreno.it`` names "Il Tirreno" through the outlet table), the address's host
  (:func:`~veille.extract.bylines.is_publication` with :func:`~veille.extract.bylines.
  site_keys`), or the name a host spells ("Il Secolo Ligure" for ``ilsecololigure.it``:
  :func:`~veille.extract.record_source.names_site`), unless it opens on a known given
  name (a blogger's site, ``marcdupont.fr``, is signed "Marc Dupont");
- a known outlet: veille's table of outlets (``data/outlet_zones.tsv``:
  :func:`veille.outlet_identity.outlet_host`) or of publications
  (``data/news_publications.txt``);
- a name of two words or more holding a newspaper's common noun (:data:`_PRESS_WORD`:
  "Gaceta del Henares", "Diario Comarcal", "The Valley Courier"): an outlet no table knows,
  after a person's name in a byline ("Por Ana Ruiz, Gaceta del Henares" gave it as a second
  author on a page with another masthead; h-capture67 section 4 item 3, h-capture67b).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from veille.extract.bare_byline import known_given_name
from veille.extract.bylines import is_publication, site_keys
from veille.extract.record_source import names_site
from veille.outlet_identity import other_names, outlet_host

_PARTS = re.compile(r"\s*[/|]\s*")
#: A newspaper's common nouns in veille's languages, none a given name or a surname of
#: note (no "Post", "Times", "Voz", "Eco": "Emily Post" signs).
_PRESS_WORD = re.compile(
    r"(?i)^(?:diario|diari|gaceta|periódico|periòdic|heraldo|noticias|notícias|jornal"
    r"|journal|gazzetta|giornale|corriere|quotidiano|gazette|courrier|quotidien|hebdo"
    r"|zeitung|tagblatt|anzeiger|rundschau|courier|tribune|chronicle|newspaper)$")
_HOST = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+")


def _owner_names(outlets: Sequence[str]) -> frozenset[str]:
    """The :func:`site_keys` of ``outlets`` (names or hosts) and of the names the outlet
    table gives each of them ("iltirreno.it": "Il Tirreno")."""
    names = [o for o in outlets if o and len(o) <= 200]
    names += [n for o in names for n in other_names(o)]
    return site_keys(*names)


def outlet_named(name: str, outlets: Sequence[str] = ()) -> bool:
    """Whether ``name`` (an author read from a capture) names an outlet: one of
    ``outlets`` (the capture's masthead, its given source, its host) or a known outlet;
    see the module."""
    line = " ".join(name.split())
    if not line or len(line) > 200:
        return False
    keys = _owner_names(outlets)
    parts = [line, *(p for p in _PARTS.split(line) if p and p != line)]
    hosts = [o.strip().lower() for o in outlets if _HOST.fullmatch(o.strip().lower())]
    return any(is_publication(p, keys) or any(names_site(p, h) for h in hosts)
               and not known_given_name(p.split()[0])  # a blogger's own site: marcdupont.fr
               or (" " in p or "." in p) and outlet_host(p) is not None
               or _press_named(p) for p in parts)


def _press_named(name: str) -> bool:
    """Whether ``name`` is two words or more, one of them a newspaper's common noun
    (:data:`_PRESS_WORD`), capitalised: "Gaceta del Henares", "Diario Comarcal"."""
    words = name.split()
    return len(words) >= 2 and any(w[:1].isupper() and _PRESS_WORD.match(w.strip(",.'’"))
                                   for w in words)


def people_only(authors: list[str], outlets: Sequence[str] = ()) -> list[str]:
    """``authors`` without those that name an outlet (:func:`outlet_named`), in order."""
    return [a for a in authors if not outlet_named(a, outlets)]

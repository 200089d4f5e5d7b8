"""An outlet cited as a source or an interviewer is the outlet, not the place it is named for.

"joint par La Provence", "a indiqué à La Montagne", "selon Sud Ouest", "dans les colonnes du
Progrès": after a verb of saying's "à" (the addressee), an agent's "par" after "joint",
"contacté" or "interrogé", a source's "selon" or "d'après", or "dans les colonnes de", a
name only a newspaper bears there is the newspaper; the recogniser's LOC ("La Provence", a
region; "La Montagne", a commune) is an ORG (t-final28 F9). The names are the known
outlets' (``data/outlet_names.txt``, the byline publications of
:func:`veille.extract.bylines.publications`, the mastheads of
``extract/data/outlet_zones.tsv`` and the news agencies of
``extract/data/news_agencies.tsv``: h-speakers65b); one sense per document (Gale, Church
& Yarowsky 1992): the name's other mentions are the outlet too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from importlib import resources
from typing import Protocol

from veille.collector import built_once
from veille.enrich.text import fold

__all__ = ["cited_outlet_names", "is_cited_at", "is_outlet_name", "outlet_key"]


class _Named(Protocol):
    start: int
    text: str
    label: str


_CITING = re.compile(
    r"(?i)(?:\b(?:joint|jointe|joints|jointes|contacté|contactée|contactés|contactées|"
    r"interrogé|interrogée|interrogés|interrogées|sollicité|sollicitée|interviewé|"
    r"interviewée)\s+par|\bselon|\bd['’]après|\bdans\s+les\s+colonnes\s+(?:de|du|des)|"
    r"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:indiqué|déclaré|confié|affirmé|expliqué|"
    r"précisé|raconté|assuré|annoncé|dit|révélé|témoigné|répondu)\s+(?:\w+\s+)?(?:à|au|aux)|"
    r"\b(?:indique|déclare|confie|affirme|explique|précise|raconte|assure|annonce|dit|"
    r"révèle|répond)(?:-t-(?:il|elle|on)|-(?:il|elle|ils|elles))?\s+(?:à|au|aux)|"
    r"\b(?:à|au)\s+micro\s+(?:de|du)|\b(?:questions|informations|révélations|"
    r"revelations)\s+(?:de|du|des)|\b(?:entrevue|entretien|interview)\s+(?:(?:accordée|"
    r"accordé|donnée|donné)\s+)?(?:à|au|aux))[ \xa0]+(?:l['’][ \xa0]*)?$")
"""The words before a cited outlet (module docstring), up to the name: also the outlet
whose questions someone answers, whose information a text reports, or to which an
interview is given ("a répondu aux questions du Devoir", "selon les informations du
Progrès", "dans un entretien accordé au Parisien"; t-final49 A5)."""
_CONTRACTED = re.compile(r"(?i)(?<![\w'’-])(?:du|au)[ \xa0]+$")
""""du", "au" right before a name: the name takes the article "le", as a newspaper's does
("du Devoir"), and a person's never does."""

_ARTICLE = re.compile(r"(?i)^(?:le|la|les|l['’])[ \xa0]*")


@built_once
def _names() -> frozenset[str]:
    from veille.extract.agencies import agencies
    from veille.extract.bylines import publications  # the byline list, same key rules
    from veille.extract.timezones import outlet_names

    text = resources.files("veille.enrich").joinpath("data/outlet_names.txt").read_text(
        "utf-8")
    own = {_key(line) for line in text.splitlines() if line.strip() and not
           line.startswith("#")}
    # the outlet table's mastheads and the news agencies' names, in every language veille
    # reads ("El País", "Corriere della Sera", "ANSA", "Lusa", "Reuters": h-speakers65b;
    # the French list alone knew none of them)
    # (an agency's short form that is also a given name or a common word, "ANA", "MAP",
    # "SPA", names no outlet in running text)
    tables = {*outlet_names(), *(form for agency in agencies()
                                 for form in (*agency.forms, *agency.strict)
                                 if not _word_or_given(form))}
    return frozenset(own | {_key(name) for name in publications()} |
                     {_key(name) for name in tables if len(_key(name)) >= 3})


def _word_or_given(form: str) -> bool:
    """Whether ``form`` (one word) is a known given name or a French common word."""
    from veille.enrich.lexicon import french
    from veille.extract.bare_byline import known_given_name

    return " " not in form and (known_given_name(form) or french().is_word(form.lower()))


def _key(name: str) -> str:
    return " ".join(fold(name).replace("-", " ").replace("’", "'").split()).rstrip(".")


def is_outlet_name(name: str) -> bool:
    """Whether ``name`` (any case, accents, hyphens; with or without its article: "Le
    Progrès", "Progrès" of "du Progrès") is a known outlet's name."""
    key = _key(name)
    if not key:
        return False
    names = _names()
    return key in names or any(_key(a + " " + name) in names for a in ("le", "la", "les"))


def cited_outlet_names(text: str, mentions: Sequence[_Named]) -> frozenset[str]:
    """The folded names of ``mentions`` that are known outlets (:func:`is_outlet_name`)
    cited in ``text`` as one (``_CITING`` right before one of their mentions)."""
    found: set[str] = set()
    for mention in mentions:
        if not is_outlet_name(mention.text) or (mention.label == "PER" and not (
                " " not in mention.text and _CONTRACTED.search(
                    text, max(0, mention.start - 4), mention.start))):
            continue  # "aux questions du Devoir": no person "Devoir"
        if _CITING.search(text, max(0, mention.start - 60), mention.start):
            found.add(_key(_ARTICLE.sub("", mention.text)))
    return frozenset(found)


def is_cited_at(text: str, start: int) -> bool:
    """Whether the words right before ``start`` in ``text`` cite an outlet there
    (``_CITING``: "a déclaré à", "selon", "joint par", "dans les colonnes du")."""
    return _CITING.search(text, max(0, start - 60), start) is not None


def outlet_key(name: str) -> str:
    """The key :func:`cited_outlet_names` gives a mention's name (article dropped)."""
    return _key(_ARTICLE.sub("", name))

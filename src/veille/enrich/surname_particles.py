"""A town's name that ends a person's name after its particle: "il prefetto Michele di
Bari", "o juiz Carlos de Almeida" name a prefect and a judge, not Bari nor Almeida
(t-final55 A4, issue 16).

Romance surnames are often a particle and a place's name (*di*, *da*, *de*, *del*, *dos*,
*d'*: Italian "di Bari", Portuguese "de Almeida", French "de Nancy"); written right after a
given name, with nothing between, the whole run is one person's name (the particle is not a
preposition there: a place after a preposition follows a common noun or a verb, "arrivato
a Bari", "il porto di Bari"). A given name is one of veille's list of given names
(:func:`veille.extract.bare_byline.known_given_name`, the list the byline and the zone vote
read: :mod:`veille.extract.place_zones` already keeps "François d'Assise" from voting for Le
François). A run the gazetteer knows whole ("Santiago de Chile", "San José de ...")
is a place's, and a given name after "San"/"Saint" is a saint's town, so those stay.

Pure functions; nothing here raises.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from veille.enrich.places import Gazetteer

__all__ = ["particle_surname", "surname_span"]

_GIVEN_PARTICLE = re.compile(
    r"(?<![\w'’-])((?:(?i:san|santa|santo|são|saint|sainte|st|ste)[ \u00a0-]+)?)"
    r"([A-ZÀ-Þ][a-zà-ÿ]+)[ \u00a0]+(?:di|da|de|del|della|dos|das|do|du|d['’])[ \u00a0]*$")
"""A capitalised word and a surname's particle right before the name (module docstring);
group 1 a saint's title before it, group 2 the word."""


_GIVEN_BARE = re.compile(
    r"(?<![\w'’-])((?:(?i:san|santa|santo|são|saint|sainte|st|ste)[ \u00a0-]+)?)"
    r"([A-ZÀ-Þ][a-zà-ÿ]+)[ \u00a0]+$")
"""A capitalised word right before the name, nothing between ("Camila ⟨Lisboa⟩"): with a
given name, a person's name whose surname is a town's (t-final55b A15: "afirmou Camila
Lisboa, presidente do sindicato" placed the article in Lisbon)."""


def surname_span(text: str, start: int, gazetteer: Gazetteer | None = None) -> bool:
    """True when the name at ``text[start:]`` follows a given name, with its particle
    ("Michele di ⟨Bari⟩") or without ("Camila ⟨Lisboa⟩"), the run being no place the
    gazetteer knows whole."""
    from veille.extract.bare_byline import known_given_name

    found = _GIVEN_PARTICLE.search(text, max(0, start - 40), start) or \
        _GIVEN_BARE.search(text, max(0, start - 40), start)
    if found is None or found.group(1) or not known_given_name(found.group(2)):
        return False
    if gazetteer is None:
        return True
    end = re.match(r"[\w'’-]+(?:[ \u00a0][A-ZÀ-Þ][\w'’-]+)*", text[start:])
    whole = text[found.start(2):start + (end.end() if end else 0)]
    return not gazetteer.candidates(whole)


def particle_surname(entity: dict[str, object], text: str,
                     gazetteer: Gazetteer | None = None) -> bool:
    """True when every mention of ``entity`` (``[start, end, text]`` lists) ends a person's
    name after its particle (:func:`surname_span`): no place."""
    mentions = entity.get("mentions") or []
    assert isinstance(mentions, list)
    return bool(mentions) and all(surname_span(text, int(m[0]), gazetteer) for m in mentions)

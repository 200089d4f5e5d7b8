"""A firm named by its trade and its founder's name: "Boissons Kuntz", "Menuiserie
Lefebvre", "Transports Girardin", "Ets Martin" are companies (ORG), not a person nor a
place (t-final56b A10, issue 16).

French small firms are commonly named *trade + family name* (the *dénomination
commerciale* of the Code de commerce, art. L. 123-1: "Boulangerie Dupont", "Garage
Martin"); the recogniser reads the family name as a person's and the capitalised trade
word as its given name, or guesses a place. The trade words are a closed class: the
activities of the INSEE's NAF classes that name a firm's sign (the crafts of the
*Répertoire des métiers* and the trades of distribution and transport), written
capitalised as the name's first word, singular or plural.

:func:`trade_names` relabels ORG a mention whose text opens with such a word followed by
a capitalised name, or that follows one directly (then the span takes the trade word).
A name that is a person's whole (a given name, then a surname: "des Transports Carla
Ferrante", a minister's portfolio then her name) is left alone.
Pure function on the entity stage's mentions; nothing here raises.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from veille.enrich.gender import given_name_gender

if TYPE_CHECKING:
    from veille.enrich.entities import Mention

__all__ = ["trade_names"]

_TRADES = (
    r"(?:Boissons|Transports?|Menuiseries?|Boulangeries?|P[âa]tisseries?|Boucheries?|"
    r"Charcuteries?|Fromageries?|Brasseries?|Distilleries?|Vins|Ambulances|Taxis|"
    r"Autocars|Voyages|D[ée]m[ée]nagements|Garages?|Carrosseries?|Plomberies?|"
    r"Charpentes?|Ma[çc]onneries?|[ÉE]lectricit[ée]|Imprimeries?|[ÉE]ditions|"
    r"Laboratoires|Mat[ée]riaux|Fonderies?|Scieries?|Laiteries?|Salaisons|Conserveries?|"
    r"Quincailleries?|Meubles|Cuisines|Chaussures|Pompes[ \u00a0]+fun[èe]bres|"
    r"[ÉE]tablissements|Ets\.?|Serrureries?|Tonnelleries?|Minoteries?|Chocolaterie|"
    r"Biscuiteries?|Confiseries?|Jardineries?|P[ée]pini[èe]res?|Terrassements?)")
"""Trade words that open a firm's name (module docstring)."""

_OPENING = re.compile(_TRADES + r"[ \u00a0]+(?:et[ \u00a0]+)?[A-ZÀ-Ý]")
"""A mention opening with a trade word, then the name ("Boissons Kuntz")."""
_BEFORE = re.compile(r"(?<![\w'’-])" + _TRADES + r"[ \u00a0]+$")
"""A trade word written right before a mention ("Menuiserie " + "Lefebvre")."""


def trade_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each firm named "trade word + name" (module docstring) labelled
    ORG; a mention that follows the trade word is widened to hold it. Other mentions are
    returned as they are; a mention already ORG is left alone."""
    for mention in mentions:
        if mention.label == "ORG":
            continue
        opening = _OPENING.match(mention.text)
        rest = mention.text[opening.end() - 1:] if opening else mention.text
        if len(rest.split()) > 1 and given_name_gender(rest.split()[0]):
            continue  # "la ministre des Transports Carla Ferrante": the portfolio, then a
            # person named whole (a given name and a surname)
        if opening is not None:
            mention.label, mention.literal = "ORG", False
            continue
        before = _BEFORE.search(text, max(0, mention.start - 30), mention.start)
        if before is not None and mention.text[:1].isupper():
            mention.start = before.start()
            mention.text = text[mention.start:mention.end]
            mention.label, mention.literal = "ORG", False
    return mentions

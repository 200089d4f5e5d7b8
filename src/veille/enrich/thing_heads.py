"""Names of things after the common noun that classes them: "le plan Orsec", "des avions
Rafale", "la frégate Normandie", "l'opération Serval", "le vaccin Covalis" name a plan, an
aircraft, a ship, an operation, a vaccine (MISC), not a place, a person nor an
organisation (t-final54 A8, issue 16).

French names a made or planned thing by its class noun and its name in apposition, with no
preposition (Grevisse, *Le Bon Usage*, § 342: "le paquebot France"; the *Lexique des règles
typographiques en usage à l'Imprimerie nationale*, "Noms de bateaux, d'avions, de
véhicules"). The nouns are a short closed class: the emergency and public plans and
schemes (*plan*, *dispositif*, *opération*), the aircraft and weapons (*avion*,
*hélicoptère*, *drone*, *missile*, *char*), the ships (*frégate*, *porte-avions*,
*sous-marin*, *navire*), the space vehicles (*fusée*, *lanceur*, *satellite*) and
*vaccin*. A linking word ("l'opération à Mossoul", "le plan d'urgence") breaks the rule.
Spanish, Italian, Portuguese and German set a plan's or an operation's name the same way
("el plan X", "la operación X", "il piano X", "l'operazione X", "o plano X", "a operação
X", "der Plan X"; r-lang55): their plan and operation nouns join the class. English puts
the name first ("the EU plan"), where it is most often the plan's owner, not its name:
not read.

A single capitalised word with no plural mark after a plural determiner or a number above
one ("ses Rafale", "des Mirage", "quatre Canadair": t-final55 A10) is a make counted as
objects, not the one place or body of that name: proper
names of places and bodies written plural take their s ("les Comores", "les Verts"), and
makes' names written for their objects stay invariable (Grevisse, *Le Bon Usage*, § 526:
"des Renault"); a family ("les Dupont", a person) is left alone.

A name written only so in the article, or that no table knows, is the thing's everywhere in
it ("des Rafale ont frappé" after "avions Rafale": one sense per document), except a place
after a locative or genitive preposition ("el plan Valencia" beside "el concierto de
Valencia": the city; r-lang55); a name a table knows stands for itself after the noun
(``Mention.literal``: "o plano Lisboa" is no city, the table's row is not taken); a name the
alias table knows as an organisation stays one ("des avions Airbus": the maker), and a
person's surname named whole elsewhere stays his ("le plan Borloo" beside "Jean-Louis
Borloo").

Pure functions on the entity stage's mentions; nothing here raises.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from veille.enrich.text import fold
from veille.enrich.vessels import after_rank

if TYPE_CHECKING:
    from veille.enrich.aliases import AliasTable
    from veille.enrich.entities import Mention

__all__ = ["named_things"]

_THING_BEFORE = re.compile(
    r"(?<![\w'’-])(?i:plans?|dispositifs?|op[ée]rations?|avions?|h[ée]licopt[èe]res?|"
    r"drones?|missiles?|chars?|fr[ée]gates?|porte-avions|sous-marins?|navires?|"
    r"fus[ée]es?|lanceurs?|satellites?|vaccins?|"
    r"operaci[óo]n|operaciones|operazion[ei]|opera[çc][ãa]o|opera[çc][õo]es|"
    r"pian[oi]|planos?|planes)[ \u00a0]+$")
"""A classing noun right before a name, nothing between but a space (module docstring)."""


_PLURAL_BEFORE = re.compile(
    r"(?<![\w'’-])(?i:des|les|ses|leurs|nos|vos|ces|plusieurs|quelques)[ \u00a0]+$")
"""A plural determiner right before a name (module docstring)."""
_PLACE_BEFORE = re.compile(
    r"(?<![\w'’-])(?i:à|au|aux|en|dans|de|d'|d’|du|in|at|from|to|near|a|em|no|na|nel|"
    r"nella|ad|da|di|aus|bei|nach)[ \u00a0]*$")
"""A locative or genitive preposition right before a place's name ("concierto de Valencia",
"Hochwasser in Dresden"): the place itself, which the thing's sense does not reach."""
_COUNT_BEFORE = re.compile(
    r"(?<![\w'’,.-])(?i:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|"
    r"vingt|trente|cent|[2-9]|\d{2,3})[ \u00a0]+$")
"""A cardinal above one right before a name ("quatre Canadair", "12 Rafale"): a count of
objects, unless the alias table knows the name ("les deux Corée": the places)."""
_INVARIANT = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?<![sxz])")
"""One capitalised word without a plural's s, x or z ("Rafale", not "Comores")."""


def _after_noun(text: str, mention: Mention) -> str:
    """What classes ``mention`` as a thing: "noun", "plural", "count", or ''."""
    noun = _THING_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    if noun is not None:
        # "le capitaine de frégate Marc Aubertin": a naval rank, then the person
        return "" if after_rank(text[max(0, noun.start() - 30):noun.start()]) else "noun"
    if mention.label not in ("ORG", "LOC") or _INVARIANT.fullmatch(mention.text) is None:
        return ""
    if _PLURAL_BEFORE.search(text, max(0, mention.start - 12), mention.start) is not None:
        return "plural"
    return "count" if _COUNT_BEFORE.search(
        text, max(0, mention.start - 10), mention.start) is not None else ""


def named_things(text: str, mentions: list[Mention], table: AliasTable) -> list[Mention]:
    """``mentions`` with each name that follows a classing noun relabelled MISC (module
    docstring): every mention of that name when the alias table does not know it, else
    only those after the noun; an organisation the table knows, and the surname of a person
    named whole in the text, are left as they are."""
    people = {fold(m.text.split()[-1]) for m in mentions
              if m.label == "PER" and " " in m.text}
    things: set[str] = set()
    for mention in mentions:
        how = _after_noun(text, mention) if mention.label != "MISC" else ""
        if not how:
            continue
        known = table.lookup(mention.text)
        if known is not None and (known.label in ("ORG", "PER") or how == "count"):
            continue  # "des avions Airbus": the maker; "les deux Corée": the places
        if mention.label == "PER" and fold(mention.text) in people:
            continue  # "le plan Borloo" beside "Jean-Louis Borloo"
        # a known name stands for itself here ("o plano Lisboa": not the city the table
        # gives; ``Mention.literal``)
        mention.label, mention.literal = "MISC", known is not None
        if known is None:
            things.add(fold(mention.text))
    for mention in mentions:
        if mention.label != "MISC" and fold(mention.text) in things and not (
                mention.label == "LOC" and _PLACE_BEFORE.search(
                    text, max(0, mention.start - 12), mention.start) is not None):
            mention.label, mention.literal = "MISC", False  # "des Rafale ont frappé"
    return mentions

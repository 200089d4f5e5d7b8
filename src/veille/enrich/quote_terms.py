"""Quoted spans that name a thing rather than report words (issue 16, newuser21 E21).

A span in quotation marks used as a noun phrase that names a measure, a plan, an operation
or a body is the author's typography, not someone's words, whatever verb of saying the
sentence holds ("Élisabeth Borne a annoncé la généralisation de la « pause numérique »":
she announced a measure, the measure's name is no quote of hers). Two shapes, both read
from the words right before the opening mark:

- a **name apposed to a naming noun**: "le dispositif « Territoires zéro chômeur »",
  "l'opération « Wuambushu »", "le plan « France 2030 »" (a common noun of a measure,
  an operation or a body, up to two lower-case adjectives, then a capitalised name in
  quotes: the noun classifies, the quote names; Lexique des règles typographiques en
  usage à l'Imprimerie nationale, names of operations, plans and works);
- the **complement of a noun of instituting or ending**: "la généralisation de la
  « pause numérique »", "la création d'un « Fonds stratégique d'investissement »" (what
  is generalised, created or abolished is a thing; its name in quotes is a label).

Not a name: an adjective or an attribute after a noun ("a jugé la mesure « inapplicable
sans moyens »", "un plan « ambitieux »": lower case, the speaker's word), a fragment that
is the object of the verb of saying itself ("a dénoncé un « scandale d'État »"), a word
the speaker gives a thing ("l'avait appelé la « châtelaine de Montretout »"): the bench's
gold counts these as fragments of someone's words (bench/data/README.md), and so does
this module. Pure functions on the text; no I/O.
"""

from __future__ import annotations

import re

NAMING_NOUNS = ("dispositif", "opération", "operation", "plan", "programme", "projet",
                "mission", "commission", "campagne", "label", "politique", "réforme",
                "mesure", "stratégie", "pacte", "contrat", "fonds", "prix", "concours",
                "festival", "salon", "collectif", "association", "mouvement", "initiative",
                "chantier", "exercice", "manœuvre", "doctrine", "slogan",
                "hashtag", "mot d'ordre", "marque", "application", "appli", "site",
                "plateforme", "réseau", "logiciel", "fichier", "pass", "chèque",
                "prime", "bouclier", "filet", "forfait", "ticket", "kit", "grenelle",
                "sommet", "forum", "conférence", "assises",
                "états généraux", "convention", "comité", "groupe", "cellule", "brigade",
                "unité", "task force", "alliance", "coalition", "liste", "motion",
                "résolution", "loi", "décret", "ordonnance", "amendement", "circulaire")
"""Common nouns that classify a thing named by the quote apposed to them."""

INSTITUTING_NOUNS = ("généralisation", "création", "mise en place", "mise en œuvre",
                     "mise en oeuvre", "lancement", "instauration", "introduction",
                     "extension", "déploiement", "suppression", "abrogation",
                     "abandon", "expérimentation", "inauguration",
                     "prolongation", "reconduction", "pérennisation", "entrée en vigueur",
                     "adoption", "fermeture", "dissolution", "rétablissement",
                     "réintroduction", "mise en service")
"""Nouns of instituting or ending a thing: their complement is the thing, not words."""

_ADJECTIVES = r"(?:[ \xa0]+(?!(?:de|du|des|à|au|aux|en|et|ou|qui|que|dit|dite|dits|dites)\b)" \
    r"(?-i:[a-zà-ÿ][\w-]*)(?![\w'’])){0,2}"
_DETERMINER = r"(?:le|la|les|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|" \
    r"nos|votre|vos|au|aux|l['’]|d['’]|de)"
_NAMING = re.compile(
    r"(?i)(?<![\w'’])" + _DETERMINER
    + r"[ \xa0]*(?:nouvel(?:le)?s?[ \xa0]+|grande?s?[ \xa0]+|futur[e]?s?[ \xa0]+)?"
    r"(?:" + "|".join(re.escape(n) for n in NAMING_NOUNS) + r")s?" + _ADJECTIVES
    + r"[ \xa0]*[«“\"„][ \xa0]*$")
_INSTITUTING = re.compile(
    r"(?i)(?<![\w'’])(?:" + "|".join(re.escape(n) for n in INSTITUTING_NOUNS) + r")s?"
    + _ADJECTIVES + r"[ \xa0]+(?:de[ \xa0]+(?:la[ \xa0]+|l['’][ \xa0]*)?|du[ \xa0]+|des[ \xa0]+|"
    r"d['’][ \xa0]*)(?:(?:un|une|ce|cet|cette|ces|son|sa|ses|leur|leurs|nouvel(?:le)?s?)"
    r"[ \xa0]+)?[«“\"„][ \xa0]*$")
_WINDOW = 80


def names_a_thing(text: str, start: int, end: int) -> bool:
    """Whether the quoted span ``text[start:end]`` (inside its marks; the opening mark at
    ``start - 1`` or just before, spaces allowed) names a thing rather than reports words:
    a capitalised name apposed to a naming noun ("l'opération « Wuambushu »"), or any
    span completing a noun of instituting or ending ("la généralisation de la « pause
    numérique »"). Reads the 80 characters before ``start``; never raises."""
    before = text[max(0, start - _WINDOW):start]
    inner = text[start:end].strip(" \xa0")
    if not inner:
        return False
    if _INSTITUTING.search(before):
        return True
    return inner[:1].isupper() and _NAMING.search(before) is not None

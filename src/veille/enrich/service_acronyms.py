"""A service named by its acronym after a ranked person: "le commandant Éric Vial, du
Sdmis", "le lieutenant Karim Benali, du Psig" name the unit the officer belongs to, an
organisation, never a place nor a person (t-final52: "Sdmis" was a place).

French writes an officer's unit in apposition after the rank and the name, introduced by
"du", "de la", "de l'" or "des" (Grevisse, *Le Bon Usage*, § 343: the apposition of
belonging), and the French press writes the acronyms of public services that are read as
words in title case ("Sdis", "Samu", "Psig": Le Monde's and AFP's style books, "sigles").
The ranks are a closed class: the grades of the French armed forces, gendarmerie, fire
services and police (Code de la défense, art. R. 4131-1 and its decrees of grades; the
decree of 25 September 2013 on the grades of professional firefighters; the national
police's corps of command and officers).

Pure functions on strings; nothing here raises.
"""

from __future__ import annotations

import re

_RANKS = (
    r"(?:lieutenant-colonel|médecin-colonel|médecin-commandant|commandant|capitaine|"
    r"lieutenant|sous-lieutenant|colonel|général|adjudant(?:-chef)?|sergent(?:-chef)?|"
    r"caporal(?:-chef)?|major|brigadier(?:-chef)?|maréchal des logis(?:-chef)?|"
    r"aspirant|contrôleur général|commissaire(?: divisionnaire| principal)?|"
    r"chef d['’]escadron|chef de bataillon|gardien de la paix|capitaine de corvette|"
    r"capitaine de frégate|capitaine de vaisseau|amiral|vice-amiral|contre-amiral|"
    r"officier|sapeur|infirmier principal)")
_RANKED_APPOSITION = re.compile(
    r"(?<![\w'’-])(?i:le|la|du|de la|au|à la|par le|par la)[ \t\u00a0]+(?i:" + _RANKS[3:]
    + r"[ \t\u00a0]+[A-ZÀ-Þ][^,.;:!?«»()\n]{1,50},[ \t\u00a0]*"
    r"(?:du|de[ \t\u00a0]+la|de[ \t\u00a0]+l['’]|des)[ \t\u00a0]*$")
"""A rank, a capitalised name and the "du"/"de la"/"des" of the unit's apposition,
right before the unit's name."""
_ACRONYM_WORD = re.compile(r"[A-Z][A-Za-z]{1,7}|[A-Z]{2,8}")
"""An acronym as written: all capitals, or a capital and lower-case letters read as a
word ("Sdis", "Sdmis"), eight letters at most."""


def unit_after_rank(text: str, start: int, name: str) -> bool:
    """Whether ``name`` (at ``start`` in ``text``) is one acronym-shaped word that a
    ranked person's apposition introduces ("le capitaine X Y, du Sdis"): the officer's
    unit, an organisation. Callers keep the places their gazetteer knows ("le capitaine
    X, de Brest" is no unit)."""
    if not _ACRONYM_WORD.fullmatch(name):
        return False
    return bool(_RANKED_APPOSITION.search(text, max(0, start - 120), start))

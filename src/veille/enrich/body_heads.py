"""A name an organisation's noun heads or describes in apposition is an organisation.

- "Statbel, l'office belge de statistique", "Sciensano, l'institut belge de santé
  publique": a name followed by a comma and a definite organisation's noun is that
  organisation (French apposition, Grevisse, *Le Bon Usage*, § 343), not a person nor a
  place (t-final49 A5: Statbel was a person).
- "selon la Régie du téléphérique": a name whose first word is an organisation's noun is the
  organisation's own name, not a place (t-final49 A5: a LOC).

The nouns are a closed class: the legal and administrative kinds of bodies of INSEE's
catégories juridiques (société, association, syndicat, fondation, mutuelle, coopérative,
établissement public, régie, groupement, caisse) and the agencies' usual heads (office,
agence, institut, autorité, commission, observatoire, consortium, compagnie, banque).

Pure functions on strings; nothing here raises.
"""

from __future__ import annotations

import re

_BODY_NOUNS = (r"(?:office|agence|institut|soci[ée]t[ée]|r[ée]gie|autorit[ée]|organisme|"
               r"[ée]tablissement|op[ée]rateur|entreprise|compagnie|groupe|groupement|"
               r"f[ée]d[ée]ration|association|syndicat|fondation|observatoire|commission|"
               r"caisse|banque|consortium|coop[ée]rative|mutuelle|start-up|startup)")
_APPOSED_BODY = re.compile(
    r"[ \t\u00a0]*,[ \t\u00a0]+(?:l['’][ \t\u00a0]*|le[ \t\u00a0]+|la[ \t\u00a0]+)" + _BODY_NOUNS
    + r"(?![\w'’-])", re.IGNORECASE)
"""A comma, a definite article and an organisation's noun right after a name."""
_BODY_HEAD = re.compile(
    r"(?:Office|Agence|Institut|Soci[ée]t[ée]|R[ée]gie|Autorit[ée]|Compagnie|Groupement|"
    r"F[ée]d[ée]ration|Association|Syndicat|Fondation|Observatoire|Commission|Caisse|Banque|"
    r"Consortium|Coop[ée]rative|Mutuelle)[ \t\u00a0]+(?:de|du|des|d['’]|pour)[ \t\u00a0'’]")
"""An organisation's noun, capitalised, opening a name and its complement ("Régie du
téléphérique", "Office de tourisme")."""


def apposed_body(text: str, end: int) -> bool:
    """Whether an organisation's noun follows, in apposition, the name ending at ``end``."""
    return bool(_APPOSED_BODY.match(text, end))


def body_headed(name: str) -> bool:
    """Whether an organisation's noun and its complement open ``name``."""
    return bool(_BODY_HEAD.match(name))

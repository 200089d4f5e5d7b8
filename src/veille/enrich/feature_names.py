"""Capitalised words that are no name of their own: a natural feature's adjective ("l'aiguille
Verte", "la dent Blanche") and a participle opening a dispatch after its dateline ("BAYONNE -
Fermée depuis novembre, …").

French writes a summit's, lake's or cape's specific name as a capitalised adjective after the
lower-case generic noun (Imprimerie nationale, *Lexique des règles typographiques*,
"Géographie (noms de)": "le mont Blanc", "la mer Rouge", "l'aiguille Verte"). The recogniser
reads the adjective alone as a person or a place ("Verte", t-enrich24 E17); the feature's
name is the two words together (:func:`feature_start`). A participle or adjective
opening a dispatch's first sentence is capitalised only because it opens it
(:func:`opening_participle`; t-enrich24 E17 "Fermée", a LOC).
"""

from __future__ import annotations

import re

from veille.enrich.gender import given_name_gender
from veille.enrich.lexicon import french

FEATURE_NOUNS = frozenset({
    "aiguille", "aiguilles", "dent", "dents", "pointe", "pic", "mont", "monts", "col",
    "lac", "lacs", "dôme", "roc", "roche", "tête", "crête", "puy", "ballon", "glacier",
    "cap", "île", "îles", "mer", "étang", "forêt", "massif", "cirque", "barre", "grande",
    "rivière", "baie", "anse", "montagne", "pierre", "plateau", "vallée", "gorges",
    "falaise", "canal", "source"})
"""Generic nouns of natural features that French follows with a capitalised adjective as the
feature's specific name ("l'aiguille Verte", "la dent Blanche", "le lac Noir", "la pointe
Percée", "la mer Morte")."""

_FEATURE_BEFORE = re.compile(r"(?<![\w-])([a-zâàçéèêëîïôûù]+)[ \t\u00a0]+$")

PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "u", "ue", "us", "ues", "i", "ie", "is", "ies",
                      "ise", "ises", "it", "ite", "its", "ites", "ert", "erte", "erts",
                      "ertes", "int", "inte", "ints", "intes")
"""The endings of French past participles (fermée, interrompu, saisie, détruit, ouverte,
éteinte)."""


def _adjective_like(word: str) -> bool:
    """Whether ``word`` is a French common word (the lexicon lists "verte", "blanche" as
    nouns' lemmas; "percée", "noir") rather than a proper name ("Ventoux", "Léman")."""
    return french().is_word(word)


def feature_start(text: str, start: int, end: int) -> int | None:
    """The offset of the generic noun before the capitalised word opening ``text[start:end]``
    (lower-case words may follow it, as the recogniser's span ran on)
    when that word is a common word (an adjective, a participle) following a lower-case natural
    feature's noun (:data:`FEATURE_NOUNS`): "l'aiguille Verte" gives the offset of
    "aiguille". None otherwise (a name: "le mont Ventoux" keeps "Ventoux")."""
    words = text[start:end].split()
    if not words or not re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]+", words[0]) or not all(
            w.islower() for w in words[1:]):  # "Blanche samedi", the recogniser's span
        return None
    word = words[0]
    before = _FEATURE_BEFORE.search(text, max(0, start - 30), start)
    if before is None or before.group(1) not in FEATURE_NOUNS or not _adjective_like(word):
        return None
    return before.start(1)


def opening_participle(words: list[str]) -> bool:
    """Whether ``words`` (a span's words right after a dateline's dash) are one past
    participle, capitalised because it opens the sentence ("Fermée", "Interrompue"; not
    "Vienne", which a verb's form too ends otherwise; not "Marie", a given name, though
    "marier" is a verb)."""
    if len(words) != 1:
        return False
    word = words[0].strip(",;:")
    lexicon = french()
    return word.lower().endswith(PARTICIPLE_ENDINGS) and not given_name_gender(word) and (
        lexicon.is_verb_form(word) or lexicon.is_adjective(word))

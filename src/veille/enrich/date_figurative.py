"""A day word governed by a noun through "de/di/von" that names an era, not a day.

"la Valencia de hoy", "l'Italia di oggi", "o Portugal de hoje", "das Deutschland von
heute", "el mundo de ayer", "i giovani di oggi": the day word is the complement of a place
or a population, a place as it is nowadays (or was), no event of that day (RAE, *Nueva
gramática* §30.8, "hoy" as "en la época actual"; Treccani, "oggi" 2, "il tempo presente";
Duden, "heute" 2, "in der gegenwärtigen Zeit"; t-final65 A8: "habla de la Valencia de hoy"
was stored as a date mentioned). The French "d'aujourd'hui" is read by
:mod:`veille.enrich.dates` (``_NOWADAYS_BEFORE``).

A noun of an event or a document keeps its day ("la reunión de hoy", "la seduta di oggi",
"el BOE de hoy"): only a place's name (a capitalised word after a determiner, not an
acronym) or a noun of a world, a society or a generation (:data:`_ERA_NOUNS`) makes the
complement figurative.

Pure functions on text.
"""

from __future__ import annotations

import re

from veille.enrich.text import fold

__all__ = ["figurative_day"]

_LINK = re.compile(r"(?i)(?<![\w'’])(?:de|di|von|vom)[ \xa0]+$|(?<![\w'’])d['’][ \xa0]*$")
"""The preposition governing the day word: es/pt/ca "de", it "di", de "von", elided "d'"."""

_DETERMINED_NAME = re.compile(
    r"(?:(?<![\w'’])(?i:la|el|lo|il|los|las|o|a|os|as|das|der|die|dem|den|des|del|della|"
    r"dello|nella|sulla|alla|dalla|nel|sul|al|dal|do|da|no|na|pelo|pela|vom|im|zum|zur|"
    r"the)[ \xa0]+|(?<![\w'’])(?i:l|dell|nell|sull|all|dall)['’][ \xa0]*)"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+(?:[ \xa0]+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+){0,2})"
    r"[ \xa0]*$")
"""A determiner then a place's name (one to three capitalised words, not an acronym):
in es/it/pt/de a town takes the article only when qualified ("la Valencia de hoy")."""

_ERA_NOUNS = frozenset(
    # es / pt / ca
    "mundo sociedad sociedade societat jovenes jovens joves juventud juventude joventut "
    "ninos criancas nens generacion geracao generacio mujer mujeres mulher mulheres "
    "hombre hombres homem homens politica cultura epoca tiempos tempos temps "
    # it
    "mondo societa giovani gioventu ragazzi bambini generazione donna donne uomo uomini "
    "epoca tempi "
    # de
    "welt gesellschaft jugend kinder generation frauen menschen zeit "
    # en (of today)
    "world society youth children generation".split())
"""Nouns of a world, a society, a generation or an era (folded): "el mundo de hoy", "i
giovani di oggi", "die Welt von heute" speak of the present age."""

_WORD_BEFORE = re.compile(r"(?P<word>[^\W\d_][\w'’-]*)[ \xa0]*$")


def figurative_day(text: str, start: int) -> bool:
    """Whether the day word ("hoy", "oggi", "heute", "hoje", "ayer"…) at ``start`` of
    ``text`` is governed, through "de/di/von/d'" (:data:`_LINK`), by a determined place's
    name (:data:`_DETERMINED_NAME`) or a noun of an era (:data:`_ERA_NOUNS`): the present
    (or past) age of that place or people, no day. Never raises."""
    before = text[max(0, start - 80):start]
    link = _LINK.search(before)
    if link is None:
        return False
    head = before[:link.start()].rstrip(" \xa0")
    named = _DETERMINED_NAME.search(head)
    if named is not None and not named.group("name").isupper():
        return True
    word = _WORD_BEFORE.search(head)
    return word is not None and fold(word.group("word")) in _ERA_NOUNS

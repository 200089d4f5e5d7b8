"""The common word of a place's name: "plaza" of "plaza Circular", "piazza" of "piazza del
Campo", "avenida" of "avenida de Salamanca" (h-stories65, issue 14, t-final64 #3).

A story term that is no name is read as evidence of *what happened*
(:data:`veille.dedup.stories.PLAIN_BAR`: two articles must share plain words, not only who
and where). Local press writes a square's or a street's common word in lower case ("en la
plaza Circular de Murcia", "in piazza del Campo a Siena", "rue du Faubourg Figuerolles"), so
that word was a plain term: a mascletà and a protest in the same square, a crash in an
avenue and the works of a bike lane in it, a protest and a concert in one piazza shared "the
square" and its name, and the square counted as much as what happened there. Read as part of
the name, it is where, not what: :func:`place_words` gives the keys of those words, which
:func:`veille.dedup.stories.terms` adds to the article's names (its weight is unchanged).

A street word is one of the address types of French (the BAN's, as
:mod:`veille.dedup.specifics` reads them), Spanish, Catalan, Italian and Portuguese (the
types of their national street registers: calle, avenida, plaza, paseo; carrer, plaça,
passeig, avinguda; via, viale, piazza, corso, largo; rua, praça, travessa), with their
district words (barrio, barri, quartiere, bairro, quartier), written in lower case and
followed by a capitalised name, with or without a link word ("de la", "del", "della", "do",
"d'"). English writes a street's word after its name and capitalised ("Baker Street"): it is
a name already.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from veille.extract.textshape import fold

PLACE_WORDS = True
"""Whether a street or square word followed by a name is part of the name (not a plain
word). False: it is a plain word, as before h-stories65."""

STREET_WORDS = (
    # French (as veille.dedup.specifics reads them)
    "rue", "avenue", "boulevard", "place", "quai", "impasse", "allée", "allee", "chemin",
    "square", "esplanade", "promenade", "parvis", "cours", "quartier", "cité", "cite",
    "résidence", "residence",
    # Spanish
    "calle", "avenida", "plaza", "plazuela", "paseo", "glorieta", "ronda", "travesía",
    "travesia", "callejón", "callejon", "barrio", "barriada", "muelle", "camino",
    # Catalan and Valencian
    "carrer", "plaça", "placa", "passeig", "avinguda", "rambla", "barri", "moll",
    # Italian
    "via", "viale", "piazza", "piazzale", "piazzetta", "corso", "largo", "vicolo",
    "lungomare", "lungarno", "lungotevere", "quartiere", "rione", "borgo", "calata",
    "banchina", "molo",
    # Portuguese
    "rua", "praça", "praca", "travessa", "bairro", "cais", "alameda", "beco",
)
"""Street, square and district words, lower case as written before a name."""

_LINK = (r"(?:de\s+la\s+|de\s+l['’]|de\s+los\s+|de\s+las\s+|del\s+|della\s+|dello\s+|"
         r"delle\s+|dei\s+|degli\s+|di\s+|do\s+|da\s+|dos\s+|das\s+|du\s+|des\s+|de\s+|"
         r"d['’]|dels\s+|l['’]|la\s+|le\s+|les\s+|el\s+|lo\s+)")
_PLACE = re.compile(
    r"(?<![\w'’-])(?P<word>" + "|".join(sorted(STREET_WORDS, key=len, reverse=True)) +
    r")\s+" + _LINK + r"?(?=[A-ZÀ-ÖØ-Þ])")
"""A street word in lower case, a link word or none, then a capital letter (a name)."""


def place_words(text: str) -> Iterator[str]:
    """The folded keys of the street words of ``text`` that begin a place's name ("plaza"
    of "la plaza Circular de Murcia", "piazza" of "in piazza del Campo"), in order, once
    each place written. Linear in ``text`` (one regular expression); no error is raised."""
    for match in _PLACE.finditer(text):
        yield fold(match.group("word"))

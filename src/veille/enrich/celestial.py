"""The Sun, the Moon and the planets, which share their names with towns ("Mars" in the
Loire, "Jupiter" in Florida, "Vénus"): in an article naming two of them or more, each is
the celestial body, no place (issue 16: "des missions de Mars à la Lune" gave the commune
of Mars).

French capitalises a celestial body's name when it names the body itself ("la Terre", "la
Lune", "le Soleil", "Mars"; Lexique des règles typographiques en usage à l'Imprimerie
nationale, *astronomie*); the month "mars" is written in lower case. Two bodies named
with their capital inside a sentence ("de Mars à la Lune", "la Lune, Mars et Vénus") are
the evidence; one alone ("à Mars, dans la Loire") is left to the gazetteer.
"""

from __future__ import annotations

from veille.enrich.evidence import capitalised_inside_a_sentence
from veille.enrich.text import fold

BODIES = {"Soleil": "soleil", "Lune": "lune", "Mercure": "mercure", "Vénus": "venus",
          "Venus": "venus", "Terre": "terre", "Mars": "mars", "Jupiter": "jupiter",
          "Saturne": "saturne", "Uranus": "uranus", "Neptune": "neptune",
          "Pluton": "pluton"}
"""The French names of the Sun, the Moon and the planets (and Pluto), as written, to a
folded key (one key per body)."""


def celestial_names(text: str) -> frozenset[str]:
    """The folded names of the celestial bodies ``text`` names with their capital inside
    a sentence, when it names two or more (else none)."""
    named = {key for written, key in BODIES.items()
             if written in text and capitalised_inside_a_sentence(text, written)}
    return frozenset(named) if len(named) >= 2 else frozenset()


def is_celestial(name: str, bodies: frozenset[str]) -> bool:
    """Whether ``name`` names a celestial body in an article that names two or more
    (``bodies``, :func:`celestial_names`; "Jupiter et Saturne attendent" too, though a
    sentence's first word)."""
    return bool(bodies) and fold(name) in BODIES.values()

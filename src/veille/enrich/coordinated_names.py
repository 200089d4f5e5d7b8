"""Two given names coordinated, each a person (issue 16, t-final59: "les deux victimes,
Léa et Yanis, 12 ans" gave Yanis a person and Léa an "Autre"; "Maisie and Callum" was one
MISC entity, "Giulia e Matteo" one person).

Two bare given names joined by a coordinating conjunction (French "et", English "and",
Italian and Portuguese "e", Spanish "y", German "und", Dutch "en") name two people of the
same kind: a coordination joins constituents of one category (Grevisse, *Le Bon Usage*,
§ 260-261; Huddleston and Pullum, *The Cambridge Grammar of the English Language*, ch. 15,
the "likeness" of coordinates), and a given name alone names a person. So when one of the
two words is a known given name, the other a capitalised word that no place, alias row nor
model place or organisation claims, each becomes a PER span of its own, splitting a span
the model read over both.

Pure function on spans; nothing here raises.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["coordinated_given_names"]

_NAME_BEFORE = re.compile(
    r"[A-ZÀ-Þ][\w'’-]*[ \xa0]+(?:(?:de|da|do|dos|das|di|del|della|du|von|van)[ \xa0]+)?$")
"""A capitalised word right before the pair's first word, or a capitalised word and a
particle: the first word ends a longer name ("Jean Marie et Paul"; "Vila Nova de Gaia e
Matosinhos", two places, no persons "Gaia" and "Matosinhos": t-final65 A7)."""

Span = tuple[int, int, str]

_PAIR = re.compile(
    r"(?<![\w'’.-])([A-ZÀ-Þ][a-zà-ÿ]{1,20})[ \xa0]+(?:et|and|e|y|und|en)"
    r"[ \xa0]+([A-ZÀ-Þ][a-zà-ÿ]{1,20})(?![\w'’-])(?![ \xa0]+[A-ZÀ-Þ])")
"""Two single capitalised words joined by a conjunction, no capitalised word right before
the first ("Marie et Pierre" but not "Jean Marie et Paul") nor after the second ("Marie et
Pierre Curie": a full name there)."""


def coordinated_given_names(text: str, found: list[Span], given: Callable[[str], bool],
                            claimed: Callable[[str], bool]) -> list[Span]:
    """``found`` (model and alias spans: start, end, label) with each coordinated pair of
    given names (module docstring) as two PER spans: ``given(word)`` tells a known given
    name, ``claimed(word)`` a word a place or an alias row names. A pair inside a longer
    span, or with either word read as a place or organisation by the model, is left."""
    out = list(found)
    for pair in _PAIR.finditer(text):
        first, second = pair.group(1), pair.group(2)
        if _NAME_BEFORE.search(text[max(0, pair.start() - 40):pair.start()]):
            continue
        if not (given(first) or given(second)) or claimed(first) or claimed(second):
            continue
        words = [(pair.start(1), pair.end(1)), (pair.start(2), pair.end(2))]
        over = [f for f in out if f[0] < pair.end() and pair.start() < f[1]]
        if any(f[2] in ("LOC", "ORG") or f[0] < pair.start() or f[1] > pair.end()
               for f in over):
            continue  # a place, a body, or a longer name holding the pair
        out = [f for f in out if f not in over] + [(s, e, "PER") for s, e in words]
    return sorted(out)

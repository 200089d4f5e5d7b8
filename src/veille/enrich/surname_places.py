"""A place's name inside a person's name: a surname that ends it ("Vítor Domingues dos
Santos", "Lucía Fernández de Córdoba", "Giulia Ferrara", "Thomas Minden": t-final60 #17,
"Santos", the Brazilian city, was read in the speaker's name), or a given name that opens
it, in apposition ("Chad Whitmore, a spokesman", "El portavoz, Israel Toledo Zamora,").

Surnames taken from towns are common in every European language (Dauzat, *Dictionnaire
étymologique des noms de famille*: the names of origin; the Iberian "de"/"dos" + place
names), so the gazetteer's reading of the last word is no evidence against the person when
a known given name opens the run of capitalised words that ends with it. Pure functions over
spans; nothing is fetched.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Span = tuple[int, int, str]

_WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:[-'’][A-ZÀ-ÖØ-Þ][^\W\d_]*)?"
_PARTICLE = r"(?:de|da|do|das|dos|del|della|di|y|e|van|von|der)"
_RUN_BEFORE = re.compile(
    rf"(?<![\w'’.-])(?:(?P<plain>{_WORD}(?:[ \u00a0]{_WORD})?)[ \u00a0]"
    rf"|(?P<particled>{_WORD}(?:[ \u00a0]{_WORD}){{1,2}}[ \u00a0]{_PARTICLE}"
    rf"(?:[ \u00a0](?:la|las|los))?[ \u00a0]))$")
"""A person's given name and maybe a surname right before a name ("Giulia ", "Thomas ",
"Rui Teixeira "), or a given name, one or two surnames and a particle ("Vítor Domingues
dos ", "Lucía Fernández de "): the particle only after two words, for "le lycée Jean-Moulin
de Béziers" is a school of Béziers."""
_FRENCH_PARTICLES = frozenset({"de", "e", "y"})
"""Particles that, in a French text, join a name to the town it comes from ("Jean Dupont
de Marseille", "Paul Martin et Lyon"): no surname there."""


def persons_named_like_places(text: str, found: list[Span],
                              known_given: Callable[[str], bool],
                              known_place: Callable[[str], bool],
                              language: str = "") -> list[Span]:
    """``found`` (``(start, end, label)`` spans of ``text``, sorted or not) with each LOC
    span that ends a person's name made the person's PER span, from the given name on.

    The run before the place is :data:`_RUN_BEFORE`'s, its first word a known given name
    (``known_given``) that is no place itself (``known_place``: "Austin Texas" stays the
    town and its state), the spans it overlaps PER or LOC ones inside it (the school of
    "lycée Jean-Moulin Béziers" stays), which the person's span replaces. ``language`` is
    the text's model language: in French ("fr") the particles of :data:`_FRENCH_PARTICLES`
    join no surname."""
    out = list(found)
    for span in sorted(found):
        s, e, label = span
        if label != "LOC" or span not in out:
            continue
        run = _RUN_BEFORE.search(text, max(0, s - 80), s)
        if run is None:
            continue
        words = run.group(0).split()
        if run.group("particled") is not None and language == "fr" and \
                words[-1] in _FRENCH_PARTICLES:
            continue
        first = words[0]
        start = run.start()
        if not known_given(first) or known_place(first) or _crossed(out, span, start, e):
            continue
        out = [f for f in out if not (start <= f[0] and f[1] <= e)
               and not (f[0] < start < f[1] <= e)] + [(start, e, "PER")]
    return sorted(out)


def _crossed(spans: list[Span], place: Span, start: int, end: int) -> bool:
    """Whether a span of ``spans`` other than ``place`` overlaps ``start:end`` and is no
    PER or LOC span inside it (an organisation's, or one reaching out of it)."""
    return any(f != place and f[0] < end and start < f[1] and (
        f[2] not in ("PER", "LOC") or f[0] < start or f[1] > end) for f in spans)


_RUN_AFTER = re.compile(rf"(?:[ \u00a0](?:{_PARTICLE}[ \u00a0])?{_WORD}){{1,3}}")
"""One to three capitalised words (maybe after a particle) right after a name: surnames."""
_APPOSED_AFTER = re.compile(
    r",[ \u00a0]+(?:a|an|the|el|la|un|una|il|lo|uno|o|um|uma|le|der|die|ein|eine)[ \u00a0]+"
    r"(?!(?:region|city|town|country|area|province|state|región|ciudad|pueblo|país|provincia|"
    r"regione|città|paese|região|cidade|país|région|ville|pays|Region|Stadt|Land)\b)"
    r"[a-zà-ÿ]|[ \u00a0]+(?:said|says|told|dijo|afirmó|declaró|disse|afirmou|declarou|"
    r"sagte|erklärte)\b")
"""What follows a person's name and no place's: an apposition that is no place's noun
(", a spokesman", ", el portavoz"), or a reporting verb ("said", "dijo", "disse",
"sagte")."""
_APPOSED_BEFORE = re.compile(
    r"(?<![\w'’])(?i:the|a|el|la|il|lo|o|le|der|die)[ \u00a0]+[a-zà-ÿ]+"
    r"(?:[ \u00a0]+[a-zà-ÿ]+){0,4},[ \u00a0]*$")
"""A description set before a name in apposition ("El portavoz de la oposición, ",
"the council leader, "): the name is its holder's."""


def persons_opened_by_places(text: str, found: list[Span]) -> list[Span]:
    """``found`` with each one-word LOC span that opens a person's name made the person's
    PER span ("Chad Whitmore, a spokesman, said…", "El portavoz, Israel Toledo Zamora,
    criticó…"): one to three capitalised words follow it (:data:`_RUN_AFTER`), and an
    apposition or a reporting verb follows them (:data:`_APPOSED_AFTER`) or a description
    and a comma precede it (:data:`_APPOSED_BEFORE`); no word of it in capitals or of one
    letter (a heading's country and "A Constantinople" of an old paper, HIPE-2022). The
    spans the run overlaps must be PER or LOC ones inside it, which the person's span
    replaces ("Israel Defense Forces", an organisation's span, stays)."""
    out = list(found)
    for span in sorted(found):
        s, e, label = span
        if label != "LOC" or span not in out or " " in text[s:e] or text[s:e].isupper():
            continue
        run = _RUN_AFTER.match(text, e)
        if run is None or any(len(w) < 2 or w.isupper() for w in run.group(0).split()):
            continue  # "TURQUIE A Constantinople, la convention…": a heading, a town
        end = run.end()
        if not (_APPOSED_AFTER.match(text, end)
                or _APPOSED_BEFORE.search(text, max(0, s - 60), s)):
            continue
        if _crossed(out, span, s, end):
            continue
        out = [f for f in out if not (s <= f[0] and f[1] <= end)] + [(s, end, "PER")]
    return sorted(out)
